/**
 * What several pieces of evidence show together, when none shows it alone: an HTTP framework
 * with token auth, CORS, API routes or a request collection serves a REST API; a migrations
 * folder is the practice only beside the tool that writes it; Rails over a SQL database models
 * it with Active Record. A folder name or a README alone never claims anything here.
 */
import type { Found } from './model';

/** Frameworks whose servers answer HTTP requests (Spring Boot only with its web starter, below). */
const HTTP_FRAMEWORKS = [
  'Express', 'NestJS', 'Fastify', 'Koa', 'hapi', 'AdonisJS', 'Flask', 'Django', 'FastAPI', 'Starlette', 'Litestar', 'Sanic', 'Tornado', 'aiohttp',
  'Quarkus', 'Micronaut', 'Ktor', 'Dropwizard', 'Play Framework', 'http4s', 'Ruby on Rails', 'Sinatra', 'Grape', 'Hanami', 'Laravel', 'Symfony',
  'Slim', 'CodeIgniter', 'ASP.NET Core', 'Gin', 'Echo', 'Fiber', 'chi', 'Gorilla', 'Actix Web', 'Axum', 'Rocket', 'warp', 'Poem', 'Phoenix',
] as const;
/** Frameworks made for JSON APIs: using one is serving an API. */
const API_FRAMEWORKS = new Set(['FastAPI', 'Grape']);
const SPRING_WEB = /^org\.springframework(\.boot)?:spring-(boot-starter-web(flux|mvc)?|webmvc|webflux)$/i;

/** Frameworks that render nothing unless told to: their routes, without templates, answer API calls. */
const LIGHT_FRAMEWORKS = new Set(['Express', 'Koa', 'Fastify', 'hapi', 'Flask', 'Starlette', 'Sanic', 'aiohttp', 'Gin', 'Echo', 'Fiber', 'chi', 'Gorilla', 'Actix Web', 'Axum', 'Rocket', 'warp', 'Poem', 'Sinatra', 'Ktor', 'http4s']);
const ROUTE_SOURCE = /(^|\/)(routes?|routers?|handlers?|controllers?|endpoints?)\/([^/]+\/)*[^/]+\.(js|ts|mjs|cjs|py|go|rb|kt|rs|scala)$|(^|\/)[^/]*(routes?|routers?|handlers?|controllers?)\.(js|ts|mjs|cjs|py|go|rb|kt|rs|scala)$/i;
/** Page templates: a server that renders them serves pages, whatever its routes. */
const TEMPLATES = /(^|\/)(views|templates|pages)\/$|\.(ejs|pug|jade|hbs|handlebars|njk|mustache|erb|jinja2?|j2|tmpl|gohtml|html\.tera|askama)$/i;
const VIEW_ENGINES = /^(ejs|pug|jade|hbs|express-handlebars|handlebars|nunjucks|mustache-express|eta|jinja2|github\.com\/gofiber\/template.*|tera|askama|io\.ktor:ktor-server-(freemarker|thymeleaf|mustache|velocity).*|erubi|slim|haml)$/i;

/** Files that exist to send requests to the project's own HTTP API. */
const REQUEST_COLLECTION = /\.postman_collection\.json$|(^|\/)[^/]+\.http$|(^|\/)insomnia[^/]*\.(json|ya?ml)$|(^|\/)bruno\.json$/i;
/** Source files under an `api` folder, or API controllers (`Controllers/Api/`, `app/controllers/api/`). */
const API_SOURCE = /(^|\/)(api|apis|rest)\/([^/]+\/)*[^/]+\.(js|ts|mjs|cjs|py|go|rb|php|java|kt|cs|rs|ex|scala)$|(^|\/)controllers\/api\//i;

export interface InferenceInput {
  /** Every path the sync saw, folders with a trailing `/`. */
  paths: readonly string[];
  /** Every dependency name read, with the manifest that declares it. */
  dependencies: ReadonlyArray<{ name: string; path: string }>;
  /** `METHOD /path` pairs the README lists. */
  readmeEndpoints: readonly string[];
  /** The repository's own name and description. */
  name: string;
  description: string | null;
}

function httpServer(found: Found, input: InferenceInput): string | null {
  for (const tech of HTTP_FRAMEWORKS) if (found.demonstrated(tech)) return tech;
  const spring = input.dependencies.find((d) => SPRING_WEB.test(d.name));
  return spring ? 'Spring Boot' : null;
}

