/**
 * Deterministic, varied portfolios for gap-analysis tests: every kind of tag the engine weighs
 * (taxonomy names, aliases, custom names, detected and manual, suggested, accepted and rejected,
 * mentioned and minor-contribution detections, evidence written before strengths existed), kinds
 * in every state, repository links in several spellings, performance lines, hidden projects and
 * shared titles. The same seed always gives the same portfolio.
 */
import { SAMPLE_PORTFOLIO, storedSample } from '../../shared/sample-portfolio';
import { TECHNOLOGIES, resolveTag } from '../../shared/taxonomy';
import { PROJECT_KINDS, type Project, type ProjectKindEntry, type ProjectTag, type TagState } from '../../shared/types';

/** mulberry32: a small seeded generator, so a portfolio is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface VariedOptions {
  /** Tag names to draw from (default: every taxonomy name, some aliases and custom names). */
  names?: readonly string[];
  /** Most tags per project. */
  maxTags?: number;
  /** Share of detected tags (the rest are manual). */
  detected?: number;
  /** Share of hidden projects. */
  hidden?: number;
}

const ALIASES = ['Postgres', 'k8s', 'golang', 'node js', 'py', 'Mongo', 'ECS', 'Node', 'react.js', 'GH Actions'];
const CUSTOM = ['My Framework', 'Stripe', 'Tailwind', 'internal-rpc', 'Legacy Queue', 'Home-made Cache'];
const TITLES = ['Todo API', 'Shop', 'Blog Engine', 'Chat', 'Cluster Lab', 'Billing', 'Search Box', 'Auth Gateway', 'Metrics', 'Zebra'];
const PERF = ['p95 latency 80 ms', 'shipped on time', '3x faster imports', 'handles 2,000 req/s', 'load test at 500 rps', 'happy users'];
const REPO_FORMS = (n: number) => [
  `https://github.com/me/repo-${n}`,
  `https://github.com/me/repo-${n}/`,
  `http://www.github.com/Me/Repo-${n}.git`,
  `  https://github.com/me/repo-${n}  `,
];
const EVIDENCE = [
  (name: string) => `me/app: package.json depends on ${name.toLowerCase()}`,
  (name: string) => `me/app: README mentions ${name}: “We use ${name}.”`,
  (name: string) => `me/app: tagged with the topic "${name.toLowerCase()}"`,
  (name: string) => `me/app: README mentions ${name}; tagged with the topic "${name.toLowerCase()}"`,
  () => null,
];

export const ALL_TAG_NAMES: readonly string[] = [...TECHNOLOGIES.map((t) => t.name), ...ALIASES, ...CUSTOM];

export function variedPortfolio(seed: number, count: number, options: VariedOptions = {}): Project[] {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const names = options.names ?? ALL_TAG_NAMES;
  const maxTags = options.maxTags ?? 8;
  const detectedShare = options.detected ?? 0.4;
  const hidden = options.hidden ?? 0.1;
  const states: TagState[] = ['suggested', 'accepted', 'rejected'];
  return Array.from({ length: count }, (_, i): Project => {
    const tags: ProjectTag[] = [];
    const nTags = Math.floor(rnd() * (maxTags + 1));
    for (let j = 0; j < nTags; j++) {
      const typed = pick(names);
      const resolved = resolveTag(typed);
      const custom = rnd() < 0.08;
      const isDetected = rnd() < detectedShare;
      const tag: ProjectTag = {
        name: resolved.name,
        techId: custom ? null : resolved.techId,
        source: isDetected ? 'detected' : 'manual',
        evidence: isDetected ? pick(EVIDENCE)(resolved.name) : null,
        state: isDetected ? pick(states) : rnd() < 0.1 ? 'rejected' : 'accepted',
      };
      if (isDetected) {
        const s = rnd();
        if (s < 0.25) tag.strength = 'mentioned';
        else if (s < 0.5) tag.strength = 'demonstrated';
        if (rnd() < 0.15) tag.minorContribution = true;
      }
      // Duplicates across spellings happen in real data (a typed alias and a detection).
      if (!tags.some((t) => t.name === tag.name && t.source === tag.source) || rnd() < 0.05) tags.push(tag);
    }
    const kinds: ProjectKindEntry[] = [];
    for (const kind of PROJECT_KINDS) {
      if (rnd() > 0.18) continue;
      const isDetected = rnd() < 0.3;
      kinds.push({ kind, source: isDetected ? 'detected' : 'manual', evidence: isDetected ? `me/app: looks like ${kind}` : null, state: isDetected ? pick(states) : 'accepted' });
    }
    const links: Project['links'] = [];
    const nLinks = Math.floor(rnd() * 3.2);
    for (let j = 0; j < nLinks; j++) {
      const r = rnd();
      if (r < 0.7) links.push({ type: 'repository', url: pick(REPO_FORMS(Math.floor(rnd() * Math.max(4, count / 2)))) });
      else if (r < 0.85) links.push({ type: 'demo', url: `https://demo-${i}.example.com`, label: 'Live demo' });
      else links.push({ type: 'repository', url: '   ' });
    }
    const results = rnd() < 0.4 ? [pick(PERF)] : [];
    const highlights = rnd() < 0.3 ? [pick(PERF), 'clean code'] : [];
    // Titles repeat, so projects tie on title and order by id.
    const title = rnd() < 0.2 ? pick(TITLES) : `${pick(TITLES)} ${String(i).padStart(4, '0')}`;
    return {
      id: `g${seed}-${String((i * 7919) % Math.max(count, 1)).padStart(5, '0')}-${i}`,
      title,
      summary: '',
      kinds,
      tags,
      highlights,
      results,
      links,
      startDate: null,
      endDate: null,
      status: 'shipped',
      showcased: rnd() >= hidden,
      notes: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

/** The sample portfolio as stored projects (tags resolved as the app stores them). */
export function sampleProjects(): Project[] {
  return SAMPLE_PORTFOLIO.map((s, i) => storedSample(s, `s${i}`));
}
