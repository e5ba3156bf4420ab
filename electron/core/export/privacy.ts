/**
 * Per-project privacy for exports: repository links left out, and the client's name replaced
 * everywhere it appears. Applied to a project before the document is built, so every format
 * gets the same redacted text. Pure.
 */
import type { ProjectExportOptions } from '../../../shared/export-types';
import type { Project } from '../../../shared/types';
import type { JsonObject, JsonValue, ProjectResumeFields } from '../../../shared/resume-types';

export const DEFAULT_CLIENT_REPLACEMENT = 'a client';

export function defaultProjectOptions(projectId: string): ProjectExportOptions {
  return { projectId, hideRepositoryLink: false, anonymizeClient: false, clientNames: [], clientReplacement: '', anonymousTitle: '' };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters and digits only, lower-cased: how a name shows up inside a URL ("Acme Corp" → "acmecorp"). */
function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Replaces every whole-word occurrence of the names (longest first, any case). An article just
 * before a name merges with the replacement's ("the Acme team" → "the client team"), and a
 * replacement that starts a sentence is capitalised ("Acme asked…" → "A client asked…").
 */
export function replaceClientNames(text: string, names: readonly string[], replacement = DEFAULT_CLIENT_REPLACEMENT): string {
  const list = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (list.length === 0 || !text) return text;
  const repl = replacement.trim() || DEFAULT_CLIENT_REPLACEMENT;
  const bare = repl.replace(/^(a|an|the)\s+/i, '');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(a|an|the)\\s+)?(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return text.replace(pattern, (match: string, article: string | undefined, offset: number) => {
    const out = article ? `${article} ${bare}` : repl;
    const before = text.slice(0, offset);
    const startsSentence = /^\s*$/.test(before) || /[.!?:]\s+$/.test(before);
    return startsSentence && !article ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  });
}

/** The project as it may be exported under its options. */
export function applyPrivacy(project: Project, options: ProjectExportOptions | undefined): Project {
  if (!options || (!options.hideRepositoryLink && !options.anonymizeClient)) return project;
  let links = project.links;
  if (options.hideRepositoryLink) links = links.filter((l) => l.type !== 'repository');
  if (!options.anonymizeClient) return { ...project, links };

  const names = options.clientNames.map((n) => n.trim()).filter(Boolean);
  const repl = options.clientReplacement.trim() || DEFAULT_CLIENT_REPLACEMENT;
  const swap = (text: string) => replaceClientNames(text, names, repl);
  const keys = names.map(compact).filter((k) => k.length >= 2);
  // A link whose address names the client (github.com/acme-corp/…, acme.example.com) would give it away.
  links = links.filter((l) => !keys.some((k) => compact(l.url).includes(k)));
  return {
    ...project,
    title: options.anonymousTitle.trim() || swap(project.title),
    summary: swap(project.summary),
    highlights: project.highlights.map(swap),
    results: project.results.map(swap),
    tags: project.tags.map((t) => (t.techId ? t : { ...t, name: swap(t.name) })),
    links: links.map((l) => (l.label ? { ...l, label: swap(l.label) } : l)),
  };
}

function swapStrings(value: JsonValue, swap: (s: string) => string): JsonValue {
  if (typeof value === 'string') return swap(value);
  if (Array.isArray(value)) return value.map((v) => swapStrings(v, swap));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapStrings(v, swap)]));
  return value;
}

/** A project's JSON Resume fields under its options: the client's name replaced in them too. */
export function applyPrivacyToFields(fields: ProjectResumeFields | undefined, options: ProjectExportOptions | undefined): ProjectResumeFields | undefined {
  if (!fields || !options?.anonymizeClient) return fields;
  const names = options.clientNames.map((n) => n.trim()).filter(Boolean);
  const swap = (text: string) => replaceClientNames(text, names, options.clientReplacement.trim() || DEFAULT_CLIENT_REPLACEMENT);
  return {
    roles: fields.roles.map(swap),
    entity: swap(fields.entity),
    type: swap(fields.type),
    urlText: swap(fields.urlText),
    keywords: fields.keywords.map(swap),
    extra: swapStrings(fields.extra, swap) as JsonObject,
  };
}
