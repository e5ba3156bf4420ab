import { describe, expect, it } from 'vitest';
import { AREAS, ROLES, RULES, RULE_IDS, WEIGHT_POINTS, analyzeGaps, type GapInput, type RepoDocInfo, type RuleId } from '../../shared/gaps';
import type { Project, ProjectKind } from '../../shared/types';
import { projects, type ProjectSpec } from '../support/gap-projects';


// ---- builders: compact project specs turned into domain projects (test/support/gap-projects.ts) ----

// ---- helpers ----
function finding(input: GapInput, id: RuleId) {
  const f = analyzeGaps(input).rules.find((r) => r.id === id);
  if (!f) throw new Error(`no finding for ${id}`);
  return f;
}

const P = (tags: string[] = [], kinds: ProjectKind[] = [], extra: ProjectSpec = {}): ProjectSpec => ({ tags, kinds, ...extra });

interface RuleCase {
  met: ProjectSpec[];
  partial?: ProjectSpec[];
  missing: ProjectSpec[];
  repoDocs?: { met?: RepoDocInfo[]; partial?: RepoDocInfo[]; missing?: RepoDocInfo[] };
  target?: { met: string[]; partial: string[]; missing: string[] };
}

/**
 * One portfolio per rule and status. `security-feature` and `graphql-api` have no partial state:
 * any auth or security tag meets the first, and nothing short of GraphQL says anything about the second.
 */
const CASES: Record<RuleId, RuleCase> = {
  'crud-project': { met: [P([], ['crud'])], partial: [P(['PostgreSQL'])], missing: [P(['Python'])] },
  'complex-system': { met: [P([], ['ecommerce'])], partial: [P(['Kafka'])], missing: [P(['Python'])] },
  'on-github': {
    met: [P([], [], { repos: ['https://github.com/u/a'] })],
    partial: [P([], [], { repos: ['https://github.com/u/a'] }), P()],
    missing: [P()],
  },
  documented: {
    met: [P([], [], { repos: ['https://github.com/u/a'] })],
    partial: [P([], [], { repos: ['https://github.com/u/a', 'https://github.com/u/b'] })],
    missing: [P([], [], { repos: ['https://github.com/u/a'] })],
    repoDocs: {
      met: [{ url: 'https://github.com/u/a', docStatus: 'good' }],
      partial: [{ url: 'https://github.com/u/a', docStatus: 'good' }, { url: 'https://github.com/u/b', docStatus: 'basic', reasons: ['no usage section'] }],
      missing: [{ url: 'https://github.com/u/a', docStatus: 'stub', reasons: ['README is two lines'] }],
    },
  },
  'real-world-api': { met: [P([], ['api'])], partial: [P(['Express'])], missing: [P(['Python'])] },
  'security-feature': { met: [P(['JWT'])], missing: [P(['Python'])] },
  'performance-work': { met: [P(['Load testing'])], partial: [P(['Prometheus'])], missing: [P(['Python'])] },
  'targeted-tech': { met: [P(['Java'])], partial: [P(['Java'])], missing: [P(['Java'])], target: { met: ['Java'], partial: ['Java', 'Kafka'], missing: ['Kafka'] } },
  language: { met: [P(['Python'])], partial: [P(['Django'])], missing: [P(['PostgreSQL'])] },
  framework: { met: [P(['Django'])], partial: [P(['Active Record'])], missing: [P(['PostgreSQL'])] },
  'sql-database': { met: [P(['MySQL'])], partial: [P(['Prisma'])], missing: [P(['MongoDB'])] },
  'nosql-database': { met: [P(['MongoDB'])], partial: [P(['Mongoose'])], missing: [P(['MySQL'])] },
  'db-design': { met: [P(['schema design'])], partial: [P(['SQLAlchemy'])], missing: [P(['MySQL'])] },
  'rest-api': { met: [P(['REST'])], partial: [P([], ['api'])], missing: [P(['GraphQL'])] },
  'graphql-api': { met: [P(['GraphQL'])], missing: [P(['REST'])] },
  authentication: { met: [P(['OAuth'])], partial: [P(['bcrypt'])], missing: [P(['Python'])] },
  authorization: { met: [P(['RBAC'])], partial: [P(['Keycloak'])], missing: [P(['JWT'])] },
  'password-hashing': { met: [P(['Argon2'])], partial: [P(['JWT'])], missing: [P(['OAuth'])] },
  'rate-limiting': { met: [P(['throttling'])], partial: [P(['Nginx'])], missing: [P(['Python'])] },
  https: { met: [P(["Let's Encrypt"])], partial: [P(['Heroku'])], missing: [P(['Python'])] },
  'secure-coding': { met: [P(['helmet'])], partial: [P(['Snyk'])], missing: [P(['JWT'])] },
  cloud: { met: [P(['AWS Lambda'])], partial: [P(['Heroku'])], missing: [P(['Docker'])] },
  'ci-cd': { met: [P(['GitHub Actions'])], partial: [P(['Jest'])], missing: [P(['Docker'])] },
  containers: { met: [P(['Docker'])], partial: [P(['Kubernetes'])], missing: [P(['Python'])] },
  orchestration: { met: [P(['ECS'])], partial: [P(['Docker Compose'])], missing: [P(['Docker'])] },
  'web-server': { met: [P(['Nginx'])], partial: [P(['Gunicorn'])], missing: [P(['Python'])] },
  'message-queue': { met: [P(['RabbitMQ'])], partial: [P([], ['microservices'])], missing: [P(['Python'])] },
  caching: { met: [P(['Redis'])], partial: [P(['Cloudflare'])], missing: [P(['MongoDB'])] },
  'search-engine': { met: [P(['Meilisearch'])], partial: [P(['full-text search'])], missing: [P(['PostgreSQL'])] },
  'automated-tests': { met: [P(['pytest'])], partial: [P(['GitHub Actions'])], missing: [P(['Python'])] },
};

