/**
 * Technology detection rules, as data. Each rule names a technology (resolved through the
 * taxonomy, so "Postgres" and "PostgreSQL" meet) and a role that project-kind detection reads
 * (an API framework plus a database makes a CRUD app). Add rules here, not in detection.ts.
 */
import type { ProjectKind } from './types';

export type TechRole =
  | 'language'
  | 'framework'
  | 'api'
  | 'sql'
  | 'nosql'
  | 'cache'
  | 'queue'
  | 'search'
  | 'auth'
  | 'security'
  | 'cloud'
  | 'orm'
  | 'devops'
  | 'practice'
  | 'payments'
  | 'cms'
  | 'cli';

export interface TechRule {
  tech: string;
  role: TechRole;
}

export const ECOSYSTEMS = ['npm', 'pypi', 'maven', 'rubygems', 'composer', 'nuget', 'go', 'cargo'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** Manifest file names read from a repository's root, and their ecosystem. */
export const MANIFEST_FILES: Record<string, Ecosystem> = {
  'package.json': 'npm',
  'requirements.txt': 'pypi',
  'pyproject.toml': 'pypi',
  Pipfile: 'pypi',
  'pom.xml': 'maven',
  'build.gradle': 'maven',
  'build.gradle.kts': 'maven',
  Gemfile: 'rubygems',
  'composer.json': 'composer',
  'go.mod': 'go',
  'Cargo.toml': 'cargo',
};
/** Manifests whose names vary: matched by pattern on the root listing, fetched in a second step. */
export const MANIFEST_PATTERNS: Array<{ pattern: RegExp; ecosystem: Ecosystem }> = [{ pattern: /^[^/]+\.csproj$/i, ecosystem: 'nuget' }];
export const COMPOSE_FILES = ['docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml'];

const r = (tech: string, role: TechRole): TechRule => ({ tech, role });

/**
 * Dependency name → technology, per ecosystem. Keys are matched case-insensitively; a key
 * ending in `*` matches as a prefix. Maven/Gradle keys match `group:artifact` or the artifact
 * alone; PyPI names are compared with `_` and `.` folded to `-`.
 */
export const DEPENDENCY_RULES: Record<Ecosystem, Record<string, TechRule>> = {
  npm: {
    express: r('Express', 'framework'),
    '@nestjs/core': r('NestJS', 'framework'),
    fastify: r('Fastify', 'framework'),
    koa: r('Koa', 'framework'),
    '@hapi/hapi': r('hapi', 'framework'),
    next: r('Next.js', 'framework'),
    'apollo-server': r('GraphQL', 'api'),
    '@apollo/server': r('GraphQL', 'api'),
    'graphql-yoga': r('GraphQL', 'api'),
    'express-graphql': r('GraphQL', 'api'),
    '@grpc/grpc-js': r('gRPC', 'api'),
    pg: r('PostgreSQL', 'sql'),
    postgres: r('PostgreSQL', 'sql'),
    mysql: r('MySQL', 'sql'),
    mysql2: r('MySQL', 'sql'),
    sqlite3: r('SQLite', 'sql'),
    'better-sqlite3': r('SQLite', 'sql'),
    mssql: r('SQL Server', 'sql'),
    mongodb: r('MongoDB', 'nosql'),
    mongoose: r('MongoDB', 'nosql'),
    redis: r('Redis', 'cache'),
    ioredis: r('Redis', 'cache'),
    memcached: r('Memcached', 'cache'),
    'cassandra-driver': r('Cassandra', 'nosql'),
    'firebase-admin': r('Firebase', 'nosql'),
    '@aws-sdk/client-dynamodb': r('DynamoDB', 'nosql'),
    '@prisma/client': r('Prisma', 'orm'),
    prisma: r('Prisma', 'orm'),
    sequelize: r('Sequelize', 'orm'),
    typeorm: r('TypeORM', 'orm'),
    knex: r('Knex', 'orm'),
    amqplib: r('RabbitMQ', 'queue'),
    kafkajs: r('Kafka', 'queue'),
    nats: r('NATS', 'queue'),
    bullmq: r('BullMQ', 'queue'),
    '@aws-sdk/client-sqs': r('Amazon SQS', 'queue'),
    '@elastic/elasticsearch': r('Elasticsearch', 'search'),
    '@opensearch-project/opensearch': r('OpenSearch', 'search'),
    meilisearch: r('Meilisearch', 'search'),
    typesense: r('Typesense', 'search'),
    jsonwebtoken: r('JWT', 'auth'),
    jose: r('JWT', 'auth'),
    '@nestjs/jwt': r('JWT', 'auth'),
    passport: r('Passport.js', 'auth'),
    'passport-jwt': r('JWT', 'auth'),
    'passport-oauth2': r('OAuth', 'auth'),
    'express-session': r('Sessions', 'auth'),
    bcrypt: r('bcrypt', 'auth'),
    bcryptjs: r('bcrypt', 'auth'),
    argon2: r('Argon2', 'auth'),
    casl: r('RBAC', 'auth'),
    '@casl/ability': r('RBAC', 'auth'),
    helmet: r('Helmet', 'security'),
    'express-rate-limit': r('Rate limiting', 'security'),
    'rate-limiter-flexible': r('Rate limiting', 'security'),
    joi: r('Input validation', 'security'),
    zod: r('Input validation', 'security'),
    'aws-sdk': r('AWS', 'cloud'),
    '@aws-sdk/*': r('AWS', 'cloud'),
    '@google-cloud/*': r('Google Cloud', 'cloud'),
    '@azure/*': r('Azure', 'cloud'),
    stripe: r('Stripe', 'payments'),
    '@paypal/checkout-server-sdk': r('PayPal', 'payments'),
    '@strapi/strapi': r('Strapi', 'cms'),
    commander: r('Commander', 'cli'),
    yargs: r('yargs', 'cli'),
    autocannon: r('Load testing', 'practice'),
    k6: r('Load testing', 'practice'),
  },
  pypi: {
    django: r('Django', 'framework'),
    djangorestframework: r('Django REST Framework', 'api'),
    flask: r('Flask', 'framework'),
    fastapi: r('FastAPI', 'framework'),
    starlette: r('Starlette', 'framework'),
    graphene: r('GraphQL', 'api'),
    'strawberry-graphql': r('GraphQL', 'api'),
    grpcio: r('gRPC', 'api'),
    'psycopg2': r('PostgreSQL', 'sql'),
    'psycopg2-binary': r('PostgreSQL', 'sql'),
    psycopg: r('PostgreSQL', 'sql'),
    asyncpg: r('PostgreSQL', 'sql'),
    pymysql: r('MySQL', 'sql'),
    'mysqlclient': r('MySQL', 'sql'),
    pymongo: r('MongoDB', 'nosql'),
    motor: r('MongoDB', 'nosql'),
    redis: r('Redis', 'cache'),
    'pymemcache': r('Memcached', 'cache'),
    'cassandra-driver': r('Cassandra', 'nosql'),
    sqlalchemy: r('SQLAlchemy', 'orm'),
    alembic: r('Database migrations', 'practice'),
    celery: r('Celery', 'queue'),
    pika: r('RabbitMQ', 'queue'),
    'kafka-python': r('Kafka', 'queue'),
    'confluent-kafka': r('Kafka', 'queue'),
    elasticsearch: r('Elasticsearch', 'search'),
    'opensearch-py': r('OpenSearch', 'search'),
    pyjwt: r('JWT', 'auth'),
    'python-jose': r('JWT', 'auth'),
    'djangorestframework-simplejwt': r('JWT', 'auth'),
    authlib: r('OAuth', 'auth'),
    'django-allauth': r('OAuth', 'auth'),
    bcrypt: r('bcrypt', 'auth'),
    passlib: r('Password hashing', 'auth'),
    'argon2-cffi': r('Argon2', 'auth'),
    'slowapi': r('Rate limiting', 'security'),
    'flask-limiter': r('Rate limiting', 'security'),
    pydantic: r('Input validation', 'security'),
    boto3: r('AWS', 'cloud'),
    'google-cloud-*': r('Google Cloud', 'cloud'),
    'azure-*': r('Azure', 'cloud'),
    stripe: r('Stripe', 'payments'),
    wagtail: r('Wagtail', 'cms'),
    'django-cms': r('django CMS', 'cms'),
    click: r('Click', 'cli'),
    typer: r('Typer', 'cli'),
    locust: r('Load testing', 'practice'),
  },
  maven: {
    'org.springframework.boot:spring-boot-starter-web': r('Spring Boot', 'framework'),
    'org.springframework.boot:spring-boot-starter-webflux': r('Spring Boot', 'framework'),
    'org.springframework.boot:spring-boot-starter-graphql': r('GraphQL', 'api'),
    'org.springframework.boot:spring-boot-starter-data-jpa': r('JPA', 'orm'),
    'org.springframework.boot:spring-boot-starter-data-redis': r('Redis', 'cache'),
    'org.springframework.boot:spring-boot-starter-data-mongodb': r('MongoDB', 'nosql'),
    'org.springframework.boot:spring-boot-starter-security': r('Spring Security', 'security'),
    'org.springframework.boot:spring-boot-starter-oauth2-resource-server': r('OAuth', 'auth'),
    'org.springframework.boot:spring-boot-starter-amqp': r('RabbitMQ', 'queue'),
    'org.springframework.kafka:spring-kafka': r('Kafka', 'queue'),
    'io.quarkus:quarkus-core': r('Quarkus', 'framework'),
    'io.micronaut:micronaut-http': r('Micronaut', 'framework'),
    'org.postgresql:postgresql': r('PostgreSQL', 'sql'),
    'mysql:mysql-connector-java': r('MySQL', 'sql'),
    'com.mysql:mysql-connector-j': r('MySQL', 'sql'),
    'org.hibernate:hibernate-core': r('Hibernate', 'orm'),
    'org.flywaydb:flyway-core': r('Database migrations', 'practice'),
    'org.liquibase:liquibase-core': r('Database migrations', 'practice'),
    'io.jsonwebtoken:jjwt': r('JWT', 'auth'),
    'io.jsonwebtoken:jjwt-api': r('JWT', 'auth'),
    'com.auth0:java-jwt': r('JWT', 'auth'),
    'co.elastic.clients:elasticsearch-java': r('Elasticsearch', 'search'),
    'software.amazon.awssdk:*': r('AWS', 'cloud'),
    'com.amazonaws:*': r('AWS', 'cloud'),
    'com.google.cloud:*': r('Google Cloud', 'cloud'),
    'com.azure:*': r('Azure', 'cloud'),
    'io.grpc:grpc-netty': r('gRPC', 'api'),
    'com.stripe:stripe-java': r('Stripe', 'payments'),
    'info.picocli:picocli': r('picocli', 'cli'),
  },
  rubygems: {
    rails: r('Ruby on Rails', 'framework'),
    sinatra: r('Sinatra', 'framework'),
    'graphql': r('GraphQL', 'api'),
    pg: r('PostgreSQL', 'sql'),
    mysql2: r('MySQL', 'sql'),
    sqlite3: r('SQLite', 'sql'),
    mongoid: r('MongoDB', 'nosql'),
    redis: r('Redis', 'cache'),
    sidekiq: r('Sidekiq', 'queue'),
    bunny: r('RabbitMQ', 'queue'),
    'ruby-kafka': r('Kafka', 'queue'),
    'elasticsearch-rails': r('Elasticsearch', 'search'),
    searchkick: r('Elasticsearch', 'search'),
    devise: r('Devise', 'auth'),
    jwt: r('JWT', 'auth'),
    omniauth: r('OAuth', 'auth'),
    bcrypt: r('bcrypt', 'auth'),
    pundit: r('RBAC', 'auth'),
    cancancan: r('RBAC', 'auth'),
    'rack-attack': r('Rate limiting', 'security'),
    'aws-sdk-*': r('AWS', 'cloud'),
    stripe: r('Stripe', 'payments'),
    solidus: r('Solidus', 'payments'),
    thor: r('Thor', 'cli'),
  },
  composer: {
    'laravel/framework': r('Laravel', 'framework'),
    'symfony/framework-bundle': r('Symfony', 'framework'),
    'slim/slim': r('Slim', 'framework'),
    'doctrine/orm': r('Doctrine', 'orm'),
    'predis/predis': r('Redis', 'cache'),
    'mongodb/mongodb': r('MongoDB', 'nosql'),
    'php-amqplib/php-amqplib': r('RabbitMQ', 'queue'),
    'elasticsearch/elasticsearch': r('Elasticsearch', 'search'),
    'firebase/php-jwt': r('JWT', 'auth'),
    'tymon/jwt-auth': r('JWT', 'auth'),
    'laravel/sanctum': r('API keys', 'auth'),
    'laravel/passport': r('OAuth', 'auth'),
    'spatie/laravel-permission': r('RBAC', 'auth'),
    'aws/aws-sdk-php': r('AWS', 'cloud'),
    'stripe/stripe-php': r('Stripe', 'payments'),
    'sylius/sylius': r('Sylius', 'payments'),
    'symfony/console': r('Symfony Console', 'cli'),
  },
  nuget: {
    'microsoft.aspnetcore.*': r('ASP.NET Core', 'framework'),
    'microsoft.entityframeworkcore': r('Entity Framework', 'orm'),
    'npgsql.entityframeworkcore.postgresql': r('PostgreSQL', 'sql'),
    npgsql: r('PostgreSQL', 'sql'),
    'microsoft.entityframeworkcore.sqlserver': r('SQL Server', 'sql'),
    'pomelo.entityframeworkcore.mysql': r('MySQL', 'sql'),
    'mongodb.driver': r('MongoDB', 'nosql'),
    'stackexchange.redis': r('Redis', 'cache'),
    'rabbitmq.client': r('RabbitMQ', 'queue'),
    masstransit: r('RabbitMQ', 'queue'),
    'confluent.kafka': r('Kafka', 'queue'),
    'nest': r('Elasticsearch', 'search'),
    'microsoft.aspnetcore.authentication.jwtbearer': r('JWT', 'auth'),
    'system.identitymodel.tokens.jwt': r('JWT', 'auth'),
    'bcrypt.net-next': r('bcrypt', 'auth'),
    'awssdk.*': r('AWS', 'cloud'),
    'azure.*': r('Azure', 'cloud'),
    'stripe.net': r('Stripe', 'payments'),
    'hotchocolate.aspnetcore': r('GraphQL', 'api'),
    'grpc.aspnetcore': r('gRPC', 'api'),
  },
  go: {
    'github.com/gin-gonic/gin': r('Gin', 'framework'),
    'github.com/labstack/echo/*': r('Echo', 'framework'),
    'github.com/gofiber/fiber/*': r('Fiber', 'framework'),
    'github.com/go-chi/chi*': r('chi', 'framework'),
    'github.com/gorilla/mux': r('Gorilla', 'framework'),
    'github.com/99designs/gqlgen': r('GraphQL', 'api'),
    'google.golang.org/grpc': r('gRPC', 'api'),
    'github.com/lib/pq': r('PostgreSQL', 'sql'),
    'github.com/jackc/pgx*': r('PostgreSQL', 'sql'),
    'github.com/go-sql-driver/mysql': r('MySQL', 'sql'),
    'github.com/mattn/go-sqlite3': r('SQLite', 'sql'),
    'go.mongodb.org/mongo-driver*': r('MongoDB', 'nosql'),
    'github.com/redis/go-redis*': r('Redis', 'cache'),
    'github.com/go-redis/redis*': r('Redis', 'cache'),
    'gorm.io/gorm': r('GORM', 'orm'),
    'github.com/golang-migrate/migrate*': r('Database migrations', 'practice'),
    'github.com/segmentio/kafka-go': r('Kafka', 'queue'),
    'github.com/rabbitmq/amqp091-go': r('RabbitMQ', 'queue'),
    'github.com/nats-io/nats.go': r('NATS', 'queue'),
    'github.com/elastic/go-elasticsearch*': r('Elasticsearch', 'search'),
    'github.com/golang-jwt/jwt*': r('JWT', 'auth'),
    'golang.org/x/oauth2': r('OAuth', 'auth'),
    'golang.org/x/crypto': r('bcrypt', 'auth'),
    'github.com/aws/aws-sdk-go*': r('AWS', 'cloud'),
    'cloud.google.com/go*': r('Google Cloud', 'cloud'),
    'github.com/stripe/stripe-go*': r('Stripe', 'payments'),
    'github.com/spf13/cobra': r('Cobra', 'cli'),
  },
  cargo: {
    'actix-web': r('Actix Web', 'framework'),
    axum: r('Axum', 'framework'),
    rocket: r('Rocket', 'framework'),
    warp: r('warp', 'framework'),
    'async-graphql': r('GraphQL', 'api'),
    tonic: r('gRPC', 'api'),
    sqlx: r('SQLx', 'orm'),
    diesel: r('Diesel', 'orm'),
    'tokio-postgres': r('PostgreSQL', 'sql'),
    mongodb: r('MongoDB', 'nosql'),
    redis: r('Redis', 'cache'),
    rdkafka: r('Kafka', 'queue'),
    lapin: r('RabbitMQ', 'queue'),
    jsonwebtoken: r('JWT', 'auth'),
    argon2: r('Argon2', 'auth'),
    bcrypt: r('bcrypt', 'auth'),
    'aws-sdk-*': r('AWS', 'cloud'),
    clap: r('clap', 'cli'),
  },
};

/** Cargo/SQLx-style features that name a database: `sqlx = { features = ["postgres"] }`. */
export const FEATURE_DATABASES: Record<string, TechRule> = {
  postgres: r('PostgreSQL', 'sql'),
  mysql: r('MySQL', 'sql'),
  sqlite: r('SQLite', 'sql'),
};

/** GitHub (Linguist) language → technology. Languages not listed here are not tags. */
export const LANGUAGE_RULES: Record<string, TechRule> = {
  Python: r('Python', 'language'),
  JavaScript: r('JavaScript', 'language'),
  TypeScript: r('TypeScript', 'language'),
  Java: r('Java', 'language'),
  Kotlin: r('Kotlin', 'language'),
  Scala: r('Scala', 'language'),
  Go: r('Go', 'language'),
  Rust: r('Rust', 'language'),
  Ruby: r('Ruby', 'language'),
  PHP: r('PHP', 'language'),
  'C#': r('C#', 'language'),
  Elixir: r('Elixir', 'language'),
  Erlang: r('Erlang', 'language'),
  Clojure: r('Clojure', 'language'),
  Haskell: r('Haskell', 'language'),
  'C++': r('C++', 'language'),
  C: r('C', 'language'),
  Swift: r('Swift', 'language'),
  Dart: r('Dart', 'language'),
  HCL: r('Terraform', 'devops'),
  Dockerfile: r('Docker', 'devops'),
  PLpgSQL: r('PostgreSQL', 'sql'),
  TSQL: r('SQL Server', 'sql'),
};
/** A language must be at least this share of the code to count as shown (a stray script is not). */
export const LANGUAGE_MIN_SHARE = 0.05;

/** Files and folders at the root that show a technology. `name` tests the entry's name. */
export interface RootFileRule extends TechRule {
  name: RegExp;
  type?: 'blob' | 'tree';
  /** Evidence text; `{name}` is replaced by the entry's name. */
  evidence: string;
}
const f = (name: RegExp, tech: string, role: TechRole, evidence: string, type?: 'blob' | 'tree'): RootFileRule => ({ name, tech, role, evidence, type });

export const ROOT_FILE_RULES: RootFileRule[] = [
  f(/^Dockerfile(\..+)?$|^.+\.Dockerfile$/i, 'Docker', 'devops', 'has a {name} at its root', 'blob'),
  f(/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/i, 'Docker Compose', 'devops', 'has a {name} at its root', 'blob'),
  f(/^(k8s|kubernetes|manifests|deploy\/k8s)$/i, 'Kubernetes', 'devops', 'has a {name}/ folder of Kubernetes manifests', 'tree'),
  f(/^(helm|charts)$/i, 'Helm', 'devops', 'has a {name}/ folder of Helm charts', 'tree'),
  f(/^Chart\.ya?ml$/, 'Helm', 'devops', 'has a Helm {name} at its root', 'blob'),
  f(/^skaffold\.ya?ml$/i, 'Kubernetes', 'devops', 'has a {name} (Kubernetes dev loop)', 'blob'),
  f(/^nginx(\.conf|\.conf\.template)?$/i, 'Nginx', 'devops', 'has an nginx config ({name})'),
  f(/^Caddyfile$/, 'Caddy', 'devops', 'has a {name}', 'blob'),
  f(/^.+\.tf$/i, 'Terraform', 'devops', 'has Terraform ({name})', 'blob'),
  f(/^(terraform|infra|infrastructure)$/i, 'Terraform', 'devops', 'has a {name}/ folder (checked for Terraform by name only)', 'tree'),
  f(/^serverless\.(ya?ml|ts|js|json)$/i, 'Serverless', 'cloud', 'has a {name} (Serverless Framework)', 'blob'),
  f(/^template\.ya?ml$|^samconfig\.toml$/i, 'AWS', 'cloud', 'has an AWS SAM {name}', 'blob'),
  f(/^(openapi|swagger)\.(ya?ml|json)$/i, 'OpenAPI', 'api', 'has an OpenAPI description ({name})', 'blob'),
  f(/^.+\.(graphql|gql)$/i, 'GraphQL', 'api', 'has a GraphQL schema ({name})', 'blob'),
  f(/^.+\.proto$|^proto(s)?$/i, 'gRPC', 'api', 'has Protocol Buffers definitions ({name})'),
  f(/^(migrations|migrate|alembic|flyway|db)$/i, 'Database migrations', 'practice', 'has a {name}/ folder (database migrations)', 'tree'),
  f(/^prisma$/i, 'Prisma', 'orm', 'has a {name}/ folder (Prisma schema and migrations)', 'tree'),
  f(/^\.gitlab-ci\.yml$/, 'GitLab CI', 'devops', 'has a {name}', 'blob'),
  f(/^Jenkinsfile$/, 'Jenkins', 'devops', 'has a {name}', 'blob'),
  f(/^\.circleci$/, 'CircleCI', 'devops', 'has a {name}/ folder', 'tree'),
  f(/^\.travis\.yml$/, 'Travis CI', 'devops', 'has a {name}', 'blob'),
  f(/^(k6|load-?tests?|benchmarks?|bench)$/i, 'Load testing', 'practice', 'has a {name}/ folder', 'tree'),
];

/** Images in a compose file that name a technology (`image: postgres:16`). */
export const COMPOSE_IMAGE_RULES: Record<string, TechRule> = {
  postgres: r('PostgreSQL', 'sql'),
  postgis: r('PostgreSQL', 'sql'),
  mysql: r('MySQL', 'sql'),
  mariadb: r('MariaDB', 'sql'),
  mongo: r('MongoDB', 'nosql'),
  redis: r('Redis', 'cache'),
  memcached: r('Memcached', 'cache'),
  rabbitmq: r('RabbitMQ', 'queue'),
  kafka: r('Kafka', 'queue'),
  'cp-kafka': r('Kafka', 'queue'),
  nats: r('NATS', 'queue'),
  elasticsearch: r('Elasticsearch', 'search'),
  opensearch: r('OpenSearch', 'search'),
  meilisearch: r('Meilisearch', 'search'),
  typesense: r('Typesense', 'search'),
  nginx: r('Nginx', 'devops'),
  traefik: r('Traefik', 'devops'),
  cassandra: r('Cassandra', 'nosql'),
};
/** Compose services that are infrastructure, not the project's own services. */
export const INFRA_IMAGES = new Set(Object.keys(COMPOSE_IMAGE_RULES).concat(['zookeeper', 'adminer', 'pgadmin', 'mailhog', 'localstack', 'prometheus', 'grafana']));
/** A compose file with this many of the project's own services (not databases) shows microservices. */
export const MICROSERVICES_MIN_SERVICES = 3;

/**
 * README keywords: only names that are unambiguous in prose. Matched case-insensitively on
 * word boundaries; the README alone is weak evidence, so it is said so in the evidence text.
 */
export const README_KEYWORDS: Record<string, TechRule> = {
  PostgreSQL: r('PostgreSQL', 'sql'),
  Postgres: r('PostgreSQL', 'sql'),
  MySQL: r('MySQL', 'sql'),
  MongoDB: r('MongoDB', 'nosql'),
  Redis: r('Redis', 'cache'),
  RabbitMQ: r('RabbitMQ', 'queue'),
  Kafka: r('Kafka', 'queue'),
  Elasticsearch: r('Elasticsearch', 'search'),
  Kubernetes: r('Kubernetes', 'devops'),
  Docker: r('Docker', 'devops'),
  GraphQL: r('GraphQL', 'api'),
  'REST API': r('REST', 'api'),
  RESTful: r('REST', 'api'),
  gRPC: r('gRPC', 'api'),
  JWT: r('JWT', 'auth'),
  OAuth: r('OAuth', 'auth'),
  OAuth2: r('OAuth', 'auth'),
  RBAC: r('RBAC', 'auth'),
  bcrypt: r('bcrypt', 'auth'),
  'rate limiting': r('Rate limiting', 'security'),
  'GitHub Actions': r('GitHub Actions', 'devops'),
  AWS: r('AWS', 'cloud'),
  Terraform: r('Terraform', 'devops'),
  Nginx: r('Nginx', 'devops'),
  HTTPS: r('HTTPS', 'security'),
};

/** Topics that are not technologies but say what kind of project it is. */
export const KIND_TOPICS: Record<string, ProjectKind> = {
  ecommerce: 'ecommerce',
  'e-commerce': 'ecommerce',
  shop: 'ecommerce',
  'online-store': 'ecommerce',
  cms: 'cms',
  'headless-cms': 'cms',
  microservices: 'microservices',
  microservice: 'microservices',
  crud: 'crud',
  'rest-api': 'api',
  api: 'api',
  cli: 'cli',
  'command-line': 'cli',
  library: 'library',
};

/** Words in a README or description that point to an online shop. */
export const ECOMMERCE_WORDS = /\b(shopping cart|add to cart|checkout|e-?commerce|online (shop|store)|payments?|orders? management|product catalog(ue)?)\b/i;
