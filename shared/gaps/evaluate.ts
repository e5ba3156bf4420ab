/** Evaluates each advice rule over the showcased projects' facts. */
import { technologyById } from '../taxonomy';
import type { ProjectKind } from '../types';
import * as C from './classify';
import { evidenceLimit, hasKind, joinEvidence, kindEvidence, matchedProjects, projectCount, sortEvidence, tagEvidence, type Evidence, type ProjectFacts, type TagFact } from './facts';
import type { RuleId } from './model';

export type Status = 'met' | 'partial' | 'missing';

export interface Outcome {
  status: Status;
  /** Within the evidence limit (facts.ts). */
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
  projects: ProjectFacts[];
  repoDoc: (url: string) => RepoDocInfo | undefined;
  target: ResolvedTarget | null;
}

export interface ResolvedTarget {
  name?: string;
  technologies: Array<{ name: string; techId: string | null; demonstrated: boolean; evidence: Evidence[] }>;
}

/** A tag test; tests built by `inSet`/`inCategory` also carry what they look for, so an index can answer them. */
type TagPredicate = ((t: TagFact) => boolean) & { ids?: ReadonlySet<string>; categories?: readonly string[] };

interface Hit {
  p: ProjectFacts;
  t: TagFact;
  /** Position in project order, then tag order: the order a full scan would visit. */
  order: number;
  /** The project's position in title order. */
  rank: number;
}

interface TagIndex {
  byId: Map<string, Hit[]>;
  byCategory: Map<string, Hit[]>;
}

// One index per analysis (the projects array is built afresh by each analyzeGaps call).
const indexes = new WeakMap<ProjectFacts[], TagIndex>();

function indexOf(projects: ProjectFacts[]): TagIndex {
  let idx = indexes.get(projects);
  if (idx) return idx;
  idx = { byId: new Map(), byCategory: new Map() };
  let order = 0;
  let rank = 0;
  const add = (map: Map<string, Hit[]>, key: string, hit: Hit) => {
    const list = map.get(key);
    if (list) list.push(hit);
    else map.set(key, [hit]);
  };
  for (const p of projects) {
    for (const t of p.tags) {
      const hit = { p, t, order: order++, rank };
      for (const id of t.ids) add(idx.byId, id, hit);
      for (const c of t.categories) add(idx.byCategory, c, hit);
    }
    rank++;
  }
  indexes.set(projects, idx);
  return idx;
}

/** Tags carrying any of these ids or categories, in scan order (project, then tag), each once. */
export function indexedTags(projects: ProjectFacts[], ids: readonly string[], categories: readonly string[]): Array<{ p: ProjectFacts; t: TagFact }> {
  const idx = indexOf(projects);
  const lists: Hit[][] = [];
  for (const id of ids) lists.push(idx.byId.get(id) ?? []);
  for (const c of categories) lists.push(idx.byCategory.get(c) ?? []);
  let hits = lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => a.order - b.order);
  if (lists.length > 1) hits = hits.filter((h, i) => i === 0 || hits[i - 1].order !== h.order);
  return hits;
}

/**
 * Collects evidence in project order, making it only for the first projects within the
 * evidence limit and marking every matching project, so counts stay exact.
 */
function collector(projects: ProjectFacts[]) {
  const out: Evidence[] = [];
  const marks = new Uint8Array(projects.length);
  const limit = evidenceLimit();
  let distinct = 0;
  let lastRank = -1;
  return {
    add(rank: number, make: () => Evidence) {
      marks[rank] = 1;
      if (rank !== lastRank) {
        distinct++;
        lastRank = rank;
      }
      if (distinct <= limit) out.push(make());
    },
    done(): Evidence[] {
      matchedProjects.set(out, marks);
      return out;
    },
  };
}

/** The tags matching `pred`, in scan order: from the index when the test says what it seeks, else by a scan. */
function tagsWhere(projects: ProjectFacts[], pred: TagPredicate, note?: (t: TagFact) => string | undefined): Evidence[] {
  const found = collector(projects);
  if (pred.ids || pred.categories) {
    for (const { p, t, rank } of indexedTags(projects, [...(pred.ids ?? [])], pred.categories ?? []) as Hit[]) found.add(rank, () => tagEvidence(p, t, note?.(t)));
    return found.done();
  }
  projects.forEach((p, rank) => {
    for (const t of p.tags) if (pred(t)) found.add(rank, () => tagEvidence(p, t, note?.(t)));
  });
  return found.done();
}