describe('gap rules', () => {
  it('defines exactly the public rule ids, each with an area, a title and advice', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
    for (const r of RULES) {
      expect(AREAS.map((a) => a.id)).toContain(r.area);
      expect(r.title && r.advice).toBeTruthy();
    }
    expect(ROLES.map((r) => r.id)).toEqual(['backend', 'lead-backend', 'solutions-architect', 'devops']);
  });

  for (const [id, c] of Object.entries(CASES) as Array<[RuleId, RuleCase]>) {
    describe(id, () => {
      const states = (['met', 'partial', 'missing'] as const).filter((s) => s !== 'partial' || c.partial);
      for (const status of states) {
        it(`is ${status}`, () => {
          const specs = status === 'met' ? c.met : status === 'partial' ? (c.partial as ProjectSpec[]) : c.missing;
          const input: GapInput = {
            projects: projects(...specs),
            repoDocs: c.repoDocs?.[status] ?? [],
            target: c.target ? { technologies: c.target[status] } : null,
          };
          const f = finding(input, id);
          expect(f.status).toBe(status);
          if (status === 'met') {
            expect(f.evidence.length).toBeGreaterThan(0);
            expect(f.reason).toBeUndefined();
          } else {
            expect(f.reason).toBeTruthy();
            expect(f.suggestion).toMatch(/\S/);
          }
          if (status === 'partial') expect(f.evidence.length).toBeGreaterThan(0);
          if (status === 'missing') expect(f.evidence).toEqual([]);
        });
      }
    });
  }
});

