/**
 * The one pass over the showcased projects that every rule reads. Each tag is resolved once
 * (through a memo of the taxonomy) to its technology, whose answers to every tag test the rules
 * ask are worked out once per technology as bits; a project keeps the bits of its tags by how
 * they count (confirmed, unreviewed, only mentioned, minor contribution), its kinds as bits and
 * its repositories. A rule then asks "which projects?" with a bit test per project, and builds
 * evidence only for the first projects it names.
 */
import { isConfirmed } from '../confirmed';
import { findTechnology, technologyById, type TechCategory, type Technology } from '../taxonomy';
import { PROJECT_KINDS, type Project, type ProjectKind, type ProjectKindEntry, type ProjectTag } from '../types';
import { BACKEND_LANGUAGES } from './classify';
import { impliedIds, projectFacts, tagWeight, type Evidence, type ProjectFacts, type TagFact, type TechView } from './facts';

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

const KIND_BIT = new Map<ProjectKind, number>(PROJECT_KINDS.map((k, i) => [k, 1 << i]));
export function kindBits(kinds: readonly ProjectKind[]): number {
  let bits = 0;
  for (const k of kinds) bits |= KIND_BIT.get(k) ?? 0;
  return bits;
}

// Tag groups in the flat per-tag arrays.
const CONFIRMED = 0;
const UNREVIEWED = 1;
const MENTIONED = 2;
const MINOR = 3;

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

/**
 * The index over `projects` (showcased, in title order). Evidence names at most `limit`
 * projects per finding: the first ones in that order.
 */
