/**
 * What a README says a project uses, read with care: only prose counts (code blocks, inline
 * code, URLs, link targets, images and HTML are left out); sentences that deny, defer or
 * compare ("not implemented", "in future", "TODO", an unchecked `[ ]`, "overkill", "instead of")
 * and sections about plans or other projects are skipped. What is left is a mention: weaker
 * than a manifest, shown with its sentence.
 */
import { r, type Ecosystem, type TechRule } from './model';

export interface ReadmeWord {
  /** Matched on word boundaries; case-insensitive unless `exactCase`. */
  pattern: RegExp;
  rule: TechRule;
  /**
   * The technology is a package a manifest of these ecosystems would declare: when such a
   * manifest was read and does not, the README is describing something else (another branch,
   * an alternative) and the mention is dropped.
   */
  library?: readonly Ecosystem[];
  /** The mention counts only in a repository that demonstrates this technology (a bare "API Gateway" needs AWS). */
  needs?: string;
}

const w = (pattern: RegExp, tech: string, role: TechRule['role'], library?: readonly Ecosystem[]): ReadmeWord => ({ pattern, rule: r(tech, role), library });

export const README_WORDS: readonly ReadmeWord[] = [
  w(/\bPostgre(?:SQL|s)\b/i, 'PostgreSQL', 'sql'),
  w(/\bMySQL\b/i, 'MySQL', 'sql'),
  w(/\bMariaDB\b/i, 'MariaDB', 'sql'),
  w(/\bSQLite3?\b/i, 'SQLite', 'sql'),
  w(/\b(?:Microsoft )?SQL Server\b|\bMSSQL\b/i, 'SQL Server', 'sql'),
  w(/\bMongoDB\b/i, 'MongoDB', 'nosql'),
  w(/\bRedis\b/, 'Redis', 'cache'),
  w(/\bValkey\b/, 'Valkey', 'cache'),
  w(/\bMemcached\b/i, 'Memcached', 'cache'),
  w(/\bCassandra\b/, 'Cassandra', 'nosql'),
  w(/\bDynamoDB\b/i, 'DynamoDB', 'nosql'),
  w(/\bCouchbase\b/i, 'Couchbase', 'nosql'),
  w(/\bNeo4j\b/i, 'Neo4j', 'nosql'),
  w(/\bFirebase\b/, 'Firebase', 'nosql'),
  w(/\bElasticsearch\b/i, 'Elasticsearch', 'search'),
  w(/\bOpenSearch\b/, 'OpenSearch', 'search'),
  w(/\bMeilisearch\b/i, 'Meilisearch', 'search'),
  w(/\bRabbitMQ\b/i, 'RabbitMQ', 'queue'),
  w(/\b(?:Apache )?Kafka\b/, 'Apache Kafka', 'queue'),
  w(/\bNATS\b/, 'NATS', 'queue'),
  w(/\b(?:Amazon |AWS )?SQS\b/, 'Amazon SQS', 'queue'),
  w(/\b(?:Amazon |AWS )?SNS\b/, 'Amazon SNS', 'queue'),
  w(/\b(?:Amazon |AWS )S3\b|\bS3 buckets?\b/, 'Amazon S3', 'cloud'),
  w(/\bAWS Lambda\b|\bLambda functions?\b/, 'AWS Lambda', 'cloud'),
  // "API gateway" is also the pattern (Spring Cloud Gateway, a front end acting as one): AWS's needs AWS nearby.
  w(/\b(?:Amazon|AWS) API Gateway\b|\bAPI Gateway\b(?=.*\b(?:AWS|Lambda)\b)|\b(?:AWS|Lambda)\b.*\bAPI Gateway\b/, 'Amazon API Gateway', 'cloud'),
  { ...w(/\bAPI Gateway\b/, 'Amazon API Gateway', 'cloud'), needs: 'AWS' },
  w(/\bAWS\b|\bAmazon Web Services\b/, 'AWS', 'cloud'),
  w(/\bAzure\b/, 'Azure', 'cloud'),
  w(/\bGoogle Cloud\b|\bGCP\b/, 'Google Cloud', 'cloud'),
  w(/\bCloud Run\b/, 'Google Cloud Run', 'cloud'),
  w(/\bApp Engine\b/, 'Google App Engine', 'cloud'),
  w(/\bHeroku\b/, 'Heroku', 'cloud'),
  w(/\bKubernetes\b|\bk8s\b/i, 'Kubernetes', 'devops'),
  w(/\bHelm charts?\b/i, 'Helm', 'devops'),
  w(/\bDocker[- ]Compose\b/i, 'Docker Compose', 'devops'),
  w(/\bDocker\b/i, 'Docker', 'devops'),
  w(/\bTerraform\b/i, 'Terraform', 'devops'),
  w(/\bAnsible\b/, 'Ansible', 'devops'),
  w(/\bNginx\b/i, 'Nginx', 'devops'),
  w(/\bTraefik\b/i, 'Traefik', 'devops'),
  w(/\bGitHub Actions\b/i, 'GitHub Actions', 'devops'),
  w(/\bGitLab CI\b/i, 'GitLab CI', 'devops'),
  w(/\bJenkins\b/, 'Jenkins', 'devops'),
  w(/\bCircleCI\b/i, 'CircleCI', 'devops'),
  w(/\bGraphQL\b/i, 'GraphQL', 'api'),
  w(/\bgRPC\b/i, 'gRPC', 'api'),
  w(/\bREST(?:ful)?(?:[- ]like)? (?:API|APIs|web service|service|endpoints?|interface)\b|\bRESTful\b/i, 'REST', 'api'),
  w(/\bOpenAPI\b|\bSwagger\b/i, 'OpenAPI', 'api'),
  w(/\bWeb ?Sockets?\b/i, 'WebSocket', 'api'),
  w(/\bSocket\.IO\b/i, 'Socket.IO', 'api', ['npm']),
  w(/\bJWTs?\b|\bJSON Web Tokens?\b/i, 'JWT', 'auth', ['npm', 'pypi', 'rubygems', 'composer', 'go', 'cargo', 'hex', 'nuget']),
  w(/\bOAuth ?2?(?:\.0)?\b/i, 'OAuth', 'auth'),
  w(/\bOpenID Connect\b|\bOIDC\b/, 'OpenID Connect', 'auth'),
  w(/\bRBAC\b|\brole[- ]based access control\b/i, 'RBAC', 'auth'),
  w(/\bbcrypt\b/i, 'bcrypt', 'auth', ['npm', 'pypi', 'rubygems', 'cargo']),
  w(/\bArgon2(?:id)?\b/i, 'Argon2', 'auth', ['npm', 'pypi', 'cargo']),
  w(/\brate[- ]limit(?:ing|er|s)?\b/i, 'Rate limiting', 'security'),
  w(/\bCORS\b/, 'CORS', 'security'),
  w(/\bCelery\b/, 'Celery', 'queue', ['pypi']),
  w(/\bSidekiq\b/i, 'Sidekiq', 'queue', ['rubygems']),
  w(/\bBullMQ\b/i, 'BullMQ', 'queue', ['npm']),
  w(/\bFastAPI\b/i, 'FastAPI', 'framework', ['pypi']),
  w(/\bDjango REST framework\b|\bDRF\b/i, 'Django REST framework', 'api', ['pypi']),
  w(/\bDjango\b/, 'Django', 'framework', ['pypi']),
  w(/\bFlask\b/, 'Flask', 'framework', ['pypi']),
  w(/\bExpress(?:\.js|JS)\b|\bExpress\b(?= (?:server|app|API|framework|backend|\+|and))/, 'Express', 'framework', ['npm']),
  w(/\bNest(?:JS|\.js)\b/i, 'NestJS', 'framework', ['npm']),
  w(/\bFastify\b/, 'Fastify', 'framework', ['npm']),
  w(/\bPhoenix(?: Framework)?\b(?= |,|\.|$)/, 'Phoenix', 'framework', ['hex']),
  w(/\bASP\.NET(?: Core)?\b/i, 'ASP.NET Core', 'framework', ['nuget']),
  w(/\bEntity Framework(?: Core)?\b|\bEF Core\b/i, 'Entity Framework', 'orm', ['nuget']),
  w(/\bSpring Boot\b/i, 'Spring Boot', 'framework', ['maven']),
  w(/\bQuarkus\b/i, 'Quarkus', 'framework', ['maven']),
  w(/\bMicronaut\b/i, 'Micronaut', 'framework', ['maven']),
  w(/\bKtor\b/, 'Ktor', 'framework', ['maven']),
  w(/\bLaravel\b/, 'Laravel', 'framework', ['composer']),
  w(/\bSymfony\b/, 'Symfony', 'framework', ['composer']),
  w(/\bRuby on Rails\b|\bRails\b(?= (?:API|app|application|backend|server|\d))/, 'Ruby on Rails', 'framework', ['rubygems']),
  w(/\bActix(?:[- ]web)?\b/i, 'Actix Web', 'framework', ['cargo']),
  w(/\bAxum\b/, 'Axum', 'framework', ['cargo']),
  w(/\bPrisma\b/, 'Prisma', 'orm', ['npm']),
  w(/\bTypeORM\b/i, 'TypeORM', 'orm', ['npm']),
  w(/\bSequelize\b/i, 'Sequelize', 'orm', ['npm']),
  w(/\bMongoose\b/, 'Mongoose', 'orm', ['npm']),
  w(/\bDrizzle(?: ORM)?\b/, 'Drizzle ORM', 'orm', ['npm']),
  w(/\bSQLAlchemy\b/i, 'SQLAlchemy', 'orm', ['pypi']),
  w(/\bSQLModel\b/, 'SQLModel', 'orm', ['pypi']),
  w(/\bAlembic\b/, 'Alembic', 'practice', ['pypi']),
  w(/\bHibernate\b|\bJPA\b/, 'Hibernate', 'orm', ['maven']),
  w(/\bMyBatis\b/i, 'MyBatis', 'orm', ['maven']),
  w(/\bFlyway\b/i, 'Flyway', 'practice', ['maven']),
  w(/\bLiquibase\b/i, 'Liquibase', 'practice', ['maven']),
  w(/\bDiesel\b/, 'Diesel', 'orm', ['cargo']),
  w(/\bSQLx\b/, 'SQLx', 'orm', ['cargo']),
  w(/\bGORM\b/, 'GORM', 'orm', ['go']),
  w(/\bEcto\b/, 'Ecto', 'orm', ['hex']),
  w(/\bExposed\b(?=[ -]+(?:ORM|orm|kotlin|Kotlin|SQL|framework|library))|\bJetBrains Exposed\b/, 'Exposed', 'orm', ['maven']),
  w(/\bKotest\b/, 'Kotest', 'testing', ['maven']),
  w(/\b(?:database |schema |DB )migrations?\b/i, 'Database migrations', 'practice'),
  w(/\bPydantic\b/i, 'Pydantic', 'security'),
  w(/\bZod\b/, 'Zod', 'security', ['npm']),
  w(/\bFluent ?Validation\b/i, 'FluentValidation', 'security', ['nuget']),
  w(/\bwebhooks?\b/i, 'Webhooks', 'api'),
  w(/\bfull[- ]text search(?:es|ing)?\b/i, 'Full-text search', 'practice'),
  w(/\b[Ss]ingle [Ss]ign[- ][Oo]n\b|\bSSO\b/, 'Single sign-on', 'auth'),
  w(/\bCQRS\b/, 'CQRS', 'practice'),
  w(/\bDomain[- ]Driven Design\b|\bDDD\b/i, 'Domain-driven design', 'practice'),
  w(/\bevent sourcing\b/i, 'Event sourcing', 'practice'),
  w(/\bevent[- ]driven\b/i, 'Event-driven architecture', 'practice'),
  w(/\bmicro-?services?\b/i, 'Microservices', 'practice'),
  w(/\bJest\b/, 'Jest', 'testing', ['npm']),
  w(/\bVitest\b/i, 'Vitest', 'testing', ['npm']),
  w(/\bMocha\b/, 'Mocha', 'testing', ['npm']),
  w(/\bpytest\b/i, 'pytest', 'testing', ['pypi']),
  w(/\bJUnit\s?5?\b/i, 'JUnit', 'testing', ['maven']),
  w(/\bRSpec\b/i, 'RSpec', 'testing', ['rubygems']),
  w(/\bPHPUnit\b/i, 'PHPUnit', 'testing', ['composer']),
  w(/\bxUnit\b/, 'xUnit', 'testing', ['nuget']),
  w(/\b(?:unit|integration|end-to-end|e2e|automated) tests?\b|\btest suite\b/i, 'Automated testing', 'testing'),
  w(/\bTDD\b|\btest[- ]driven development\b/i, 'TDD', 'practice'),
  w(/\bPrometheus\b/, 'Prometheus', 'practice'),
  w(/\bGrafana\b/, 'Grafana', 'practice'),
  w(/\bOpenTelemetry\b/i, 'OpenTelemetry', 'practice'),
  w(/\bSentry\b/, 'Sentry', 'practice'),
  w(/\bStripe\b/, 'Stripe', 'payments'),
];

