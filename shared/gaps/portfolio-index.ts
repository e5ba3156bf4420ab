/**
 * The one pass over the showcased projects that every rule reads. Each tag is resolved once
 * (through a memo of the taxonomy) to its technology, whose answers to every tag test the rules
 * ask are worked out once per technology as bits; a project keeps the bits of its tags by how
 * they count (confirmed, unreviewed, only mentioned, minor contribution), its kinds as bits and
 * its repositories. A rule then asks "which projects?" with a bit test per project, and builds
 * evidence only for the first projects it names.
 */
import { isConfirmed } from '../confirmed';
import { TECHNOLOGIES, findTechnology, technologyById, type TechCategory, type Technology } from '../taxonomy';
import { PROJECT_KINDS, type Project, type ProjectKind, type ProjectKindEntry, type ProjectTag } from '../types';
import { BACKEND_LANGUAGES } from './classify';
import { compareText, impliedIds, projectFacts, tagWeight, type Evidence, type ProjectFacts, type TagFact, type TechView } from './facts';

export type { TechView };

/** A question about a tag that only its technology decides, answered once per technology. */
export interface TagTest {
  readonly word: number;
  readonly bit: number;
  readonly test: (t: TechView) => boolean;
}

const tests: TagTest[] = [];

/** Registers a tag test (at module load): every technology's bits answer it from then on. */
export function tagTest(test: (t: TechView) => boolean): TagTest {
  const n = tests.length;
  const t: TagTest = { word: n >> 5, bit: 1 << (n & 31), test };
  tests.push(t);
  // Technologies seen before this test was known are worked out again.
  infoById.clear();
  infoByName.clear();
  infoBySlot.length = 0;
  return t;
}

interface TechInfo extends TechView {
  /** A small number per technology, for tables indexed by technology. */
  slot: number;
  /** Which tag tests the technology passes: test n is bit n. */
  words: Int32Array;
  /** The backend languages it is or implies, by position in LANGUAGES. */
  languages: readonly number[];
  framework: boolean;
}

const LANGUAGES = [...BACKEND_LANGUAGES];
const NONE: ReadonlySet<never> = new Set();
const infoById = new Map<string, TechInfo>();
const infoByName = new Map<string, TechInfo>();
const infoBySlot: TechInfo[] = [];
/** Slots never outnumber the taxonomy's technologies (and one for custom tags). */
const MAX_SLOTS = TECHNOLOGIES.length + 1;

function wordCount(): number {
  return Math.max(1, Math.ceil(tests.length / 32));
}

function makeInfo(tech: Technology | null): TechInfo {
  const view: TechView = tech
    ? { tech, ids: impliedIds(tech.id), categories: new Set<TechCategory>([tech.category, ...(tech.alsoCategories ?? [])]) }
    : { tech: null, ids: NONE, categories: NONE };
  const words = new Int32Array(wordCount());
  for (const t of tests) if (t.test(view)) words[t.word] |= t.bit;
  const languages = LANGUAGES.flatMap((id, i) => (view.ids.has(id) ? [i] : []));
  const info: TechInfo = { ...view, slot: infoBySlot.length, words, languages, framework: !!tech && view.categories.has('framework') };
  infoBySlot.push(info);
  return info;
}

function infoOfTech(tech: Technology | undefined): TechInfo {
  const key = tech ? tech.id : '';
  let info = infoById.get(key);
  if (!info) infoById.set(key, (info = makeInfo(tech ?? null)));
  return info;
}

/** A stored tag's technology: its stored id when the taxonomy still knows it, else by name (resolveTagTech). */
function infoOf(tag: ProjectTag): TechInfo {
  if (tag.techId) {
    const known = infoById.get(tag.techId);
    if (known) return known;
    const tech = technologyById(tag.techId);
    if (tech) return infoOfTech(tech);
  }
  let info = infoByName.get(tag.name);
  if (!info) {
    info = infoOfTech(findTechnology(tag.name));
    // Custom names repeat across projects, but do not grow without end.
    if (infoByName.size < 10_000) infoByName.set(tag.name, info);
  }
  return info;
}

/**
 * Which tags a rule reads. `all`: the tags that count (the analysis itself); `mentioned` adds
 * those only a README or topic mentions, `minor` also those from repositories the user barely
 * contributed to; `confirmed`: only what the user confirmed (their own word and accepted detections).
 */
