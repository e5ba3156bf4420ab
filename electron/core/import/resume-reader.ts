/**
 * Reads a JSON Resume leniently, as real files are written: the older schema's field names,
 * `null` and "" for "not given", "Present" for ongoing, partial and loosely written dates,
 * addresses without a scheme, a section given as one object, a non-standard `experience` section.
 * Everything is kept: a field Showcase does not know, or a value it cannot read, stays in the
 * entry's `extra` as written and is exported again. What was adjusted is reported per field.
 */
import { BASICS_FIELDS, LOCATION_FIELDS, SECTION_SPECS, TOP_LEVEL_SECTIONS } from '../../../shared/resume-sections';
import { emptyResume, type JsonObject, type JsonValue, type Resume, type SectionEntry, type SectionKey } from '../../../shared/resume-types';
import { isEmailAddress, storedLimit } from '../../../shared/resume-schema';
import type { FieldKind } from '../../../shared/resume-sections';
import { isPlainObject, readDate, readList, readText, readUrl, SHOWCASE_KEY, type Read } from './resume-values';

export type ResumePart = 'basics' | Exclude<SectionKey, 'profiles'> | 'meta';

export interface ReadResumeResult {
  resume: Resume;
  /** The parts the file had: only those replace what is held. */
  present: Set<ResumePart>;
  /** `projects[]` entries as written, for the project reader. */
  projects: JsonValue[];
  notes: string[];
  /** Where fields Showcase does not know were found ("work[].technologies"): kept and exported again. */
  unknownFields: string[];
}

/** One line for the report about fields kept but not shown. */
export function unknownFieldsNote(paths: string[]): string | null {
  if (!paths.length) return null;
  return `Kept as written and exported again, though Showcase does not show them: ${paths.slice(0, 12).join(', ')}${paths.length > 12 ? ` and ${paths.length - 12} more` : ''}`;
}

/** Field names of the older JSON Resume schema (and of common generators) → today's. */
const ALIASES: Partial<Record<SectionKey | 'basics', Record<string, string>>> = {
  basics: { website: 'url', picture: 'image' },
  work: { company: 'name', website: 'url' },
  volunteer: { website: 'url' },
  education: { gpa: 'score' },
  publications: { website: 'url' },
  awards: { name: 'title' },
};

/** An `experience` section (not JSON Resume) is read as `work`, with these names too. */
const EXPERIENCE_ALIASES = { company: 'name', from: 'startDate', to: 'endDate', activities: 'highlights', title: 'position', role: 'position' };

const KNOWN_TOP = new Set<string>([...TOP_LEVEL_SECTIONS, 'basics', 'projects', 'meta', '$schema']);

/** Collects notes that repeat across entries into one line each ("work[].company read as name"). */
class Report {
  readonly notes: string[] = [];
  private aliases = new Map<string, { lines: Set<string>; why: string }>();
  readonly unknown = new Set<string>();

  note(text: string | undefined): void {
    if (text) this.notes.push(text);
  }
  /** `path` is where the field sits ("work[]", "basics"); `why` says whose name it is. */
  alias(path: string, from: string, to: string, why: string): void {
    if (!this.aliases.has(path)) this.aliases.set(path, { lines: new Set(), why });
    this.aliases.get(path)!.lines.add(`${path}.${from} read as ${to}`);
  }
  unknownField(path: string): void {
    this.unknown.add(path);
  }
  finish(): string[] {
    const out = [...this.notes];
    for (const { lines, why } of this.aliases.values()) out.push(`${[...lines].join(', ')} (${why})`);
    return out;
  }
}

function isBlank(value: JsonValue | undefined): boolean {
  return value === undefined || value === null || value === '';
}

/** Takes back what an earlier Showcase export moved under `x-showcase.asWritten` (values JSON Resume's schema would refuse). */
function withAsWritten(raw: Record<string, JsonValue>): Record<string, JsonValue> {
  const obj = { ...raw };
  const xs = obj[SHOWCASE_KEY];
  if (isPlainObject(xs) && isPlainObject(xs.asWritten)) {
    for (const [k, v] of Object.entries(xs.asWritten)) if (obj[k] === undefined) obj[k] = v;
    const rest = { ...xs };
    delete rest.asWritten;
    if (Object.keys(rest).length) obj[SHOWCASE_KEY] = rest;
    else delete obj[SHOWCASE_KEY];
  }
  return obj;
}

