/**
 * What every stored row must look like for the app to read it: one schema per table (at the
 * latest schema version), with the JSON inside TEXT columns parsed and checked against the
 * shapes the readers assume. A restored backup is checked row by row against these before it
 * replaces anything, so no backup can store a value a screen cannot read.
 */
import { z } from 'zod';
import { EXPORT_FORMATS, EXPORT_THEMES, PAPER_SIZES } from '../../../shared/export-types';
import { DATE_RE, isWebUrl, MAX_ITEMS, MAX_TEXT, MAX_TITLE, projectLinkSchema } from '../../../shared/project-schema';
import { LINK_TYPES, PROJECT_KINDS, PROJECT_STATUSES } from '../../../shared/types';
import { selectionSchema } from '../export/variant-service';
import { isAllowedApiUrl } from '../github/api-address';
import { columnOf, SECTION_KEYS, SECTION_SPECS } from '../../../shared/resume-sections';
import { ISO_DATE_RE, jsonObjectSchema, STORED_LIMITS, storedLimit } from '../../../shared/resume-schema';
import { BASICS_COLUMNS, sectionTable } from './resume-repository';

const id = z.string().min(1).max(400);
const text = (max: number) => z.string().max(max);
const int = z.number().int();
const count = int.min(0);
const flag = z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' });
const time = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'is not a date and time');
const webUrl = z.string().max(2000).refine(isWebUrl, 'is not an http(s) address');
const source = z.enum(['manual', 'detected']);
const state = z.enum(['suggested', 'accepted', 'rejected']);
const strength = z.enum(['demonstrated', 'mentioned']);
const strings = (max: number, each = 2000) => z.array(text(each)).max(max);

/** A TEXT column holding JSON of the given shape. */
function json<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'is not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

const storedText = z.string().max(STORED_LIMITS.line);

/**
 * What each resume table's rows must hold for the resume repository to read them, from the same
 * field specs it reads them with.
 */
const RESUME_ROW_SCHEMAS: Record<string, z.ZodObject> = {
  resume: z
    .object({
      id: z.literal(1),
      ...Object.fromEntries(BASICS_COLUMNS.split(', ').map((c) => [c, c.endsWith('extra') || c === 'meta' ? json(jsonObjectSchema) : c === 'summary' ? z.string().max(STORED_LIMITS.long) : storedText])),
    })
    .strict(),
  ...Object.fromEntries(
    SECTION_KEYS.map((section) => [
      sectionTable(section),
      z
        .object({
          id: z.string().min(1).max(100),
          sort_order: z.number().int().min(0),
          ...Object.fromEntries(
            SECTION_SPECS[section].fields.map((f) => [
              columnOf(f.key),
              f.kind === 'list' ? json(z.array(storedText).max(STORED_LIMITS.listItems)) : f.kind === 'date' ? z.string().regex(ISO_DATE_RE, 'is not a date like 2024-05').nullable() : z.string().max(storedLimit(f.kind)),
            ]),
          ),
          extra: json(jsonObjectSchema),
        })
        .strict(),
    ]),
  ),
  project_resume: z
    .object({
      project_id: z.string().min(1).max(400),
      roles: json(z.array(storedText).max(STORED_LIMITS.listItems)),
      entity: storedText,
      type: storedText,
      url_text: storedText,
      keywords: json(z.array(storedText).max(STORED_LIMITS.listItems)),
      extra: json(jsonObjectSchema),
    })
    .strict(),
};

/** `projects.children`: what every screen, export and analysis reads a project's lists from. */
export const childrenSchema = z
  .object({
    kinds: z.array(z.object({ kind: z.enum(PROJECT_KINDS), source, evidence: text(2000).nullable(), state }).strict()).max(PROJECT_KINDS.length),
    tags: z
      .array(
        z
          .object({ name: z.string().min(1).max(200), techId: text(200).nullable(), source, evidence: text(2000).nullable(), state, strength: strength.optional(), minorContribution: z.boolean().optional() })
          .strict(),
      )
      .max(2000),
    highlights: strings(MAX_ITEMS),
    results: strings(MAX_ITEMS),
    links: z.array(projectLinkSchema.strict()).max(50),
  })
  .strict();

export type Children = z.infer<typeof childrenSchema>;