export type View = 'all' | 'mentioned' | 'minor' | 'confirmed';

const KIND_BIT = Object.fromEntries(PROJECT_KINDS.map((k, i) => [k, 1 << i])) as Record<ProjectKind, number>;
export function kindBits(kinds: readonly ProjectKind[]): number {
  let bits = 0;
  for (const k of kinds) bits |= KIND_BIT[k] ?? 0;
  return bits;
}

function grown(a: Int32Array, atLeast: number): Int32Array {
  const b = new Int32Array(Math.max(a.length * 2, atLeast));
  b.set(a);
  return b;
}

// Tag groups in the flat per-tag arrays.
const CONFIRMED = 0;
const UNREVIEWED = 1;
const MENTIONED = 2;
const MINOR = 3;
/** A rejected tag: above every group a view reads. */
const REJECTED = 7;

/** Evidence a source finds in one project, appended in the order a scan of its tags finds it. */
export interface Source {
  /** Tag tests whose bits answer `has` (any of them). */
  tests?: readonly TagTest[];
  /** Kind bits that answer `has` (any of them). */
  kinds?: number;
  /** A test no bit answers. */
  has?: (r: number) => boolean;
  add: (r: number, out: Evidence[]) => void;
}

export interface Collected {
  /** The evidence of the first projects (up to the limit) any source names, in project order. */
  evidence: Evidence[];
  /** How many projects any source names in all. */
  count: number;
}

/** A question about a tag not known in advance: by its technology, or by its name as stored. */
export type Match = { tech: (t: TechView) => boolean; name?: undefined } | { name: (name: string) => boolean };

export type PortfolioIndex = ReturnType<typeof indexPortfolio>;

/** The last title order computed, as positions into the list it was computed for, with that list's titles and ids. */
let last: { order: Int32Array; titles: string[]; ids: string[] } | null = null;

/**
 * Title order (then id, then position: a stable sort), as positions into `input`. The portfolio
 * is analysed again and again as it stands (each role, each posting, each change elsewhere), so
 * the last order is tried first. It holds when every position has the title and id it had (the
 * usual case: the same rows, whose strings compare by reference), or else when one pass proves
 * it is still the sorted order, since a permutation in strictly ascending (title, id, position)
 * is the only one there is. Otherwise it is sorted, as small records made in one go (they lie
 * together in memory).
 */
export function titleOrder(input: readonly Project[]): Int32Array {
  const n = input.length;
  if (last && last.order.length === n) {
    const { order, titles, ids } = last;
    let same = true;
    for (let i = 0; i < n && same; i++) same = input[i].title === titles[i] && input[i].id === ids[i];
    let holds = same;
    if (!same) {
      holds = true;
      for (let r = 1; r < n && holds; r++) {
        const a = input[order[r - 1]];
        const b = input[order[r]];
        const c = compareText(a.title, b.title) || compareText(a.id, b.id);
        holds = c < 0 || (c === 0 && order[r - 1] < order[r]);
      }
    }
    // (A permutation of 0..n-1 it is by construction; each position appears once.)
    if (holds) {
      if (!same) last = { order, titles: input.map((p) => p.title), ids: input.map((p) => p.id) };
      return order;
    }
  }
  const keyed = input.map((p, i) => ({ title: p.title, id: p.id, i }));
  keyed.sort((a, b) => compareText(a.title, b.title) || compareText(a.id, b.id));
  const order = Int32Array.from(keyed, (k) => k.i);
  last = { order, titles: input.map((p) => p.title), ids: input.map((p) => p.id) };
  return order;
}

/**
 * The index over the showcased projects `input`, which it ranks in title order (then id).
 * Evidence names at most `limit` projects per finding: the first ones in that order.
 */
