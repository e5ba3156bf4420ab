/**
 * Which technologies count for which rule, where the taxonomy's categories are not precise
 * enough on their own. Tags match through everything they imply (Spring Boot → Spring → Java).
 */
import { TECHNOLOGIES } from '../taxonomy';
import type { TechView } from './facts';

const ids = (...list: string[]): ReadonlySet<string> => new Set(list);

/** Server-side languages; SQL and shell scripting are languages but not what the rule asks for. */
export const BACKEND_LANGUAGES = ids(
  'python', 'nodejs', 'javascript', 'typescript', 'java', 'kotlin', 'scala', 'go', 'rust', 'ruby', 'php', 'csharp', 'cpp',
  'elixir', 'erlang', 'clojure', 'fsharp', 'swift', 'deno', 'bun',
);
export const FRAMEWORKS: ReadonlySet<string> = new Set(TECHNOLOGIES.filter((t) => t.category === 'framework').map((t) => t.id));

/** API styles through which a project exposes an API to clients. */
export const API_EXPOSING = ids('rest', 'graphql', 'grpc', 'soap', 'trpc', 'json-rpc', 'websocket', 'openapi');
/** API building blocks that do not by themselves show an API served to clients. */
export const API_ADJACENT = ids('protobuf', 'webhooks');
export const REST_STYLE = ids('rest', 'openapi');

export const AUTHENTICATION = ids(
  'oauth', 'openid-connect', 'jwt', 'sessions', 'api-keys', 'saml', 'sso', 'two-factor', 'ldap', 'passport', 'keycloak',
  'auth0', 'okta', 'cognito', 'spring-security', 'devise',
);
export const AUTHORIZATION = ids('rbac', 'abac', 'acl', 'permissions', 'casbin');
/** Identity platforms and frameworks that support roles, without showing that the project uses them. */
export const ROLE_CAPABLE = ids('keycloak', 'auth0', 'okta', 'cognito', 'spring-security', 'oauth', 'openid-connect');
export const PASSWORD_HASHING = ids('bcrypt', 'pbkdf2', 'argon2', 'scrypt', 'password-hashing');
/** Authentication where the project itself probably stores passwords (unlike OAuth or an identity provider). */
export const OWN_LOGIN = ids('jwt', 'sessions', 'passport', 'spring-security', 'devise', 'two-factor');
export const SECURE_CODING = ids(
  'encryption', 'input-validation', 'sql-injection-prevention', 'xss-prevention', 'csrf-protection', 'security-headers',
  'owasp', 'secrets-management',
);
/** Security tooling that shows awareness but not secure code itself. */
export const SECURITY_TOOLING = ids('snyk', 'dependabot', 'sonarqube', 'cors');
/** Transport security only: the rule asks for a feature beyond it. */
export const TRANSPORT_ONLY = ids('https', 'lets-encrypt');
/** Servers, proxies and platforms that usually terminate TLS without the project saying so. */
export const TLS_CAPABLE = ids(
  'caddy', 'traefik', 'nginx', 'haproxy', 'envoy', 'kong', 'cloudflare', 'cloudfront', 'heroku', 'vercel', 'netlify', 'fly-io',
  'app-engine', 'cloud-run', 'azure-app-service', 'api-gateway',
);
/** Gateways and proxies that can throttle requests. */
export const THROTTLE_CAPABLE = ids('nginx', 'haproxy', 'traefik', 'envoy', 'kong', 'api-gateway', 'cloudflare');

export const PERFORMANCE_PRACTICES = ids('optimization', 'indexing', 'load-testing', 'benchmarking', 'profiling');
export const OBSERVABILITY = ids('observability');
export const DB_DESIGN = ids('schema-design', 'normalization', 'migrations', 'indexing');
export const ORMS = ids(
  'prisma', 'typeorm', 'sequelize', 'drizzle', 'sqlalchemy', 'hibernate', 'entity-framework', 'activerecord', 'eloquent',
  'gorm', 'mongoose',
);
export const SQL_HINTS = ids('sql', 'prisma', 'typeorm', 'sequelize', 'drizzle', 'sqlalchemy', 'hibernate', 'entity-framework', 'activerecord', 'eloquent', 'gorm', 'flyway', 'liquibase', 'alembic');
export const MAJOR_CLOUDS = ids('aws', 'azure', 'gcp');
export const AUTOMATED_TESTS = ids('testing', 'unit-testing', 'tdd');
export const CONTAINER_BUILDS = ids('docker', 'podman');
export const APP_SERVERS = ids('gunicorn', 'uvicorn');
export const DISTRIBUTED_PRACTICES = ids('microservices', 'event-driven', 'event-sourcing', 'cqrs', 'ddd');
export const ASYNC_PRACTICES = ids('event-driven', 'event-sourcing', 'cqrs', 'microservices');
export const CDNS = ids('cloudfront', 'cloudflare');

export function hasAny(t: TechView, set: ReadonlySet<string>): boolean {
  for (const id of t.ids) if (set.has(id)) return true;
  return false;
}

/** The first id of `set` the tag demonstrates, for evidence notes. */
export function firstOf(t: TechView, set: ReadonlySet<string>): string | undefined {
  for (const id of set) if (t.ids.has(id)) return id;
  return undefined;
}