describe('evidence', () => {
  it('counts suggested tags and shows their detector evidence; never counts rejected ones', () => {
    const suggested = finding({ projects: projects(P([], [], { tags: [{ name: 'bcrypt', source: 'detected', state: 'suggested', evidence: 'package.json depends on bcrypt' }] })) }, 'password-hashing');
    expect(suggested.status).toBe('met');
    expect(suggested.evidence[0]).toMatchObject({ tag: 'bcrypt', source: 'detected', evidence: 'package.json depends on bcrypt' });
    const rejected = finding({ projects: projects(P([], [], { tags: [{ name: 'bcrypt', source: 'detected', state: 'rejected' }] })) }, 'password-hashing');
    expect(rejected.status).toBe('missing');
    const rejectedKind = finding({ projects: projects({ kinds: [{ kind: 'crud', source: 'detected', state: 'rejected' }] }) }, 'crud-project');
    expect(rejectedKind.status).toBe('missing');
  });

  it('ignores hidden projects', () => {
    expect(finding({ projects: projects(P(['GraphQL'], [], { showcased: false })) }, 'graphql-api').status).toBe('missing');
  });

  it('resolves custom tags through the taxonomy at analysis time', () => {
    const f = finding({ projects: projects(P(['Postgres'], [], { customTags: true })) }, 'sql-database');
    expect(f.status).toBe('met');
    expect(f.evidence[0].tag).toBe('Postgres');
  });

  it('counts Redis as both a NoSQL store and a cache, and kind api toward real-world-api', () => {
    const input = { projects: projects(P(['Redis'], ['api'])) };
    expect(finding(input, 'nosql-database').status).toBe('met');
    expect(finding(input, 'caching').status).toBe('met');
    expect(finding(input, 'real-world-api').evidence[0]).toMatchObject({ kind: 'api' });
  });

  it('sorts evidence by project title, then id', () => {
    const f = finding({ projects: projects({ id: 'b', title: 'Zeta', tags: ['JWT'] }, { id: 'z', title: 'Alpha', tags: ['JWT'] }, { id: 'a', title: 'Alpha', tags: ['OAuth'] }) }, 'authentication');
    expect(f.evidence.map((e) => `${e.project}/${e.projectId}`)).toEqual(['Alpha/a', 'Alpha/z', 'Zeta/b']);
  });

  it('points documented at the repositories and their reasons', () => {
    const input: GapInput = {
      projects: projects(P([], [], { repos: ['https://github.com/u/a', 'https://github.com/u/b'] })),
      repoDocs: [{ url: 'https://github.com/u/a/', docStatus: 'basic', reasons: ['no install section'] }],
    };
    const f = finding(input, 'documented');
    expect(f.status).toBe('partial');
    expect(f.reason).toContain('no install section');
    expect(f.reason).toContain('not synced yet: https://github.com/u/b');
    expect(finding({ projects: projects(P()) }, 'documented').reason).toMatch(/links a repository/);
  });

  it('reports each target technology with the projects that demonstrate it', () => {
    const report = analyzeGaps({
      projects: projects({ id: 'x', title: 'Shop', tags: ['Spring Boot', 'PostgreSQL'] }),
      target: { name: 'Acme', technologies: ['Java', 'Postgres', 'Kafka', 'SQL', 'Spring'] },
    });
    expect(report.target).toEqual({
      name: 'Acme',
      technologies: [
        { name: 'Java', demonstrated: true, projects: [{ projectId: 'x', project: 'Shop' }] },
        { name: 'PostgreSQL', demonstrated: true, projects: [{ projectId: 'x', project: 'Shop' }] },
        { name: 'Apache Kafka', demonstrated: false, projects: [] },
        { name: 'SQL', demonstrated: true, projects: [{ projectId: 'x', project: 'Shop' }] },
        { name: 'Spring', demonstrated: true, projects: [{ projectId: 'x', project: 'Shop' }] },
      ],
    });
    const f = report.rules.find((r) => r.id === 'targeted-tech');
    expect(f?.status).toBe('partial');
    expect(f?.reason).toContain('Apache Kafka');
    expect(f?.suggestion).toContain('Shop');
  });
});