export interface ReadmeMention {
  word: ReadmeWord;
  /** The sentence (or list item) that names it, trimmed for display. */
  sentence: string;
}

/**
 * Headings whose sections describe plans, other projects or paperwork, not what the project
 * uses. Matched against the whole heading ("Todo API" is a title, "TODO" a section).
 */
const SKIPPED_SECTION = /^(to-?dos?|to do|roadmap|future( work| plans| improvements| enhancements| features)?|planned( features)?|plans|wish ?list|ideas|not (yet )?implemented|known (issues|limitations)|limitations|contribut\w*|licen[cs]e|acknowledg\w*|credits|thanks|changelog|change log|release notes|alternatives|related( projects)?|see also|inspiration|other (implementations|projects)|faq|troubleshooting|sponsors?|backers|next steps|improvements|upcoming|front-?ends?|clients?|comparisons?|compared|why not\b.*|similar (projects|tools|libraries)|prior art|benchmarks?|other options|options)(\s+(list|and|&|\/)\s*[\w ]{0,20})?[\s:!.]*$/i;

/** Sentences that deny, defer, hedge or compare. */
const GUARDS: readonly RegExp[] = [
  /\b(not|never|without|instead of|rather than|unlike|except|nor|neither)\b|n['’]t\b|\bno (longer|need)\b/i,
  /\bTODO\b|\bto-?do:/,
  /\b(tbd|wip|work in progress|coming soon|roadmap|planned|plans? to|going to|will (be|add|use|support|migrate|implement|switch|move|include|have|integrate)|would|could|might|maybe|perhaps|someday|eventually|in (the )?future|later on|overkill|unnecessary|consider(ing)?|optional(ly)?|alternatively|deprecated|removed|dropped|replaced|migrat(ed|ing) (away )?from|used to|was using|upcoming|next steps?|nice to have|stretch goal|if (you|needed|necessary|desired)|still experimental|you (can|could|may|might) (also )?(use|swap|replace|switch|plug|choose|pick|opt))\b/i,
  /\b(vs\.?|versus|compared (to|with)|similar to|inspired by|based on the|alternative to|port of|clone of|equivalent|such as|e\.g\.|for example|for instance)(?=\W)/i,
  // Hypotheticals and comparisons: what a project could run on, or is measured against.
  /\b(than|(something|anything) like|alternatives?|replacement for|drop-in|compatible with|works with any|any (other )?(\w+ )?(database|broker|cache|provider|cloud|server|frontend|backend|framework|language|stack)s?|(choose|pick) (any|from|between|one of)|(&|and) more\)|of your choice|whichever|e\.?g)(?=\W|$)/i,
  /\b(can|may) (also )?be (used|swapped|replaced|configured to use|extended|deployed)\b|\b(when|if|whether) (you are |you're )?(using|you use|running on|deploying to)\b/i,
  // "a web server like Nginx": an example of a kind of tool, not the tool used.
  /\b(a|an|any|some)\s+(?:[\w-]+\s+){0,3}like\s+[A-Z]/,
  /^\s*[-*+]\s*\[ \]/,
  /\?\s*$/,
];

/** The text without fenced code blocks (``` or ~~~, closed by the same fence, or by the end). */
function withoutFences(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
      continue;
    }
    if (m) {
      fence = m[1];
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** README prose: no code, URLs, link targets, images or HTML; headings kept for sections. */
export function readmeProse(markdown: string): string {
  return withoutFences(markdown.replace(/<!--[\s\S]*?-->/g, ' '))
    .replace(/^(?: {4}|\t)(?![-*+]\s|\d+\.\s).*$/gm, '')
    .replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/gi, ' ')
    // Inline code naming one thing (`FastAPI`) is kept; a command (`docker run postgres`) is not.
    .replace(/`([^`\n]*)`/g, (_, code: string) => (/^[\w.+#/-]+$/.test(code.trim()) && !code.includes('/') ? code : ' '))
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '')
    .replace(/<https?:[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\b(?:https?|ftp|git|ssh):\/\/\S+/gi, ' ')
    .replace(/\bwww\.\S+/gi, ' ')
    .replace(/\S+@\S+\.\w+/g, ' ');
}

interface Unit {
  text: string;
  /** The unit sits under a heading whose section is skipped. */
  skipped: boolean;
  /** List items and table rows of one list share a number; prose has none. */
  list?: number;
}

function units(prose: string): Unit[] {
  const out: Unit[] = [];
  let skipLevel = 0;
  let list = 0;
  let inList = false;
  let paragraph: string[] = [];
  const flush = () => {
    // A paragraph's lines form sentences together; a sentence may wrap onto the next line.
    const text = paragraph.join(' ');
    paragraph = [];
    for (const s of text.split(/(?<=[.!?])(?<!\b(?:e\.g|i\.e|vs|etc|cf)\.)\s+(?=[A-Z0-9"'([])/)) if (s.trim()) out.push({ text: s, skipped: skipLevel > 0 });
  };
  for (const rawLine of prose.split(/\r?\n/)) {
    const line = rawLine.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^([-*+]|\d+[.)])\s+/.test(line) || line.startsWith('|');
    if (!line || heading || item || /^[=-]{3,}$/.test(line)) flush();
    if (!line || /^[=-]{3,}$/.test(line)) continue;
    if (heading) inList = false;
    if (heading) {
      const level = heading[1].length;
      if (skipLevel && level <= skipLevel) skipLevel = 0;
      if (!skipLevel && SKIPPED_SECTION.test(heading[2].replace(/^[^\p{L}\p{N}]+/u, ''))) skipLevel = level;
      continue;
    }
    // A list item or table row is one unit; consecutive ones form a list.
    if (item) {
      if (!inList) list++;
      inList = true;
      out.push({ text: line, skipped: skipLevel > 0, list });
    } else {
      inList = false;
      paragraph.push(line);
    }
  }
  flush();
  return out;
}

/** Whether a sentence is guarded: it denies, defers, hedges or compares. */
export function isGuarded(sentence: string): boolean {
  return GUARDS.some((g) => g.test(sentence));
}

/** Docker named with a database or broker: a way to start a dependency, not how the project runs. */
const DEPENDENCY_IN_CONTAINER = /\b(postgre(sql|s)|mysql|mariadb|mongo(db)?|redis|rabbitmq|kafka|elasticsearch|database|db)\b/i;
function passingMention(tech: string, sentence: string): boolean {
  return (tech === 'Docker' || tech === 'Docker Compose') && DEPENDENCY_IN_CONTAINER.test(sentence);
}

/** Every technology the README's prose names in a sentence that stands, with that sentence. */
export function readmeMentions(markdown: string, maxChars = 100_000): ReadmeMention[] {
  const found = new Map<string, ReadmeMention>();
  const all = units(readmeProse(markdown.slice(0, maxChars)));
  // A list some of whose items are marked as plans ("Docker (TODO)") is a plan as a whole.
  const planned = plannedLists(all);
  const options = databaseOptions(all);
  for (const unit of all) {
    if (unit.skipped || (unit.list !== undefined && planned.has(unit.list)) || isGuarded(unit.text)) continue;
    const alternatives = alternativeTechs(unit.text);
    for (const tech of options.get(unit) ?? []) alternatives.add(tech);
    for (const word of README_WORDS) {
      if (found.has(word.rule.tech) || alternatives.has(word.rule.tech) || !word.pattern.test(unit.text) || passingMention(word.rule.tech, unit.text)) continue;
      found.set(word.rule.tech, { word, sentence: shorten(unit.text) });
    }
  }
  return [...found.values()];
}

/** Databases one list, table or sentence may name before it reads as a list of options. */
const MAX_DATABASES_USED = 2;
const DATABASE_WORDS = README_WORDS.filter((w) => w.rule.role === 'sql' || w.rule.role === 'nosql');

/**
 * A list, table or sentence naming three databases or more ("| PostgreSQL | … |", "| MySQL | … |",
 * "| SQLite3 | … |") reads as what the project supports or compares, not what it runs on.
 */
function databaseOptions(all: readonly Unit[]): Map<Unit, Set<string>> {
  const groups = new Map<string, Unit[]>();
  all.forEach((u, i) => {
    const key = u.list !== undefined ? `list:${u.list}` : `unit:${i}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  });
  const out = new Map<Unit, Set<string>>();
  for (const units of groups.values()) {
    // A long list is a catalogue (one recipe per database), not a list of choices.
    if (units.length > PLAN_LIST_MAX_ITEMS) continue;
    const named = new Set(units.flatMap((u) => DATABASE_WORDS.filter((w) => w.pattern.test(u.text)).map((w) => w.rule.tech)));
    if (named.size > MAX_DATABASES_USED) for (const u of units) out.set(u, named);
  }
  return out;
}