function applyAliases(obj: Record<string, JsonValue>, aliases: Record<string, string> | undefined, path: string, report: Report, why = 'older JSON Resume field names'): void {
  for (const [from, to] of Object.entries(aliases ?? {})) {
    if (!(from in obj) || !isBlank(obj[to])) continue;
    obj[to] = obj[from];
    delete obj[from];
    report.alias(path, from, to, why);
  }
}

type Fields = ReadonlyArray<{ key: string; kind: string }>;

/** Reads the known fields of an object into `out`; unreadable values and unknown fields go to `extra`. */
function readFields(obj: Record<string, JsonValue>, fields: Fields, path: string, report: Report, out: Record<string, unknown>, extra: JsonObject, reportUnknown = true): void {
  const known = new Set(fields.map((f) => f.key));
  for (const f of fields) {
    const raw = obj[f.key];
    const p = `${path}.${f.key}`;
    let read: Read<unknown>;
    if (f.kind === 'date') read = readDate(raw, p, /end/i.test(f.key));
    else if (f.kind === 'list') read = readList(raw, p);
    else if (f.kind === 'url') read = readUrl(raw, p);
    else read = readText(raw, p, storedLimit(f.kind as FieldKind));
    report.note(read.note);
    if ('unreadable' in read) {
      extra[f.key] = raw as JsonValue;
      out[f.key] = f.kind === 'list' ? [] : f.kind === 'date' ? null : '';
      continue;
    }
    out[f.key] = read.value;
    if (f.kind === 'email' && typeof read.value === 'string' && read.value.trim() && !isEmailAddress(read.value.trim())) {
      report.note(`${p} "${read.value}" is not an email address; kept as text`);
    }
  }
  for (const [k, v] of Object.entries(obj)) {
    if (known.has(k)) continue;
    extra[k] = v;
    if (reportUnknown && k !== SHOWCASE_KEY) report.unknownField(`${path.replace(/\[\d+\]/g, '[]')}.${k}`);
  }
}

function readEntry<K extends SectionKey>(section: K, raw: JsonValue, path: string, report: Report, newId: () => string, aliases?: Record<string, string>): SectionEntry<K> | null {
  const spec = SECTION_SPECS[section];
  let obj: Record<string, JsonValue>;
  if (typeof raw === 'string' && raw.trim()) {
    obj = { [spec.titleField]: raw };
    report.note(`${path} "${raw}" read as a ${spec.noun} named so`);
  } else if (isPlainObject(raw)) obj = withAsWritten(raw);
  else {
    if (raw !== null && raw !== '') report.note(`${path} is not an entry; left out`);
    return null;
  }
  const listPath = path.replace(/\[\d+\]$/, '[]');
  applyAliases(obj, aliases ?? ALIASES[section], listPath, report, aliases ? `read as JSON Resume's ${section} fields` : undefined);
  const out: Record<string, unknown> = { id: newId() };
  const extra: JsonObject = {};
  readFields(obj, spec.fields, path, report, out, extra);
  out.extra = extra;
  const empty = spec.fields.every((f) => (Array.isArray(out[f.key]) ? (out[f.key] as unknown[]).length === 0 : !out[f.key])) && Object.keys(extra).length === 0;
  if (empty) {
    report.note(`${path} is empty; left out`);
    return null;
  }
  return out as unknown as SectionEntry<K>;
}

function readSection<K extends SectionKey>(section: K, value: JsonValue, path: string, report: Report, newId: () => string, aliases?: Record<string, string>): Array<SectionEntry<K>> | null {
  let items: JsonValue[];
  if (Array.isArray(value)) items = value;
  else if (isPlainObject(value)) {
    items = [value];
    report.note(`${path} is one entry, not a list; read as a list of one`);
  } else if (value === null || value === '') return [];
  else return null;
  const out: Array<SectionEntry<K>> = [];
  items.forEach((item, i) => {
    const entry = readEntry(section, item, `${path}[${i}]`, report, newId, aliases);
    if (entry) out.push(entry);
  });
  return out;
}

