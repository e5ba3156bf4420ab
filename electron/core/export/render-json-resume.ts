/**
 * JSON Resume (resume.json, schema v1): everything held, written back as JSON Resume says it.
 * Unknown fields of an imported file are written again as they were. What JSON Resume has no
 * field for (a project's kinds, results, every link, its status) goes under `x-showcase`, and so
 * does a value the schema would refuse (an address without a scheme, a date nobody can read):
 * the file stays schema-valid, themes ignore the extra part, and importing it gives the same
 * portfolio back. Validated against `@jsonresume/schema` before it is returned.
 */
import { validate as validateResume } from '@jsonresume/schema';
import { AppError } from '../errors';
import { stripBidiDeep } from '../../../shared/bidi';
import { kindsLabel, type ResumeProjectData, type ShowcaseProjectPart } from '../import/json-resume';
import { SHOWCASE_KEY } from '../import/resume-values';
import { classifyLink } from '../../../shared/links';
import { isWebUrl } from '../../../shared/project-schema';
import { BASICS_FIELDS, LOCATION_FIELDS, SECTION_SPECS, TOP_LEVEL_SECTIONS, type FieldKind } from '../../../shared/resume-sections';
import { isEmailAddress, isIsoDate } from '../../../shared/resume-schema';
import type { JsonObject, JsonValue, ProjectResumeFields, Resume } from '../../../shared/resume-types';
import type { Project } from '../../../shared/types';
import { confirmedKinds, confirmedTags } from '../../../shared/confirmed';
import type { ExportDocument } from './document';

export const RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** A JSON Resume project as written: the same shape the importer reads, always named. */
export type ResumeProject = ResumeProjectData & { name: string; [SHOWCASE_KEY]?: ShowcaseProjectPart };