/** A list item marked as not done yet ("Docker (TODO)"; a "Todo app" is a project, not a plan). */
const PLANNED_ITEM = [/\b(TODO|WIP|TBD)\b/, /\b(planned|coming soon|not (yet )?(done|implemented|started))\b/i];
/** A list this long with one plan among its items is a catalogue, not a plan. */
const PLAN_LIST_MAX_ITEMS = 15;

/** Lists whose items are partly marked as plans: a stack list with a TODO is a plan as a whole. */
function plannedLists(all: readonly Unit[]): Set<number> {
  const items = new Map<number, { n: number; planned: number }>();
  for (const u of all) {
    if (u.list === undefined) continue;
    const c = items.get(u.list) ?? { n: 0, planned: 0 };
    c.n++;
    if (PLANNED_ITEM.some((re) => re.test(u.text))) c.planned++;
    items.set(u.list, c);
  }
  return new Set([...items].filter(([, c]) => c.planned > 0 && (c.n <= PLAN_LIST_MAX_ITEMS || c.planned * 4 >= c.n)).map(([list]) => list));
}

/**
 * Technologies a sentence names as alternatives to each other ("Nginx or Apache", "PostgreSQL,
 * MySQL or SQLite", "either Redis or Memcached"): none of them is what the project uses.
 */
