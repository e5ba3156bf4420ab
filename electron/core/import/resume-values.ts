/**
 * Reading single values of a resume file the way people actually write them: dates as "2023",
 * "2023-9-28", "Sep 2020", "Present" or "" ; addresses without a scheme; numbers where text was
 * meant. Each reader returns the value Showcase keeps and, when it changed or could not read
 * something, a short note for the import report. Pure.
 */
import { isWebUrl } from '../../../shared/project-schema';
import { isIsoDate, STORED_LIMITS } from '../../../shared/resume-schema';
import type { JsonValue } from '../../../shared/resume-types';

/** The key under which Showcase writes what JSON Resume has no field for (see render-json-resume). */
export const SHOWCASE_KEY = 'x-showcase';

export type Read<T> = { value: T; note?: string } | { value?: undefined; unreadable: true; note: string };

const ONGOING = /^(present|current(ly)?|now|ongoing|today|to date|till now|actual|atual|presente|actualidad|aujourd'hui|heute)$/i;

const MONTHS: Record<string, number> = {};
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach((m, i) => {
  MONTHS[m] = i + 1;
  MONTHS[m.slice(0, 3)] = i + 1;
});
MONTHS.sept = 9;

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** An ISO date of the precision written, or null when the text is not a date. */
export function isoFromText(text: string): string | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  let m: RegExpExecArray | null;
  // 2023-9-28, 2023/09, 2023.9
  if ((m = /^([12]\d{3})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null];
    if (mo < 1 || mo > 12) return null;
    if (d === null) return `${y}-${pad(mo)}`;
    return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  // 09/2020, 9.2020
  if ((m = /^(\d{1,2})[-/.]([12]\d{3})$/.exec(t))) {
    const mo = Number(m[1]);
    return mo >= 1 && mo <= 12 ? `${m[2]}-${pad(mo)}` : null;
  }
  // Sep 2020, September, 2020, 28 Sep 2020, Sep 28, 2020
  if ((m = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(?:(\d{1,2}),?\s+)?([12]\d{3})$/.exec(t))) {
    const mo = MONTHS[m[2].toLowerCase()];
    if (!mo) return null;
    const day = m[1] ?? m[3];
    if (!day) return `${m[4]}-${pad(mo)}`;
    return validDay(Number(m[4]), mo, Number(day)) ? `${m[4]}-${pad(mo)}-${pad(Number(day))}` : null;
  }
  return null;
}

const quote = (v: JsonValue) => (typeof v === 'string' ? `"${v.length > 60 ? `${v.slice(0, 59)}…` : v}"` : JSON.stringify(v));

/** A date field: null (absent, empty, "Present"), an ISO date, or unreadable (kept as written by the caller). */
export function readDate(value: JsonValue | undefined, path: string, isEnd: boolean): Read<string | null> {
  if (value === undefined || value === null) return { value: null };
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 2999) {
    return { value: String(value), note: `${path} ${value} read as the year ${value}` };
  }
  if (typeof value !== 'string') return { unreadable: true, note: `${path} ${quote(value)} is not a date; kept as written` };
  const t = value.trim();
  if (!t) return { value: null };
  if (ONGOING.test(t)) return { value: null, note: isEnd ? `${path} ${quote(value)} read as ongoing` : `${path} ${quote(value)} is not a start date; left empty` };
  const iso = isoFromText(t);
  if (iso === null) return { unreadable: true, note: `${path} ${quote(value)} is not a date Showcase can read; kept as written` };
  return iso === value ? { value: iso } : { value: iso, note: `${path} ${quote(value)} read as ${iso}` };
}

function shortened(text: string, max: number): string | null {
  return text.length > max ? text.slice(0, max - 1) + '…' : null;
}

/** A one-line or paragraph text field: strings as written; numbers and booleans as their text. */
export function readText(value: JsonValue | undefined, path: string, max: number = STORED_LIMITS.line): Read<string> {
  if (value === undefined || value === null) return { value: '' };
  if (typeof value === 'string') {
    const cut = shortened(value, max);
    return cut === null ? { value } : { value: cut, note: `${path} is longer than ${max.toLocaleString('en')} characters; shortened` };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { value: String(value), note: `${path} ${value} read as text` };
  return { unreadable: true, note: `${path} is not text; kept as written` };
}

/** An address: kept as written; only an absolute http(s) address will ever be a link. */
export function readUrl(value: JsonValue | undefined, path: string): Read<string> {
  const text = readText(value, path);
  if (text.value === undefined || !text.value.trim()) return text.value === undefined ? text : { value: '' };
  const t = text.value.trim();
  if (isWebUrl(t)) return { value: t };
  const why = /^[a-z][a-z0-9+.-]*:/i.test(t) ? 'is not a web address' : /^(\/|\.\.?\/|#|\?)/.test(t) || !/\./.test(t) ? 'is a relative address' : 'has no https:// in front';
  return { value: t, note: `${path} ${quote(t)} ${why}; kept as text, not as a link` };
}

/** A list of strings: a single string becomes a one-item list; items that are not text are left out. */
export function readList(value: JsonValue | undefined, path: string, maxItem: number = STORED_LIMITS.line, maxItems: number = STORED_LIMITS.listItems): Read<string[]> {
  if (value === undefined || value === null) return { value: [] };
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items)) return { unreadable: true, note: `${path} is not a list; kept as written` };
  const notes: string[] = typeof value === 'string' && value.trim() ? ['is one text, read as a list of one'] : [];
  const out: string[] = [];
  let dropped = 0;
  let cut = 0;
  for (const item of items) {
    const text = typeof item === 'string' ? item : typeof item === 'number' || typeof item === 'boolean' ? String(item) : null;
    if (text === null) {
      if (item !== null) dropped++;
      continue;
    }
    if (!text.trim()) continue;
    const short = shortened(text, maxItem);
    if (short !== null) cut++;
    out.push(short ?? text);
  }
  if (dropped) notes.push(`${dropped} item${dropped === 1 ? '' : 's'} that ${dropped === 1 ? 'is' : 'are'} not text left out`);
  if (cut) notes.push(`${cut} item${cut === 1 ? '' : 's'} longer than ${maxItem.toLocaleString('en')} characters shortened`);
  if (out.length > maxItems) notes.push(`only the first ${maxItems} of ${out.length} items kept`);
  return { value: out.slice(0, maxItems), ...(notes.length ? { note: `${path}: ${notes.join('; ')}` } : {}) };
}

export function isPlainObject(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
