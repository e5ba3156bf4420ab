/**
 * Concrete suggestions: name the showcased project closest to meeting a rule and what to add to
 * it, or propose a small project in the user's strongest language and framework.
 */
import { technologyById } from '../taxonomy';
import * as C from './classify';
import { compareText, impliedIds, type ProjectFacts, type TechView } from './facts';
import type { Outcome } from './evaluate';
import type { RuleId } from './model';
import { kindBits, tagTest, type PortfolioIndex } from './portfolio-index';

type Eco = 'python' | 'node' | 'jvm' | 'dotnet' | 'ruby' | 'php' | 'go' | 'rust' | 'elixir' | 'other';

const ECO_OF: Record<string, Eco> = {
  python: 'python', nodejs: 'node', javascript: 'node', typescript: 'node', deno: 'node', bun: 'node', java: 'jvm', kotlin: 'jvm',
  scala: 'jvm', clojure: 'jvm', csharp: 'dotnet', fsharp: 'dotnet', ruby: 'ruby', php: 'php', go: 'go', rust: 'rust', elixir: 'elixir',
  erlang: 'elixir',
};

function pick(eco: Eco, table: Partial<Record<Eco, string>> & { other: string }): string {
  return table[eco] ?? table.other;
}

const FRAMEWORK_FOR: Partial<Record<Eco, string>> & { other: string } = {
  python: 'FastAPI', node: 'Express', jvm: 'Spring Boot', dotnet: 'ASP.NET Core', ruby: 'Ruby on Rails', php: 'Laravel', go: 'Gin',
  rust: 'Axum', elixir: 'Phoenix', other: 'FastAPI',
};
const HASH_FOR = {
  python: 'Argon2 (argon2-cffi)', node: 'bcrypt', jvm: "Spring Security's BCrypt encoder", dotnet: 'PBKDF2 (ASP.NET Core Identity)',
  ruby: 'bcrypt (has_secure_password)', php: 'password_hash() with Argon2', go: 'bcrypt (golang.org/x/crypto)', rust: 'Argon2 (the argon2 crate)',
  elixir: 'Argon2 (argon2_elixir)', other: 'bcrypt or Argon2',
};
const RATE_LIMIT_FOR = {
  python: 'slowapi or django-ratelimit', node: 'express-rate-limit', jvm: 'Bucket4j', dotnet: "ASP.NET Core's rate-limiting middleware",
  ruby: 'Rack::Attack', php: "Laravel's throttle middleware", go: 'golang.org/x/time/rate', other: 'a token bucket per client',
};
const VALIDATOR_FOR = {
  python: 'Pydantic', node: 'Zod', jvm: 'Bean Validation', dotnet: 'FluentValidation', ruby: 'strong parameters and model validations',
  php: 'form request validation', go: 'go-playground/validator', rust: 'the validator crate', other: 'a schema validator',
};
const QUEUE_FOR = {
  python: 'Celery on RabbitMQ', node: 'BullMQ', jvm: 'Kafka or RabbitMQ', dotnet: 'RabbitMQ (with MassTransit)', ruby: 'Sidekiq',
  php: 'Laravel queues on RabbitMQ', go: 'NATS', other: 'RabbitMQ',
};
const MIGRATIONS_FOR = {
  python: "Alembic (or Django's own migrations)", node: 'Prisma Migrate', jvm: 'Flyway', dotnet: 'EF Core migrations', ruby: 'Rails migrations',
  php: 'Laravel migrations', go: 'golang-migrate', other: 'versioned migrations',
};
const TESTS_FOR = {
  python: 'pytest', node: 'Vitest or Jest', jvm: 'JUnit', dotnet: 'xUnit', ruby: 'RSpec', php: 'PHPUnit', go: "Go's testing package",
  rust: 'cargo test', elixir: 'ExUnit', other: 'a test framework',
};
const GRAPHQL_FOR = {
  python: 'Strawberry', node: 'Apollo Server', jvm: 'Spring for GraphQL', dotnet: 'Hot Chocolate', ruby: 'graphql-ruby',
  php: 'Lighthouse', go: 'gqlgen', rust: 'async-graphql', elixir: 'Absinthe', other: 'a GraphQL server library',
};