export function alternativeTechs(text: string): Set<string> {
  const out = new Set<string>();
  if (!/\bor\b/i.test(text)) return out;
  const spans: Array<{ tech: string; start: number; end: number }> = [];
  for (const word of README_WORDS) {
    const m = new RegExp(word.pattern.source, word.pattern.flags.replace('g', '')).exec(text);
    if (!m) continue;
    const end = m.index + m[0].length;
    // "Nginx or Apache": an alternative the vocabulary does not know makes the known one a choice too.
    if (/^(\s*\([^)]{0,20}\))?\s+or\s+[A-Z]/.test(text.slice(end)) || /\b[A-Z][\w.+-]*(\s*\([^)]{0,20}\))?\s+or\s+$/.test(text.slice(0, m.index))) out.add(word.rule.tech);
    spans.push({ tech: word.rule.tech, start: m.index, end });
  }
  spans.sort((a, b) => a.start - b.start);
  let chain: typeof spans = [];
  let hasOr = false;
  const close = () => {
    if (hasOr && chain.length > 1) for (const s of chain) out.add(s.tech);
    chain = [];
    hasOr = false;
  };
  for (const span of spans) {
    const prev = chain[chain.length - 1];
    if (prev && span.start < prev.end) continue;
    const gap = prev ? text.slice(prev.end, span.start) : '';
    if (prev && /^[\s,]*(,|or|and\/or|\/)[\s,]*$/i.test(gap) && gap.length <= 12) {
      if (/\bor\b/i.test(gap)) hasOr = true;
      chain.push(span);
      continue;
    }
    close();
    chain = [span];
  }
  close();
  return out;
}

