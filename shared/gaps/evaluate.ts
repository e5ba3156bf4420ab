/** Evaluates each advice rule over the showcased projects, through the portfolio index. */
import { technologyById } from '../taxonomy';
import type { ProjectKind } from '../types';
import * as C from './classify';
import { firstProjects, kindEvidence, sortEvidence, tagEvidence, type Evidence, type TagFact, type TechView } from './facts';
import type { RuleId } from './model';
import { kindBits, tagTest, type PortfolioIndex, type Source, type TagTest, type View } from './portfolio-index';

export type Status = 'met' | 'partial' | 'missing';

export interface Outcome {
  status: Status;
  /** Within the evidence limit (the first projects in title order). */
  evidence: Evidence[];
  /** How many projects demonstrate it in all, beyond the limit too. */
  projects?: number;
  reason?: string;
}

export interface RepoDocInfo {
  url: string;
  docStatus: 'missing' | 'stub' | 'basic' | 'good' | null;
  reasons?: string[];
}

export interface EvalContext {
  index: PortfolioIndex;
  /** Which tags count: the analysis' own, widened by weaker ones, or the confirmed ones only. */
  view: View;
  /** The documentation of the index's repository `i` (in project order). */
  repoInfo: (i: number) => RepoDocInfo | undefined;
  target: ResolvedTarget | null;
}

export interface ResolvedTarget {
  name?: string;
  technologies: Array<{ name: string; techId: string | null; demonstrated: boolean; evidence: Evidence[] }>;
}

const inSet = (set: ReadonlySet<string>): TagTest => tagTest((t) => C.hasAny(t, set));
const inCategory = (...cats: string[]): TagTest => tagTest((t) => cats.some((c) => t.categories.has(c as never)));
/** True when the tag demonstrates an id of `category` only through what it implies (Django → Python). */
const impliesCategory = (category: string) => (t: TechView) => [...t.ids].some((id) => id !== t.tech?.id && technologyById(id)?.category === category);
const impliedNote = (set: ReadonlySet<string>) => (t: TagFact) => {
  const id = C.firstOf(t, set);
  const name = id ? technologyById(id)?.name : undefined;
  return name && id !== t.tech?.id ? `${t.tag.name} implies ${name}` : undefined;
};
const GRAPHQL = new Set(['graphql']);
const RATE_LIMITING = new Set(['rate-limiting']);
const HTTPS = new Set(['https']);
const IAC = new Set(['iac']);
const DOCKER_COMPOSE = new Set(['docker-compose']);
const FULL_TEXT_SEARCH = new Set(['full-text-search']);

/** Every tag test the rules ask, answered once per technology by the index. */
const T = {
  database: inCategory('sql-database', 'nosql-database'),
  apiStyle: inCategory('api-style'),
  distributed: inSet(C.DISTRIBUTED_PRACTICES),
  queueOrOrchestration: inCategory('message-queue', 'orchestration'),
  apiExposing: inSet(C.API_EXPOSING),
  apiAdjacent: inSet(C.API_ADJACENT),
  framework: inCategory('framework'),
  security: tagTest((t) => t.categories.has('auth') || t.categories.has('security') || C.hasAny(t, C.SECURE_CODING)),
  performance: inSet(C.PERFORMANCE_PRACTICES),
  cache: inCategory('cache'),
  observability: inSet(C.OBSERVABILITY),
  language: tagTest((t) => t.categories.has('language') && !!t.tech && C.BACKEND_LANGUAGES.has(t.tech.id)),
  backendLanguage: inSet(C.BACKEND_LANGUAGES),
  impliesFramework: tagTest(impliesCategory('framework')),
  sqlDatabase: inCategory('sql-database'),
  sqlHints: tagTest((t) => C.hasAny(t, C.SQL_HINTS) || C.hasAny(t, C.DB_DESIGN)),
  nosql: inCategory('nosql-database'),
  impliesNosql: tagTest(impliesCategory('nosql-database')),
  dbDesign: inSet(C.DB_DESIGN),
  orms: inSet(C.ORMS),
  rest: inSet(C.REST_STYLE),
  graphql: inSet(GRAPHQL),
  authentication: inSet(C.AUTHENTICATION),
  hashingOrAuthorization: tagTest((t) => C.hasAny(t, C.PASSWORD_HASHING) || C.hasAny(t, C.AUTHORIZATION)),
  authorization: inSet(C.AUTHORIZATION),
  roleCapable: inSet(C.ROLE_CAPABLE),
  passwordHashing: inSet(C.PASSWORD_HASHING),
  ownLogin: inSet(C.OWN_LOGIN),
  rateLimiting: inSet(RATE_LIMITING),
  throttle: inSet(C.THROTTLE_CAPABLE),
  https: inSet(HTTPS),
  tls: inSet(C.TLS_CAPABLE),
  secureCoding: inSet(C.SECURE_CODING),
  securityTooling: inSet(C.SECURITY_TOOLING),
  majorCloud: inSet(C.MAJOR_CLOUDS),
  otherCloud: tagTest((t) => t.categories.has('cloud') && !C.hasAny(t, C.MAJOR_CLOUDS)),
  iac: inSet(IAC),
  ciCd: inCategory('ci-cd'),
  tests: inSet(C.AUTOMATED_TESTS),
  container: tagTest((t) => t.categories.has('container') || C.hasAny(t, C.CONTAINER_BUILDS)),
  orchestration: inCategory('orchestration'),
  compose: inSet(DOCKER_COMPOSE),
  webServer: tagTest((t) => t.categories.has('web-server') && !C.hasAny(t, C.APP_SERVERS)),
  appServers: inSet(C.APP_SERVERS),
  messageQueue: inCategory('message-queue'),
  async: inSet(C.ASYNC_PRACTICES),
  cdn: inSet(C.CDNS),
  searchEngine: inCategory('search-engine'),
  fullTextSearch: inSet(FULL_TEXT_SEARCH),
};