export interface SuggestionContext {
  index: PortfolioIndex;
  outcomes: ReadonlyMap<RuleId, Outcome>;
  /** The user's strongest backend language and framework, by number of showcased projects. */
  language: { id: string; name: string } | null;
  framework: string | null;
  missingTargets: string[];
}

const isFramework = (t: TechView) => t.categories.has('framework');
const isDb = (t: TechView) => t.categories.has('sql-database') || t.categories.has('nosql-database');
const isLanguage = (t: TechView) => !!t.tech && C.BACKEND_LANGUAGES.has(t.tech.id) && t.categories.has('language');

function has(p: ProjectFacts, pred: (t: TechView) => boolean): boolean {
  return p.tags.some(pred);
}

/** What closeness is scored from, one bit each: found in one pass over a project's tags. */
const T = {
  framework: 1 << 0,
  db: 1 << 1,
  api: 1 << 2,
  language: 1 << 3,
  authentication: 1 << 4,
  sql: 1 << 5,
  orm: 1 << 6,
  container: 1 << 7,
  cloudOrWebServer: 1 << 8,
  tests: 1 << 9,
  ciCd: 1 << 10,
  auth: 1 << 11,
  ecommerceOrServices: 1 << 12,
  ecommerceOrCms: 1 << 13,
  repository: 1 << 14,
} as const;

/** The traits a tag shows, asked of each technology once (through the index's tag tests). */
const TAG_TRAITS: ReadonlyArray<[number, ReturnType<typeof tagTest>]> = [
  [T.framework, tagTest(isFramework)],
  [T.db, tagTest(isDb)],
  [T.api, tagTest((t) => t.categories.has('api-style'))],
  [T.language, tagTest(isLanguage)],
  [T.authentication, tagTest((t) => C.hasAny(t, C.AUTHENTICATION))],
  [T.sql, tagTest((t) => t.categories.has('sql-database'))],
  [T.orm, tagTest((t) => C.hasAny(t, C.ORMS))],
  [T.container, tagTest((t) => t.categories.has('container'))],
  [T.cloudOrWebServer, tagTest((t) => t.categories.has('cloud') || t.categories.has('web-server'))],
  [T.tests, tagTest((t) => C.hasAny(t, C.AUTOMATED_TESTS))],
  [T.ciCd, tagTest((t) => t.categories.has('ci-cd'))],
  [T.auth, tagTest((t) => t.categories.has('auth'))],
];
const KIND_TRAITS: ReadonlyArray<[number, number]> = [
  [T.api, kindBits(['api', 'crud'])],
  [T.ecommerceOrServices, kindBits(['ecommerce', 'microservices'])],
  [T.ecommerceOrCms, kindBits(['ecommerce', 'cms'])],
];

function traitsOf(index: PortfolioIndex): Int32Array {
  const traits = index.flags('all', TAG_TRAITS, KIND_TRAITS);
  for (let r = 0; r < index.size; r++) if (index.hasRepository(r)) traits[r] |= T.repository;
  return traits;
}

const on = (bits: number, trait: number, points: number) => (bits & trait ? points : 0);

/** How much of a backend a project already is: a framework, a database, an API. */
function baseAffinity(bits: number): number {
  return on(bits, T.framework, 3) + on(bits, T.db, 2) + on(bits, T.api, 2) + on(bits, T.language, 1);
}