/** REST, from an HTTP framework and what shows that it answers API calls rather than serving pages. */
export function inferRest(found: Found, input: InferenceInput): void {
  if (found.demonstrated('REST')) return;
  const server = httpServer(found, input);
  const endpoints = input.readmeEndpoints;
  const listed = endpoints.length ? `README lists ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} (${endpoints.slice(0, 3).join(', ')}${endpoints.length > 3 ? ', …' : ''})` : null;
  if (!server) {
    if (endpoints.length >= 2) found.tech('REST', 'api', listed!, 'mentioned');
    return;
  }
  if (API_FRAMEWORKS.has(server)) {
    found.tech('REST', 'api', `${server} serves JSON APIs`);
    return;
  }
  const other = found.demonstrated('GraphQL') || found.demonstrated('gRPC') || found.demonstrated('tRPC');
  const collection = input.paths.find((p) => REQUEST_COLLECTION.test(p));
  // The API's own sources before the tests that call it.
  const apiSources = input.paths.filter((p) => API_SOURCE.test(p) && (!p.endsWith('/') || /controllers\/api\/$/i.test(p)));
  const apiSource = apiSources.find((p) => !/(^|\/)(tests?|spec|e2e)\//i.test(p)) ?? apiSources[0];
  const fileSignals: string[] = [];
  if (collection) fileSignals.push(`its requests are kept in ${collection}`);
  if (apiSource) fileSignals.push(`its routes live in ${apiSource}`);
  // Token auth and CORS show a server answering API clients, unless another API style explains them.
  if (!other && found.demonstrated('JWT')) fileSignals.push('it authenticates requests with JWTs');
  if (!other && found.demonstrated('CORS')) fileSignals.push('it answers cross-origin requests (CORS)');
  const routes = LIGHT_FRAMEWORKS.has(server) ? input.paths.find((p) => !p.endsWith('/') && ROUTE_SOURCE.test(p)) : undefined;
  if (routes && !input.paths.some((p) => TEMPLATES.test(p)) && !input.dependencies.some((d) => VIEW_ENGINES.test(d.name))) fileSignals.push(`its routes (${routes}) render no page templates`);
  if (fileSignals.length) {
    found.tech('REST', 'api', `${server} serves an HTTP API: ${fileSignals.slice(0, 2).join('; ')}`);
    return;
  }
  if (endpoints.length >= 2) found.tech('REST', 'api', `${server} app whose ${listed}`, 'mentioned');
  else if (!other && found.has('JWT')) found.tech('REST', 'api', `a ${server} app whose README describes JWT authentication`, 'mentioned');
  else if (!other && /(^|[^a-z])(api|apis|rest)([^a-z]|$)/i.test(`${input.name} ${input.description ?? ''}`)) {
    found.tech('REST', 'api', `a ${server} app named “${input.name}”${input.description ? ` (“${input.description.slice(0, 60)}”)` : ''}`, 'mentioned');
  }
}

interface MigrationFolder {
  folder: RegExp;
  tools: readonly string[];
}

/** Folders where a tool keeps its migrations; each counts only beside that tool. */
const MIGRATION_FOLDERS: readonly MigrationFolder[] = [
  { folder: /(^|\/)db\/migrate\/$/, tools: ['Ruby on Rails', 'Active Record', 'Sinatra', 'Hanami'] },
  { folder: /(^|\/)database\/migrations\/$/, tools: ['Laravel'] },
  { folder: /(^|\/)priv\/repo\/migrations\/$/, tools: ['Ecto'] },
  { folder: /(^|\/)Migrations\/$/, tools: ['Entity Framework'] },
  { folder: /(^|\/)prisma\/migrations\/$/, tools: ['Prisma'] },
  { folder: /(^|\/)(db\/)?migrations\/$/, tools: ['Knex', 'Sequelize', 'TypeORM', 'Drizzle ORM', 'MikroORM', 'SQLx', 'Diesel', 'SeaORM', 'Alembic', 'Django', 'GORM', 'Doctrine', 'Ecto', 'Entity Framework'] },
  { folder: /(^|\/)(db\/)?changelog\/$/, tools: ['Liquibase'] },
];

/** Database migrations from a migrations folder beside the tool that writes it. */
export function inferMigrations(found: Found, paths: readonly string[]): void {
  if (found.demonstrated('Database migrations')) return;
  for (const { folder, tools } of MIGRATION_FOLDERS) {
    const dir = paths.find((p) => p.endsWith('/') && folder.test(p) && !/(^|\/)(node_modules|vendor)\//.test(p));
    const tool = dir ? tools.find((t) => found.demonstrated(t)) : undefined;
    if (dir && tool) {
      found.tech('Database migrations', 'practice', `keeps ${tool} migrations in ${dir}`);
      return;
    }
  }
}

const RAILS_SQL = ['PostgreSQL', 'MySQL', 'SQLite', 'SQL Server', 'MariaDB'];

/** Rails over a SQL database models it with Active Record (its default ORM). */
export function inferActiveRecord(found: Found, input: InferenceInput): void {
  if (!found.demonstrated('Ruby on Rails') || found.demonstrated('Active Record')) return;
  const gem = input.dependencies.find((d) => d.path.endsWith('Gemfile') && /^(pg|mysql2|trilogy|sqlite3|activerecord-[\w-]+-adapter)$/.test(d.name));
  const schema = input.paths.find((p) => /(^|\/)db\/(schema\.rb|structure\.sql|migrate\/)$/.test(p));
  if (!gem && !schema) return;
  const db = RAILS_SQL.find((t) => found.demonstrated(t));
  found.tech('Active Record', 'orm', gem ? `a Rails app on ${db ?? 'SQL'} (${gem.path} depends on ${gem.name}): its models are Active Record` : `a Rails app with a database schema (${schema})`);
}

/**
 * Searchkick talks to Elasticsearch or OpenSearch, whichever client gem sits beside it: with
 * OpenSearch's, Searchkick alone does not show Elasticsearch.
 */
export function inferSearchEngine(found: Found): void {
  const es = found.demonstratedEvidence('Elasticsearch');
  if (es.length && es.every((e) => /depends on searchkick$/.test(e)) && found.demonstrated('OpenSearch')) found.drop('Elasticsearch');
}

/**
 * Symfony's skeleton requires symfony/console for its own bin/console: beside the framework, the
 * Console component counts only with commands of the project's own (`src/Command/`).
 */
export function inferConsoleCommands(found: Found, paths: readonly string[]): void {
  if (!found.demonstrated('Symfony') || !found.has('Symfony Console')) return;
  const own = paths.some((p) => /(^|\/)(src|tests?)\/Command\/|(^|\/)[^/]+Command\.php$/.test(p));
  const onlyComposer = found.demonstratedEvidence('Symfony Console').every((e) => /depends on symfony\/console$/.test(e));
  if (!own && onlyComposer) found.drop('Symfony Console');
}
