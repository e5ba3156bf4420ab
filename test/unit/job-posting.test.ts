import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTechnologies } from '../../shared/job-posting';

const DIR = join(__dirname, '../fixtures/postings');
const read = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8');
const ids = (text: string) => extractTechnologies(text).map((t) => t.techId);

/** Every posting in test/fixtures/postings with exactly the technologies it names, in order of first mention. */
const EXPECTED: Record<string, string[]> = {
  'cloud-native-java': ['java', 'quarkus', 'micronaut', 'openshift', 'vertx', 'kafka', 'mongodb', 'couchbase', 'keycloak', 'rbac', 'podman', 'argo-cd'],
  'devops-engineer': ['terraform', 'ansible', 'iac', 'aws', 'ec2', 'eks', 'amazon-rds', 'cloudfront', 'kubernetes', 'helm', 'gitlab-ci', 'github-actions', 'observability', 'prometheus', 'grafana', 'opentelemetry', 'bash', 'python', 'haproxy', 'traefik', 'vault', 'secrets-management'],
  'dotnet-csharp': ['dotnet', 'csharp', 'aspnet-core', 'entity-framework', 'sql-server', 'azure', 'azure-functions', 'azure-service-bus', 'azure-pipelines', 'cpp', 'openid-connect'],
  'elixir-phoenix': ['elixir', 'phoenix', 'websocket', 'postgresql', 'ecto', 'fly-io', 'erlang'],
  'fintech-java-trap': ['java', 'javascript', 'spring', 'hibernate', 'oracle-database', 'activemq', 'tomcat', 'jenkins', 'sonarqube'],
  'go-platform': ['go', 'grpc', 'postgresql', 'nats', 'kubernetes', 'gcp', 'protobuf', 'gke', 'helm', 'argo-cd', 'rust', 'cpp', 'prometheus', 'grafana'],
  'graphql-api': ['graphql', 'apollo', 'rest', 'typescript', 'nodejs', 'koa', 'hapi', 'microservices', 'mongodb', 'neo4j', 'websocket', 'socket-io', 'api-keys', 'permissions', 'docker', 'kubernetes', 'azure', 'aks'],
  'java-spring': ['java', 'spring-boot', 'hibernate', 'kafka', 'postgresql', 'redis', 'jenkins', 'kubernetes', 'javascript', 'rest', 'oauth', 'docker', 'aws', 'unit-testing', 'junit'],
  'kotlin-android-backend': ['kotlin', 'ktor', 'spring', 'spring-security', 'oauth', 'jwt', 'postgresql', 'flyway', 'kafka', 'junit', 'java', 'swift', 'javascript'],
  'node-typescript': ['nodejs', 'typescript', 'rest', 'nestjs', 'express', 'prisma', 'postgresql', 'redis', 'caching', 'bullmq', 'jwt', 'rate-limiting', 'input-validation', 'zod', 'docker', 'aws', 'ecs', 's3', 'github-actions', 'graphql'],
  'php-laravel': ['php', 'laravel', 'eloquent', 'symfony', 'mysql', 'mariadb', 'rest', 'soap', 'apache', 'nginx', 'git', 'docker-compose'],
  'php-symfony-legacy': ['php', 'symfony', 'codeigniter', 'phpunit', 'mysql', 'postgresql', 'iis', 'nginx', 'travis-ci', 'github-actions', 'redis', 'memcached'],
  'python-django': ['python', 'django', 'django-rest-framework', 'postgresql', 'schema-design', 'celery', 'rabbitmq', 'pytest', 'fastapi', 'flask', 'elasticsearch', 'nginx', 'gunicorn', 'sentry', 'datadog'],
  'ruby-rails': ['rails', 'ruby', 'sidekiq', 'redis', 'mysql', 'optimization', 'devise', 'heroku', 'memcached', 'circleci', 'rspec'],
  'rust-systems': ['rust', 'tokio', 'axum', 'actix-web', 'grpc', 'protobuf', 'influxdb', 'profiling', 'benchmarking', 'docker', 'kubernetes', 'cpp', 'python'],
  'scala-data': ['scala', 'akka', 'play-framework', 'kafka', 'cassandra', 'redis', 'aws', 'docker'],
  'search-ecommerce': ['elasticsearch', 'opensearch', 'solr', 'algolia', 'meilisearch', 'typesense', 'java', 'kotlin', 'python', 'caching', 'memcached', 'varnish', 'rabbitmq', 'sqs'],
  'security-engineer': ['owasp', 'xss-prevention', 'csrf-protection', 'sql-injection-prevention', 'oauth', 'openid-connect', 'saml', 'two-factor', 'argon2', 'bcrypt', 'scrypt', 'encryption', 'https', 'lets-encrypt', 'rate-limiting', 'cloudflare', 'snyk', 'sonarqube', 'dependabot', 'python', 'go', 'java'],
  'solutions-architect': ['azure', 'aws', 'microservices', 'event-driven', 'azure-service-bus', 'sqs', 'sns', 'cosmos-db', 'dynamodb', 'postgresql', 'sql-server', 'rest', 'graphql', 'grpc', 'openapi', 'oauth', 'saml', 'caching', 'redis', 'cloudflare', 'iac', 'terraform'],
  sre: ['load-testing', 'k6', 'kafka', 'cassandra', 'elasticsearch', 'kubernetes', 'aws', 'gcp', 'go', 'python', 'https', 'envoy', 'nginx', 'observability', 'prometheus', 'datadog'],
  'startup-generalist': ['typescript', 'nodejs', 'fastify', 'trpc', 'postgresql', 'supabase', 'redis', 'vercel', 'ci-cd', 'express', 'deno', 'bun'],
};

