import { describe, expect, it } from 'vitest';
import {
  CATEGORY_LABELS, TECHNOLOGIES, TECH_CATEGORIES, findTechnology, normalizeTechKey, resolveTag, technologyById,
} from '../../shared/taxonomy';

/** Every technology advice-rules.md names, as written there, with the id it must resolve to. */
const NAMED_IN_RULES: Array<[string, string]> = [
  // languages
  ['Python', 'python'], ['Java', 'java'], ['Ruby', 'ruby'], ['PHP', 'php'], ['C#', 'csharp'], ['JavaScript', 'javascript'],
  ['Node.js', 'nodejs'], ['TypeScript', 'typescript'], ['Go', 'go'], ['Kotlin', 'kotlin'], ['Rust', 'rust'],
  ['Scala', 'scala'], ['Elixir', 'elixir'],
  // frameworks
  ['Django', 'django'], ['Flask', 'flask'], ['FastAPI', 'fastapi'], ['Spring', 'spring'], ['Express', 'express'],
  ['NestJS', 'nestjs'], ['Laravel', 'laravel'], ['Rails', 'rails'], ['ASP.NET Core', 'aspnet-core'],
  // databases
  ['PostgreSQL', 'postgresql'], ['Postgres', 'postgresql'], ['psql', 'postgresql'], ['MySQL', 'mysql'], ['SQLite', 'sqlite'],
  ['SQL Server', 'sql-server'], ['MariaDB', 'mariadb'], ['MongoDB', 'mongodb'], ['Redis', 'redis'],
  ['Cassandra', 'cassandra'], ['Firebase', 'firebase'], ['DynamoDB', 'dynamodb'],
  ['schema design', 'schema-design'], ['normalization', 'normalization'], ['migrations', 'migrations'], ['indexing', 'indexing'],
  // APIs
  ['REST', 'rest'], ['GraphQL', 'graphql'], ['gRPC', 'grpc'],
  // auth
  ['OAuth', 'oauth'], ['JWT', 'jwt'], ['sessions', 'sessions'], ['API keys', 'api-keys'], ['RBAC', 'rbac'], ['ACL', 'acl'],
  ['scopes', 'permissions'], ['permissions', 'permissions'], ['roles', 'rbac'], ['bcrypt', 'bcrypt'], ['PBKDF2', 'pbkdf2'],
  ['Argon2', 'argon2'], ['scrypt', 'scrypt'], ['rate limiting', 'rate-limiting'], ['throttling', 'rate-limiting'],
  ['HTTPS', 'https'], ['TLS', 'https'],
  // security
  ['encryption', 'encryption'], ['input validation', 'input-validation'], ['SQL injection', 'sql-injection-prevention'],
  ['XSS', 'xss-prevention'], ['security headers', 'security-headers'],
  // performance
  ['optimization', 'optimization'], ['load testing', 'load-testing'], ['benchmark', 'benchmarking'],
  // devops and infrastructure
  ['AWS', 'aws'], ['Azure', 'azure'], ['Google Cloud', 'gcp'], ['GitHub Actions', 'github-actions'], ['GitLab CI', 'gitlab-ci'],
  ['Jenkins', 'jenkins'], ['Docker', 'docker'], ['Kubernetes', 'kubernetes'], ['Helm', 'helm'], ['Nomad', 'nomad'],
  ['ECS', 'ecs'], ['Nginx', 'nginx'], ['Apache', 'apache'], ['IIS', 'iis'], ['Caddy', 'caddy'], ['HAProxy', 'haproxy'],
  ['RabbitMQ', 'rabbitmq'], ['Kafka', 'kafka'], ['SQS', 'sqs'], ['NATS', 'nats'], ['Memcached', 'memcached'],
  ['Elasticsearch', 'elasticsearch'], ['OpenSearch', 'opensearch'], ['Solr', 'solr'], ['Meilisearch', 'meilisearch'],
  ['Typesense', 'typesense'],
];

/** The same two keys taxonomy.ts builds for every label. */
function keys(label: string): string[] {
  const base = normalizeTechKey(label);
  const compact = base.replace(/[\s._-]+/g, '');
  return [...new Set([base, compact])];
}