/** Whether JSON Resume's schema accepts `value` for a field of this kind (addresses: web links only). */
function fits(kind: FieldKind, value: JsonValue): boolean {
  switch (kind) {
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'url':
      // JSON Resume's "uri" (as its validator reads it: a scheme, no white space), and a web link.
      return typeof value === 'string' && isWebUrl(value) && /^[a-zA-Z][a-zA-Z0-9+.-]*:\S*$/.test(value);
    case 'email':
      return typeof value === 'string' && isEmailAddress(value);
    default:
      return typeof value === 'string';
  }
}

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * An object of known fields (in JSON Resume's order) and kept extra fields. A kept value under a
 * known name (one an import could not read, or the full text of a shortened one) wins when the
 * schema accepts it; whatever the schema would refuse is moved under `x-showcase.asWritten`.
 */
function writeObject(fields: ReadonlyArray<{ key: string; kind: FieldKind }>, values: Record<string, unknown>, extra: JsonObject, showcase: JsonObject = {}): JsonObject {
  const out: JsonObject = {};
  const asWritten: JsonObject = {};
  const known = new Set(fields.map((f) => f.key));
  for (const f of fields) {
    const kept = extra[f.key];
    const v = values[f.key] as JsonValue | undefined;
    if (kept !== undefined) {
      if (fits(f.kind, kept)) {
        out[f.key] = kept;
        continue;
      }
      asWritten[f.key] = kept;
    }
    if (isEmptyValue(v)) continue;
    if (fits(f.kind, v!)) out[f.key] = v!;
    else asWritten[f.key] = v!;
  }
  const own = { ...showcase };
  for (const [k, v] of Object.entries(extra)) {
    if (known.has(k)) continue;
    if (k === SHOWCASE_KEY && v && typeof v === 'object' && !Array.isArray(v)) Object.assign(own, v);
    else out[k] = v;
  }
  if (Object.keys(asWritten).length) own.asWritten = asWritten;
  if (Object.keys(own).length) out[SHOWCASE_KEY] = own;
  return out;
}

function basicsOf(resume: Resume): JsonObject {
  const { basics } = resume;
  const out = writeObject(BASICS_FIELDS, basics as unknown as Record<string, unknown>, basics.extra);
  const location = writeObject(LOCATION_FIELDS.map((f) => ({ key: f.key, kind: 'text' as const })), basics.location as unknown as Record<string, unknown>, basics.location.extra);
  if (Object.keys(location).length) out.location = location;
  if (resume.profiles.length) out.profiles = resume.profiles.map((p) => writeObject(SECTION_SPECS.profiles.fields, p as unknown as Record<string, unknown>, p.extra));
  return out;
}

const PROJECT_FIELDS: ReadonlyArray<{ key: string; kind: FieldKind }> = [
  { key: 'name', kind: 'text' },
  { key: 'description', kind: 'long' },
  { key: 'highlights', kind: 'list' },
  { key: 'keywords', kind: 'list' },
  { key: 'startDate', kind: 'date' },
  { key: 'endDate', kind: 'date' },
  { key: 'url', kind: 'url' },
  { key: 'roles', kind: 'list' },
  { key: 'entity', kind: 'text' },
  { key: 'type', kind: 'text' },
];

/** Status as the importer reads it from the dates alone; written only when it says otherwise. */
function impliedStatus(p: Project): Project['status'] {
  return p.startDate && !p.endDate ? 'in-progress' : 'shipped';
}

function projectOf(p: Project, fields: ProjectResumeFields): JsonObject {
  const kinds = confirmedKinds(p).map((k) => k.kind);
  const links = p.links.filter((l) => isWebUrl(l.url));
  const url = links[0]?.url ?? fields.urlText;
  const keywords = [...new Set([...confirmedTags(p).map((t) => t.name), ...fields.keywords])];
  const showcase: JsonObject = { kinds };
  if (p.results.length) showcase.results = p.results;
  const plainLink = links.length === 1 && !links[0].label && links[0].type === classifyLink(links[0].url);
  if (links.length && !plainLink) showcase.links = links.map((l): JsonObject => (l.label ? { type: l.type, url: l.url, label: l.label } : { type: l.type, url: l.url }));
  if (p.status !== impliedStatus(p)) showcase.status = p.status;
  const values = {
    name: p.title,
    description: p.summary,
    highlights: [...p.highlights, ...p.results],
    keywords,
    startDate: p.startDate,
    endDate: p.endDate,
    url,
    roles: fields.roles,
    entity: fields.entity,
    type: fields.type || kindsLabel(kinds),
  };
  return writeObject(PROJECT_FIELDS, values, fields.extra, showcase);
}

/** Skills held by the resume; without any, the projects' technologies grouped by category. */
function skillsOf(doc: ExportDocument): JsonObject[] {
  const held = doc.data.resume.skills;
  if (held.length) return held.map((s) => writeObject(SECTION_SPECS.skills.fields, s as unknown as Record<string, unknown>, s.extra));
  return doc.skills.map((g) => ({ name: g.label, keywords: g.skills.map((s) => s.name) }));
}

function metaOf(resume: Resume, generatedOn: string): JsonObject {
  const meta: JsonObject = { ...resume.meta };
  // A canonical address the schema refuses is kept, but out of its way.
  if (meta.canonical !== undefined && !(typeof meta.canonical === 'string' && /^[a-z][a-z0-9+.-]*:\S*$/i.test(meta.canonical))) {
    meta[SHOWCASE_KEY] = { asWritten: { canonical: meta.canonical } };
    delete meta.canonical;
  }
  return { ...meta, version: typeof meta.version === 'string' ? meta.version : 'v1.0.0', lastModified: `${generatedOn}T00:00:00`, generator: 'Showcase' };
}

export function buildResume(doc: ExportDocument): Record<string, unknown> {
  const { resume, projects } = doc.data;
  const out: Record<string, unknown> = { $schema: RESUME_SCHEMA_URL, basics: basicsOf(resume) };
  for (const section of TOP_LEVEL_SECTIONS) {
    if (section === 'skills') {
      const skills = skillsOf(doc);
      if (skills.length) out.skills = skills;
      continue;
    }
    const entries = resume[section];
    if (entries.length) out[section] = entries.map((e) => writeObject(SECTION_SPECS[section].fields, e as unknown as Record<string, unknown>, e.extra));
  }
  if (projects.length) out.projects = projects.map(({ project, fields }) => projectOf(project, fields));
  out.meta = metaOf(resume, doc.generatedOn);
  // Top-level fields of an imported file that JSON Resume does not define, as they were.
  for (const [k, v] of Object.entries(resume.extra)) if (!(k in out)) out[k] = v;
  return out;
}

export function resumeSchemaProblems(resume: unknown): Array<{ path: string; message: string }> {
  let problems: Array<{ path: string; message: string }> = [];
  validateResume(resume, (errors) => {
    problems = (errors ?? []).map((e) => ({ path: e.property.replace(/^instance\.?/, '') || '(top level)', message: e.message }));
  });
  return problems;
}

/**
 * The resume as JSON text. `<`, `>`, `&` and the line separators are written as \u escapes: still
 * the same JSON, but safe should a résumé theme paste it into a page.
 */
export function renderJsonResume(doc: ExportDocument): string {
  // Bidi override and isolate controls never leave Showcase (shared/bidi.ts); right-to-left text does.
  const resume = stripBidiDeep(buildResume(doc));
  const problems = resumeSchemaProblems(resume);
  if (problems.length) {
    throw new AppError('INTERNAL', `The exported resume.json does not match the JSON Resume schema: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  return `${JSON.stringify(resume, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
