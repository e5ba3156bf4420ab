/**
 * The gap report, byte for byte, over varied generated portfolios and the sample portfolio, for
 * every role, several targets, documentation states, dismissed rules and evidence limits. The
 * fixtures were written by the engine before it was reorganised for speed: a change to any
 * finding, its evidence, their order or ids fails here. Regenerate (`npx vitest run
 * test/unit/gaps-snapshot.test.ts -u`) only for an intended change of the report.
 */
import { describe, expect, it } from 'vitest';
import { analyzeGaps, RULE_IDS, RULES, type GapInput, type GapReport, type RepoDocInfo } from '../../shared/gaps';
import { resolveTag } from '../../shared/taxonomy';
import type { Project, ProjectKind } from '../../shared/types';
import { sampleProjects, seeded, variedPortfolio } from '../support/varied-portfolio';

/** Names that half-meet many rules: partial findings and their suggestions get exercised. */
const ADJACENT = [
  'Django', 'Mongoose', 'Prisma', 'Gunicorn', 'Docker Compose', 'Kubernetes', 'CloudFront', 'Heroku', 'Keycloak', 'JWT', 'Snyk',
  'Observability', 'Terraform', 'Infrastructure as code', 'Full-text search', 'Unit testing', 'GitHub Actions', 'Event-driven architecture',
  'Webhooks', 'Protocol Buffers', 'bcrypt', 'Nginx', 'Spring Security', 'Uvicorn', 'Let’s Encrypt', 'Flask', 'Java',
];
/** A backend-only pool: most rules met, a few missing. */
const BACKEND = ['Go', 'PostgreSQL', 'Redis', 'REST', 'Docker', 'Express', 'TypeScript', 'MongoDB', 'Kafka', 'GraphQL', 'AWS', 'Jest'];

const PORTFOLIOS: Record<string, () => Project[]> = {
  empty: () => [],
  sample: sampleProjects,
  'one-project': () => variedPortfolio(1, 1),
  'few-adjacent': () => variedPortfolio(2, 4, { names: ADJACENT, maxTags: 3 }),
  'adjacent-detected': () => variedPortfolio(3, 12, { names: ADJACENT, detected: 0.8 }),
  'backend-small': () => variedPortfolio(4, 6, { names: BACKEND, maxTags: 4 }),
  'varied-20': () => variedPortfolio(5, 20),
  'varied-60-detected': () => variedPortfolio(6, 60, { detected: 0.9, hidden: 0.3 }),
  'varied-150': () => variedPortfolio(7, 150, { maxTags: 12 }),
  'varied-400': () => variedPortfolio(8, 400),
  'all-hidden': () => variedPortfolio(9, 5, { hidden: 1 }),
};

const TARGETS: Record<string, GapInput['target']> = {
  bench: { name: 'bench', technologies: ['Kafka', 'Kubernetes', 'PostgreSQL', 'GraphQL'] },
  families: { technologies: ['SQL', 'CI/CD', 'Caching', 'Microservices', 'My Framework', '  ', 'postgres', 'PostgreSQL', 'Rust', 'Made Up Tech', 'ECS'] },
  empty: { name: 'nothing', technologies: [] },
};

/** Documentation states for the portfolio's repositories, spelled differently from the links. */
function docsFor(projects: Project[], seed: number): RepoDocInfo[] {
  const rnd = seeded(seed);
  const statuses: RepoDocInfo['docStatus'][] = ['good', 'good', 'basic', 'stub', 'missing', null];
  const out: RepoDocInfo[] = [];
  for (const p of projects) {
    for (const l of p.links) {
      if (l.type !== 'repository' || rnd() < 0.25) continue;
      const url = rnd() < 0.5 ? l.url.trim().toUpperCase() : `${l.url.trim()}/`;
      const docStatus = statuses[Math.floor(rnd() * statuses.length)];
      out.push({ url, docStatus, ...(docStatus && docStatus !== 'good' ? { reasons: ['no usage section', 'no run instructions'].slice(0, 1 + Math.floor(rnd() * 2)) } : {}) });
    }
  }
  return out;
}

