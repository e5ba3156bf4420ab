/**
 * Container images and the commands containers run: `postgres:16` is PostgreSQL wherever it
 * appears (compose, Kubernetes, Helm values, CI services, a Dockerfile's FROM).
 */
import { r, type RuleValue } from './model';

/** Image base name (last path segment, without tag) → technologies. */
export const IMAGE_RULES: Record<string, RuleValue> = {
  postgres: r('PostgreSQL', 'sql'),
  postgresql: r('PostgreSQL', 'sql'),
  postgis: r('PostgreSQL', 'sql'),
  timescaledb: r('PostgreSQL', 'sql'),
  mysql: r('MySQL', 'sql'),
  'mysql-server': r('MySQL', 'sql'),
  mariadb: r('MariaDB', 'sql'),
  mssql: r('SQL Server', 'sql'),
  'mssql-server': r('SQL Server', 'sql'),
  mongo: r('MongoDB', 'nosql'),
  mongodb: r('MongoDB', 'nosql'),
  'mongodb-community-server': r('MongoDB', 'nosql'),
  redis: r('Redis', 'cache'),
  'redis-stack': r('Redis', 'cache'),
  valkey: r('Valkey', 'cache'),
  memcached: r('Memcached', 'cache'),
  rabbitmq: r('RabbitMQ', 'queue'),
  kafka: r('Apache Kafka', 'queue'),
  'cp-kafka': r('Apache Kafka', 'queue'),
  nats: r('NATS', 'queue'),
  elasticsearch: r('Elasticsearch', 'search'),
  opensearch: r('OpenSearch', 'search'),
  meilisearch: r('Meilisearch', 'search'),
  typesense: r('Typesense', 'search'),
  solr: r('Apache Solr', 'search'),
  nginx: r('Nginx', 'devops'),
  'nginx-unprivileged': r('Nginx', 'devops'),
  httpd: r('Apache HTTP Server', 'devops'),
  traefik: r('Traefik', 'devops'),
  caddy: r('Caddy', 'devops'),
  haproxy: r('HAProxy', 'devops'),
  envoy: r('Envoy', 'devops'),
  cassandra: r('Cassandra', 'nosql'),
  couchbase: r('Couchbase', 'nosql'),
  neo4j: r('Neo4j', 'nosql'),
  'dynamodb-local': r('DynamoDB', 'nosql'),
  localstack: r('AWS', 'cloud'),
  prometheus: r('Prometheus', 'practice'),
  grafana: r('Grafana', 'practice'),
  certbot: r("Let's Encrypt", 'security'),
  flyway: r('Flyway', 'practice'),
  liquibase: r('Liquibase', 'practice'),
  // migrate/migrate, golang-migrate's image.
  migrate: r('Database migrations', 'practice'),
  keycloak: r('Keycloak', 'auth'),
  // Runtimes whose image names the framework (a `node` image alone may only build a front end).
  'uvicorn-gunicorn-fastapi': [r('Uvicorn', 'devops'), r('Gunicorn', 'devops')],
  'uvicorn-gunicorn': [r('Uvicorn', 'devops'), r('Gunicorn', 'devops')],
  aspnet: r('ASP.NET Core', 'framework'),
};

/** Compose services that are infrastructure, not the project's own services. */
export const INFRA_IMAGES = new Set([
  ...Object.keys(IMAGE_RULES).filter((k) => !['aspnet', 'uvicorn-gunicorn-fastapi', 'uvicorn-gunicorn'].includes(k)),
  'zookeeper', 'cp-zookeeper', 'adminer', 'pgadmin4', 'pgadmin', 'mailhog', 'mailpit', 'mongo-express', 'redis-commander',
  'redisinsight', 'phpmyadmin', 'jaeger', 'all-in-one', 'otel-collector', 'minio', 'kibana', 'wait-for-it', 'busybox', 'alpine',
]);

/** `docker.io/library/postgres:16-alpine` → `postgres`; `${IMAGE}` → null. */
export function imageBase(image: string): string | null {
  if (/\$\{|\{\{/.test(image)) return null;
  const last = image.trim().split('/').pop() ?? '';
  const base = last.split(/[:@]/)[0].toLowerCase();
  return /^[a-z0-9][a-z0-9._-]*$/.test(base) ? base : null;
}

/** A command that applies a migration tool's migrations (a Procfile's release line, a compose job, a CI step). */
export const MIGRATION_COMMAND = /^((bin\/)?rails|rake) db:(migrate|prepare)\b|^php (bin\/console doctrine:migrations:migrate|artisan migrate)\b|^python3? ([\w.-]+\/)*manage\.py (migrate|makemigrations)\b|^(flask db|alembic) upgrade\b|^dotnet ef database update\b|^prisma migrate (deploy|dev)\b|^knex migrate:(latest|up)\b|^sequelize(-cli)? db:migrate\b|^migrate\b.*\s-(path|source|database)\b|^flyway\b.*\bmigrate\b|^liquibase\b.*\bupdate\b|^mix ecto\.(migrate|setup)\b|^diesel migration run\b|^sqlx migrate run\b|^goose\b.*\bup\b|^(npm|yarn|pnpm) run (db:)?migrat/;

/** Programs a container or a process line starts, as the first word of a command. */
export const COMMAND_RULES: Array<[RegExp, RuleValue]> = [
  [MIGRATION_COMMAND, r('Database migrations', 'practice')],
  [/^gunicorn\b/, r('Gunicorn', 'devops')],
  [/^uvicorn\b/, r('Uvicorn', 'devops')],
  [/^uwsgi\b/, r('uWSGI', 'devops')],
  [/^(celery|python -m celery)\b/, r('Celery', 'queue')],
  [/^nginx\b/, r('Nginx', 'devops')],
  [/^certbot\b/, r("Let's Encrypt", 'security')],
  [/^(bundle exec )?puma\b/, r('Puma', 'devops')],
  [/^(bundle exec )?sidekiq\b/, r('Sidekiq', 'queue')],
  [/^pm2(-runtime)?\b/, r('PM2', 'devops')],
];