describe('scores', () => {
  const backendHeavy = projects(
    { title: 'Todo API', tags: ['Node.js', 'Express', 'PostgreSQL', 'REST', 'JWT', 'bcrypt'], kinds: ['crud'], repos: ['https://github.com/u/todo'] },
  );
  const devopsHeavy = projects(
    { title: 'Cluster Lab', tags: ['Docker', 'Kubernetes', 'Helm', 'AWS', 'GitHub Actions', 'Nginx', 'HTTPS'], repos: ['https://github.com/u/lab'] },
  );
  const docs = (url: string): RepoDocInfo[] => [{ url, docStatus: 'good' }];

  it('weighs the same portfolio by role, in the expected direction', () => {
    const backend = (p: Project[], role: GapInput['role'], url: string) => analyzeGaps({ projects: p, role, repoDocs: docs(url) }).score;
    expect(backend(backendHeavy, 'backend', 'https://github.com/u/todo')).toBeGreaterThan(backend(backendHeavy, 'devops', 'https://github.com/u/todo'));
    expect(backend(devopsHeavy, 'devops', 'https://github.com/u/lab')).toBeGreaterThan(backend(devopsHeavy, 'backend', 'https://github.com/u/lab'));
    expect(backend(devopsHeavy, 'devops', 'https://github.com/u/lab')).toBeGreaterThan(backend(backendHeavy, 'devops', 'https://github.com/u/todo'));
  });

  it('is the weighted share of counted rules, partial counting half', () => {
    const report = analyzeGaps({ projects: backendHeavy, role: 'lead-backend' });
    let earned = 0;
    let total = 0;
    for (const r of report.rules) {
      if (!r.counted) continue;
      total += WEIGHT_POINTS[r.weight];
      earned += WEIGHT_POINTS[r.weight] * { met: 1, partial: 0.5, missing: 0 }[r.status];
    }
    expect(report.score).toBe(Math.round((100 * earned) / total));
    expect(report.rules.find((r) => r.id === 'complex-system')?.weight).toBe('essential');
    expect(report.rules.find((r) => r.id === 'search-engine')?.weight).toBe('nice');
    expect(report.areas.map((a) => a.id)).toEqual(AREAS.map((a) => a.id));
    const auth = report.areas.find((a) => a.id === 'auth');
    const authRules = report.rules.filter((r) => r.area === 'auth');
    const w = authRules.reduce((s, r) => s + WEIGHT_POINTS[r.weight], 0);
    const e = authRules.reduce((s, r) => s + WEIGHT_POINTS[r.weight] * { met: 1, partial: 0.5, missing: 0 }[r.status], 0);
    expect(auth?.score).toBe(Math.round((100 * e) / w));
  });

  it('gives 0 for an empty portfolio and leaves targeted-tech out of the score without a target', () => {
    const report = analyzeGaps({ projects: [] });
    expect(report.role).toBe('backend');
    expect(report.score).toBe(0);
    const t = report.rules.find((r) => r.id === 'targeted-tech');
    expect(t).toMatchObject({ status: 'missing', counted: false });
    expect(t?.reason).toMatch(/No target/);
  });

  it('lists dismissed rules but leaves them out of the score', () => {
    const base = analyzeGaps({ projects: backendHeavy });
    const missing = base.rules.filter((r) => r.status === 'missing' && r.counted).map((r) => r.id);
    const dismissed = analyzeGaps({ projects: backendHeavy, dismissedRules: missing });
    expect(dismissed.score).toBeGreaterThan(base.score);
    for (const id of missing) expect(dismissed.rules.find((r) => r.id === id)).toMatchObject({ dismissed: true, counted: false, status: 'missing' });
    const metOnly = analyzeGaps({ projects: backendHeavy, dismissedRules: base.rules.filter((r) => r.status !== 'met').map((r) => r.id) });
    expect(metOnly.score).toBe(100);
  });

  it('marking a rule as not relevant never lowers the score (a met rule keeps counting)', () => {
    const base = analyzeGaps({ projects: backendHeavy });
    for (const rule of base.rules) {
      const after = analyzeGaps({ projects: backendHeavy, dismissedRules: [rule.id] });
      expect(after.score, rule.id).toBeGreaterThanOrEqual(base.score);
      const finding = after.rules.find((r) => r.id === rule.id)!;
      expect(finding.dismissed).toBe(true);
      if (rule.status === 'met' && rule.counted) expect(finding.counted, rule.id).toBe(true);
      if (rule.status === 'missing') expect(finding.counted, rule.id).toBe(false);
    }
    const allMet = base.rules.filter((r) => r.status === 'met').map((r) => r.id);
    expect(analyzeGaps({ projects: backendHeavy, dismissedRules: allMet }).score).toBe(base.score);
  });
});

