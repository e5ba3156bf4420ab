/**
 * The projects of a JSON Resume: every `projects[]` entry becomes a portfolio project, with its
 * JSON Resume fields the portfolio has no place for kept beside it (ProjectResumeFields). Read as
 * leniently as the rest of the resume; what was adjusted is reported per field. Keywords are the
 * user's own words: a manual tag each, named as the taxonomy names it when it is the same thing
 * ("Express JS" is Express), else exactly as written. Technologies and kinds named in the text are
 * suggestions with their evidence. A file written by Showcase (its `x-showcase` part) is taken as
 * it says, without detection, so an export imports back to the same portfolio.
 */
import { classifyLink } from '../../../shared/links';
import { isWebUrl, MAX_ITEMS, MAX_TEXT, MAX_TITLE } from '../../../shared/project-schema';
import { detectKindsInText } from '../../../shared/text-detection';
import { extractTechnologies } from '../../../shared/job-posting';
import { contextOnlyTechnology, hasRelatedTechnology, readKeyword } from '../../../shared/keywords';
import { findTechnology } from '../../../shared/taxonomy';
import { EMPTY_PROJECT_RESUME_FIELDS, type JsonObject, type JsonValue, type ProjectResumeFields } from '../../../shared/resume-types';
import { KIND_LABELS, LINK_TYPES, PROJECT_KINDS, PROJECT_STATUSES, type LinkType, type ProjectInput, type ProjectKind, type ProjectLink, type ProjectStatus } from '../../../shared/types';
import { isPlainObject, readDate, readList, readText, readUrl, SHOWCASE_KEY } from './resume-values';
import { readResumeDocument, unknownFieldsNote, type ReadResumeResult } from './resume-reader';
import { dateBefore } from '../../../shared/resume-schema';

/** A `projects[]` entry of a JSON Resume, as the schema describes it. */
export interface ResumeProjectData {
  name?: string;
  description?: string;
  highlights?: string[];
  keywords?: string[];
  url?: string;
  startDate?: string;
  endDate?: string;
  roles?: string[];
  entity?: string;
  type?: string;
}

/** What Showcase writes under `x-showcase` on an exported project. */
export interface ShowcaseProjectPart {
  kinds?: ProjectKind[];
  /** The last highlights that are measurable results. */
  results?: string[];
  /** Every link, the first one being `url`. */
  links?: ProjectLink[];
  status?: ProjectStatus;
  asWritten?: JsonObject;
}

export interface ProjectImport {
  input: ProjectInput;
  fields: ProjectResumeFields;
}

const KNOWN = new Set(['name', 'description', 'highlights', 'keywords', 'technologies', 'url', 'startDate', 'endDate', 'roles', 'entity', 'type', SHOWCASE_KEY]);
const MAX_TAG = 80;
const MAX_ITEM = 2000;

/** How an export names a project's kinds in JSON Resume's `type` ("API, CLI tool"). */
export function kindsLabel(kinds: readonly ProjectKind[]): string {
  return kinds.map((k) => KIND_LABELS[k]).join(', ');
}

/** A title for a project the resume left unnamed: its repository's name, its first words, or its place. */
function fallbackTitle(url: string, description: string, index: number): string {
  if (isWebUrl(url)) {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    if (last) return decodeURIComponent(last).replace(/\.git$/, '');
  }
  const words = description.trim().split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
  return words || `Project ${index + 1}`;
}