/** The project's tags passing `test`, as evidence (with a note when given). */
function tags({ index, view }: EvalContext, test: TagTest, note?: (t: TagFact) => string | undefined): Source {
  return {
    tests: [test],
    add(r, out) {
      const p = index.facts(r);
      for (const t of index.tagsIn(view, r)) if (test.test(t)) out.push(tagEvidence(p, t, note?.(t)));
    },
  };
}

function kinds({ index, view }: EvalContext, list: readonly ProjectKind[]): Source {
  return {
    kinds: kindBits(list),
    add(r, out) {
      const p = index.facts(r);
      for (const k of index.kindsIn(view, r)) if (list.includes(k.kind)) out.push(kindEvidence(p, k));
    },
  };
}

/** The projects any of `met` names meet the rule; else any of `partial` (asked only then) half-meet it. */
function decide(ctx: EvalContext, met: Source[], partial: Source[], partialReason: string, missingReason: string): Outcome {
  const m = ctx.index.collect(ctx.view, met);
  if (m.evidence.length) return { status: 'met', evidence: sortEvidence(m.evidence), projects: m.count };
  const p = partial.length ? ctx.index.collect(ctx.view, partial) : null;
  if (p?.evidence.length) return { status: 'partial', evidence: sortEvidence(p.evidence), projects: p.count, reason: partialReason };
  return { status: 'missing', evidence: [], reason: missingReason };
}

const PERF_TEXT = /\b(p9\d|p50|latency|throughput|req(?:uests)?\/s|rps|qps|\d+(?:\.\d+)?\s?ms\b|\d+\s?x faster|faster|load test)/i;

// Whether a project's results or highlights mention performance, read once per analysis (-1: not yet).
const perfMentions = new WeakMap<PortfolioIndex, Int8Array>();

/** Results and highlights that name a measured speed: the first such line of each. */
function performanceInText({ index }: EvalContext): Source {
  let known = perfMentions.get(index);
  if (!known) perfMentions.set(index, (known = new Int8Array(index.size).fill(-1)));
  const lines = (r: number) => [['results', index.project(r).results], ['highlights', index.project(r).highlights]] as const;
  const cache = known;
  return {
    has(r) {
      if (cache[r] === -1) cache[r] = lines(r).some(([, list]) => list.some((line) => PERF_TEXT.test(line))) ? 1 : 0;
      return cache[r] === 1;
    },
    add(r, out) {
      const p = index.project(r);
      for (const [field, list] of lines(r)) {
        for (const line of list) {
          const m = PERF_TEXT.exec(line);
          if (m) {
            out.push({ projectId: p.id, project: p.title, source: 'manual', evidence: `${field} mention "${m[0]}": ${line}` });
            break;
          }
        }
      }
    },
  };
}

/** A readable list: the first few, then how many more (the full list is in the evidence). */
function someOf(items: string[], total = items.length, shown = 5): string {
  return total > shown ? `${items.slice(0, shown).join(', ')} and ${total - shown} more` : items.join(', ');
}