const docStatus = z.object({ level: z.enum(['missing', 'stub', 'basic', 'good']), words: count, reasons: strings(100), strengths: strings(100) });
const treeEntries = z.array(z.object({ name: text(400), type: z.enum(['blob', 'tree', 'commit']) })).max(5000);
const snapshot = z.object({
  fullName: text(400),
  description: text(5000).nullable(),
  homepage: text(2000).nullable(),
  topics: strings(100, 100),
  languages: z.array(z.object({ name: text(200), bytes: count })).max(200),
  licence: text(200).nullable(),
  readme: z.string().nullable(),
  readmeName: text(400).nullable(),
  readmeUnreadable: z.boolean().optional(),
  readmePath: text(400).nullable().optional(),
  rootEntries: treeEntries,
  docsEntries: treeEntries.optional(),
  workflowFiles: strings(1000, 400),
  paths: strings(100_000, 1000).optional(),
  manifests: z.record(z.string(), z.string()),
});

const syncChanges = z.object({
  finishedAt: time,
  accounts: z.array(z.object({ login: text(200), status: text(40) })),
  scoreBefore: z.number(),
  scoreAfter: z.number(),
  role: text(40).optional(),
  targetId: id.nullable().optional(),
  reposAdded: strings(100_000, 400),
  reposUpdated: strings(100_000, 400),
  docChanges: z.array(z.object({ repository: text(400), before: text(40).nullable(), after: text(40).nullable() })),
  newSuggestions: z.array(z.object({ projectId: id, project: text(MAX_TITLE), tag: text(200), evidence: text(2000).nullable() })),
  ruleChanges: z.array(z.object({ id: text(100), before: text(40).nullable(), after: text(40) })),
});

/** Values of the `settings` table, by key; a key the app does not read is not accepted. */
export const SETTING_SCHEMAS: Record<string, z.ZodType> = {
  profile: json(z.object({ name: text(200), headline: text(300), email: text(300), website: text(2000), github: text(100), location: text(200) }).partial().strict()),
  'sync.lastChanges': json(syncChanges),
  'github.oauthClientId': z.string().min(1).max(200),
};