function cut(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

/** The `x-showcase` part, checked: anything that does not fit is ignored (the file is not ours). */
function showcasePart(raw: JsonValue | undefined): ShowcaseProjectPart | null {
  if (!isPlainObject(raw)) return null;
  const out: ShowcaseProjectPart = {};
  if (Array.isArray(raw.kinds)) out.kinds = raw.kinds.filter((k): k is ProjectKind => PROJECT_KINDS.includes(k as ProjectKind));
  if (Array.isArray(raw.results)) out.results = raw.results.filter((r): r is string => typeof r === 'string');
  if (Array.isArray(raw.links)) {
    out.links = raw.links.slice(0, 50).flatMap((l) => {
      if (!isPlainObject(l) || typeof l.url !== 'string' || !isWebUrl(l.url)) return [];
      const type: LinkType = LINK_TYPES.includes(l.type as LinkType) ? (l.type as LinkType) : classifyLink(l.url);
      return [typeof l.label === 'string' && l.label ? { type, url: l.url, label: l.label } : { type, url: l.url }];
    });
  }
  if (PROJECT_STATUSES.includes(raw.status as ProjectStatus)) out.status = raw.status as ProjectStatus;
  if (isPlainObject(raw.asWritten)) out.asWritten = raw.asWritten;
  return out;
}

/**
 * Maps one `projects[]` entry. Never fails: a value that cannot be used is kept as written in
 * the project's JSON Resume fields, and `notes` says what happened to it.
 */
export function readResumeProject(raw: JsonValue, index: number, notes: string[]): ProjectImport | null {
  const path = `projects[${index}]`;
  let obj: Record<string, JsonValue>;
  if (typeof raw === 'string' && raw.trim()) {
    obj = { name: raw };
    notes.push(`${path} "${raw}" read as a project named so`);
  } else if (isPlainObject(raw)) obj = { ...raw };
  else {
    if (raw !== null) notes.push(`${path} is not a project; left out`);
    return null;
  }
  const xs = showcasePart(obj[SHOWCASE_KEY]);
  if (xs?.asWritten) for (const [k, v] of Object.entries(xs.asWritten)) if (obj[k] === undefined) obj[k] = v;

  const fields: ProjectResumeFields = { ...EMPTY_PROJECT_RESUME_FIELDS, roles: [], keywords: [], extra: {} };
  const keep = (key: string, value: JsonValue) => (fields.extra[key] = value);
  const text = (key: string, max?: number) => {
    const r = readText(obj[key], `${path}.${key}`, max);
    if (r.note) notes.push(r.note);
    if (r.value === undefined) {
      keep(key, obj[key]);
      return '';
    }
    return r.value;
  };
  const list = (key: string, maxItem?: number, maxItems?: number) => {
    const r = readList(obj[key], `${path}.${key}`, maxItem, maxItems);
    if (r.note) notes.push(r.note);
    if (r.value === undefined) {
      keep(key, obj[key]);
      return [];
    }
    return r.value;
  };
  const date = (key: 'startDate' | 'endDate') => {
    const r = readDate(obj[key], `${path}.${key}`, key === 'endDate');
    if (r.note) notes.push(r.note);
    if (r.value === undefined) {
      keep(key, obj[key]);
      return null;
    }
    return r.value;
  };

  const description = text('description', MAX_TEXT);
  let highlights = list('highlights', MAX_ITEM, MAX_ITEMS);
  let keywords = list('keywords');
  if (obj.technologies !== undefined) {
    const technologies = list('technologies');
    keywords = [...keywords, ...technologies.filter((t) => !keywords.some((k) => k.toLowerCase() === t.toLowerCase()))];
    if (technologies.length) notes.push(`${path}.technologies read as keywords`);
  }
  fields.roles = list('roles');
  fields.entity = text('entity');
  const type = text('type');

  const urlRead = readUrl(obj.url, `${path}.url`);
  if (urlRead.note) notes.push(urlRead.note);
  const url = urlRead.value?.trim() ?? '';
  if (urlRead.value === undefined) keep('url', obj.url);
  const links: ProjectLink[] = xs?.links?.length ? xs.links : isWebUrl(url) ? [{ type: classifyLink(url), url }] : [];
  if (url && !isWebUrl(url)) fields.urlText = url;

  const startDate = date('startDate');
  let endDate = date('endDate');
  if (startDate && endDate && dateBefore(endDate, startDate)) {
    notes.push(`${path}.endDate ${endDate} is before its start ${startDate}; kept as written, not as the end date`);
    keep('endDate', obj.endDate);
    endDate = null;
  }

  let results: string[] = [];
  if (xs?.results?.length) {
    const tail = highlights.slice(-xs.results.length);
    if (tail.length === xs.results.length && tail.every((h, i) => h === xs.results![i])) {
      results = xs.results;
      highlights = highlights.slice(0, -xs.results.length);
    }
  }

  let title = text('name').trim();
  if (!title) {
    title = fallbackTitle(url, description, index);
    notes.push(`${path} has no name; imported as "${title}"`);
  }
  if ([...title].length > MAX_TITLE) {
    keep('name', obj.name);
    title = cut(title, MAX_TITLE);
    notes.push(`${path}.name is longer than ${MAX_TITLE} characters; shortened (the full name is kept for export)`);
  }
  for (const [k, v] of Object.entries(obj)) if (!KNOWN.has(k)) keep(k, v);

  const { tags, kinds, adjusted } = xs ? fromShowcase(keywords, xs, fields) : detect(keywords, { name: title, description, highlights: [...highlights, ...results] }, fields);
  if (adjusted.length) notes.push(`${path}.keywords: ${adjusted.join(', ')}`);
  // JSON Resume's free-text type is kept when it says more than the kinds do.
  fields.type = xs && type === kindsLabel(xs.kinds ?? []) ? '' : type;

  return {
    input: {
      title,
      summary: description.trim(),
      highlights,
      results,
      tags,
      kinds,
      links,
      startDate,
      endDate,
      // A start without an end is ongoing, as JSON Resume means it; no dates at all says nothing.
      status: xs?.status ?? (startDate && !endDate ? 'in-progress' : 'shipped'),
      showcased: true,
    },
    fields,
  };
}

type Tags = NonNullable<ProjectInput['tags']>;
type Kinds = NonNullable<ProjectInput['kinds']>;

/** A keyword that only names a kind ("CRUD", "e-commerce"): kept for export, not made a technology. */
function isKindOnly(keyword: string): boolean {
  return detectKindsInText(keyword, 'keyword').length > 0 && !findTechnology(keyword);
}

/** A file written by Showcase: its keywords are the tags, its kinds are as listed. */
function fromShowcase(keywords: string[], xs: ShowcaseProjectPart, fields: ProjectResumeFields): { tags: Tags; kinds: Kinds; adjusted: string[] } {
  const tags: Tags = [];
  for (const k of keywords) {
    if (isKindOnly(k) || [...k].length > MAX_TAG || tags.length >= MAX_ITEMS) fields.keywords.push(k);
    else tags.push(k);
  }
  return { tags, kinds: xs.kinds ?? [], adjusted: [] };
}

/** Tags from keywords, kinds from keywords and text, and suggested technologies from the text. */
function detect(keywords: string[], text: { name: string; description: string; highlights: string[] }, fields: ProjectResumeFields): { tags: Tags; kinds: Kinds; adjusted: string[] } {
  const tags: Tags = [];
  const adjusted: string[] = [];
  const kinds = new Map<ProjectKind, string>();
  const seen = new Set<string>();
  const texts: Array<[string, string, string]> = [
    ['name', 'name', text.name],
    ['description', 'description', text.description],
    ...text.highlights.map((h, i): [string, string, string] => [`highlight ${i + 1}`, 'highlight', h]),
  ];
  // What the project shows apart from words that need context, to decide those.
  const context = new Set<string>();
  for (const k of keywords) {
    const tech = findTechnology(k);
    if (tech && !contextOnlyTechnology(k)) context.add(tech.id);
  }
  const mentioned = texts.slice(1).flatMap(([where, , t]) => extractTechnologies(t).map((tech) => ({ where, tech })));
  for (const { tech } of mentioned) if (!tech.mentions.every((m) => contextOnlyTechnology(m))) context.add(tech.techId);

  for (const k of keywords) {
    const kindHits = detectKindsInText(k, 'keyword');
    for (const hit of kindHits) if (!kinds.has(hit.kind)) kinds.set(hit.kind, `keyword "${cut(k, 100)}"`);
    const reading = readKeyword(k, context);
    // A keyword that only names a kind ("CRUD", "e-commerce") is kept for export, not made a technology.
    if ((kindHits.length > 0 && !reading.techId) || [...reading.name].length > MAX_TAG || tags.length >= MAX_ITEMS) {
      fields.keywords.push(k);
      continue;
    }
    if (reading.keptAsWritten) adjusted.push(`"${k}" kept as written (not read as ${reading.keptAsWritten}: nothing else in the project is about it)`);
    else if (reading.techId && reading.name.toLowerCase().replace(/[\s._-]+/g, '') !== k.toLowerCase().replace(/[\s._-]+/g, '')) adjusted.push(`"${k}" read as ${reading.name}`);
    const key = reading.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(reading.name);
  }
  for (const [where, field, t] of texts) {
    for (const hit of detectKindsInText(t, field)) {
      if (!kinds.has(hit.kind)) kinds.set(hit.kind, `${where}: ${hit.evidence}`);
    }
  }
  for (const { where, tech } of mentioned) {
    if (seen.has(tech.name.toLowerCase()) || tags.length >= MAX_ITEMS) continue;
    const ambiguous = tech.mentions.every((m) => contextOnlyTechnology(m));
    if (ambiguous && !hasRelatedTechnology(findTechnology(tech.name)!, context)) continue;
    seen.add(tech.name.toLowerCase());
    tags.push({ name: tech.name, source: 'detected', evidence: `${where} mentions "${tech.mentions[0]}"`, state: 'suggested' });
  }
  return {
    tags,
    kinds: [...kinds].map(([kind, evidence]) => ({ kind, source: 'detected' as const, evidence, state: 'suggested' as const })),
    adjusted,
  };
}

/** A whole JSON Resume object read: the resume, its projects, and the per-field report. Never throws. */
export function readJsonResume(data: Record<string, JsonValue>, newId?: () => string): Omit<ReadResumeResult, 'projects'> & { projects: ProjectImport[] } {
  const read = readResumeDocument(data, newId);
  const notes = [...read.notes];
  const projects: ProjectImport[] = [];
  const unknown = new Set<string>();
  read.projects.forEach((raw, i) => {
    const p = readResumeProject(raw, i, notes);
    if (!p) return;
    projects.push(p);
    if (isPlainObject(raw)) for (const k of Object.keys(raw)) if (!KNOWN.has(k)) unknown.add(`projects[].${k}`);
  });
  const unknownFields = [...read.unknownFields, ...unknown];
  const note = unknownFieldsNote(unknownFields);
  if (note) notes.push(note);
  return { ...read, projects, notes, unknownFields };
}