export function indexPortfolio(projects: readonly Project[], limit: number) {
  const n = projects.length;
  const W = wordCount();
  const all = new Int32Array(n * W);
  const confirmed = new Int32Array(n * W);
  const mentioned = new Int32Array(n * W);
  const minor = new Int32Array(n * W);
  const kindsAll = new Uint8Array(n);
  const kindsConfirmed = new Uint8Array(n);
  /** How many tags count per project. */
  const tagCount = new Uint16Array(n);
  // Every tag that is not rejected, flat, in project then tag order: its technology and group.
  let tagSlots = new Int32Array(Math.max(16, n * 8));
  let tagGroups = new Uint8Array(tagSlots.length);
  let tagPositions = new Uint16Array(tagSlots.length);
  const tagStart = new Int32Array(n + 1);
  let tags = 0;
  // Linked repositories (trimmed, once per project), flat.
  const repoUrls: string[] = [];
  const repoStart = new Int32Array(n + 1);
  // Projects per backend language and per framework, each project counted once.
  const languageProjects = new Int32Array(LANGUAGES.length);
  const languageLast = new Int32Array(LANGUAGES.length).fill(-1);
  const frameworkProjects = new Map<TechInfo, number>();
  const frameworkLast = new Map<TechInfo, number>();
  let anyMentioned = false;
  let anyMinor = false;
  let anyUnconfirmed = false;

  for (let r = 0; r < n; r++) {
    const p = projects[r];
    const base = r * W;
    tagStart[r] = tags;
    let counting = 0;
    for (let j = 0; j < p.tags.length; j++) {
      const tag = p.tags[j];
      if (tag.state === 'rejected') continue;
      const info = infoOf(tag);
      const w = info.words;
      const weight = tag.source === 'detected' && tag.state === 'suggested' ? tagWeight(tag) : 'counts';
      let group: number;
      if (weight === 'counts') {
        counting++;
        for (let k = 0; k < W; k++) all[base + k] |= w[k];
        if (isConfirmed(tag)) {
          group = CONFIRMED;
          for (let k = 0; k < W; k++) confirmed[base + k] |= w[k];
        } else {
          group = UNREVIEWED;
          anyUnconfirmed = true;
        }
        for (const l of info.languages) {
          if (languageLast[l] !== r) {
            languageLast[l] = r;
            languageProjects[l]++;
          }
        }
        if (info.framework && frameworkLast.get(info) !== r) {
          frameworkLast.set(info, r);
          frameworkProjects.set(info, (frameworkProjects.get(info) ?? 0) + 1);
        }
      } else if (weight === 'mentioned') {
        group = MENTIONED;
        anyMentioned = true;
        for (let k = 0; k < W; k++) mentioned[base + k] |= w[k];
      } else {
        group = MINOR;
        anyMinor = true;
        for (let k = 0; k < W; k++) minor[base + k] |= w[k];
      }
      if (tags === tagSlots.length) {
        const grow = <T extends Int32Array | Uint8Array | Uint16Array>(a: T): T => {
          const b = new (a.constructor as new (size: number) => T)(a.length * 2);
          b.set(a);
          return b;
        };
        tagSlots = grow(tagSlots);
        tagGroups = grow(tagGroups);
        tagPositions = grow(tagPositions);
      }
      tagSlots[tags] = info.slot;
      tagGroups[tags] = group;
      tagPositions[tags] = j;
      tags++;
    }
    tagCount[r] = counting;
    for (const k of p.kinds) {
      if (k.state === 'rejected') continue;
      const bit = KIND_BIT.get(k.kind) ?? 0;
      kindsAll[r] |= bit;
      if (isConfirmed(k)) kindsConfirmed[r] |= bit;
      else anyUnconfirmed = true;
    }
    repoStart[r] = repoUrls.length;
    for (const link of p.links) {
      if (link.type !== 'repository') continue;
      const url = link.url.trim();
      if (!url) continue;
      let seen = false;
      for (let i = repoStart[r]; i < repoUrls.length; i++) if (repoUrls[i] === url) seen = true;
      if (!seen) repoUrls.push(url);
    }
  }
  tagStart[n] = tags;
  repoStart[n] = repoUrls.length;

  const masks: Partial<Record<View, Int32Array>> = { all, confirmed };
  function maskOf(view: View): Int32Array {
    let m = masks[view];
    if (!m) {
      m = all.slice();
      for (let i = 0; i < m.length; i++) m[i] |= mentioned[i] | (view === 'minor' ? minor[i] : 0);
      masks[view] = m;
    }
    return m;
  }
  const kindsOf = (view: View) => (view === 'confirmed' ? kindsConfirmed : kindsAll);

  // Each project's facts, built only for the projects evidence or a suggestion names.
  const facts: Array<ProjectFacts | undefined> = new Array(n);
  function factsOf(r: number): ProjectFacts {
    return (facts[r] ??= projectFacts(projects[r]));
  }

  const index = {
    size: n,
    limit,
    project: (r: number): Project => projects[r],
    facts: factsOf,
    anyMentioned,
    anyMinor,
    /** Some tag or kind counts only as an unreviewed detection. */
    anyUnreviewed: anyMentioned || anyMinor || anyUnconfirmed,
    /** How many tags count on the project. */
    tagCount: (r: number): number => tagCount[r],
    repositories(r: number): string[] {
      return repoUrls.slice(repoStart[r], repoStart[r + 1]);
    },
    hasRepository: (r: number): boolean => repoStart[r + 1] > repoStart[r],
    /** The flat positions of the project's repositories (see repositoryUrl). */
    repositoryIndexes(r: number): number[] {
      const out: number[] = [];
      for (let i = repoStart[r]; i < repoStart[r + 1]; i++) out.push(i);
      return out;
    },
    repositoryUrl: (i: number): string => repoUrls[i],
    repositoryCount: repoUrls.length,
    /** Repositories flat, in project order, with the rank of the project linking each. */
    eachRepository(fn: (url: string, r: number, i: number) => void): void {
      for (let r = 0; r < n; r++) for (let i = repoStart[r]; i < repoStart[r + 1]; i++) fn(repoUrls[i], r, i);
    },
    /** Whether a counting tag of the project (in the view) passes the test. */
    hasTag(view: View, r: number, t: TagTest): boolean {
      return (maskOf(view)[r * W + t.word] & t.bit) !== 0;
    },
    hasKind(view: View, r: number, bits: number): boolean {
      return (kindsOf(view)[r] & bits) !== 0;
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
    /** Projects per backend language and per framework id, each project once (the tags that count). */
    languageProjects(): Map<string, number> {
      const out = new Map<string, number>();
      languageProjects.forEach((count, i) => count && out.set(LANGUAGES[i], count));
      return out;
    },
    frameworkProjects(): Map<string, number> {
      const out = new Map<string, number>();
      for (const [info, count] of frameworkProjects) out.set((info.tech as Technology).id, count);
      return out;
    },

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
      for (let r = 0; r < n; r++) {
        let hit = (kinds[r] & kindMask) !== 0;
        for (let i = 0; !hit && i < words.length; i++) hit = (mask[r * W + words[i]] & bits[words[i]]) !== 0;
        for (let i = 0; !hit && i < custom.length; i++) hit = custom[i](r);
        if (!hit) continue;
        count++;
        if (count > limit) continue;
        for (const s of sources) {
          const has = ((s.kinds ?? 0) & kinds[r]) !== 0 || (s.tests?.some((t) => (mask[r * W + t.word] & t.bit) !== 0) ?? false) || (s.has?.(r) ?? false);
          if (has) s.add(r, evidence);
        }
      }
      return { evidence, count };
    },

    /**
     * Projects with a tag in the view that `match` accepts (by its technology, or by the tag's
     * own name), or a kind of `kinds`: for questions not known in advance (a target's technologies).
     */
    collectMatching(view: View, match: Match, kinds: number, add: (r: number, out: Evidence[]) => void): Collected {
      // By technology, each technology is asked once.
      const answers = new Int8Array(infoBySlot.length).fill(-1);
      const maxGroup = view === 'confirmed' ? CONFIRMED : view === 'all' ? UNREVIEWED : view === 'mentioned' ? MENTIONED : MINOR;
      const kindsIn = kindsOf(view);
      const evidence: Evidence[] = [];
      let count = 0;
      for (let r = 0; r < n; r++) {
        let hit = (kindsIn[r] & kinds) !== 0;
        for (let j = tagStart[r]; !hit && j < tagStart[r + 1]; j++) {
          if (tagGroups[j] > maxGroup) continue;
          if (match.name) {
            hit = match.name(projects[r].tags[tagPositions[j]].name);
          } else {
            const slot = tagSlots[j];
            if (answers[slot] === -1) answers[slot] = match.tech(infoBySlot[slot]) ? 1 : 0;
            hit = answers[slot] === 1;
          }
        }
        if (!hit) continue;
        count++;
        if (count <= limit) add(r, evidence);
      }
      return { evidence, count };
    },
  };

  return index;
}