describe('suggestions', () => {
  it('names the closest project and what to add to it', () => {
    const report = analyzeGaps({
      projects: projects(
        { title: 'Todo API', tags: ['Express', 'PostgreSQL'], kinds: ['crud'] },
        { title: 'Dotfiles', tags: ['Bash'] },
      ),
    });
    const auth = report.rules.find((r) => r.id === 'authentication');
    expect(auth?.suggestion).toBe('Your Todo API has Express and PostgreSQL: add JWT login with passwords hashed by bcrypt to meet authentication and password-hashing.');
    const hashing = report.rules.find((r) => r.id === 'password-hashing');
    expect(hashing?.suggestion).toContain('Todo API');
    expect(report.rules.find((r) => r.id === 'caching')?.suggestion).toMatch(/^Your Todo API has Express and PostgreSQL: cache/);
  });

  it('fits the suggestion to the project’s stack', () => {
    const f = finding({ projects: projects({ title: 'Blog', tags: ['Python', 'Django', 'PostgreSQL', 'JWT'] }) }, 'password-hashing');
    expect(f.status).toBe('partial');
    expect(f.suggestion).toBe('Your Blog has Django and PostgreSQL: hash stored passwords with Argon2 (argon2-cffi) to meet password-hashing.');
  });

  it('asks to tag a language a framework implies', () => {
    const f = finding({ projects: projects({ title: 'Shop', tags: ['Laravel'] }) }, 'language');
    expect(f.suggestion).toBe('Tag PHP on your Shop (Laravel is built on it) to meet language.');
  });

  it('proposes a project in the strongest language when nothing is close', () => {
    const none = finding({ projects: [] }, 'complex-system');
    expect(none.suggestion).toMatch(/^Build a small online shop in Python with FastAPI/);
    const goUser = analyzeGaps({ projects: projects({ title: 'Shortener', tags: ['Go', 'Gin'] }, { title: 'Notes', tags: ['Markdown'] }) });
    expect(goUser.rules.find((r) => r.id === 'complex-system')?.suggestion).toContain('Your Shortener has Gin and Go');
    expect(goUser.rules.find((r) => r.id === 'message-queue')?.suggestion).toContain('NATS');
  });

  it('lists the projects without a repository', () => {
    const f = finding({ projects: projects({ title: 'A', repos: ['https://github.com/u/a'] }, { title: 'B' }, { title: 'C' }) }, 'on-github');
    expect(f.suggestion).toBe('Push B and C to GitHub and link their repositories to meet on-github.');
  });

  it('names the first five projects without a repository, and how many more', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ title: `P${String(i).padStart(2, '0')}` }));
    const f = finding({ projects: projects({ title: 'A', repos: ['https://github.com/u/a'] }, ...many) }, 'on-github');
    expect(f.suggestion).toBe('Push P00, P01, P02, P03, P04 and 7 more to GitHub and link their repositories to meet on-github.');
  });

  it('says what shows a met rule', () => {
    expect(finding({ projects: projects({ title: 'Gateway', tags: ['GraphQL'] }) }, 'graphql-api').suggestion).toBe('Shown by Gateway.');
  });
});

describe('determinism', () => {
  it('gives byte-identical JSON whatever the input order', () => {
    const list = projects(
      { id: 'a', title: 'Todo API', tags: ['Express', 'PostgreSQL', 'JWT'], kinds: ['crud'], repos: ['https://github.com/u/todo'] },
      { id: 'b', title: 'Shop', tags: ['Django', 'Redis', 'Celery', 'Docker'], kinds: ['ecommerce'] },
      { id: 'c', title: 'Cluster', tags: ['Kubernetes', 'AWS'], repos: ['https://github.com/u/c'] },
    );
    const input = (p: Project[]): GapInput => ({ projects: p, role: 'lead-backend', target: { technologies: ['Go', 'Redis'] }, repoDocs: [{ url: 'https://github.com/u/c', docStatus: 'good' }] });
    const a = JSON.stringify(analyzeGaps(input(list)));
    const b = JSON.stringify(analyzeGaps(input([...list].reverse())));
    expect(b).toBe(a);
    expect(JSON.stringify(analyzeGaps(input(list)))).toBe(a);
  });
});