describe('taxonomy data', () => {
  it('has at least 150 technologies with unique kebab-case ids', () => {
    expect(TECHNOLOGIES.length).toBeGreaterThanOrEqual(150);
    const ids = TECHNOLOGIES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps the ids the first version shipped with', () => {
    for (const id of ['python', 'nodejs', 'javascript', 'typescript', 'java', 'express', 'postgresql', 'redis', 'kubernetes', 'docker', 'jwt', 'bcrypt', 'rest']) {
      expect(technologyById(id)?.id).toBe(id);
    }
  });

  it('has no name or alias shared by two technologies, even after normalising and compacting', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const tech of TECHNOLOGIES) {
      for (const label of [tech.name, ...tech.aliases]) {
        expect(label.trim(), `${tech.id} has an empty label`).not.toBe('');
        for (const key of keys(label)) {
          const other = owner.get(key);
          if (other && other !== tech.id) clashes.push(`${key}: ${other} / ${tech.id}`);
          owner.set(key, tech.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('resolves every name and alias back to its own technology', () => {
    for (const tech of TECHNOLOGIES) {
      for (const label of [tech.name, ...tech.aliases]) expect(findTechnology(label)?.id, label).toBe(tech.id);
      expect(resolveTag(tech.name)).toEqual({ name: tech.name, techId: tech.id });
    }
  });

  it('resolves every technology named in the advice rules', () => {
    const wrong = NAMED_IN_RULES.filter(([label, id]) => findTechnology(label)?.id !== id);
    expect(wrong).toEqual([]);
  });

  it('fills every category, with a label for each', () => {
    for (const category of TECH_CATEGORIES) {
      expect(CATEGORY_LABELS[category]).toBeTruthy();
      expect(TECHNOLOGIES.some((t) => t.category === category), category).toBe(true);
    }
    for (const tech of TECHNOLOGIES) {
      expect(TECH_CATEGORIES).toContain(tech.category);
      for (const c of tech.alsoCategories ?? []) {
        expect(TECH_CATEGORIES).toContain(c);
        expect(c).not.toBe(tech.category);
      }
    }
  });

  it('files Redis as a NoSQL store and a cache, and the managed AWS services under AWS', () => {
    expect(technologyById('redis')?.alsoCategories).toContain('cache');
    expect(technologyById('ecs')?.category).toBe('orchestration');
    for (const id of ['aws-lambda', 's3', 'ecs', 'sqs', 'dynamodb']) expect(technologyById(id)?.implies).toContain('aws');
  });

  it('points implies and ambiguous entries at real ids and forms', () => {
    for (const tech of TECHNOLOGIES) {
      for (const id of tech.implies ?? []) {
        expect(technologyById(id), `${tech.id} implies ${id}`).toBeDefined();
        expect(id).not.toBe(tech.id);
      }
      for (const form of Object.keys(tech.ambiguous ?? {})) expect([tech.name, ...tech.aliases], tech.id).toContain(form);
    }
  });

  it('resolves the common spellings people type', () => {
    const cases: Array<[string, string]> = [
      ['k8s', 'kubernetes'], ['nodejs', 'nodejs'], ['Node', 'nodejs'], ['node js', 'nodejs'], ['golang', 'go'],
      ['c sharp', 'csharp'], ['csharp', 'csharp'], ['dotnet', 'dotnet'], ['.NET', 'dotnet'], ['gh actions', 'github-actions'],
      ['Spring Boot', 'spring-boot'], ['express.js', 'express'], ['ExpressJS', 'express'], ['mongo', 'mongodb'],
      ['mssql', 'sql-server'], ['oauth2', 'oauth'], ['OAuth 2.0', 'oauth'], ['oidc', 'openid-connect'],
      ['swagger', 'openapi'], ['helmet', 'security-headers'], ['certbot', 'lets-encrypt'], ['Pub/Sub', 'pubsub'],
      ['fly.io', 'fly-io'], ['docker-compose', 'docker-compose'], ['ruby on rails', 'rails'], ['ROR', 'rails'],
      ['asp.net', 'aspnet-core'], ['C++', 'cpp'], ['GCP', 'gcp'], ['amazon web services', 'aws'], ['EF Core', 'entity-framework'],
    ];
    for (const [label, id] of cases) expect(findTechnology(label)?.id, label).toBe(id);
    expect(findTechnology('es')).toBeUndefined();
  });
});