/** Every table at the latest schema version: column → what the app reads there. */
export const ROW_SCHEMAS: Record<string, z.ZodObject> = {
  projects: z
    .object({
      id,
      title: z.string().min(1).max(MAX_TITLE),
      summary: text(MAX_TEXT),
      status: z.enum(PROJECT_STATUSES),
      showcased: flag,
      start_date: z.string().regex(DATE_RE, 'is not a date like 2024-05').nullable(),
      end_date: z.string().regex(DATE_RE, 'is not a date like 2024-05').nullable(),
      notes: text(MAX_TEXT),
      // Derived from title, summary and tags; rebuilt on restore, whatever the backup says.
      search_text: z.string(),
      children: json(childrenSchema),
      created_at: time,
      updated_at: time,
      deleted_at: time.nullable(),
    })
    .strict(),
  project_kinds: z.object({ project_id: id, kind: z.enum(PROJECT_KINDS), source, evidence: text(2000).nullable(), state }).strict(),
  project_tags: z
    .object({ project_id: id, name_key: z.string().min(1).max(200), name: z.string().min(1).max(200), tech_id: text(200).nullable(), source, evidence: text(2000).nullable(), state, position: count, strength: strength.nullable(), minor_contribution: flag })
    .strict(),
  project_items: z.object({ project_id: id, type: z.enum(['highlight', 'result']), position: count, text: text(2000) }).strict(),
  project_links: z.object({ project_id: id, position: count, type: z.enum(LINK_TYPES), url: webUrl, label: text(200).nullable() }).strict(),
  settings: z.object({ key: z.string().min(1).max(200), value: z.string() }).strict(),
  github_accounts: z
    .object({
      id,
      kind: z.enum(['token', 'oauth', 'public']),
      login: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, 'is not a GitHub login'),
      name: text(200).nullable(),
      avatar_url: webUrl.nullable(),
      // A restored account must not send its token anywhere the app would refuse to.
      api_url: z.string().max(500).refine(isAllowedApiUrl, 'is not an https GitHub address'),
      scopes: json(strings(100, 100)),
      can_read_private: flag,
      include_org_repos: flag,
      added_at: time,
      last_synced_at: time.nullable(),
    })
    .strict(),
  github_repositories: z
    .object({
      id,
      account_id: id.nullable(),
      host: z.string().min(1).max(300),
      node_id: z.string().min(1).max(200),
      owner: text(200),
      name: text(200),
      full_name: text(400),
      url: webUrl,
      description: text(5000).nullable(),
      homepage: webUrl.nullable(),
      stars: count,
      forks: count,
      visibility: z.enum(['public', 'private', 'internal']),
      is_fork: flag,
      is_archived: flag,
      licence: text(200).nullable(),
      topics: json(strings(100, 100)),
      default_branch: text(400).nullable(),
      pushed_at: time.nullable(),
      created_at: time.nullable(),
      languages: json(z.array(z.object({ name: text(200), bytes: count, color: text(20).nullable() })).max(200)),
      snapshot: json(snapshot).nullable(),
      doc_status: json(docStatus).nullable(),
      technologies: json(z.array(z.object({ name: text(200), techId: text(200).nullable(), evidence: strings(200), strength: strength.optional() })).max(2000)),
      kinds: json(z.array(z.object({ kind: z.enum(PROJECT_KINDS), evidence: strings(200) })).max(50)),
      warnings: json(strings(200, 1000)),
      details_complete: flag,
      gone_from_github: flag,
      last_synced_at: time.nullable(),
      hidden: flag,
      updated_at: time.nullable(),
      owner_type: z.enum(['User', 'Organization']).nullable(),
      parent: text(400).nullable(),
      commits_total: count.nullable(),
      commits_authored: count.nullable(),
    })
    .strict(),
  project_repositories: z.object({ project_id: id, repository_id: id, linked_at: time }).strict(),
  github_sync_state: z
    .object({
      account_id: id,
      status: z.enum(['running', 'complete', 'partial', 'cancelled', 'failed']),
      cursor: text(2000).nullable(),
      started_at: time,
      finished_at: time.nullable(),
      resume_at: time.nullable(),
      requests: count,
      rate_remaining: int.nullable(),
      rate_reset_at: time.nullable(),
      last_error: text(5000).nullable(),
    })
    .strict(),
  github_http_cache: z.object({ account_id: id, url: text(4000), etag: text(1000), body: json(z.unknown()) }).strict(),
  targets: z
    .object({
      id,
      name: z.string().trim().min(1).max(200),
      posting: text(200_000),
      technologies: json(z.array(z.string().min(1).max(100)).max(300)),
      created_at: time,
      updated_at: time,
    })
    .strict(),
  dismissed_rules: z.object({ rule_id: z.string().min(1).max(100), dismissed_at: time }).strict(),
  export_variants: z
    .object({
      id,
      name: z.string().trim().min(1).max(200),
      selection: json(selectionSchema),
      format: z.enum(EXPORT_FORMATS),
      paper: z.enum(PAPER_SIZES),
      theme: z.enum(EXPORT_THEMES),
      created_at: time,
      updated_at: time,
    })
    .strict(),
  project_export_options: z
    .object({
      project_id: id,
      hide_repository_link: flag,
      anonymize_client: flag,
      client_names: json(strings(20, 200)),
      client_replacement: text(200),
      anonymous_title: text(200),
      updated_at: time,
    })
    .strict(),
  // The resume: basics, one table per section, and projects' JSON Resume fields.
  ...RESUME_ROW_SCHEMAS,
};

export interface RowProblem {
  field: string;
  message: string;
}

/** The first problem with a stored row, or null when the app can read it. */
export function checkRow(table: string, row: Record<string, unknown>): RowProblem | null {
  const schema = ROW_SCHEMAS[table];
  if (!schema) return { field: '', message: 'is a table this version of Showcase does not read' };
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [column, ...inner] = issue.path.map(String);
    return { field: column ?? '', message: `${inner.length ? `${inner.join('.')}: ` : ''}${issue.message}` };
  }
  if (table === 'settings') {
    const { key, value } = row as { key: string; value: string };
    const valueSchema = SETTING_SCHEMAS[key];
    if (!valueSchema) return { field: 'key', message: `"${key.slice(0, 60)}" is not a setting this version of Showcase reads` };
    const v = valueSchema.safeParse(value);
    if (!v.success) {
      const issue = v.error.issues[0];
      return { field: 'value', message: `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}` };
    }
  }
  return null;
}