function kindsWhere(projects: ProjectFacts[], kinds: readonly ProjectKind[]): Evidence[] {
  const found = collector(projects);
  projects.forEach((p, rank) => {
    for (const k of p.kinds) if (kinds.includes(k.kind)) found.add(rank, () => kindEvidence(p, k));
  });
  return found.done();
}

/** `partial` is only computed when nothing meets the rule: on large portfolios most rules are met. */
function decide(met: Evidence[], partialOf: Evidence[] | (() => Evidence[]), partialReason: string, missingReason: string): Outcome {
  if (met.length) return { status: 'met', evidence: sortEvidence(met), projects: projectCount(met) };
  const partial = typeof partialOf === 'function' ? partialOf() : partialOf;
  if (partial.length) return { status: 'partial', evidence: sortEvidence(partial), projects: projectCount(partial), reason: partialReason };
  return { status: 'missing', evidence: [], reason: missingReason };
}

const inSet = (set: ReadonlySet<string>): TagPredicate => Object.assign((t: TagFact) => C.hasAny(t, set), { ids: set });
const inCategory = (...cats: string[]): TagPredicate =>
  Object.assign((t: TagFact) => cats.some((c) => t.categories.has(c as never)), { categories: cats });
/** True when the tag demonstrates an id of `category` only through what it implies (Django → Python). */
const impliesCategory = (category: string): TagPredicate => (t) =>
  [...t.ids].some((id) => id !== t.tech?.id && technologyById(id)?.category === category);
const impliedNote = (set: ReadonlySet<string>) => (t: TagFact) => {
  const id = C.firstOf(t, set);
  const name = id ? technologyById(id)?.name : undefined;
  return name && id !== t.tech?.id ? `${t.tag.name} implies ${name}` : undefined;
};
const isDatabase = inCategory('sql-database', 'nosql-database');
const isApiStyle = inCategory('api-style');

const PERF_TEXT = /\b(p9\d|p50|latency|throughput|req(?:uests)?\/s|rps|qps|\d+(?:\.\d+)?\s?ms\b|\d+\s?x faster|faster|load test)/i;

function performanceInText(projects: ProjectFacts[]): Evidence[] {
  const out: Evidence[] = [];
  for (const p of projects) {
    for (const [field, lines] of [['results', p.project.results], ['highlights', p.project.highlights]] as const) {
      for (const line of lines) {
        const m = PERF_TEXT.exec(line);
        if (m) {
          out.push({ projectId: p.project.id, project: p.project.title, source: 'manual', evidence: `${field} mention "${m[0]}": ${line}` });
          break;
        }
      }
    }
  }
  return out;
}

/** A readable list: the first few, then how many more (the full list is in the evidence). */
function someOf(items: string[], shown = 5): string {
  return items.length > shown ? `${items.slice(0, shown).join(', ')} and ${items.length - shown} more` : items.join(', ');
}

function names(list: ProjectFacts[]): string {
  return someOf(list.map((p) => p.project.title));
}