function readBasics(raw: JsonValue, resume: Resume, report: Report, newId: () => string): void {
  if (!isPlainObject(raw)) {
    report.note('basics is not an object; kept as written');
    resume.extra.basics = raw;
    return;
  }
  const obj = withAsWritten(raw);
  applyAliases(obj, ALIASES.basics, 'basics', report);
  const { location, profiles, ...rest } = obj;
  const out: Record<string, unknown> = {};
  const extra: JsonObject = {};
  readFields(rest, BASICS_FIELDS, 'basics', report, out, extra);
  Object.assign(resume.basics, out);
  resume.basics.extra = extra;
  if (typeof location === 'string') {
    resume.basics.location.city = location;
    if (location.trim()) report.note(`basics.location "${location}" read as the city`);
  } else if (isPlainObject(location)) {
    const loc: Record<string, unknown> = {};
    const locExtra: JsonObject = {};
    readFields(location, LOCATION_FIELDS.map((f) => ({ key: f.key, kind: 'text' })), 'basics.location', report, loc, locExtra);
    Object.assign(resume.basics.location, loc);
    resume.basics.location.extra = locExtra;
  } else if (location !== undefined && location !== null) {
    resume.basics.extra.location = location;
    report.note('basics.location is not an object; kept as written');
  }
  if (profiles !== undefined) {
    const list = readSection('profiles', profiles, 'basics.profiles', report, newId);
    if (list) resume.profiles = list;
    else {
      resume.basics.extra.profiles = profiles;
      report.note('basics.profiles is not a list; kept as written');
    }
  }
}

export function readResumeDocument(data: Record<string, JsonValue>, newId: () => string = () => crypto.randomUUID()): ReadResumeResult {
  const report = new Report();
  const resume = emptyResume();
  const present = new Set<ResumePart>();
  let projects: JsonValue[] = [];

  if (data.basics !== undefined) {
    present.add('basics');
    readBasics(data.basics, resume, report, newId);
  }
  for (const section of TOP_LEVEL_SECTIONS) {
    if (data[section] === undefined) continue;
    const list = readSection(section, data[section], section, report, newId);
    if (list === null) {
      resume.extra[section] = data[section];
      report.note(`${section} is not a list; kept as written`);
      continue;
    }
    present.add(section);
    (resume as unknown as Record<string, unknown>)[section] = list;
  }
  if (data.work === undefined && Array.isArray(data.experience)) {
    const list = readSection('work', data.experience, 'experience', report, newId, { ...ALIASES.work, ...EXPERIENCE_ALIASES });
    if (list) {
      present.add('work');
      resume.work = list;
      report.note(`experience (not a JSON Resume section) read as work: ${list.length} ${list.length === 1 ? 'entry' : 'entries'}`);
    }
  }
  if (data.projects !== undefined) {
    if (Array.isArray(data.projects)) projects = data.projects;
    else if (isPlainObject(data.projects)) {
      projects = [data.projects];
      report.note('projects is one entry, not a list; read as a list of one');
    } else if (data.projects !== null) {
      resume.extra.projects = data.projects;
      report.note('projects is not a list; kept as written');
    }
  }
  if (data.meta !== undefined) {
    if (isPlainObject(data.meta)) {
      present.add('meta');
      resume.meta = data.meta;
    } else resume.extra.meta = data.meta;
  }
  for (const [k, v] of Object.entries(data)) {
    if (KNOWN_TOP.has(k) || (k === 'experience' && present.has('work') && data.work === undefined)) continue;
    if (k in resume.extra) continue;
    resume.extra[k] = v;
    report.unknownField(k);
  }
  return { resume, present, projects, notes: report.finish(), unknownFields: [...report.unknown] };
}

/** True when the data has something a JSON Resume reader can use. */
export function hasResumeContent(data: Record<string, JsonValue>): boolean {
  return [...KNOWN_TOP, 'experience'].some((k) => k !== '$schema' && k in data);
}