const API_KIND = kindBits(['api']);
const CRUD_KIND = kindBits(['crud']);
const SERVICE_KINDS = kindBits(['api', 'crud', 'microservices']);

const EVALUATORS: Record<RuleId, (ctx: EvalContext) => Outcome> = {
  'crud-project': (ctx) => {
    const { index, view } = ctx;
    // A project pairing a database with an API (a tag or the api kind).
    const both = (r: number) => index.hasTag(view, r, T.database) && (index.hasTag(view, r, T.apiStyle) || index.hasKind(view, r, API_KIND));
    const parts = (r: number, out: Evidence[]) => {
      const p = index.facts(r);
      const list = index.tagsIn(view, r);
      for (const t of [...list.filter(T.database.test), ...list.filter(T.apiStyle.test)]) out.push(tagEvidence(p, t));
      for (const k of index.kindsIn(view, r)) if (k.kind === 'api') out.push(kindEvidence(p, k));
    };
    const met: Source = {
      kinds: CRUD_KIND,
      has: both,
      add(r, out) {
        const p = index.facts(r);
        for (const k of index.kindsIn(view, r)) if (k.kind === 'crud') out.push(kindEvidence(p, k));
        if (both(r)) parts(r, out);
      },
    };
    // Asked only when no project meets it: then no project has both, and each shows what it has.
    const partial: Source = { tests: [T.database, T.apiStyle], kinds: API_KIND, add: parts };
    return decide(ctx, [met], [partial], 'A project has a database or an API, but none has both and none is marked as a CRUD app.', 'No showcased project is a CRUD app or pairs an API with a database.');
  },
  'complex-system': (ctx) =>
    decide(
      ctx,
      [kinds(ctx, ['ecommerce', 'cms', 'microservices'])],
      [tags(ctx, T.distributed), tags(ctx, T.queueOrOrchestration)],
      'Some projects use parts of a larger system (queues, orchestration, services), but none is marked as e-commerce, a CMS or microservices.',
      'No showcased project is an e-commerce site, a CMS or a set of microservices.',
    ),
  'on-github': ({ index, view }) => {
    if (!index.size) return { status: 'missing', evidence: [], reason: 'There are no showcased projects yet.' };
    const linked = index.collect(view, [
      {
        has: index.hasRepository,
        add(r, out) {
          const p = index.project(r);
          for (const url of index.repositories(r)) out.push({ projectId: p.id, project: p.title, source: 'manual', repository: url, evidence: 'links a repository' });
        },
      },
    ]);
    const without = index.size - linked.count;
    if (!without) return { status: 'met', evidence: sortEvidence(linked.evidence) };
    if (linked.count) {
      const titles: string[] = [];
      for (let r = 0; r < index.size && titles.length < 5; r++) if (!index.hasRepository(r)) titles.push(index.project(r).title);
      return { status: 'partial', evidence: sortEvidence(linked.evidence), reason: `${without} of ${index.size} showcased projects link no repository: ${someOf(titles, without)}.` };
    }
    return { status: 'missing', evidence: [], reason: 'No showcased project links a repository.' };
  },
  documented: ({ index, view, repoInfo }) => {
    if (!index.repositoryCount) return { status: 'missing', evidence: [], reason: 'No showcased project links a repository, so there is no README to rate.' };
    let good = 0;
    const weak: string[] = [];
    const unsynced: string[] = [];
    let weakCount = 0;
    let unsyncedCount = 0;
    // Which projects link a repository whose README is rated good.
    const rated = new Uint8Array(index.size);
    index.eachRepository((url, r, i) => {
      const info = repoInfo(i);
      if (info?.docStatus === 'good') {
        good++;
        rated[r] = 1;
      } else if (!info || info.docStatus === null) {
        if (unsyncedCount++ < 5) unsynced.push(url);
      } else if (weakCount++ < 5) {
        weak.push(`${url} (${info.docStatus}${info.reasons?.length ? `: ${info.reasons.join('; ')}` : ''})`);
      }
    });
    const goodReadmes = good
      ? index.collect(view, [
          {
            has: (r) => rated[r] === 1,
            add(r, out) {
              const p = index.project(r);
              for (const i of index.repositoryIndexes(r)) {
                if (repoInfo(i)?.docStatus === 'good') out.push({ projectId: p.id, project: p.title, source: 'detected', repository: index.repositoryUrl(i), evidence: 'README rated good' });
              }
            },
          },
        ]).evidence
      : [];
    const evidence = sortEvidence(goodReadmes);
    if (good === index.repositoryCount) return { status: 'met', evidence };
    const parts: string[] = [];
    if (weakCount) parts.push(`README not yet good: ${someOf(weak, weakCount)}`);
    if (unsyncedCount) parts.push(`not synced yet: ${someOf(unsynced, unsyncedCount)}`);
    const reason = `${parts.join('. ')}.`;
    if (good || unsyncedCount) return { status: 'partial', evidence, reason };
    return { status: 'missing', evidence: [], reason };
  },
  'real-world-api': (ctx) =>
    decide(
      ctx,
      [kinds(ctx, ['api']), tags(ctx, T.apiExposing)],
      [tags(ctx, T.apiAdjacent), tags(ctx, T.framework)],
      'Some projects use a web framework or API building blocks, but none is marked as exposing an API.',
      'No showcased project exposes an API (REST, GraphQL or gRPC).',
    ),
  'security-feature': (ctx) => decide(ctx, [tags(ctx, T.security)], [], '', 'No showcased project has an authentication or security tag.'),
  'performance-work': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.performance, impliedNote(C.PERFORMANCE_PRACTICES)), tags(ctx, T.cache)],
      [tags(ctx, T.observability), performanceInText(ctx)],
      'There are signs of performance work (monitoring, measured results), but no performance practice or cache is tagged.',
      'No showcased project has a performance practice (optimization, indexing, load testing, benchmarking) or a cache.',
    ),
  'targeted-tech': ({ target, index }) => {
    if (!target || !target.technologies.length) {
      return { status: 'missing', evidence: [], reason: 'No target set: paste a job posting or choose technologies to compare against.' };
    }
    const shown = target.technologies.filter((t) => t.demonstrated);
    const lacking = target.technologies.filter((t) => !t.demonstrated).map((t) => t.name);
    const evidence = firstProjects(sortEvidence(shown.flatMap((t) => t.evidence)), index.limit);
    if (!lacking.length) return { status: 'met', evidence };
    const reason = `Not yet demonstrated: ${lacking.join(', ')}.`;
    return shown.length ? { status: 'partial', evidence, reason } : { status: 'missing', evidence: [], reason };
  },
  language: (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.language)],
      [tags(ctx, T.backendLanguage, impliedNote(C.BACKEND_LANGUAGES))],
      'A backend language is only implied by a framework or library; the language itself is not tagged.',
      'No showcased project names a backend language.',
    ),
  framework: (ctx) => {
    const { index, view } = ctx;
    // A backend language on a project serving an API: backend code without a named framework.
    const languageOfService: Source = {
      has: (r) => (index.hasKind(view, r, SERVICE_KINDS) || index.hasTag(view, r, T.apiStyle)) && index.hasTag(view, r, T.language),
      add(r, out) {
        const p = index.facts(r);
        for (const t of index.tagsIn(view, r)) if (T.language.test(t)) out.push(tagEvidence(p, t));
      },
    };
    return decide(
      ctx,
      [tags(ctx, T.framework)],
      [tags(ctx, T.impliesFramework, impliedNote(C.FRAMEWORKS)), languageOfService],
      'There is backend code, but no backend framework is tagged.',
      'No showcased project names a backend framework.',
    );
  },
  'sql-database': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.sqlDatabase)],
      [tags(ctx, T.sqlHints)],
      'Some projects use SQL tooling (an ORM, migrations, SQL), but the database itself is not tagged.',
      'No showcased project uses a relational database.',
    ),
  'nosql-database': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.nosql)],
      [tags(ctx, T.impliesNosql, (t) => `${t.tag.name} implies a NoSQL store`)],
      'A NoSQL store is only implied by a library; the database itself is not tagged.',
      'No showcased project uses a non-relational database.',
    ),
  'db-design': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.dbDesign, impliedNote(C.DB_DESIGN))],
      [tags(ctx, T.orms)],
      'A project defines its data through an ORM, but no design practice (schema design, normalization, migrations, indexing) is named.',
      'No showcased project names a database design practice (schema design, normalization, migrations, indexing).',
    ),
  'rest-api': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.rest, impliedNote(C.REST_STYLE))],
      [kinds(ctx, ['api'])],
      'A project is marked as an API, but REST is not tagged on it.',
      'No showcased project has a REST API.',
    ),
  'graphql-api': (ctx) => decide(ctx, [tags(ctx, T.graphql, impliedNote(GRAPHQL))], [], '', 'No showcased project has a GraphQL API.'),
  authentication: (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.authentication)],
      [tags(ctx, T.hashingOrAuthorization)],
      'Password hashing or access rules suggest a login, but no authentication method is tagged.',
      'No showcased project has authentication (OAuth, JWT, sessions or API keys).',
    ),
  authorization: (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.authorization)],
      [tags(ctx, T.roleCapable)],
      'A project uses an identity tool that supports roles, but roles or permissions are not tagged.',
      'No showcased project has roles or permissions (RBAC, ACL, scopes).',
    ),
  'password-hashing': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.passwordHashing)],
      [tags(ctx, T.ownLogin)],
      'A project has its own login, but how it stores passwords is not tagged.',
      'No showcased project hashes passwords with bcrypt, PBKDF2, Argon2 or scrypt.',
    ),
  'rate-limiting': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.rateLimiting)],
      [tags(ctx, T.throttle)],
      'A project runs behind a proxy or gateway that can throttle requests, but rate limiting is not tagged.',
      'No showcased project limits request rates.',
    ),
  https: (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.https, impliedNote(HTTPS))],
      [tags(ctx, T.tls)],
      'A project is served by a platform or proxy that usually provides TLS, but HTTPS is not tagged.',
      'No showcased project shows HTTPS/TLS in its deployment.',
    ),
  'secure-coding': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.secureCoding, impliedNote(C.SECURE_CODING))],
      [tags(ctx, T.securityTooling)],
      'Security tooling is in place, but no secure-coding practice (encryption, validation, injection or XSS prevention, security headers) is tagged.',
      'No showcased project names a secure-coding practice.',
    ),
  cloud: (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.majorCloud, impliedNote(C.MAJOR_CLOUDS))],
      [tags(ctx, T.otherCloud), tags(ctx, T.iac)],
      'Projects run on a smaller platform or use infrastructure as code, but none names AWS, Azure or Google Cloud.',
      'No showcased project is deployed to AWS, Azure or Google Cloud.',
    ),
  'ci-cd': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.ciCd)],
      [tags(ctx, T.tests, impliedNote(C.AUTOMATED_TESTS))],
      'Projects have automated tests, but no pipeline that runs them is tagged.',
      'No showcased project has a CI/CD pipeline.',
    ),
  containers: (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.container)],
      [tags(ctx, T.orchestration)],
      'Containers are orchestrated, but the image build (Docker or similar) is not tagged.',
      'No showcased project builds a container.',
    ),
  orchestration: (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.orchestration)],
      [tags(ctx, T.compose)],
      'Containers run together with Docker Compose, but not on an orchestrator.',
      'No showcased project uses an orchestrator (Kubernetes, Helm, Nomad, ECS...).',
    ),
  'web-server': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.webServer)],
      [tags(ctx, T.appServers)],
      'A project runs on an application server, but no web server or reverse proxy is tagged in front of it.',
      'No showcased project names a web server (Nginx, Apache, IIS, Caddy, HAProxy).',
    ),
  'message-queue': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.messageQueue)],
      [tags(ctx, T.async), kinds(ctx, ['microservices'])],
      'A project is event-driven or split into services, but no message broker is tagged.',
      'No showcased project uses a message queue (RabbitMQ, Kafka, SQS, NATS...).',
    ),
  caching: (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.cache)],
      [tags(ctx, T.cdn)],
      'A CDN caches responses at the edge, but no application cache is tagged.',
      'No showcased project uses a cache (Redis, Memcached...).',
    ),
  'search-engine': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.searchEngine)],
      [tags(ctx, T.fullTextSearch)],
      'A project has full-text search, but not through a search engine.',
      'No showcased project uses a search engine (Elasticsearch, OpenSearch, Solr, Meilisearch, Typesense).',
    ),
  'automated-tests': (ctx) =>
    decide(
      ctx,
      [tags(ctx, T.tests, impliedNote(C.AUTOMATED_TESTS))],
      [tags(ctx, T.ciCd)],
      'A CI pipeline runs, but no test framework or test suite is tagged.',
      'No showcased project has an automated test suite (Jest, Vitest, pytest, JUnit, RSpec, PHPUnit, xUnit, Go tests...).',
    ),
};

export function evaluateRule(id: RuleId, ctx: EvalContext): Outcome {
  return EVALUATORS[id](ctx);
}
