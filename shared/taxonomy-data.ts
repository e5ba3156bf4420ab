/** Technology taxonomy data. Ids are stable kebab-case keys; names are canonical display names. */

export const TECH_CATEGORIES = [
  'language', 'framework', 'sql-database', 'nosql-database', 'cache', 'message-queue', 'search-engine',
  'web-server', 'cloud', 'container', 'orchestration', 'ci-cd', 'api-style', 'auth', 'security', 'practice',
] as const;
export type TechCategory = (typeof TECH_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<TechCategory, string> = {
  language: 'Languages',
  framework: 'Frameworks',
  'sql-database': 'SQL databases',
  'nosql-database': 'NoSQL databases',
  cache: 'Caching',
  'message-queue': 'Message queues',
  'search-engine': 'Search engines',
  'web-server': 'Web servers',
  cloud: 'Cloud',
  container: 'Containers',
  orchestration: 'Orchestration',
  'ci-cd': 'CI/CD',
  'api-style': 'API styles',
  auth: 'Authentication & authorization',
  security: 'Security',
  practice: 'Practices',
};

/**
 * How free-text extraction (job postings) treats a form that is also an everyday word
 * ("Go", "Spring", "Sessions"). Forms not listed in a technology's `ambiguous` map match
 * case-insensitively on word boundaries; so do longer forms ("golang", "Spring Boot").
 * - `case`: the word counts only when written exactly as in the taxonomy ("Rust", not "rust").
 * - `context`: as `case`, and it must also sit in a technology context (a list of technologies,
 *   "in Go", "Go developer"...), so "Express your ideas" and "Spring semester" do not count.
 * - `skip`: the plain word is never extracted (e.g. "roles", "sessions"); longer forms still are.
 * - `domain`: as `context` in text; the form also names something outside backend work ("ECS",
 *   a game's entity component system), so a resume keyword is read as the technology only when
 *   the same project shows related technology (see shared/keywords.ts).
 */
export type TextAmbiguity = 'case' | 'context' | 'skip' | 'domain';

export interface Technology {
  id: string;
  name: string;
  category: TechCategory;
  aliases: string[];
  /** A second category where one technology plays two parts (Redis: NoSQL store and cache). */
  alsoCategories?: TechCategory[];
  /** Forms of this technology (its name or aliases, spelled as above) that are everyday words. */
  ambiguous?: Readonly<Record<string, TextAmbiguity>>;
  /**
   * Ids this technology demonstrates as well (transitively): the language a framework is written in, the
   * platform a managed service belongs to (Django → Python, AWS Lambda → AWS).
   */
  implies?: string[];
}

export const TECHNOLOGIES: readonly Technology[] = [
  // Languages and runtimes
  { id: 'python', name: 'Python', category: 'language', aliases: ['py', 'python3'] },
  { id: 'nodejs', name: 'Node.js', category: 'language', aliases: ['Node', 'nodejs', 'node js'], ambiguous: { Node: 'case' }, implies: ['javascript'] },
  { id: 'javascript', name: 'JavaScript', category: 'language', aliases: ['js', 'ecmascript', 'es6'] },
  { id: 'typescript', name: 'TypeScript', category: 'language', aliases: ['ts'] },
  { id: 'java', name: 'Java', category: 'language', aliases: ['jdk', 'java se', 'java ee', 'jakarta ee'] },
  { id: 'kotlin', name: 'Kotlin', category: 'language', aliases: [] },
  { id: 'scala', name: 'Scala', category: 'language', aliases: [] },
  { id: 'go', name: 'Go', category: 'language', aliases: ['golang'], ambiguous: { Go: 'context' } },
  { id: 'rust', name: 'Rust', category: 'language', aliases: ['rustlang'], ambiguous: { Rust: 'case' } },
  { id: 'ruby', name: 'Ruby', category: 'language', aliases: [], ambiguous: { Ruby: 'case' } },
  { id: 'php', name: 'PHP', category: 'language', aliases: ['php8'] },
  { id: 'csharp', name: 'C#', category: 'language', aliases: ['c sharp', 'csharp'] },
  { id: 'cpp', name: 'C++', category: 'language', aliases: ['cpp', 'c plus plus'] },
  { id: 'elixir', name: 'Elixir', category: 'language', aliases: [], ambiguous: { Elixir: 'case' } },
  { id: 'erlang', name: 'Erlang', category: 'language', aliases: ['erlang/otp'] },
  { id: 'clojure', name: 'Clojure', category: 'language', aliases: [] },
  { id: 'fsharp', name: 'F#', category: 'language', aliases: ['f sharp', 'fsharp'] },
  { id: 'swift', name: 'Swift', category: 'language', aliases: [], ambiguous: { Swift: 'context' } },
  { id: 'deno', name: 'Deno', category: 'language', aliases: [], implies: ['typescript'] },
  { id: 'bun', name: 'Bun', category: 'language', aliases: [], ambiguous: { Bun: 'context' }, implies: ['javascript'] },
  { id: 'sql', name: 'SQL', category: 'language', aliases: ['structured query language'] },
  { id: 'bash', name: 'Bash', category: 'language', aliases: ['shell scripting', 'shell script'], ambiguous: { Bash: 'case' } },

  // Backend frameworks
  { id: 'django', name: 'Django', category: 'framework', aliases: [], implies: ['python'] },
  { id: 'django-rest-framework', name: 'Django REST framework', category: 'framework', aliases: ['drf', 'djangorestframework'], implies: ['django', 'python', 'rest'] },
  { id: 'flask', name: 'Flask', category: 'framework', aliases: [], ambiguous: { Flask: 'case' }, implies: ['python'] },
  { id: 'fastapi', name: 'FastAPI', category: 'framework', aliases: ['fast api'], implies: ['python'] },
  { id: 'spring', name: 'Spring', category: 'framework', aliases: ['spring framework', 'spring mvc', 'spring webflux'], ambiguous: { Spring: 'context' }, implies: ['java'] },
  { id: 'spring-boot', name: 'Spring Boot', category: 'framework', aliases: ['springboot'], implies: ['spring', 'java'] },
  { id: 'express', name: 'Express', category: 'framework', aliases: ['express.js', 'expressjs'], ambiguous: { Express: 'context' }, implies: ['nodejs', 'javascript'] },
  { id: 'nestjs', name: 'NestJS', category: 'framework', aliases: ['nest.js'], implies: ['nodejs', 'typescript'] },
  { id: 'fastify', name: 'Fastify', category: 'framework', aliases: [], implies: ['nodejs'] },
  { id: 'koa', name: 'Koa', category: 'framework', aliases: ['koa.js', 'koajs'], implies: ['nodejs'] },
  { id: 'hapi', name: 'hapi', category: 'framework', aliases: ['hapi.js', 'hapijs'], implies: ['nodejs'] },
  { id: 'adonisjs', name: 'AdonisJS', category: 'framework', aliases: ['adonis.js', 'adonis'], implies: ['nodejs'] },
  { id: 'laravel', name: 'Laravel', category: 'framework', aliases: [], implies: ['php'] },
  { id: 'symfony', name: 'Symfony', category: 'framework', aliases: [], implies: ['php'] },
  { id: 'codeigniter', name: 'CodeIgniter', category: 'framework', aliases: [], implies: ['php'] },
  { id: 'rails', name: 'Ruby on Rails', category: 'framework', aliases: ['Rails', 'ror', 'rubyonrails'], ambiguous: { Rails: 'case' }, implies: ['ruby'] },
  { id: 'sinatra', name: 'Sinatra', category: 'framework', aliases: [], ambiguous: { Sinatra: 'case' }, implies: ['ruby'] },
  { id: 'aspnet-core', name: 'ASP.NET Core', category: 'framework', aliases: ['asp.net', 'aspnet', 'asp.net mvc', 'asp.net web api'], implies: ['dotnet', 'csharp'] },
  { id: 'dotnet', name: '.NET', category: 'framework', aliases: ['dotnet', '.net core', '.net framework', 'dot net'], implies: ['csharp'] },
  { id: 'gin', name: 'Gin', category: 'framework', aliases: ['gin-gonic'], ambiguous: { Gin: 'context' }, implies: ['go'] },
  { id: 'fiber', name: 'Fiber', category: 'framework', aliases: ['gofiber'], ambiguous: { Fiber: 'context' }, implies: ['go'] },
  { id: 'echo', name: 'Echo', category: 'framework', aliases: ['labstack echo'], ambiguous: { Echo: 'context' }, implies: ['go'] },
  { id: 'phoenix', name: 'Phoenix', category: 'framework', aliases: ['phoenix framework'], ambiguous: { Phoenix: 'context' }, implies: ['elixir'] },
  { id: 'quarkus', name: 'Quarkus', category: 'framework', aliases: [], implies: ['java'] },
  { id: 'micronaut', name: 'Micronaut', category: 'framework', aliases: [], implies: ['java'] },
  { id: 'ktor', name: 'Ktor', category: 'framework', aliases: [], implies: ['kotlin'] },
  { id: 'vertx', name: 'Vert.x', category: 'framework', aliases: ['vertx'], implies: ['java'] },
  { id: 'play-framework', name: 'Play Framework', category: 'framework', aliases: ['playframework'], implies: ['scala'] },
  { id: 'actix-web', name: 'Actix Web', category: 'framework', aliases: ['actix'], implies: ['rust'] },
  { id: 'axum', name: 'Axum', category: 'framework', aliases: [], implies: ['rust'] },
  { id: 'vapor', name: 'Vapor', category: 'framework', aliases: [], ambiguous: { Vapor: 'context' }, implies: ['swift'] },

  // Relational databases
  { id: 'postgresql', name: 'PostgreSQL', category: 'sql-database', aliases: ['postgres', 'psql', 'pg', 'postgre'] },
  { id: 'mysql', name: 'MySQL', category: 'sql-database', aliases: [] },
  { id: 'sqlite', name: 'SQLite', category: 'sql-database', aliases: ['sqlite3'] },
  { id: 'sql-server', name: 'SQL Server', category: 'sql-database', aliases: ['mssql', 'ms sql', 'microsoft sql server', 't-sql', 'tsql'] },
  { id: 'mariadb', name: 'MariaDB', category: 'sql-database', aliases: [] },
  { id: 'oracle-database', name: 'Oracle Database', category: 'sql-database', aliases: ['Oracle', 'oracle db', 'pl/sql', 'plsql'], ambiguous: { Oracle: 'case' } },
  { id: 'cockroachdb', name: 'CockroachDB', category: 'sql-database', aliases: ['cockroach db'] },
  { id: 'amazon-aurora', name: 'Amazon Aurora', category: 'sql-database', aliases: ['aws aurora', 'aurora postgresql', 'aurora mysql'], alsoCategories: ['cloud'], implies: ['aws'] },
  { id: 'amazon-rds', name: 'Amazon RDS', category: 'sql-database', aliases: ['aws rds', 'rds'], alsoCategories: ['cloud'], implies: ['aws'] },
  { id: 'supabase', name: 'Supabase', category: 'sql-database', aliases: [], implies: ['postgresql'] },

  // Non-relational databases
  { id: 'mongodb', name: 'MongoDB', category: 'nosql-database', aliases: ['mongo', 'mongo db'] },
  { id: 'redis', name: 'Redis', category: 'nosql-database', aliases: [], alsoCategories: ['cache'] },
  { id: 'valkey', name: 'Valkey', category: 'nosql-database', aliases: [], alsoCategories: ['cache'] },
  { id: 'cassandra', name: 'Cassandra', category: 'nosql-database', aliases: ['apache cassandra'] },
  { id: 'scylladb', name: 'ScyllaDB', category: 'nosql-database', aliases: ['scylla'] },
  { id: 'firebase', name: 'Firebase', category: 'nosql-database', aliases: ['firebase realtime database'] },
  { id: 'firestore', name: 'Cloud Firestore', category: 'nosql-database', aliases: ['firestore'], implies: ['firebase'] },
  { id: 'dynamodb', name: 'DynamoDB', category: 'nosql-database', aliases: ['amazon dynamodb', 'dynamo db'], alsoCategories: ['cloud'], implies: ['aws'] },
  { id: 'couchdb', name: 'CouchDB', category: 'nosql-database', aliases: ['apache couchdb'] },
  { id: 'couchbase', name: 'Couchbase', category: 'nosql-database', aliases: [] },
  { id: 'neo4j', name: 'Neo4j', category: 'nosql-database', aliases: ['cypher'] },
  { id: 'cosmos-db', name: 'Azure Cosmos DB', category: 'nosql-database', aliases: ['cosmos db', 'cosmosdb'], alsoCategories: ['cloud'], implies: ['azure'] },
  { id: 'influxdb', name: 'InfluxDB', category: 'nosql-database', aliases: ['influx db'] },

  // Caches
  { id: 'caching', name: 'Caching', category: 'cache', aliases: ['cache', 'http caching', 'response caching', 'query caching'] },
  { id: 'memcached', name: 'Memcached', category: 'cache', aliases: ['memcache'] },
  { id: 'varnish', name: 'Varnish', category: 'cache', aliases: ['varnish cache'], ambiguous: { Varnish: 'case' } },
  { id: 'hazelcast', name: 'Hazelcast', category: 'cache', aliases: [] },
  { id: 'elasticache', name: 'Amazon ElastiCache', category: 'cache', aliases: ['elasticache', 'aws elasticache'], alsoCategories: ['cloud'], implies: ['aws'] },

  // Message queues and brokers
  { id: 'rabbitmq', name: 'RabbitMQ', category: 'message-queue', aliases: ['rabbit mq', 'amqp'] },
  { id: 'kafka', name: 'Apache Kafka', category: 'message-queue', aliases: ['kafka', 'kafka streams'] },
  { id: 'sqs', name: 'Amazon SQS', category: 'message-queue', aliases: ['sqs', 'aws sqs', 'simple queue service'], alsoCategories: ['cloud'], implies: ['aws'] },
  { id: 'sns', name: 'Amazon SNS', category: 'message-queue', aliases: ['sns', 'aws sns'], alsoCategories: ['cloud'], implies: ['aws'] },
  { id: 'kinesis', name: 'Amazon Kinesis', category: 'message-queue', aliases: ['kinesis', 'aws kinesis'], alsoCategories: ['cloud'], implies: ['aws'] },
  { id: 'eventbridge', name: 'Amazon EventBridge', category: 'message-queue', aliases: ['eventbridge', 'aws eventbridge'], alsoCategories: ['cloud'], implies: ['aws'] },
  { id: 'nats', name: 'NATS', category: 'message-queue', aliases: ['nats.io', 'nats jetstream'], ambiguous: { NATS: 'case' } },
  { id: 'activemq', name: 'ActiveMQ', category: 'message-queue', aliases: ['apache activemq', 'active mq'] },
  { id: 'pubsub', name: 'Google Cloud Pub/Sub', category: 'message-queue', aliases: ['pub/sub', 'gcp pub/sub', 'google pub/sub', 'cloud pub/sub'], alsoCategories: ['cloud'], implies: ['gcp'] },
  { id: 'azure-service-bus', name: 'Azure Service Bus', category: 'message-queue', aliases: ['service bus'], alsoCategories: ['cloud'], implies: ['azure'] },
  { id: 'celery', name: 'Celery', category: 'message-queue', aliases: [], ambiguous: { Celery: 'case' }, implies: ['python'] },
  { id: 'bullmq', name: 'BullMQ', category: 'message-queue', aliases: ['bull mq'], implies: ['nodejs'] },
  { id: 'sidekiq', name: 'Sidekiq', category: 'message-queue', aliases: [], implies: ['ruby'] },
  { id: 'zeromq', name: 'ZeroMQ', category: 'message-queue', aliases: ['zmq', '0mq'] },
  { id: 'pulsar', name: 'Apache Pulsar', category: 'message-queue', aliases: ['pulsar'] },
  { id: 'mqtt', name: 'MQTT', category: 'message-queue', aliases: ['mosquitto'] },

  // Search engines
  { id: 'elasticsearch', name: 'Elasticsearch', category: 'search-engine', aliases: ['elastic search', 'elk stack'] },
  { id: 'opensearch', name: 'OpenSearch', category: 'search-engine', aliases: ['open search', 'amazon opensearch'] },
  { id: 'solr', name: 'Apache Solr', category: 'search-engine', aliases: ['solr'] },
  { id: 'meilisearch', name: 'Meilisearch', category: 'search-engine', aliases: ['meili search'] },
  { id: 'typesense', name: 'Typesense', category: 'search-engine', aliases: [] },
  { id: 'algolia', name: 'Algolia', category: 'search-engine', aliases: [] },

  // Web servers, proxies and app servers
  { id: 'nginx', name: 'Nginx', category: 'web-server', aliases: ['engine x'] },
  { id: 'apache', name: 'Apache HTTP Server', category: 'web-server', aliases: ['Apache', 'httpd', 'apache httpd', 'apache2'], ambiguous: { Apache: 'case' } },
  { id: 'iis', name: 'IIS', category: 'web-server', aliases: ['microsoft iis', 'internet information services'] },
  { id: 'caddy', name: 'Caddy', category: 'web-server', aliases: ['caddy server', 'caddyfile'], ambiguous: { Caddy: 'case' } },
  { id: 'haproxy', name: 'HAProxy', category: 'web-server', aliases: ['ha proxy'] },
  { id: 'traefik', name: 'Traefik', category: 'web-server', aliases: [] },
  { id: 'envoy', name: 'Envoy', category: 'web-server', aliases: ['envoy proxy'], ambiguous: { Envoy: 'case' } },
  { id: 'kong', name: 'Kong', category: 'web-server', aliases: ['kong gateway'], ambiguous: { Kong: 'case' } },
  { id: 'tomcat', name: 'Apache Tomcat', category: 'web-server', aliases: ['tomcat'] },
  { id: 'gunicorn', name: 'Gunicorn', category: 'web-server', aliases: ['uwsgi'] },
  { id: 'uvicorn', name: 'Uvicorn', category: 'web-server', aliases: [] },

  // Cloud platforms and managed services
  { id: 'aws', name: 'AWS', category: 'cloud', aliases: ['amazon web services'] },
  { id: 'azure', name: 'Azure', category: 'cloud', aliases: ['microsoft azure'] },
  { id: 'gcp', name: 'Google Cloud', category: 'cloud', aliases: ['gcp', 'google cloud platform'] },
  { id: 'aws-lambda', name: 'AWS Lambda', category: 'cloud', aliases: ['amazon lambda', 'lambda functions'], implies: ['aws'] },
  { id: 's3', name: 'Amazon S3', category: 'cloud', aliases: ['s3', 'aws s3'], implies: ['aws'] },
  { id: 'ec2', name: 'Amazon EC2', category: 'cloud', aliases: ['ec2', 'aws ec2'], implies: ['aws'] },
  { id: 'api-gateway', name: 'Amazon API Gateway', category: 'cloud', aliases: ['aws api gateway'], implies: ['aws'] },
  { id: 'cloudfront', name: 'Amazon CloudFront', category: 'cloud', aliases: ['cloudfront'], implies: ['aws'] },
  { id: 'azure-functions', name: 'Azure Functions', category: 'cloud', aliases: [], implies: ['azure'] },
  { id: 'azure-app-service', name: 'Azure App Service', category: 'cloud', aliases: [], implies: ['azure'] },
  { id: 'cloud-run', name: 'Google Cloud Run', category: 'cloud', aliases: ['cloud run'], implies: ['gcp'] },
  { id: 'app-engine', name: 'Google App Engine', category: 'cloud', aliases: ['app engine', 'gae'], implies: ['gcp'] },
  { id: 'heroku', name: 'Heroku', category: 'cloud', aliases: [] },
  { id: 'digitalocean', name: 'DigitalOcean', category: 'cloud', aliases: ['digital ocean'] },
  { id: 'vercel', name: 'Vercel', category: 'cloud', aliases: [] },
  { id: 'netlify', name: 'Netlify', category: 'cloud', aliases: [] },
  { id: 'fly-io', name: 'Fly.io', category: 'cloud', aliases: ['flyio'] },
  { id: 'cloudflare', name: 'Cloudflare', category: 'cloud', aliases: ['cloudflare workers'] },

  // Containers
  { id: 'docker', name: 'Docker', category: 'container', aliases: ['dockerfile', 'containerization', 'containerisation'] },
  { id: 'podman', name: 'Podman', category: 'container', aliases: [] },
  { id: 'docker-compose', name: 'Docker Compose', category: 'container', aliases: ['compose file', 'docker-compose.yml'], implies: ['docker'] },

  // Orchestration
  { id: 'kubernetes', name: 'Kubernetes', category: 'orchestration', aliases: ['k8s', 'kube', 'kubectl'] },
  { id: 'helm', name: 'Helm', category: 'orchestration', aliases: ['helm charts', 'helm chart'], ambiguous: { Helm: 'case' }, implies: ['kubernetes'] },
  { id: 'nomad', name: 'Nomad', category: 'orchestration', aliases: ['hashicorp nomad'], ambiguous: { Nomad: 'case' } },
  { id: 'ecs', name: 'Amazon ECS', category: 'orchestration', aliases: ['ECS', 'aws ecs', 'elastic container service'], ambiguous: { ECS: 'domain' }, alsoCategories: ['cloud'], implies: ['aws'] },
  { id: 'fargate', name: 'AWS Fargate', category: 'orchestration', aliases: ['fargate'], alsoCategories: ['cloud'], implies: ['aws'] },
  { id: 'eks', name: 'Amazon EKS', category: 'orchestration', aliases: ['eks', 'aws eks'], alsoCategories: ['cloud'], implies: ['aws', 'kubernetes'] },
  { id: 'gke', name: 'Google Kubernetes Engine', category: 'orchestration', aliases: ['gke'], alsoCategories: ['cloud'], implies: ['gcp', 'kubernetes'] },
  { id: 'aks', name: 'Azure Kubernetes Service', category: 'orchestration', aliases: ['aks'], alsoCategories: ['cloud'], implies: ['azure', 'kubernetes'] },
  { id: 'docker-swarm', name: 'Docker Swarm', category: 'orchestration', aliases: ['swarm mode'], implies: ['docker'] },
  { id: 'openshift', name: 'OpenShift', category: 'orchestration', aliases: ['red hat openshift'], implies: ['kubernetes'] },

  // CI/CD
  { id: 'ci-cd', name: 'CI/CD', category: 'ci-cd', aliases: ['continuous integration', 'continuous delivery', 'continuous deployment', 'ci/cd pipeline', 'ci/cd pipelines'] },
  { id: 'github-actions', name: 'GitHub Actions', category: 'ci-cd', aliases: ['gh actions', 'github workflows', 'github action'] },
  { id: 'gitlab-ci', name: 'GitLab CI', category: 'ci-cd', aliases: ['gitlab ci/cd', 'gitlab-ci.yml', 'gitlab pipelines'] },
  { id: 'jenkins', name: 'Jenkins', category: 'ci-cd', aliases: ['jenkinsfile'] },
  { id: 'circleci', name: 'CircleCI', category: 'ci-cd', aliases: ['circle ci'] },
  { id: 'travis-ci', name: 'Travis CI', category: 'ci-cd', aliases: ['travis', 'travis-ci.yml'] },
  { id: 'azure-pipelines', name: 'Azure Pipelines', category: 'ci-cd', aliases: ['azure devops'] },
  { id: 'argo-cd', name: 'Argo CD', category: 'ci-cd', aliases: ['argocd'] },
  { id: 'bitbucket-pipelines', name: 'Bitbucket Pipelines', category: 'ci-cd', aliases: [] },
  { id: 'teamcity', name: 'TeamCity', category: 'ci-cd', aliases: ['team city'] },

  // API styles and protocols
  { id: 'rest', name: 'REST', category: 'api-style', aliases: ['rest api', 'restful', 'restful api', 'rest apis', 'restful apis'], ambiguous: { REST: 'case' } },
  { id: 'graphql', name: 'GraphQL', category: 'api-style', aliases: ['graph ql'] },
  { id: 'apollo', name: 'Apollo GraphQL', category: 'api-style', aliases: ['apollo server', 'apollo federation'], implies: ['graphql'] },
  { id: 'grpc', name: 'gRPC', category: 'api-style', aliases: ['grpc-web'] },
  { id: 'protobuf', name: 'Protocol Buffers', category: 'api-style', aliases: ['protobuf', 'protobufs'] },
  { id: 'websocket', name: 'WebSocket', category: 'api-style', aliases: ['websockets', 'web sockets', 'web socket'] },
  { id: 'socket-io', name: 'Socket.IO', category: 'api-style', aliases: ['socketio'], implies: ['websocket'] },
  { id: 'openapi', name: 'OpenAPI', category: 'api-style', aliases: ['swagger', 'openapi 3', 'open api'] },
  { id: 'soap', name: 'SOAP', category: 'api-style', aliases: ['wsdl'], ambiguous: { SOAP: 'case' } },
  { id: 'trpc', name: 'tRPC', category: 'api-style', aliases: [] },
  { id: 'json-rpc', name: 'JSON-RPC', category: 'api-style', aliases: ['jsonrpc'] },
  { id: 'webhooks', name: 'Webhooks', category: 'api-style', aliases: ['webhook'] },

  // Authentication and authorization
  { id: 'oauth', name: 'OAuth', category: 'auth', aliases: ['oauth 2.0', 'oauth2', 'oauth 2'] },
  { id: 'openid-connect', name: 'OpenID Connect', category: 'auth', aliases: ['oidc', 'openid'] },
  { id: 'jwt', name: 'JWT', category: 'auth', aliases: ['json web token', 'json web tokens', 'jsonwebtoken', 'jwts'] },
  { id: 'sessions', name: 'Session authentication', category: 'auth', aliases: ['Sessions', 'session auth', 'session-based authentication', 'cookie sessions', 'express-session'], ambiguous: { Sessions: 'skip' } },
  { id: 'api-keys', name: 'API keys', category: 'auth', aliases: ['api key', 'api key authentication'] },
  { id: 'saml', name: 'SAML', category: 'auth', aliases: ['saml 2.0', 'saml2'] },
  { id: 'sso', name: 'Single sign-on', category: 'auth', aliases: ['sso', 'single sign on'] },
  { id: 'two-factor', name: 'Two-factor authentication', category: 'auth', aliases: ['2fa', 'mfa', 'multi-factor authentication', 'two factor authentication', 'totp'] },
  { id: 'ldap', name: 'LDAP', category: 'auth', aliases: [] },
  { id: 'passport', name: 'Passport.js', category: 'auth', aliases: ['Passport', 'passportjs'], ambiguous: { Passport: 'context' }, implies: ['nodejs'] },
  { id: 'keycloak', name: 'Keycloak', category: 'auth', aliases: [] },
  { id: 'auth0', name: 'Auth0', category: 'auth', aliases: [] },
  { id: 'okta', name: 'Okta', category: 'auth', aliases: [] },
  { id: 'cognito', name: 'Amazon Cognito', category: 'auth', aliases: ['cognito', 'aws cognito'], alsoCategories: ['cloud'], implies: ['aws'] },
  { id: 'spring-security', name: 'Spring Security', category: 'auth', aliases: [], implies: ['spring', 'java'] },
  { id: 'devise', name: 'Devise', category: 'auth', aliases: [], ambiguous: { Devise: 'context' }, implies: ['rails', 'ruby'] },
  { id: 'rbac', name: 'RBAC', category: 'auth', aliases: ['role-based access control', 'role based access control', 'Roles', 'user roles'], ambiguous: { Roles: 'skip' } },
  { id: 'abac', name: 'ABAC', category: 'auth', aliases: ['attribute-based access control', 'attribute based access control'] },
  { id: 'acl', name: 'ACL', category: 'auth', aliases: ['access control list', 'access control lists', 'acls'] },
  { id: 'permissions', name: 'Scopes & permissions', category: 'auth', aliases: ['Permissions', 'Scopes', 'oauth scopes', 'permission system'], ambiguous: { Permissions: 'skip', Scopes: 'skip' } },
  { id: 'casbin', name: 'Casbin', category: 'auth', aliases: [] },
  { id: 'bcrypt', name: 'bcrypt', category: 'auth', aliases: ['bcryptjs'] },
  { id: 'pbkdf2', name: 'PBKDF2', category: 'auth', aliases: [] },
  { id: 'argon2', name: 'Argon2', category: 'auth', aliases: ['argon2id', 'argon2i'] },
  { id: 'scrypt', name: 'scrypt', category: 'auth', aliases: [] },

  // Security
  { id: 'https', name: 'HTTPS/TLS', category: 'security', aliases: ['https', 'tls', 'ssl', 'ssl/tls', 'mtls', 'mutual tls'] },
  { id: 'lets-encrypt', name: "Let's Encrypt", category: 'security', aliases: ['letsencrypt', 'lets encrypt', 'certbot'], implies: ['https'] },
  { id: 'rate-limiting', name: 'Rate limiting', category: 'security', aliases: ['rate limit', 'rate limiter', 'throttling', 'request throttling', 'express-rate-limit'] },
  { id: 'encryption', name: 'Encryption', category: 'security', aliases: ['data encryption', 'encryption at rest', 'aes'] },
  { id: 'input-validation', name: 'Input validation', category: 'security', aliases: ['request validation', 'data validation', 'input sanitization'] },
  { id: 'sql-injection-prevention', name: 'SQL injection prevention', category: 'security', aliases: ['sql injection', 'parameterized queries', 'prepared statements'] },
  { id: 'xss-prevention', name: 'XSS prevention', category: 'security', aliases: ['xss', 'cross-site scripting'] },
  { id: 'csrf-protection', name: 'CSRF protection', category: 'security', aliases: ['csrf', 'xsrf', 'cross-site request forgery'] },
  { id: 'security-headers', name: 'Security headers', category: 'security', aliases: ['helmet', 'helmet.js', 'content security policy', 'hsts'] },
  { id: 'cors', name: 'CORS', category: 'security', aliases: ['cross-origin resource sharing'] },
  { id: 'owasp', name: 'OWASP', category: 'security', aliases: ['owasp top 10', 'owasp top ten'] },
  { id: 'secrets-management', name: 'Secrets management', category: 'security', aliases: ['secret management'] },
  { id: 'vault', name: 'HashiCorp Vault', category: 'security', aliases: ['Vault'], ambiguous: { Vault: 'context' }, implies: ['secrets-management'] },
  { id: 'snyk', name: 'Snyk', category: 'security', aliases: [] },
  { id: 'dependabot', name: 'Dependabot', category: 'security', aliases: [] },
  { id: 'sonarqube', name: 'SonarQube', category: 'security', aliases: ['sonarcloud', 'sonar'] },

  // Practices: performance
  { id: 'optimization', name: 'Performance optimization', category: 'practice', aliases: ['Optimization', 'optimisation', 'query optimization', 'performance tuning', 'performance optimisation', 'query tuning'], ambiguous: { Optimization: 'skip' } },
  { id: 'indexing', name: 'Database indexing', category: 'practice', aliases: ['Indexing', 'indexes', 'db indexing', 'index tuning'], ambiguous: { Indexing: 'skip', indexes: 'skip' } },
  { id: 'load-testing', name: 'Load testing', category: 'practice', aliases: ['load test', 'load tests', 'stress testing', 'performance testing'] },
  { id: 'benchmarking', name: 'Benchmarking', category: 'practice', aliases: ['benchmark', 'benchmarks'], ambiguous: { benchmark: 'skip', benchmarks: 'skip' } },
  { id: 'profiling', name: 'Profiling', category: 'practice', aliases: ['performance profiling', 'flame graphs'], ambiguous: { Profiling: 'skip' } },
  { id: 'k6', name: 'k6', category: 'practice', aliases: ['grafana k6'], implies: ['load-testing'] },
  { id: 'jmeter', name: 'Apache JMeter', category: 'practice', aliases: ['jmeter'], implies: ['load-testing'] },
  { id: 'gatling', name: 'Gatling', category: 'practice', aliases: [], implies: ['load-testing'] },
  { id: 'locust', name: 'Locust', category: 'practice', aliases: [], ambiguous: { Locust: 'case' }, implies: ['load-testing'] },

  // Practices: data design and access
  { id: 'schema-design', name: 'Schema design', category: 'practice', aliases: ['database design', 'db design', 'data modeling', 'data modelling', 'database schema', 'er diagram'] },
  { id: 'normalization', name: 'Database normalization', category: 'practice', aliases: ['Normalization', 'normalisation', '3nf', 'normal forms'], ambiguous: { Normalization: 'skip' } },
  { id: 'migrations', name: 'Database migrations', category: 'practice', aliases: ['Migrations', 'schema migrations', 'db migrations'], ambiguous: { Migrations: 'skip' } },
  { id: 'full-text-search', name: 'Full-text search', category: 'practice', aliases: ['full text search', 'fts'] },
  { id: 'flyway', name: 'Flyway', category: 'practice', aliases: [], implies: ['migrations'] },
  { id: 'liquibase', name: 'Liquibase', category: 'practice', aliases: [], implies: ['migrations'] },
  { id: 'alembic', name: 'Alembic', category: 'practice', aliases: [], implies: ['migrations', 'python'] },
  { id: 'prisma', name: 'Prisma', category: 'practice', aliases: ['prisma orm'], implies: ['nodejs'] },
  { id: 'typeorm', name: 'TypeORM', category: 'practice', aliases: ['type orm'], implies: ['typescript'] },
  { id: 'sequelize', name: 'Sequelize', category: 'practice', aliases: [], implies: ['nodejs'] },
  { id: 'drizzle', name: 'Drizzle ORM', category: 'practice', aliases: ['drizzle'], ambiguous: { drizzle: 'skip' }, implies: ['typescript'] },
  { id: 'sqlalchemy', name: 'SQLAlchemy', category: 'practice', aliases: ['sql alchemy'], implies: ['python'] },
  { id: 'hibernate', name: 'Hibernate', category: 'practice', aliases: ['jpa', 'spring data jpa'], implies: ['java'] },
  { id: 'entity-framework', name: 'Entity Framework', category: 'practice', aliases: ['ef core', 'entity framework core', 'efcore'], implies: ['dotnet', 'csharp'] },
  { id: 'activerecord', name: 'Active Record', category: 'practice', aliases: ['activerecord'], implies: ['rails', 'ruby'] },
  { id: 'eloquent', name: 'Eloquent', category: 'practice', aliases: ['eloquent orm'], ambiguous: { Eloquent: 'case' }, implies: ['laravel', 'php'] },
  { id: 'gorm', name: 'GORM', category: 'practice', aliases: [], implies: ['go'] },
  { id: 'mongoose', name: 'Mongoose', category: 'practice', aliases: ['mongoosejs'], ambiguous: { Mongoose: 'case' }, implies: ['mongodb', 'nodejs'] },

  // Practices: quality and delivery
  { id: 'testing', name: 'Automated testing', category: 'practice', aliases: ['integration testing', 'integration tests', 'automated tests', 'e2e testing', 'end-to-end testing'] },
  { id: 'unit-testing', name: 'Unit testing', category: 'practice', aliases: ['unit tests', 'unit test'] },
  { id: 'tdd', name: 'TDD', category: 'practice', aliases: ['test-driven development', 'test driven development'] },
  { id: 'jest', name: 'Jest', category: 'practice', aliases: [], ambiguous: { Jest: 'case' }, implies: ['testing'] },
  { id: 'vitest', name: 'Vitest', category: 'practice', aliases: [], implies: ['testing'] },
  { id: 'pytest', name: 'pytest', category: 'practice', aliases: ['py.test'], implies: ['testing', 'python'] },
  { id: 'junit', name: 'JUnit', category: 'practice', aliases: ['junit5', 'junit 5'], implies: ['testing', 'java'] },
  { id: 'rspec', name: 'RSpec', category: 'practice', aliases: [], implies: ['testing', 'ruby'] },
  { id: 'phpunit', name: 'PHPUnit', category: 'practice', aliases: [], implies: ['testing', 'php'] },
  { id: 'git', name: 'Git', category: 'practice', aliases: ['version control'] },

  // Practices: architecture and operations
  { id: 'microservices', name: 'Microservices', category: 'practice', aliases: ['microservice', 'microservice architecture', 'micro-services'] },
  { id: 'event-driven', name: 'Event-driven architecture', category: 'practice', aliases: ['event driven architecture', 'event-driven'] },
  { id: 'event-sourcing', name: 'Event sourcing', category: 'practice', aliases: [] },
  { id: 'cqrs', name: 'CQRS', category: 'practice', aliases: ['command query responsibility segregation'] },
  { id: 'ddd', name: 'Domain-driven design', category: 'practice', aliases: ['ddd', 'domain driven design'] },
  { id: 'observability', name: 'Observability', category: 'practice', aliases: ['monitoring'] },
  { id: 'logging', name: 'Logging', category: 'practice', aliases: ['structured logging', 'centralized logging'], ambiguous: { Logging: 'skip' } },
  { id: 'prometheus', name: 'Prometheus', category: 'practice', aliases: [], implies: ['observability'] },
  { id: 'grafana', name: 'Grafana', category: 'practice', aliases: [], implies: ['observability'] },
  { id: 'opentelemetry', name: 'OpenTelemetry', category: 'practice', aliases: ['otel', 'open telemetry'], implies: ['observability'] },
  { id: 'datadog', name: 'Datadog', category: 'practice', aliases: [], implies: ['observability'] },
  { id: 'sentry', name: 'Sentry', category: 'practice', aliases: [], ambiguous: { Sentry: 'case' }, implies: ['observability'] },
  { id: 'terraform', name: 'Terraform', category: 'practice', aliases: ['opentofu'], implies: ['iac'] },
  { id: 'iac', name: 'Infrastructure as code', category: 'practice', aliases: ['iac'] },
  { id: 'pulumi', name: 'Pulumi', category: 'practice', aliases: [], implies: ['iac'] },
  { id: 'cloudformation', name: 'AWS CloudFormation', category: 'practice', aliases: ['cloudformation', 'aws cdk'], implies: ['aws', 'iac'] },
  { id: 'ansible', name: 'Ansible', category: 'practice', aliases: [], implies: ['iac'] },
  { id: 'chef', name: 'Chef', category: 'practice', aliases: ['chef infra'], ambiguous: { Chef: 'context' }, implies: ['iac'] },
  { id: 'puppet', name: 'Puppet', category: 'practice', aliases: [], ambiguous: { Puppet: 'context' }, implies: ['iac'] },
  { id: 'zod', name: 'Zod', category: 'practice', aliases: [], implies: ['input-validation', 'typescript'] },
  { id: 'joi', name: 'Joi', category: 'practice', aliases: ['hapi joi'], ambiguous: { Joi: 'case' }, implies: ['input-validation', 'nodejs'] },
  { id: 'pydantic', name: 'Pydantic', category: 'practice', aliases: [], implies: ['input-validation', 'python'] },
];