function shorten(text: string): string {
  const clean = text.replace(/^([-*+]|\d+[.)])\s+/, '').replace(/[*_]{1,3}/g, '').replace(/\s+/g, ' ').trim();
  return clean.length > 140 ? `${clean.slice(0, 137)}…` : clean;
}


/** `GET /api/users`, `| POST | /todos |`: a method and a path, in prose, tables or code. */
const ENDPOINT = /(?:^|[\s|`*(>-])(GET|POST|PUT|PATCH|DELETE)(?:[\s|`*:]+)`?(\/[\w\-{}:.<>/]*)/g;

/**
 * The HTTP endpoints a README lists (`METHOD /path`, distinct), outside sections about plans and
 * lines that defer or deny. A URL is not an endpoint: only a path standing after its method counts.
 */
export function readmeEndpoints(markdown: string, maxChars = 100_000): string[] {
  const found = new Set<string>();
  let fence: string | null = null;
  let skipLevel = 0;
  for (const line of markdown.slice(0, maxChars).split(/\r?\n/)) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
      continue;
    }
    const heading = fence ? null : /^(#{1,6})\s+(.*)$/.exec(line.trim());
    if (heading) {
      const level = heading[1].length;
      if (skipLevel && level <= skipLevel) skipLevel = 0;
      if (!skipLevel && SKIPPED_SECTION.test(heading[2].replace(/^[^\p{L}\p{N}]+/u, ''))) skipLevel = level;
      continue;
    }
    if (skipLevel || /\bTODO\b|^\s*[-*+]\s*\[ \]/.test(line) || /\b(not (yet )?implemented|planned|coming soon)\b/i.test(line)) continue;
    for (const m of line.matchAll(ENDPOINT)) {
      const path = m[2].replace(/[.,:;)]+$/, '');
      if (path.length < 2 || /^\/\/|graphql/i.test(path)) continue;
      found.add(`${m[1]} ${path}`);
      if (found.size >= 50) return [...found];
    }
  }
  return [...found];
}