/** Extra closeness per rule: the project that already has what the missing piece builds on. */
const BONUS: Partial<Record<RuleId, (bits: number, tagCount: number) => number>> = {
  'password-hashing': (b) => on(b, T.authentication, 6),
  authorization: (b) => on(b, T.authentication, 6),
  'db-design': (b) => on(b, T.sql, 4),
  'sql-database': (b) => on(b, T.orm, 4),
  caching: (b) => on(b, T.db, 2),
  'performance-work': (b) => on(b, T.db, 2),
  orchestration: (b) => on(b, T.container, 5),
  cloud: (b) => on(b, T.container, 3),
  https: (b) => on(b, T.cloudOrWebServer, 4),
  'web-server': (b) => on(b, T.container, 1),
  'ci-cd': (b) => on(b, T.tests, 4) + on(b, T.repository, 1),
  'automated-tests': (b) => on(b, T.ciCd, 4) + on(b, T.api, 1),
  containers: (b) => on(b, T.db, 1),
  'secure-coding': (b) => on(b, T.auth, 2),
  'message-queue': (b) => on(b, T.ecommerceOrServices, 3),
  'search-engine': (b) => on(b, T.ecommerceOrCms, 3),
  'complex-system': (_b, tagCount) => tagCount / 10,
};

/**
 * Closeness depends only on a project's traits and how many tags it has: the projects as the
 * distinct such shapes, each with the first project (in title order) that has it. Found once
 * per analysis, then asked once per rule not met.
 */
const shapeCache = new WeakMap<PortfolioIndex, Array<{ traits: number; tags: number; rank: number }>>();

function shapesOf(index: PortfolioIndex): Array<{ traits: number; tags: number; rank: number }> {
  let shapes = shapeCache.get(index);
  if (!shapes) {
    const traits = traitsOf(index);
    const seen = new Set<number>();
    shapes = [];
    for (let r = 0; r < index.size; r++) {
      const key = traits[r] * 65536 + index.tagCount(r);
      if (seen.has(key)) continue;
      seen.add(key);
      shapes.push({ traits: traits[r], tags: index.tagCount(r), rank: r });
    }
    shapeCache.set(index, shapes);
  }
  return shapes;
}

function closestProject(rule: RuleId, index: PortfolioIndex): ProjectFacts | null {
  const bonus = BONUS[rule];
  let best = -1;
  let bestScore = 0;
  // Shapes come in the order of their first project, so of equal scores the first one stays.
  for (const shape of shapesOf(index)) {
    const score = baseAffinity(shape.traits) + (bonus?.(shape.traits, shape.tags) ?? 0);
    if (score > 0 && (best === -1 || score > bestScore)) {
      best = shape.rank;
      bestScore = score;
    }
  }
  return best === -1 ? null : index.facts(best);
}

/** The project with this id (the first one in title order). */
function projectById(index: PortfolioIndex, id: string | undefined): ProjectFacts | undefined {
  if (id === undefined) return undefined;
  for (let r = 0; r < index.size; r++) if (index.project(r).id === id) return index.facts(r);
  return undefined;
}

function projectEco(p: ProjectFacts | null, ctx: SuggestionContext): Eco {
  if (p) {
    for (const t of p.tags) for (const id of t.ids) if (C.BACKEND_LANGUAGES.has(id) && ECO_OF[id]) return ECO_OF[id];
  }
  return ctx.language ? (ECO_OF[ctx.language.id] ?? 'other') : 'other';
}