function cases(projects: Project[], seed: number, large: boolean): Record<string, GapInput> {
  const repoDocs = docsFor(projects, seed);
  const allGood = docsFor(projects, seed).map((d) => ({ url: d.url, docStatus: 'good' as const }));
  return {
    default: { projects },
    'backend+bench': { projects, role: 'backend', target: TARGETS.bench, repoDocs },
    'lead+families': { projects, role: 'lead-backend', target: TARGETS.families, repoDocs, dismissedRules: ['graphql-api', 'crud-project', 'not-a-rule'] },
    'architect+empty-target': { projects, role: 'solutions-architect', target: TARGETS.empty, repoDocs: allGood },
    'devops+dismissed': { projects, role: 'devops', target: TARGETS.bench, dismissedRules: ['targeted-tech', 'documented', 'on-github', 'ci-cd', 'orchestration'] },
    // Every project's evidence: kept to the smaller portfolios, so the fixtures stay readable.
    ...(large ? {} : { 'all-evidence': { projects, target: TARGETS.families, repoDocs, evidenceProjectLimit: Infinity } }),
    'one-project-evidence': { projects, role: 'lead-backend', target: TARGETS.bench, evidenceProjectLimit: 1, dismissedRules: [...RULE_IDS].filter((_, i) => i % 4 === 0) },
    'three-projects-evidence': { projects, role: 'nope' as never, target: TARGETS.families, repoDocs, evidenceProjectLimit: 3 },
  };
}

/**
 * A report as text, a finding or repository a line: a changed finding shows as its own line in
 * the diff. A finding's title, advice and area are its rule's (checked below), not repeated here.
 */
function render(report: GapReport): string {
  const { rules, repositories, target, ...head } = report;
  const out = [JSON.stringify(head)];
  for (const { title, advice, area, ...finding } of rules) {
    const def = RULES.find((r) => r.id === finding.id);
    expect({ title, advice, area }).toEqual({ title: def?.title, advice: def?.advice, area: def?.area });
    out.push(`  ${JSON.stringify(finding)}`);
  }
  for (const r of repositories) out.push(`  repository ${JSON.stringify(r)}`);
  if (target) out.push(`  target ${JSON.stringify(target)}`);
  return out.join('\n');
}

describe('gap report snapshots (behaviour kept through refactors)', () => {
  Object.entries(PORTFOLIOS).forEach(([name, make], seed) => {
    it(`${name}: the same report for every role, target and limit`, async () => {
      const projects = make();
      const text: string[] = [];
      for (const [label, input] of Object.entries(cases(projects, 100 + seed, projects.length > 100))) text.push(`## ${label}`, render(analyzeGaps(input)));
      await expect(`${text.join('\n')}\n`).toMatchFileSnapshot(`../fixtures/gaps/${name}.txt`);
    });
  });

  it('single projects that half-meet one rule: every partial finding and its suggestion', async () => {
    // A tag (or a kind) alone, so no other project meets the rule it half-meets.
    const singles: Array<{ tags: string[]; kinds?: ProjectKind[]; detected?: boolean }> = [
      ...ADJACENT.map((name) => ({ tags: [name] })),
      ...ADJACENT.map((name) => ({ tags: [name], detected: true })),
      { tags: ['PostgreSQL'] }, { tags: ['REST'] }, { tags: [], kinds: ['api'] }, { tags: ['Python'], kinds: ['api'] },
      { tags: ['Active Record'] }, { tags: ['Devise'] }, { tags: ['Eloquent', 'MySQL'] }, { tags: [], kinds: ['microservices'] },
      { tags: ['Ruby'], kinds: ['crud'] }, { tags: ['Spring Boot', 'Spring Security'] }, { tags: ['Django REST framework'] },
    ];
    const text: string[] = [];
    singles.forEach(({ tags, kinds = [], detected = false }, i) => {
      const project: Project = {
        ...variedPortfolio(500 + i, 1, { maxTags: 0 })[0],
        showcased: true,
        tags: tags.map((name) => ({ ...resolveTag(name), source: detected ? 'detected' : 'manual', evidence: detected ? `me/app: README mentions ${name}` : null, state: detected ? 'suggested' : 'accepted' })),
        kinds: kinds.map((kind) => ({ kind, source: 'manual', evidence: null, state: 'accepted' })),
      };
      text.push(`## ${detected ? 'mentioned ' : ''}${[...tags, ...kinds].join(' + ')}`, render(analyzeGaps({ projects: [project], role: 'lead-backend', target: TARGETS.families })));
    });
    await expect(`${text.join('\n')}\n`).toMatchFileSnapshot('../fixtures/gaps/single-projects.txt');
  });

  it('an analysis leaves its input untouched and the same input gives the same report', () => {
    const projects = variedPortfolio(11, 80);
    const before = JSON.stringify(projects);
    const input: GapInput = { projects, target: TARGETS.families, repoDocs: docsFor(projects, 1) };
    const first = JSON.stringify(analyzeGaps(input));
    expect(JSON.stringify(analyzeGaps(input))).toBe(first);
    expect(JSON.stringify(projects)).toBe(before);
  });
});
