import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGaps, type GapInput, type GapReport } from '../../shared/gaps';
import { TECHNOLOGIES, resolveTag } from '../../shared/taxonomy';
import { PROJECT_KINDS, type Project, type ProjectKindEntry, type ProjectTag } from '../../shared/types';

const RANK = { missing: 0, partial: 1, met: 2 } as const;

/** Taxonomy names and aliases, plus a few custom tags, so every rule gets exercised. */
const TAG_NAMES = [...TECHNOLOGIES.map((t) => t.name), 'Postgres', 'k8s', 'golang', 'My Framework', 'Stripe', 'Tailwind'];
const REPOS = ['https://github.com/u/a', 'https://github.com/u/b', 'https://github.com/u/c'];

const tagArb: fc.Arbitrary<ProjectTag> = fc
  .record({
    name: fc.constantFrom(...TAG_NAMES),
    source: fc.constantFrom('manual' as const, 'detected' as const),
    state: fc.constantFrom('suggested' as const, 'accepted' as const, 'rejected' as const),
    custom: fc.boolean(),
  })
  .map(({ name, source, state, custom }) => {
    const r = resolveTag(name);
    return { name: r.name, techId: custom ? null : r.techId, source, state, evidence: source === 'detected' ? `found ${name}` : null };
  });

const kindArb: fc.Arbitrary<ProjectKindEntry> = fc.record({
  kind: fc.constantFrom(...PROJECT_KINDS),
  source: fc.constantFrom('manual' as const, 'detected' as const),
  evidence: fc.constant(null),
  state: fc.constantFrom('suggested' as const, 'accepted' as const, 'rejected' as const),
});

const projectArb = (id: string): fc.Arbitrary<Project> =>
  fc
    .record({
      title: fc.constantFrom('Todo API', 'Shop', 'Blog', 'Chat', 'Cluster Lab'),
      tags: fc.array(tagArb, { maxLength: 8 }),
      kinds: fc.array(kindArb, { maxLength: 3 }),
      repos: fc.subarray(REPOS),
      showcased: fc.boolean(),
      results: fc.constantFrom<string[]>([], ['p95 latency 80 ms'], ['shipped on time']),
    })
    .map((r): Project => ({
      id,
      title: r.title,
      summary: '',
      kinds: r.kinds,
      tags: r.tags,
      highlights: [],
      results: r.results,
      links: r.repos.map((url) => ({ type: 'repository' as const, url })),
      startDate: null,
      endDate: null,
      status: 'shipped' as const,
      showcased: r.showcased,
      notes: '',
      createdAt: '',
      updatedAt: '',
    }));

const inputArb: fc.Arbitrary<GapInput> = fc.record({
  projects: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => projectArb(`p${i}`)))),
  role: fc.constantFrom('backend' as const, 'lead-backend' as const, 'solutions-architect' as const, 'devops' as const),
  repoDocs: fc.subarray(REPOS).chain((urls) =>
    fc.tuple(...urls.map((url) => fc.constantFrom('missing' as const, 'stub' as const, 'basic' as const, 'good' as const, null).map((docStatus) => ({ url, docStatus })))),
  ),
  target: fc.option(fc.record({ technologies: fc.subarray(['Java', 'Kafka', 'SQL', 'Redis', 'Go', 'Custom Thing']) }), { nil: null }),
  dismissedRules: fc.subarray(['cloud', 'graphql-api', 'documented']),
});

function statuses(report: GapReport): Record<string, number> {
  return Object.fromEntries(report.rules.map((r) => [r.id, RANK[r.status]]));
}

describe('gap engine properties', () => {
  it('adding a tag or a kind never lowers any rule’s status', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.oneof(tagArb.map((t) => ({ tag: { ...t, state: 'accepted' as const } })), kindArb.map((k) => ({ kind: { ...k, state: 'suggested' as const } }))), (input, pick, added) => {
        fc.pre(input.projects.length > 0);
        const before = statuses(analyzeGaps(input));
        const i = pick % input.projects.length;
        const projects = input.projects.map((p, j) =>
          j !== i ? p : 'tag' in added ? { ...p, tags: [...p.tags, added.tag] } : { ...p, kinds: [...p.kinds, added.kind] },
        );
        const after = statuses(analyzeGaps({ ...input, projects }));
        for (const id of Object.keys(before)) expect(after[id], id).toBeGreaterThanOrEqual(before[id]);
      }),
      { numRuns: 300 },
    );
  });

  it('rejecting a tag or a kind never raises any rule’s status', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.nat(), fc.boolean(), (input, pick, which, kind) => {
        fc.pre(input.projects.length > 0);
        const i = pick % input.projects.length;
        const p = input.projects[i];
        const list = kind ? p.kinds : p.tags;
        fc.pre(list.length > 0);
        const k = which % list.length;
        const changed: Project = kind
          ? { ...p, kinds: p.kinds.map((e, j) => (j === k ? { ...e, state: 'rejected' } : e)) }
          : { ...p, tags: p.tags.map((e, j) => (j === k ? { ...e, state: 'rejected' } : e)) };
        const before = statuses(analyzeGaps(input));
        const after = statuses(analyzeGaps({ ...input, projects: input.projects.map((q, j) => (j === i ? changed : q)) }));
        for (const id of Object.keys(before)) expect(after[id], id).toBeLessThanOrEqual(before[id]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic, whatever the order of projects, and scores stay in 0-100', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = JSON.stringify(analyzeGaps(input));
        expect(JSON.stringify(analyzeGaps(structuredClone(input)))).toBe(a);
        expect(JSON.stringify(analyzeGaps({ ...input, projects: [...input.projects].reverse() }))).toBe(a);
        const report = analyzeGaps(input);
        for (const s of [report.score, ...report.areas.map((x) => x.score)]) {
          expect(Number.isInteger(s) && s >= 0 && s <= 100).toBe(true);
        }
        for (const r of report.rules) if (r.status === 'met') expect(r.evidence.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