/** "Express and PostgreSQL": the project's framework and database, else its first tags. */
function stackOf(p: ProjectFacts): string {
  const chosen: string[] = [];
  for (const pred of [isFramework, isDb, isLanguage, () => true]) {
    for (const t of p.tags) {
      if (chosen.length >= 2) break;
      if (pred(t) && !chosen.includes(t.tag.name)) {
        chosen.push(t.tag.name);
        break;
      }
    }
  }
  return chosen.join(' and ');
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function stackPhrase(ctx: SuggestionContext, eco: Eco): string {
  const lang = ctx.language?.name ?? 'Python';
  const fw = ctx.framework ?? (ctx.language ? pick(eco, FRAMEWORK_FOR) : 'FastAPI');
  return `in ${lang} with ${fw}`;
}

interface Plan {
  /** What to do to an existing project, as an imperative phrase ("add JWT login"). */
  action: (eco: Eco, p: ProjectFacts) => string;
  /** A small new project when no existing one is close. */
  idea: (eco: Eco, ctx: SuggestionContext) => string;
  /** Rules this change meets besides the one being suggested for (when they are not met yet). */
  alsoMeets?: RuleId[];
}

const met = (ctx: SuggestionContext, id: RuleId) => ctx.outcomes.get(id)?.status === 'met';

const PLANS: Partial<Record<RuleId, (ctx: SuggestionContext) => Plan>> = {
  'crud-project': (ctx) => ({
    action: (_e, p) => (has(p, isDb) ? 'expose its data through create, read, update and delete endpoints (a REST API)' : 'store its data in PostgreSQL and expose create, read, update and delete endpoints'),
    idea: (e) => `a small CRUD API (for example a task tracker) ${stackPhrase(ctx, e)} and PostgreSQL`,
  }),
  'complex-system': (ctx) => ({
    action: () => 'grow it into a larger system, such as an online shop with cart and checkout, or split it into services that talk over a queue',
    idea: (e) => `a small online shop ${stackPhrase(ctx, e)}: catalogue, cart, checkout and an admin area`,
  }),
  'real-world-api': (ctx) => ({
    action: () => 'expose its features through a documented REST API',
    idea: (e) => `an API over real public data (for example transit timetables or weather readings) ${stackPhrase(ctx, e)}`,
  }),
  'security-feature': (ctx) => ({
    action: (e) => `add JWT login with passwords hashed by ${pick(e, HASH_FOR)}`,
    idea: (e) => `a small sign-up and login service ${stackPhrase(ctx, e)}`,
    alsoMeets: ['authentication', 'password-hashing'],
  }),
  'performance-work': (ctx) => ({
    action: () => 'cache its hottest reads in Redis, index its slow queries and record before/after latency with a k6 load test',
    idea: (e) => `a URL shortener ${stackPhrase(ctx, e)} with Redis caching and a load-test report`,
    alsoMeets: ['caching'],
  }),
  language: (ctx) => ({
    action: () => 'tag the backend language it is written in',
    idea: (e) => `a small REST API ${stackPhrase(ctx, e)}`,
  }),
  framework: (ctx) => ({
    action: (e) => `tag the framework it uses, or rebuild its HTTP layer with ${pick(e, FRAMEWORK_FOR)}`,
    idea: (e) => `a small REST API ${stackPhrase(ctx, e)}`,
  }),
  'sql-database': (ctx) => ({
    action: () => 'store its data in PostgreSQL (tag the database it already uses)',
    idea: (e) => `a small CRUD API ${stackPhrase(ctx, e)} on PostgreSQL`,
  }),
  'nosql-database': (ctx) => ({
    action: () => 'keep a document-shaped or fast-changing part of its data in MongoDB or Redis',
    idea: (e) => `a chat or activity-feed backend ${stackPhrase(ctx, e)} on MongoDB`,
  }),
  'db-design': (ctx) => ({
    action: (e) => `document its schema (tables, keys, normalization, indexes) and manage changes with ${pick(e, MIGRATIONS_FOR)}`,
    idea: (e) => `a library-loans API ${stackPhrase(ctx, e)} with a normalized PostgreSQL schema and migrations`,
  }),
  'rest-api': (ctx) => ({
    action: () => 'expose a REST API and describe it with OpenAPI',
    idea: (e) => `a small REST API ${stackPhrase(ctx, e)}, documented with OpenAPI`,
  }),
  'graphql-api': (ctx) => ({
    action: (e) => `add a GraphQL endpoint over the same data with ${pick(e, GRAPHQL_FOR)}`,
    idea: (e) => `a GraphQL API ${stackPhrase(ctx, e)} (${pick(e, GRAPHQL_FOR)})`,
  }),
  authentication: (ctx) => ({
    action: (e) => (met(ctx, 'password-hashing') ? 'add JWT login' : `add JWT login with passwords hashed by ${pick(e, HASH_FOR)}`),
    idea: (e) => `a small sign-up and login service ${stackPhrase(ctx, e)}`,
    alsoMeets: ['password-hashing'],
  }),
  authorization: (ctx) => ({
    action: () => 'add roles (admin and regular user) and check them on every protected endpoint (RBAC)',
    idea: (e) => `a team task board ${stackPhrase(ctx, e)} where admins, members and guests have different permissions`,
  }),
  'password-hashing': (ctx) => ({
    action: (e) => (met(ctx, 'authentication') ? `hash stored passwords with ${pick(e, HASH_FOR)}` : `add JWT login with passwords hashed by ${pick(e, HASH_FOR)}`),
    idea: (e) => `a small sign-up and login service ${stackPhrase(ctx, e)} that hashes passwords with ${pick(e, HASH_FOR)}`,
    alsoMeets: ['authentication'],
  }),
  'rate-limiting': (ctx) => ({
    action: (e) => `limit requests per client with ${pick(e, RATE_LIMIT_FOR)}`,
    idea: (e) => `a public API ${stackPhrase(ctx, e)} with per-key rate limits`,
  }),
  https: (ctx) => ({
    action: () => "serve it over HTTPS with a Let's Encrypt certificate (for example behind Caddy or Nginx)",
    idea: (e) => `a small API ${stackPhrase(ctx, e)}, deployed behind Caddy with automatic HTTPS`,
  }),
  'secure-coding': (ctx) => ({
    action: (e) => `validate every request body with ${pick(e, VALIDATOR_FOR)}, use parameterized queries and set security headers`,
    idea: (e) => `a small API ${stackPhrase(ctx, e)} with request validation and security headers`,
  }),
  cloud: (ctx) => ({
    action: () => 'deploy it to AWS (for example on ECS or Lambda) and describe the setup',
    idea: (e) => `a small API ${stackPhrase(ctx, e)} deployed to AWS Lambda with API Gateway`,
  }),
  'automated-tests': (ctx) => ({
    action: (e) => `add a test suite with ${pick(e, TESTS_FOR)} that covers its endpoints, and run it in CI`,
    idea: (e) => `a small API ${stackPhrase(ctx, e)} with tests in ${pick(e, TESTS_FOR)} run on every push`,
    alsoMeets: ['ci-cd'],
  }),
  'ci-cd': (ctx) => ({
    action: () => 'add a GitHub Actions workflow that runs its tests and builds it on every push',
    idea: (e) => `a small API ${stackPhrase(ctx, e)} with tests run by GitHub Actions`,
  }),
  containers: (ctx) => ({
    action: () => 'add a Dockerfile, and a Docker Compose file that starts it with its database',
    idea: (e) => `a small API ${stackPhrase(ctx, e)}, packaged with Docker`,
  }),
  orchestration: (ctx) => ({
    action: () => 'deploy its containers to Kubernetes with manifests or a Helm chart',
    idea: (e) => `two small services ${stackPhrase(ctx, e)}, deployed to a local Kubernetes cluster with Helm`,
  }),
  'web-server': (ctx) => ({
    action: () => 'put Nginx in front of it as a reverse proxy',
    idea: (e) => `a small API ${stackPhrase(ctx, e)} served behind Nginx`,
  }),
  'message-queue': (ctx) => ({
    action: (e) => `move slow work (emails, reports, image processing) to a background queue with ${pick(e, QUEUE_FOR)}`,
    idea: (e) => `an order-processing service ${stackPhrase(ctx, e)} that hands work to ${pick(e, QUEUE_FOR)}`,
  }),
  caching: (ctx) => ({
    action: () => 'cache its most frequent reads in Redis and note the speed-up',
    idea: (e) => `a URL shortener ${stackPhrase(ctx, e)} with Redis caching`,
    alsoMeets: ['performance-work'],
  }),
  'search-engine': (ctx) => ({
    action: () => 'add full-text search over its data with Meilisearch or Elasticsearch',
    idea: (e) => `a recipe or book search ${stackPhrase(ctx, e)} on Meilisearch`,
  }),
};

function meets(rule: RuleId, plan: Plan, ctx: SuggestionContext): string {
  const extra = (plan.alsoMeets ?? []).filter((id) => id !== rule && !met(ctx, id));
  return list([rule, ...extra]);
}

function shownBy(outcome: Outcome): string {
  const titles = [...new Set(outcome.evidence.map((e) => e.project))];
  if (!titles.length) return 'Met.';
  const total = Math.max(outcome.projects ?? 0, titles.length);
  const more = total > 3 ? ` and ${total - 3} more` : '';
  return `Shown by ${titles.slice(0, 3).join(', ')}${more}.`;
}

export function suggestFor(rule: RuleId, outcome: Outcome, ctx: SuggestionContext): string {
  if (outcome.status === 'met') return shownBy(outcome);
  const { index } = ctx;

  if (rule === 'on-github') {
    if (!index.size) return 'Showcase a project and link its GitHub repository to meet on-github.';
    // Up to six by name; beyond that the first five, and how many more.
    const named: string[] = [];
    let without = 0;
    for (let r = 0; r < index.size; r++) if (!index.hasRepository(r) && ++without <= 6) named.push(index.project(r).title);
    if (without > 6) named.splice(5, 1, `${without - 5} more`);
    return `Push ${list(named)} to GitHub and link ${without === 1 ? 'its repository' : 'their repositories'} to meet on-github.`;
  }
  if (rule === 'documented') {
    if (!index.repositoryCount) return 'Link a repository to each project first (see on-github), then give each a README.';
    return `Improve the README of each repository listed above so it says what the project is, how to run it and how to use it (sync unsynced ones to rate them) to meet documented.`;
  }
  if (rule === 'targeted-tech') {
    if (!ctx.missingTargets.length) return 'Paste a job posting or choose the technologies you are aiming for to compare your portfolio against them.';
    // Closest: the project that already shows the most of the target's technologies.
    const hits = new Map<string, Set<string>>();
    for (const e of outcome.evidence) hits.set(e.projectId, (hits.get(e.projectId) ?? new Set()).add(e.tag ?? e.kind ?? ''));
    // Evidence comes in title order: of projects showing as many, the first one.
    let most: string | undefined;
    for (const [id, found] of hits) if (most === undefined || found.size > (hits.get(most)?.size ?? 0)) most = id;
    const close = projectById(index, most) ?? closestProject(rule, index);
    const missing = list(ctx.missingTargets);
    if (close) return `Add ${missing} to your ${close.project.title} (it has ${stackOf(close) || 'a start'}), or build a small project with them, to meet targeted-tech.`;
    return `Build a small project with ${missing} to meet targeted-tech.`;
  }

  const plan = PLANS[rule]?.(ctx);
  if (!plan) return '';
  // A partial finding points at the project that already half-meets the rule.
  const partialProject = outcome.status === 'partial' ? projectById(index, outcome.evidence[0]?.projectId) : undefined;
  const target = partialProject ?? closestProject(rule, index);
  const goal = meets(rule, plan, ctx);
  if (rule === 'language' && partialProject) {
    const implied = outcome.evidence[0]?.evidence?.match(/implies (.+)$/)?.[1];
    return `Tag ${implied ?? 'the language'} on your ${partialProject.project.title} (${outcome.evidence[0]?.tag} is built on it) to meet language.`;
  }
  if (target) {
    const eco = projectEco(target, ctx);
    const stack = stackOf(target);
    return stack
      ? `Your ${target.project.title} has ${stack}: ${plan.action(eco, target)} to meet ${goal}.`
      : `In your ${target.project.title}, ${plan.action(eco, target)} to meet ${goal}.`;
  }
  const eco = projectEco(null, ctx);
  return `Build ${plan.idea(eco, ctx)} to meet ${goal}.`;
}

/** The backend language and framework the user shows most, for project ideas. */
export function strongestStack(index: PortfolioIndex): { language: { id: string; name: string } | null; framework: string | null } {
  const { languages: langs, frameworks } = index.stackCounts();
  const nameOf = (id: string) => technologyById(id)?.name ?? id;
  const best = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || compareText(nameOf(a[0]), nameOf(b[0])))[0]?.[0] ?? null;
  const langId = best(langs);
  if (!langId) return { language: null, framework: null };
  // The framework suggested with the language must be one written for it.
  const fitting = new Map([...frameworks].filter(([id]) => impliedIds(id).has(langId)));
  const fwId = best(fitting);
  return { language: { id: langId, name: nameOf(langId) }, framework: fwId ? nameOf(fwId) : null };
}