const EVALUATORS: Record<RuleId, (ctx: EvalContext) => Outcome> = {
  'crud-project': ({ projects }) => {
    const met = collector(projects);
    const partial = collector(projects);
    projects.forEach((p, rank) => {
      for (const k of p.kinds) if (k.kind === 'crud') met.add(rank, () => kindEvidence(p, k));
      const dbs = p.tags.filter(isDatabase);
      const apis = p.tags.filter(isApiStyle);
      const apiKinds = p.kinds.filter((k) => k.kind === 'api');
      const into = dbs.length && (apis.length || apiKinds.length) ? met : partial;
      for (const t of [...dbs, ...apis]) into.add(rank, () => tagEvidence(p, t));
      for (const k of apiKinds) into.add(rank, () => kindEvidence(p, k));
    });
    return decide(met.done(), () => partial.done(), 'A project has a database or an API, but none has both and none is marked as a CRUD app.', 'No showcased project is a CRUD app or pairs an API with a database.');
  },
  'complex-system': ({ projects }) =>
    decide(
      kindsWhere(projects, ['ecommerce', 'cms', 'microservices']),
      () => joinEvidence(tagsWhere(projects, inSet(C.DISTRIBUTED_PRACTICES)), tagsWhere(projects, inCategory('message-queue', 'orchestration'))),
      'Some projects use parts of a larger system (queues, orchestration, services), but none is marked as e-commerce, a CMS or microservices.',
      'No showcased project is an e-commerce site, a CMS or a set of microservices.',
    ),
  'on-github': ({ projects }) => {
    if (!projects.length) return { status: 'missing', evidence: [], reason: 'There are no showcased projects yet.' };
    const linked = projects.filter((p) => p.repositories.length);
    const evidence = linked.flatMap((p) =>
      p.repositories.map((url): Evidence => ({ projectId: p.project.id, project: p.project.title, source: 'manual', repository: url, evidence: 'links a repository' })),
    );
    const without = projects.filter((p) => !p.repositories.length);
    if (!without.length) return { status: 'met', evidence: sortEvidence(evidence) };
    if (linked.length) return { status: 'partial', evidence: sortEvidence(evidence), reason: `${without.length} of ${projects.length} showcased projects link no repository: ${names(without)}.` };
    return { status: 'missing', evidence: [], reason: 'No showcased project links a repository.' };
  },
  documented: ({ projects, repoDoc }) => {
    const repos = projects.flatMap((p) => p.repositories.map((url) => ({ p, url, info: repoDoc(url) })));
    if (!repos.length) return { status: 'missing', evidence: [], reason: 'No showcased project links a repository, so there is no README to rate.' };
    const good = repos.filter((r) => r.info?.docStatus === 'good');
    const unsynced = repos.filter((r) => !r.info || r.info.docStatus === null);
    const weak = repos.filter((r) => r.info && r.info.docStatus !== null && r.info.docStatus !== 'good');
    const evidence = good.map((r): Evidence => ({ projectId: r.p.project.id, project: r.p.project.title, source: 'detected', repository: r.url, evidence: 'README rated good' }));
    if (good.length === repos.length) return { status: 'met', evidence: sortEvidence(evidence) };
    const parts: string[] = [];
    if (weak.length) parts.push(`README not yet good: ${someOf(weak.map((r) => `${r.url} (${r.info?.docStatus}${r.info?.reasons?.length ? `: ${r.info.reasons.join('; ')}` : ''})`))}`);
    if (unsynced.length) parts.push(`not synced yet: ${someOf(unsynced.map((r) => r.url))}`);
    const reason = `${parts.join('. ')}.`;
    if (good.length || unsynced.length) return { status: 'partial', evidence: sortEvidence(evidence), reason };
    return { status: 'missing', evidence: [], reason };
  },
  'real-world-api': ({ projects }) =>
    decide(
      joinEvidence(kindsWhere(projects, ['api']), tagsWhere(projects, inSet(C.API_EXPOSING))),
      () => joinEvidence(tagsWhere(projects, inSet(C.API_ADJACENT)), tagsWhere(projects, inCategory('framework'))),
      'Some projects use a web framework or API building blocks, but none is marked as exposing an API.',
      'No showcased project exposes an API (REST, GraphQL or gRPC).',
    ),
  'security-feature': ({ projects }) =>
    decide(
      tagsWhere(projects, Object.assign((t: TagFact) => inCategory('auth', 'security')(t) || C.hasAny(t, C.SECURE_CODING), { ids: C.SECURE_CODING, categories: ['auth', 'security'] })),
      [],
      '',
      'No showcased project has an authentication or security tag.',
    ),
  'performance-work': ({ projects }) =>
    decide(
      joinEvidence(tagsWhere(projects, inSet(C.PERFORMANCE_PRACTICES), impliedNote(C.PERFORMANCE_PRACTICES)), tagsWhere(projects, inCategory('cache'))),
      () => joinEvidence(tagsWhere(projects, inSet(C.OBSERVABILITY)), performanceInText(projects)),
      'There are signs of performance work (monitoring, measured results), but no performance practice or cache is tagged.',
      'No showcased project has a performance practice (optimization, indexing, load testing, benchmarking) or a cache.',
    ),
  'targeted-tech': ({ target }) => {
    if (!target || !target.technologies.length) {
      return { status: 'missing', evidence: [], reason: 'No target set: paste a job posting or choose technologies to compare against.' };
    }
    const shown = target.technologies.filter((t) => t.demonstrated);
    const lacking = target.technologies.filter((t) => !t.demonstrated).map((t) => t.name);
    const evidence = sortEvidence(shown.flatMap((t) => t.evidence));
    if (!lacking.length) return { status: 'met', evidence };
    const reason = `Not yet demonstrated: ${lacking.join(', ')}.`;
    return shown.length ? { status: 'partial', evidence, reason } : { status: 'missing', evidence: [], reason };
  },
  language: ({ projects }) =>
    decide(
      tagsWhere(projects, (t) => t.categories.has('language') && !!t.tech && C.BACKEND_LANGUAGES.has(t.tech.id)),
      () => tagsWhere(projects, inSet(C.BACKEND_LANGUAGES), impliedNote(C.BACKEND_LANGUAGES)),
      'A backend language is only implied by a framework or library; the language itself is not tagged.',
      'No showcased project names a backend language.',
    ),
  framework: ({ projects }) =>
    decide(
      tagsWhere(projects, inCategory('framework')),
      () => {
        const partial = tagsWhere(projects, impliesCategory('framework'), impliedNote(C.FRAMEWORKS));
        for (const p of projects) {
          if (!hasKind(p, ['api', 'crud', 'microservices']) && !p.tags.some(isApiStyle)) continue;
          partial.push(...p.tags.filter((t) => t.categories.has('language') && t.tech && C.BACKEND_LANGUAGES.has(t.tech.id)).map((t) => tagEvidence(p, t)));
        }
        return partial;
      },
      'There is backend code, but no backend framework is tagged.',
      'No showcased project names a backend framework.',
    ),
  'sql-database': ({ projects }) =>
    decide(
      tagsWhere(projects, inCategory('sql-database')),
      () => tagsWhere(projects, (t) => C.hasAny(t, C.SQL_HINTS) || C.hasAny(t, C.DB_DESIGN)),
      'Some projects use SQL tooling (an ORM, migrations, SQL), but the database itself is not tagged.',
      'No showcased project uses a relational database.',
    ),
  'nosql-database': ({ projects }) =>
    decide(
      tagsWhere(projects, inCategory('nosql-database')),
      () => tagsWhere(projects, impliesCategory('nosql-database'), (t) => `${t.tag.name} implies a NoSQL store`),
      'A NoSQL store is only implied by a library; the database itself is not tagged.',
      'No showcased project uses a non-relational database.',
    ),
  'db-design': ({ projects }) =>
    decide(
      tagsWhere(projects, inSet(C.DB_DESIGN), impliedNote(C.DB_DESIGN)),
      () => tagsWhere(projects, inSet(C.ORMS)),
      'A project defines its data through an ORM, but no design practice (schema design, normalization, migrations, indexing) is named.',
      'No showcased project names a database design practice (schema design, normalization, migrations, indexing).',
    ),
  'rest-api': ({ projects }) =>
    decide(
      tagsWhere(projects, inSet(C.REST_STYLE), impliedNote(C.REST_STYLE)),
      () => kindsWhere(projects, ['api']),
      'A project is marked as an API, but REST is not tagged on it.',
      'No showcased project has a REST API.',
    ),
  'graphql-api': ({ projects }) =>
    decide(tagsWhere(projects, inSet(new Set(['graphql'])), impliedNote(new Set(['graphql']))), [], '', 'No showcased project has a GraphQL API.'),
  authentication: ({ projects }) =>
    decide(
      tagsWhere(projects, inSet(C.AUTHENTICATION)),
      () => tagsWhere(projects, (t) => C.hasAny(t, C.PASSWORD_HASHING) || C.hasAny(t, C.AUTHORIZATION)),
      'Password hashing or access rules suggest a login, but no authentication method is tagged.',
      'No showcased project has authentication (OAuth, JWT, sessions or API keys).',
    ),
  authorization: ({ projects }) =>
    decide(
      tagsWhere(projects, inSet(C.AUTHORIZATION)),
      () => tagsWhere(projects, inSet(C.ROLE_CAPABLE)),
      'A project uses an identity tool that supports roles, but roles or permissions are not tagged.',
      'No showcased project has roles or permissions (RBAC, ACL, scopes).',
    ),
  'password-hashing': ({ projects }) =>
    decide(
      tagsWhere(projects, inSet(C.PASSWORD_HASHING)),
      () => tagsWhere(projects, inSet(C.OWN_LOGIN)),
      'A project has its own login, but how it stores passwords is not tagged.',
      'No showcased project hashes passwords with bcrypt, PBKDF2, Argon2 or scrypt.',
    ),
  'rate-limiting': ({ projects }) =>
    decide(
      tagsWhere(projects, inSet(new Set(['rate-limiting']))),
      () => tagsWhere(projects, inSet(C.THROTTLE_CAPABLE)),
      'A project runs behind a proxy or gateway that can throttle requests, but rate limiting is not tagged.',
      'No showcased project limits request rates.',
    ),
  https: ({ projects }) =>
    decide(
      tagsWhere(projects, inSet(new Set(['https'])), impliedNote(new Set(['https']))),
      () => tagsWhere(projects, inSet(C.TLS_CAPABLE)),
      'A project is served by a platform or proxy that usually provides TLS, but HTTPS is not tagged.',
      'No showcased project shows HTTPS/TLS in its deployment.',
    ),
  'secure-coding': ({ projects }) =>
    decide(
      tagsWhere(projects, inSet(C.SECURE_CODING), impliedNote(C.SECURE_CODING)),
      () => tagsWhere(projects, inSet(C.SECURITY_TOOLING)),
      'Security tooling is in place, but no secure-coding practice (encryption, validation, injection or XSS prevention, security headers) is tagged.',
      'No showcased project names a secure-coding practice.',
    ),
  cloud: ({ projects }) =>
    decide(
      tagsWhere(projects, inSet(C.MAJOR_CLOUDS), impliedNote(C.MAJOR_CLOUDS)),
      () => joinEvidence(tagsWhere(projects, (t) => inCategory('cloud')(t) && !C.hasAny(t, C.MAJOR_CLOUDS)), tagsWhere(projects, inSet(new Set(['iac'])))),
      'Projects run on a smaller platform or use infrastructure as code, but none names AWS, Azure or Google Cloud.',
      'No showcased project is deployed to AWS, Azure or Google Cloud.',
    ),
  'ci-cd': ({ projects }) =>
    decide(
      tagsWhere(projects, inCategory('ci-cd')),
      () => tagsWhere(projects, inSet(C.AUTOMATED_TESTS), impliedNote(C.AUTOMATED_TESTS)),
      'Projects have automated tests, but no pipeline that runs them is tagged.',
      'No showcased project has a CI/CD pipeline.',
    ),
  containers: ({ projects }) =>
    decide(
      tagsWhere(projects, (t) => t.categories.has('container') || C.hasAny(t, C.CONTAINER_BUILDS)),
      () => tagsWhere(projects, inCategory('orchestration')),
      'Containers are orchestrated, but the image build (Docker or similar) is not tagged.',
      'No showcased project builds a container.',
    ),
  orchestration: ({ projects }) =>
    decide(
      tagsWhere(projects, inCategory('orchestration')),
      () => tagsWhere(projects, inSet(new Set(['docker-compose']))),
      'Containers run together with Docker Compose, but not on an orchestrator.',
      'No showcased project uses an orchestrator (Kubernetes, Helm, Nomad, ECS...).',
    ),
  'web-server': ({ projects }) =>
    decide(
      tagsWhere(projects, (t) => t.categories.has('web-server') && !C.hasAny(t, C.APP_SERVERS)),
      () => tagsWhere(projects, inSet(C.APP_SERVERS)),
      'A project runs on an application server, but no web server or reverse proxy is tagged in front of it.',
      'No showcased project names a web server (Nginx, Apache, IIS, Caddy, HAProxy).',
    ),
  'message-queue': ({ projects }) =>
    decide(
      tagsWhere(projects, inCategory('message-queue')),
      () => joinEvidence(tagsWhere(projects, inSet(C.ASYNC_PRACTICES)), kindsWhere(projects, ['microservices'])),
      'A project is event-driven or split into services, but no message broker is tagged.',
      'No showcased project uses a message queue (RabbitMQ, Kafka, SQS, NATS...).',
    ),
  caching: ({ projects }) =>
    decide(
      tagsWhere(projects, inCategory('cache')),
      () => tagsWhere(projects, inSet(C.CDNS)),
      'A CDN caches responses at the edge, but no application cache is tagged.',
      'No showcased project uses a cache (Redis, Memcached...).',
    ),
  'search-engine': ({ projects }) =>
    decide(
      tagsWhere(projects, inCategory('search-engine')),
      () => tagsWhere(projects, inSet(new Set(['full-text-search']))),
      'A project has full-text search, but not through a search engine.',
      'No showcased project uses a search engine (Elasticsearch, OpenSearch, Solr, Meilisearch, Typesense).',
    ),
  'automated-tests': ({ projects }) =>
    decide(
      tagsWhere(projects, inSet(C.AUTOMATED_TESTS), impliedNote(C.AUTOMATED_TESTS)),
      () => tagsWhere(projects, inCategory('ci-cd')),
      'A CI pipeline runs, but no test framework or test suite is tagged.',
      'No showcased project has an automated test suite (Jest, Vitest, pytest, JUnit, RSpec, PHPUnit, xUnit, Go tests...).',
    ),
};

export function evaluateRule(id: RuleId, ctx: EvalContext): Outcome {
  return EVALUATORS[id](ctx);
}
