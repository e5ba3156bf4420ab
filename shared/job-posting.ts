/**
 * Finds the technologies a job posting names, through the taxonomy's names and aliases:
 * case-insensitive, on word boundaries, with everyday-word names ("Go", "Express", "Spring")
 * accepted only where they read as technologies. One regular expression, built once as a trie
 * of every form, scans the text in a single pass.
 */
import { TECHNOLOGIES, type TextAmbiguity } from './taxonomy';

export interface ExtractedTechnology {
  techId: string;
  name: string;
  /** The surface forms found, as written in the text, in order of first appearance. */
  mentions: string[];
  count: number;
}

interface FormEntry {
  techId: string;
  form: string;
  mode: TextAmbiguity | 'plain';
}

/** Lower-case, with runs of spaces and hyphens read as one separator ("event-driven" = "event driven"). */
function formKey(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, ' ').trim();
}

const entries = new Map<string, FormEntry>();
for (const tech of TECHNOLOGIES) {
  for (const form of [tech.name, ...tech.aliases]) {
    const mode = tech.ambiguous?.[form] ?? 'plain';
    if (mode === 'skip') continue;
    const key = formKey(form);
    if (!entries.has(key)) entries.set(key, { techId: tech.id, form, mode });
  }
}
const techNames = new Map(TECHNOLOGIES.map((t) => [t.id, t.name]));

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function buildTrie(keys: Iterable<string>): TrieNode {
  const root: TrieNode = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

function unitPattern(ch: string): string {
  return ch === ' ' ? '[\\s-]+' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A trie as a regex: shared prefixes are matched once, longer forms are tried first. */
function trieToPattern(node: TrieNode): string {
  const alternatives = [...node.next.keys()].sort().map((ch) => unitPattern(ch) + trieToPattern(node.next.get(ch) as TrieNode));
  if (!alternatives.length) return '';
  const body = alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
  if (!node.end) return body;
  return alternatives.length === 1 ? `(?:${body})?` : `${body}?`;
}

const SCANNER = new RegExp(`(?<![A-Za-z0-9_#+.@])${trieToPattern(buildTrie(entries.keys()))}(?![A-Za-z0-9_#+@]|\\.[A-Za-z0-9])`, 'gi');

/** Words after an everyday-word name that show it is not the technology ("Go to market", "Spring 2025"). */
const NOT_TECH_NEXT = new Set([
  'to', 'ahead', 'live', 'beyond', 'above', 'getter', 'getters', 'semester', 'term', 'break', 'season', 'quarter', 'intake',
  'cohort', 'your', 'our', 'their', 'my', 'the', 'a', 'an', 'yourself', 'through', 'over', 'interest', 'gratitude', 'concerns',
  'ideas', 'opinions', 'thoughts', 'clearly', 'fair', 'cleaning', 'forward', 'back', 'out', 'up', 'down', 'far', 'home',
  'we', 'you', 'they', 'it', 'i', 'he', 'she', 'shipping', 'delivery', 'mail', 'lane', 'arizona', 'az', 'hiring', 'collection',
]);
/** Words before it that put it in a technology context ("in Go", "with Express"). */
const TECH_PREV = new Set([
  'in', 'with', 'using', 'use', 'uses', 'used', 'and', 'or', 'of', 'like', 'including', 'especially', 'plus', 'know', 'knowing',
  'write', 'writing', 'written', 'build', 'building', 'built', 'experience', 'expertise', 'proficiency', 'proficient', 'fluent',
  'knowledge', 'skills', 'languages', 'frameworks', 'as', 'e.g.', 'such', 'via', 'modern', 'idiomatic', 'production',
]);
/** Words after it that do the same ("Go developer", "Express middleware"). */
const TECH_NEXT = new Set([
  'developer', 'developers', 'engineer', 'engineers', 'engineering', 'programming', 'programmer', 'language', 'framework', 'code',
  'codebase', 'services', 'service', 'microservices', 'backend', 'back-end', 'experience', 'expertise', 'skills', 'ecosystem',
  'stack', 'applications', 'application', 'apps', 'app', 'apis', 'api', 'modules', 'module', 'routines', 'goroutines',
  'concurrency', 'proficiency', 'knowledge', 'web', 'server', 'servers', 'middleware', 'routes', 'routing', 'and', 'or',
  'cloud', 'data', 'batch', 'integration', 'webflux', 'mvc', 'charts', 'cookbooks', 'manifests', 'modules', 'libraries', 'tooling',
]);
const LIST_CHARS = /[,/(|•:&+;·*]/;
/** Brand words that often start another product's name ("Apache Spark", "Oracle Fusion"). */
const BRAND_PREFIXES = new Set(['Apache', 'Oracle']);
const BRAND_CONTINUATIONS = new Set(['HTTP', 'HTTPD', 'Server', 'Web', 'Database', 'DB', 'SQL']);

function inTechContext(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (/^-[A-Za-z]/.test(after)) return false;
  // "Phoenix, AZ" or "Phoenix, Arizona": a place, not a framework.
  if (/^,\s*(?:[A-Z]{2}\b|Arizona\b)/.test(after)) return false;
  const nextWord = (/^\s+([A-Za-z][A-Za-z.-]*|\d[\d.]*)/.exec(after)?.[1] ?? '').replace(/\.+$/, '');
  if (/^(19|20)\d\d$/.test(nextWord)) return false;
  if (NOT_TECH_NEXT.has(nextWord.toLowerCase())) return false;

  const before = text.slice(Math.max(0, start - 40), start);
  const prevChar = /(\S)\s*$/.exec(before)?.[1] ?? '';
  const prevWord = (/([A-Za-z][A-Za-z.]*)\s+$/.exec(before)?.[1] ?? '').toLowerCase();
  const nextChar = /^\s*(\S)/.exec(after)?.[1] ?? '';
  // A bulleted line ("- Go") or a line of its own is a list item.
  const lineBefore = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const lineAfter = after.split('\n')[0];
  if (/^[ \t]*[-*•][ \t]*$/.test(lineBefore) || (/^[ \t]*$/.test(lineBefore) && /^[ \t]*$/.test(lineAfter))) return true;
  if (prevChar && LIST_CHARS.test(prevChar)) return true;
  if (nextChar && /[,/()|;&+]/.test(nextChar)) return true;
  if (TECH_PREV.has(prevWord)) return true;
  if (/^\d+(\.\d+)*$/.test(nextWord)) return true;
  return TECH_NEXT.has(nextWord.toLowerCase());
}

function accept(entry: FormEntry, surface: string, text: string, start: number, end: number): boolean {
  if (entry.mode === 'plain') return true;
  if (surface !== entry.form) return false;
  if (BRAND_PREFIXES.has(entry.form)) {
    const next = /^\s+([A-Z][A-Za-z]*)/.exec(text.slice(end, end + 30))?.[1];
    if (next && !BRAND_CONTINUATIONS.has(next)) return false;
  }
  return entry.mode === 'case' || inTechContext(text, start, end);
}

export function extractTechnologies(text: string): ExtractedTechnology[] {
  const found = new Map<string, { first: number; mentions: string[]; count: number }>();
  SCANNER.lastIndex = 0;
  for (let m = SCANNER.exec(text); m; m = SCANNER.exec(text)) {
    const surface = m[0];
    const entry = entries.get(formKey(surface));
    if (!entry || !accept(entry, surface, text, m.index, m.index + surface.length)) continue;
    const seen = found.get(entry.techId);
    const mention = surface.replace(/\s+/g, ' ');
    if (seen) {
      seen.count += 1;
      if (!seen.mentions.includes(mention)) seen.mentions.push(mention);
    } else {
      found.set(entry.techId, { first: m.index, mentions: [mention], count: 1 });
    }
  }
  return [...found.entries()]
    .sort(([a, x], [b, y]) => x.first - y.first || compare(techNames.get(a) ?? a, techNames.get(b) ?? b))
    .map(([techId, f]) => ({ techId, name: techNames.get(techId) ?? techId, mentions: f.mentions, count: f.count }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