export function indexPortfolio(input: readonly Project[], limit: number) {
  const n = input.length;
  const order = titleOrder(input);
  const rankOf = new Int32Array(n);
  for (let r = 0; r < n; r++) rankOf[order[r]] = r;
  const W = wordCount();
  // Test bits by group, one column per word: column[k][r] holds tests 32k.. for project r.
  const columns = () => Array.from({ length: W }, () => new Int32Array(n));
  const all = columns();
  const confirmed = columns();
  const mentioned = columns();
  const minor = columns();
  const kindsAll = new Uint8Array(n);
  const kindsConfirmed = new Uint8Array(n);
  /** How many tags count per project. */
  const tagCount = new Int32Array(n);
  // Every tag, flat, in project then tag order: its technology's slot and its group, as
  // slot * 8 + group (REJECTED for a rejected tag). The project's tags are tagFrom[r]..tagTo[r]
  // (tag j of the project at tagFrom[r] + j), laid out in input order: read in that order, the
  // projects' objects are read where they lie in memory.
  let tagCodes: Int32Array = new Int32Array(Math.max(16, n * 6));
  const tagFrom = new Int32Array(n);
  const tagTo = new Int32Array(n);
  let tags = 0;
  // Linked repositories (trimmed, once per project), flat.
  const repoUrls: string[] = [];
  const repoFrom = new Int32Array(n);
  const repoTo = new Int32Array(n);
  // Projects per backend language and per framework (by slot), each project counted once.
  const languages = new Int32Array(LANGUAGES.length);
  const languageLast = new Int32Array(LANGUAGES.length).fill(-1);
  const frameworks = new Int32Array(MAX_SLOTS);
  const frameworkLast = new Int32Array(MAX_SLOTS).fill(-1);
  let anyMentioned = false;
  let anyMinor = false;
  let anyUnconfirmed = false;

  for (let i = 0; i < n; i++) {
    const p = input[i];
    const r = rankOf[i];
    tagFrom[r] = tags;
    let counting = 0;
    const list = p.tags;
    if (tags + list.length > tagCodes.length) tagCodes = grown(tagCodes, tags + list.length);
    for (let j = 0; j < list.length; j++) {
      const tag = list[j];
      const state = tag.state;
      if (state === 'rejected') {
        tagCodes[tags++] = REJECTED;
        continue;
      }
      const info = infoOf(tag);
      const w = info.words;
      let group = CONFIRMED;
      if (tag.source === 'detected' && state === 'suggested') {
        const weight = tagWeight(tag);
        group = weight === 'counts' ? UNREVIEWED : weight === 'mentioned' ? MENTIONED : MINOR;
      } else if (!isConfirmed(tag)) {
        group = UNREVIEWED;
      }
      const into = group === MENTIONED ? mentioned : group === MINOR ? minor : all;
      for (let k = 0; k < W; k++) into[k][r] |= w[k];
      if (group === CONFIRMED) for (let k = 0; k < W; k++) confirmed[k][r] |= w[k];
      if (group <= UNREVIEWED) {
        counting++;
        const langs = info.languages;
        for (let i = 0; i < langs.length; i++) {
          if (languageLast[langs[i]] !== r) {
            languageLast[langs[i]] = r;
            languages[langs[i]]++;
          }
        }
        if (info.framework && frameworkLast[info.slot] !== r) {
          frameworkLast[info.slot] = r;
          frameworks[info.slot]++;
        }
      }
      if (group === UNREVIEWED) anyUnconfirmed = true;
      else if (group === MENTIONED) anyMentioned = true;
      else if (group === MINOR) anyMinor = true;
      tagCodes[tags++] = info.slot * 8 + group;
    }
    tagCount[r] = counting;
    const kinds = p.kinds;
    for (let j = 0; j < kinds.length; j++) {
      const k = kinds[j];
      if (k.state === 'rejected') continue;
      const bit = KIND_BIT[k.kind] ?? 0;
      kindsAll[r] |= bit;
      if (isConfirmed(k)) kindsConfirmed[r] |= bit;
      else anyUnconfirmed = true;
    }
    tagTo[r] = tags;
    repoFrom[r] = repoUrls.length;
    const links = p.links;
    for (let j = 0; j < links.length; j++) {
      const link = links[j];
      if (link.type !== 'repository') continue;
      const url = link.url.trim();
      if (!url) continue;
      let seen = false;
      for (let k = repoFrom[r]; k < repoUrls.length; k++) if (repoUrls[k] === url) seen = true;
      if (!seen) repoUrls.push(url);
    }
    repoTo[r] = repoUrls.length;
  }

  const masks: Partial<Record<View, Int32Array[]>> = { all, confirmed };
  function maskOf(view: View): Int32Array[] {
    let m = masks[view];
    if (!m) {
      m = all.map((col, k) => {
        const out = col.slice();
        for (let r = 0; r < n; r++) out[r] |= mentioned[k][r] | (view === 'minor' ? minor[k][r] : 0);
        return out;
      });
      masks[view] = m;
    }
    return m;
  }
  const kindsOf = (view: View) => (view === 'confirmed' ? kindsConfirmed : kindsAll);

  // Each project's facts, built only for the projects evidence or a suggestion names.
  const facts: Array<ProjectFacts | undefined> = new Array(n);
  function factsOf(r: number): ProjectFacts {
    return (facts[r] ??= projectFacts(input[order[r]]));
  }

  const maxGroupOf = (view: View) => (view === 'confirmed' ? CONFIRMED : view === 'all' ? UNREVIEWED : view === 'mentioned' ? MENTIONED : MINOR);

  /** Projects per backend language and per framework, each project once (the tags that count). */
  function stackCounts(): { languages: Map<string, number>; frameworks: Map<string, number> } {
    const out = { languages: new Map<string, number>(), frameworks: new Map<string, number>() };
    languages.forEach((count, i) => count && out.languages.set(LANGUAGES[i], count));
    frameworks.forEach((count, slot) => count && out.frameworks.set((infoBySlot[slot].tech as Technology).id, count));
    return out;
  }

  const index = {
    size: n,
    limit,
    project: (r: number): Project => input[order[r]],
    facts: factsOf,
    anyMentioned,
    anyMinor,
    /** Some tag or kind counts only as an unreviewed detection. */
    anyUnreviewed: anyMentioned || anyMinor || anyUnconfirmed,
    /** How many tags count on the project. */
    tagCount: (r: number): number => tagCount[r],
    repositories(r: number): string[] {
      return repoUrls.slice(repoFrom[r], repoTo[r]);
    },
    hasRepository: (r: number): boolean => repoTo[r] > repoFrom[r],
    /** The flat positions of the project's repositories (see repositoryUrl). */
    repositoryIndexes(r: number): number[] {
      const out: number[] = [];
      for (let i = repoFrom[r]; i < repoTo[r]; i++) out.push(i);
      return out;
    },
    repositoryUrl: (i: number): string => repoUrls[i],
    repositoryCount: repoUrls.length,
    /** Repositories flat, in project order, with the rank of the project linking each. */
    eachRepository(fn: (url: string, r: number, i: number) => void): void {
      for (let r = 0; r < n; r++) for (let i = repoFrom[r]; i < repoTo[r]; i++) fn(repoUrls[i], r, i);
    },
    /** Whether a counting tag of the project (in the view) passes the test. */
    hasTag(view: View, r: number, t: TagTest): boolean {
      return (maskOf(view)[t.word][r] & t.bit) !== 0;
    },
    hasKind(view: View, r: number, bits: number): boolean {
      return (kindsOf(view)[r] & bits) !== 0;
    },
    /**
     * Per project, the OR of the values whose test one of its tags passes, or whose kinds it has:
     * many questions about every project in one sweep.
     */
    flags(view: View, byTag: ReadonlyArray<readonly [number, TagTest]>, byKind: ReadonlyArray<readonly [number, number]>): Int32Array {
      const mask = maskOf(view);
      const kindsIn = kindsOf(view);
      const out = new Int32Array(n);
      // A question at a time, down its column.
      for (const [value, test] of byTag) {
        const column = mask[test.word];
        const bit = test.bit;
        for (let r = 0; r < n; r++) if (column[r] & bit) out[r] |= value;
      }
      for (const [value, bits] of byKind) for (let r = 0; r < n; r++) if (kindsIn[r] & bits) out[r] |= value;
      return out;
    },
    /** The project's tags in the view, in the order a scan reads them. */
    tagsIn(view: View, r: number): TagFact[] {
      const f = factsOf(r);
      if (view === 'all') return f.tags;
      if (view === 'confirmed') return f.tags.filter((t) => isConfirmed(t.tag));
      return view === 'mentioned' ? [...f.tags, ...f.mentioned] : [...f.tags, ...f.mentioned, ...f.minor];
    },
    kindsIn(view: View, r: number): ProjectKindEntry[] {
      const f = factsOf(r);
      return view === 'confirmed' ? f.kinds.filter(isConfirmed) : f.kinds;
    },
    stackCounts,

    /**
     * The projects any source names, in project order: all of them counted, evidence made for
     * the first `limit` only.
     */
    collect(view: View, sources: readonly Source[]): Collected {
      const mask = maskOf(view);
      const kinds = kindsOf(view);
      const bits = new Int32Array(W);
      let kindMask = 0;
      const custom: Array<(r: number) => boolean> = [];
      for (const s of sources) {
        for (const t of s.tests ?? []) bits[t.word] |= t.bit;
        kindMask |= s.kinds ?? 0;
        if (s.has) custom.push(s.has);
      }
      const words: number[] = [];
      for (let k = 0; k < W; k++) if (bits[k]) words.push(k);
      const evidence: Evidence[] = [];
      let count = 0;
      const add = (r: number) => {
        for (const s of sources) {
          const has = ((s.kinds ?? 0) & kinds[r]) !== 0 || (s.tests?.some((t) => (mask[t.word][r] & t.bit) !== 0) ?? false) || (s.has?.(r) ?? false);
          if (has) s.add(r, evidence);
        }
      };
      if (words.length === 1 && !kindMask && !custom.length) {
        // The usual question: one word of tag bits.
        const column = mask[words[0]];
        const b = bits[words[0]];
        for (let r = 0; r < n; r++) {
          if ((column[r] & b) === 0) continue;
          if (++count <= limit) add(r);
        }
        return { evidence, count };
      }
      for (let r = 0; r < n; r++) {
        let hit = (kinds[r] & kindMask) !== 0;
        for (let i = 0; !hit && i < words.length; i++) hit = (mask[words[i]][r] & bits[words[i]]) !== 0;
        for (let i = 0; !hit && i < custom.length; i++) hit = custom[i](r);
        if (hit && ++count <= limit) add(r);
      }
      return { evidence, count };
    },

    /**
     * For each question: the projects with a tag in the view that its `match` accepts (by the
     * tag's technology, or by the tag's own name), or a kind of its `kinds`. For questions not
     * known in advance (a target's technologies), answered together in one sweep of the tags.
     */
    collectMatching(view: View, questions: ReadonlyArray<{ match: Match; kinds: number; add: (r: number, out: Evidence[]) => void }>): Collected[] {
      const maxGroup = maxGroupOf(view);
      const kindsIn = kindsOf(view);
      const results: Collected[] = [];
      // Up to 31 questions a sweep, one bit each.
      for (let from = 0; from < questions.length; from += 31) {
        const batch = questions.slice(from, from + 31);
        const bySlot = new Int32Array(MAX_SLOTS);
        const byName: Array<[number, (name: string) => boolean]> = [];
        batch.forEach((q, b) => {
          if (q.match.name) byName.push([1 << b, q.match.name]);
          else for (let slot = 0; slot < infoBySlot.length; slot++) if (q.match.tech(infoBySlot[slot])) bySlot[slot] |= 1 << b;
        });
        const byKind = batch.flatMap((q, b): Array<[number, number]> => (q.kinds ? [[1 << b, q.kinds]] : []));
        const found = new Int32Array(n);
        for (let r = 0; r < n; r++) {
          let bits = 0;
          for (let j = tagFrom[r]; j < tagTo[r]; j++) {
            const code = tagCodes[j];
            if ((code & 7) > maxGroup) continue;
            bits |= bySlot[code >> 3];
            for (let i = 0; i < byName.length; i++) if (!(bits & byName[i][0]) && byName[i][1](input[order[r]].tags[j - tagFrom[r]].name)) bits |= byName[i][0];
          }
          for (let i = 0; i < byKind.length; i++) if (kindsIn[r] & byKind[i][1]) bits |= byKind[i][0];
          found[r] = bits;
        }
        batch.forEach((q, b) => {
          const bit = 1 << b;
          const evidence: Evidence[] = [];
          let count = 0;
          for (let r = 0; r < n; r++) if (found[r] & bit && ++count <= limit) q.add(r, evidence);
          results.push({ evidence, count });
        });
      }
      return results;
    },
  };

  return index;
}