describe('extractTechnologies over the posting corpus', () => {
  it('has an expectation for every posting, and at least 20 postings', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`finds exactly the technologies of ${name}`, () => {
      expect(ids(read(name))).toEqual(expected);
    });
  }
});

describe('extractTechnologies traps', () => {
  it('keeps Java and JavaScript apart', () => {
    expect(ids('We use JavaScript on the front end.')).toEqual(['javascript']);
    expect(ids('Java (not JavaScript)')).toEqual(['java', 'javascript']);
    expect(ids('Experience with Javascripting')).toEqual([]);
  });

  it('reads Go only as the language', () => {
    for (const text of [
      'Be the go-to person for the team.', 'A real Go-getter.', 'Go to market fast.', 'Ready to go?', "Let's go!",
      'We go above and beyond.', 'Go ahead and apply.', 'go-to resource',
    ]) {
      expect(ids(text), text).toEqual([]);
    }
    for (const text of ['Services written in Go.', 'Golang, Python', 'Go/Rust', 'Go (1.22+)', 'Languages: Go', 'Go developer wanted', '- Go\n- Rust', 'Python, Go and Java']) {
      expect(ids(text), text).toContain('go');
    }
  });

  it('reads Express and Spring only as frameworks', () => {
    expect(ids('Express your ideas clearly.')).toEqual([]);
    expect(ids('Please express interest by email.')).toEqual([]);
    expect(ids('Spring semester internship')).toEqual([]);
    expect(ids('Starts in Spring 2025.')).toEqual([]);
    expect(ids('APIs built with Express and MongoDB')).toEqual(['express', 'mongodb']);
    expect(ids('Java, Spring, Hibernate')).toEqual(['java', 'spring', 'hibernate']);
    expect(ids('Spring Boot microservices')).toEqual(['spring-boot', 'microservices']);
  });

  it('finds C#, C++, .NET and ASP.NET Core', () => {
    expect(ids('C#, C++ and .NET; ASP.NET Core a plus')).toEqual(['csharp', 'cpp', 'dotnet', 'aspnet-core']);
    expect(ids('VB.NET only')).toEqual([]);
  });

  it('joins spellings of one technology and lists the surface forms', () => {
    const [pg] = extractTechnologies('Postgres (PostgreSQL) via psql; more postgres');
    expect(pg).toEqual({ techId: 'postgresql', name: 'PostgreSQL', mentions: ['Postgres', 'PostgreSQL', 'psql', 'postgres'], count: 4 });
    expect(ids('Node.js, NodeJS and node js')).toEqual(['nodejs']);
    expect(ids('k8s and Kubernetes')).toEqual(['kubernetes']);
  });

  it('skips brand names that start other products', () => {
    expect(ids('Apache Spark and Apache Flink')).toEqual([]);
    expect(ids('Apache Kafka')).toEqual(['kafka']);
    expect(ids('Apache, Nginx')).toEqual(['apache', 'nginx']);
  });

  it('ignores everyday words that are only tags', () => {
    expect(ids('Roles and responsibilities: sessions with stakeholders, scopes of work, permissions to travel.')).toEqual([]);
    expect(ids('the rest of the team')).toEqual([]);
    expect(ids('a REST API')).toEqual(['rest']);
  });

  it('orders by first mention, then name, and is deterministic', () => {
    const text = read('java-spring');
    expect(extractTechnologies(text)).toEqual(extractTechnologies(text));
    expect(extractTechnologies('Redis; Kafka; Redis').map((t) => [t.name, t.count])).toEqual([['Redis', 2], ['Apache Kafka', 1]]);
  });

  it('scans a 5,000-word posting in under 10 ms', () => {
    const corpus = Object.keys(EXPECTED).map(read).join('\n');
    const words = corpus.split(/\s+/).length;
    const text = Array.from({ length: Math.ceil(5000 / words) }, () => corpus).join('\n');
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(5000);
    extractTechnologies(text); // warm-up: the first call pays for JIT compilation
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      extractTechnologies(text);
      runs.push(performance.now() - start);
    }
    expect(Math.min(...runs)).toBeLessThan(10);
  });
});
