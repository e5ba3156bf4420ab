import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRepository, matchDependency, manifestKind, solutionProjects, techStrength } from '../../shared/detection';
import type { DetectedTech, RepoSnapshot } from '../../shared/github-types';
import { resolveTag } from '../../shared/taxonomy';

/** Canonical names as the taxonomy spells them: "Kafka" may be "Apache Kafka". */
const canon = (x: string) => resolveTag(x).name;
const names = (...xs: string[]) => expect.arrayContaining(xs.map(canon));

function snap(over: Partial<RepoSnapshot>): RepoSnapshot {
  const manifests = over.manifests ?? {};
  return {
    fullName: 'me/x', description: null, homepage: null, topics: [], languages: [], licence: null, readme: null, readmeName: null,
    rootEntries: [], workflowFiles: [], manifests, paths: over.paths ?? Object.keys(manifests), ...over,
  };
}
function detect(over: Partial<RepoSnapshot>) {
  return detectRepository(snap(over));
}
function techs(over: Partial<RepoSnapshot>): string[] {
  return detect(over).technologies.map((t) => t.name);
}
function tech(over: Partial<RepoSnapshot>, name: string): DetectedTech | undefined {
  return detect(over).technologies.find((t) => t.name === canon(name));
}
const deps = (file: string, text: string) => manifestKind(file)!.parse(text).dependencies.map((d) => d.name);

describe('manifest parsers', () => {
  it('package.json: every dependency field, scripts and bin', () => {
    const parsed = manifestKind('package.json')!.parse(JSON.stringify({ dependencies: { express: '5' }, devDependencies: { vitest: '4' }, scripts: { test: 'vitest run' }, bin: { x: 'x.js' } }));
    expect(parsed.dependencies).toEqual([{ name: 'express', dev: false }, { name: 'vitest', dev: true }]);
    expect(parsed).toMatchObject({ hasBin: true, scripts: ['vitest run'] });
  });

  it('requirements.txt: comments, markers, extras, options and editable installs', () => {
    const text = '# web\nDjango>=5  # the framework\npsycopg2-binary==2.9 ; python_version>"3"\nredis[hiredis]\n-r base.txt\n--index-url https://example.org/simple\n-e git+https://github.com/me/lib.git#egg=mylib\nhttps://example.org/pkg.whl\n';
    expect(deps('requirements.txt', text)).toEqual(['Django', 'psycopg2-binary', 'redis', 'mylib']);
    expect(manifestKind('requirements/prod.txt')).not.toBeNull();
    expect(manifestKind('dev-requirements.txt')).not.toBeNull();
  });

  it('pyproject.toml: PEP 621 arrays with comments and extras, dependency groups, Poetry groups', () => {
    const pep621 = '[project]\nname = "x"\ndependencies = [\n  "fastapi>=0.110",  # web\n  "psycopg[binary]>=3", # database\n  # "celery", not yet\n]\n[project.optional-dependencies]\ncache = ["redis"]\n[dependency-groups]\ndev = ["pytest>=8"]\n[tool.pytest.ini_options]\naddopts = "-q"\n';
    const parsed = manifestKind('pyproject.toml')!.parse(pep621);
    expect(parsed.dependencies.map((d) => d.name)).toEqual(['fastapi', 'psycopg', 'redis', 'pytest']);
    expect(parsed.dependencies[1].features).toEqual(['binary']);
    expect(parsed.testConfig).toBe('pytest');
    const poetry = '[tool.poetry.dependencies]\npython = "^3.12"\nFlask = "^3"\npasslib = { extras = ["bcrypt"], version = "^1.7" }\n[tool.poetry.group.dev.dependencies]\npytest = "^8"\n';
    expect(manifestKind('pyproject.toml')!.parse(poetry).dependencies).toEqual([{ name: 'Flask' }, { name: 'passlib', features: ['bcrypt'] }, { name: 'pytest', dev: true }]);
  });

  it('Pipfile, setup.cfg and setup.py', () => {
    expect(deps('Pipfile', '[packages]\ncelery = "*"\nflask = {version = "*", extras = ["async"]}\n[dev-packages]\nlocust = "*"\n')).toEqual(['celery', 'flask', 'locust']);
    expect(deps('setup.cfg', '[metadata]\nname = x\n[options]\ninstall_requires =\n    requests>=2\n    # sqlalchemy\n    click\n[options.extras_require]\ntest = pytest\n')).toEqual(['requests', 'click', 'pytest']);
    expect(deps('setup.py', "from setuptools import setup\nsetup(\n  name='x',\n  install_requires=[\n    'flask>=3',  # web\n    # 'django',\n    \"gunicorn\",\n  ],\n)\n")).toEqual(['flask', 'gunicorn']);
  });

  it('Cargo.toml: tables, workspace inheritance, renames and features', () => {
    const text = '[package]\nname = "x"\n[dependencies]\naxum = "0.7"\nsqlx.workspace = true\ndb = { package = "tokio-postgres", version = "0.7" }\n[dependencies.diesel]\nversion = "2"\nfeatures = ["postgres"]\n[workspace.dependencies]\nsqlx = { version = "0.8", features = ["runtime-tokio", "sqlite"] }\n[target.\'cfg(unix)\'.dependencies]\nredis = "0.25"\n';
    const parsed = manifestKind('Cargo.toml')!.parse(text);
    expect(parsed.dependencies.map((d) => d.name)).toEqual(['axum', 'sqlx', 'tokio-postgres', 'diesel', 'sqlx', 'redis']);
    expect(parsed.dependencies.map((d) => d.name)).not.toContain('sqlx.workspace');
    expect(techs({ manifests: { 'Cargo.toml': text } })).toEqual(names('Axum', 'SQLx', 'Diesel', 'PostgreSQL', 'SQLite', 'Redis'));
  });

  it('go.mod: `// indirect` requirements are not the project’s own', () => {
    const text = 'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgithub.com/mattn/go-sqlite3 v1.14.22\n\tgithub.com/go-sql-driver/mysql v1.7.1 // indirect\n\tgithub.com/lib/pq v1.10.9 // indirect\n)\n\nrequire github.com/golang-jwt/jwt/v5 v5.2.0\n';
    expect(deps('go.mod', text)).toEqual(['github.com/gin-gonic/gin', 'github.com/mattn/go-sqlite3', 'github.com/golang-jwt/jwt/v5']);
    const found = techs({ manifests: { 'go.mod': text } });
    expect(found).toEqual(names('Gin', 'SQLite', 'JWT'));
    expect(found).not.toContain(canon('MySQL'));
    expect(found).not.toContain(canon('PostgreSQL'));
    expect(deps('Gopkg.toml', '[[constraint]]\n  name = "github.com/gorilla/mux"\n  version = "1.6.0"\n')).toEqual(['github.com/gorilla/mux']);
  });

  it('pom.xml: a commented-out dependency is not read; test scope, plugins and the parent are', () => {
    const pom = `<?xml version="1.0"?>
<project>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId></parent>
  <dependencies>
    <!-- <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency> -->
    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>
  </dependencies>
</project>`;
    const parsed = manifestKind('pom.xml')!.parse(pom);
    expect(parsed.dependencies).toEqual([{ name: 'com.h2database:h2' }, { name: 'org.junit.jupiter:junit-jupiter', dev: true }]);
    const found = techs({ manifests: { 'pom.xml': pom } });
    expect(found).toEqual(names('Spring Boot', 'H2 Database', 'JUnit', 'Automated testing'));
    expect(found).not.toContain(canon('PostgreSQL'));
  });

  it('Gradle: commented dependencies, plugin ids, kotlin(), and a version catalog', () => {
    const kts = 'plugins {\n  id("org.springframework.boot") version "3.3.0"\n  kotlin("jvm")\n}\ndependencies {\n  implementation("org.springframework.kafka:spring-kafka:3.1")\n  // implementation("org.postgresql:postgresql:42.7")\n  /* implementation("com.mysql:mysql-connector-j") */\n  implementation(libs.ktor.server.core)\n  testImplementation(group = "io.kotest", name = "kotest-runner-junit5")\n}\nrepositories { maven { url = uri("https://repo.example.org/maven") } }\n';
    const parsed = manifestKind('build.gradle.kts')!.parse(kts);
    expect(parsed.plugins).toEqual(expect.arrayContaining(['org.springframework.boot', 'org.jetbrains.kotlin.jvm']));
    expect(parsed.dependencies.map((d) => d.name)).toEqual(['org.springframework.kafka:spring-kafka', 'io.kotest:kotest-runner-junit5']);
    const catalog = '[versions]\nktor = "2.3.0"\n[libraries]\nktor-server-core = { module = "io.ktor:ktor-server-core", version.ref = "ktor" }\nexposed = "org.jetbrains.exposed:exposed-core:0.50.0"\n[plugins]\nflyway = { id = "org.flywaydb.flyway", version = "10" }\n';
    const found = techs({ manifests: { 'build.gradle.kts': kts, 'gradle/libs.versions.toml': catalog } });
    expect(found).toEqual(names('Spring Boot', 'Apache Kafka', 'Kotest', 'Ktor', 'Exposed', 'Flyway', 'Database migrations'));
    expect(found).not.toContain(canon('PostgreSQL'));
    expect(found).not.toContain(canon('MySQL'));
  });

  it('sbt: libraries, Play modules in a multi-line Seq, and plugins', () => {
    const sbt = 'lazy val root = (project in file(".")).enablePlugins(PlayScala)\nlibraryDependencies ++= Seq(\n  evolutions,\n  ehcache,\n  "com.typesafe.play" %% "play-slick" % "5.0.0",\n  // "org.postgresql" % "postgresql" % "42",\n  "org.scalatestplus.play" %% "scalatestplus-play" % "5.0.0" % "test",\n)\n';
    const found = techs({ manifests: { 'build.sbt': sbt, 'project/plugins.sbt': 'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.8.0")\n' } });
    expect(found).toEqual(names('Play Framework', 'Slick', 'Database migrations', 'Caching', 'ScalaTest'));
    expect(found).not.toContain(canon('PostgreSQL'));
  });

  it('Gemfile: comments and groups; mix.exs: the deps list', () => {
    const gemfile = "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n# gem 'bcrypt', '~> 3.1'\ngroup :development, :test do\n  gem 'rspec-rails'\nend\ngem \"pg\"\n";
    expect(manifestKind('Gemfile')!.parse(gemfile).dependencies).toEqual([{ name: 'rails' }, { name: 'rspec-rails', dev: true }, { name: 'pg' }]);
    expect(techs({ manifests: { Gemfile: gemfile } })).not.toContain('bcrypt');
    const mix = 'defmodule App.MixProject do\n  defp deps do\n    [\n      {:phoenix, "~> 1.7"},\n      # {:redix, "~> 1.0"},\n      {:postgrex, ">= 0.0.0"},\n      {:guardian, "~> 2.0"}\n    ]\n  end\nend\n';
    expect(deps('mix.exs', mix)).toEqual(['phoenix', 'postgrex', 'guardian']);
  });

  it('.NET: projects under src/, the Web SDK, central package versions; solutions name their projects', () => {
    const csproj = '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <ItemGroup>\n    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" />\n    <!-- <PackageReference Include="StackExchange.Redis" /> -->\n  </ItemGroup>\n</Project>';
    const props = '<Project><ItemGroup><PackageVersion Include="Swashbuckle.AspNetCore" Version="6.5.0" /><PackageVersion Include="xunit" Version="2.9.0" /></ItemGroup></Project>';
    const found = techs({ manifests: { 'src/Api/Api.csproj': csproj, 'Directory.Packages.props': props } });
    expect(found).toEqual(names('ASP.NET Core', '.NET', 'Entity Framework', 'PostgreSQL', 'OpenAPI', 'xUnit'));
    expect(found).not.toContain('Redis');
    expect(solutionProjects('App.sln', 'Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Api", "src\\Api\\Api.csproj", "{1}"\nEndProject\n')).toEqual(['src/Api/Api.csproj']);
    expect(solutionProjects('App.slnx', '<Solution><Folder Name="/src/"><Project Path="src\\Api\\Api.csproj" /></Folder></Solution>')).toEqual(['src/Api/Api.csproj']);
  });

  it('monorepo workspaces: manifests of every package count, with their paths in the evidence', () => {
    const t = tech({ manifests: { 'package.json': JSON.stringify({ workspaces: ['apps/*'], devDependencies: { turbo: '2' } }), 'apps/api/package.json': JSON.stringify({ dependencies: { fastify: '4', pg: '8' } }) } }, 'Fastify');
    expect(t?.evidence).toEqual(['apps/api/package.json depends on fastify']);
  });

  it('matches prefixes (longest first) and folds PyPI spellings', () => {
    expect(matchDependency('npm', '@google-cloud/storage')).toMatchObject({ tech: 'Google Cloud' });
    expect(matchDependency('pypi', 'Psycopg2_Binary')).toMatchObject({ tech: 'PostgreSQL' });
    expect(matchDependency('maven', 'io.quarkus:quarkus-jdbc-postgresql')).toEqual(expect.arrayContaining([expect.objectContaining({ tech: 'PostgreSQL' })]));
    expect(matchDependency('maven', 'io.quarkus:quarkus-arc')).toMatchObject({ tech: 'Quarkus' });
    expect(matchDependency('go', 'github.com/aws/aws-sdk-go-v2/service/dynamodb')).toMatchObject({ tech: 'DynamoDB' });
    expect(matchDependency('npm', 'left-pad')).toBeNull();
  });

  it('a file that does not parse is a readable warning, not a crash', () => {
    const d = detect({ manifests: { 'package.json': '{ nope', 'composer.json': '[]', 'Cargo.toml': '[dependencies\naxum = ', 'docker-compose.yml': 'services: [' } });
    expect(d.warnings).toHaveLength(4);
    expect(d.warnings[0]).toMatch(/^package\.json could not be read \(.+\); its dependencies were not checked\.$/);
    expect(d.warnings.join('\n')).toMatch(/docker-compose\.yml could not be read/);
  });
});

describe('config and deployment files', () => {
  it('compose: `services: # comment`, images, command lines and own services', () => {
    const compose = 'services: # the stack\n  api:\n    build: ./api\n    command: gunicorn app:app -b 0.0.0.0\n  worker:\n    build: ./api\n    command: celery -A app worker\n  web:\n    build: ./web\n  search:\n    build: ./search\n  db:\n    image: docker.io/library/postgres:16-alpine\n  cache:\n    image: redis:7\n';
    const d = detect({ manifests: { 'docker/docker-compose.yml': compose } });
    expect(d.technologies.map((t) => t.name)).toEqual(names('Docker Compose', 'Docker', 'PostgreSQL', 'Redis', 'Gunicorn', 'Celery'));
    expect(d.technologies.find((t) => t.name === 'PostgreSQL')?.evidence[0]).toMatch(/docker\/docker-compose\.yml service "db" uses the image docker\.io\/library\/postgres:16-alpine/);
    // api and worker share one build: three services of its own, not four.
    expect(d.kinds.find((k) => k.kind === 'microservices')?.evidence[0]).toMatch(/3 services of its own \(api, web, search\)/);
  });

  it('Dockerfile: base images of every stage, a runtime only from the stage that runs', () => {
    const found = techs({ manifests: { 'web/Dockerfile': 'FROM node:20 AS build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n', Dockerfile: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCMD ["dotnet", "Api.dll"]\n' } });
    expect(found).toEqual(names('Docker', 'Nginx', 'ASP.NET Core'));
    expect(found).not.toContain('Node.js');
  });

  it('workflows: actions, commands and service containers', () => {
    const wf = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      db:\n        image: postgres:16\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n      - uses: aws-actions/configure-aws-credentials@v4\n      - run: |\n          pip install -r requirements.txt\n          pytest -q\n      - run: echo "kubectl is not run here"\n';
    const d = detect({ manifests: { '.github/workflows/ci.yml': wf } });
    expect(d.technologies.map((t) => t.name)).toEqual(names('GitHub Actions', 'PostgreSQL', 'Docker', 'AWS', 'pytest'));
    expect(d.technologies.map((t) => t.name)).not.toContain('Kubernetes');
  });

  it('other CI and platforms: GitLab, Jenkins, Travis services, Procfile, App Engine, serverless.yml, cdk.json, SST', () => {
    const found = techs({
      manifests: {
        '.gitlab-ci.yml': 'test:\n  image: python:3.12\n  services: [redis:7]\n  script:\n    - pytest\n',
        Jenkinsfile: "pipeline { stages { stage('t') { steps { sh 'go test ./...' } } } }",
        '.travis.yml': 'language: php\nservices:\n  - mysql\nscript: phpunit\n',
        Procfile: 'web: gunicorn app:app\nrelease: python manage.py migrate\n',
        'app.yaml': 'runtime: python312\n',
        'serverless.yml': 'service: api\nprovider:\n  name: aws\nfunctions:\n  hello:\n    handler: h.hello\n    events:\n      - httpApi: GET /\nresources:\n  Resources:\n    Table:\n      Type: AWS::DynamoDB::Table\n',
        'cdk.json': '{ "app": "npx ts-node bin/app.ts" }',
        'sst.config.ts': 'export default $config({ app() { return { name: "x" } }, async run() { new sst.aws.Dynamo("T", {}); } });',
      },
    });
    expect(found).toEqual(names(
      'GitLab CI', 'Redis', 'pytest', 'Jenkins', 'Go testing', 'Travis CI', 'MySQL', 'PHPUnit', 'Heroku', 'Gunicorn', 'Google App Engine',
      'Serverless Framework', 'AWS', 'AWS Lambda', 'Amazon API Gateway', 'DynamoDB', 'AWS CDK', 'SST', 'Infrastructure as code',
    ));
  });

  it('Kubernetes manifests, Helm charts and Terraform, by their contents', () => {
    const found = techs({
      manifests: {
        'k8s/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: cache\n          image: redis:7\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nspec:\n  tls:\n    - hosts: [api.example.org]\n',
        'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\ndependencies:\n  - name: postgresql\n    version: 15.x\n',
        'infra/main.tf': '# provider "azurerm" {}\nprovider "aws" {\n  region = "eu-west-1"\n}\nresource "aws_sqs_queue" "jobs" {}\n',
      },
    });
    expect(found).toEqual(names('Kubernetes', 'Redis', 'HTTPS/TLS', 'Helm', 'PostgreSQL', 'Terraform', 'AWS', 'Amazon SQS', 'Infrastructure as code'));
    expect(found).not.toContain('Azure');
  });

  it('HTTPS/TLS only from TLS configuration, never from a URL', () => {
    expect(techs({ readme: 'Live at https://example.org. Docs: <https://docs.example.org>. We use HTTPS everywhere.', homepage: 'https://example.org' })).not.toContain(canon('HTTPS'));
    expect(techs({ manifests: { 'nginx.conf': 'server {\n  listen 80;\n  location / { proxy_pass http://api; }\n}\n' } })).not.toContain(canon('HTTPS'));
    expect(tech({ manifests: { 'nginx/site.conf': 'server {\n  listen 443 ssl;\n  ssl_certificate /etc/letsencrypt/live/x/fullchain.pem;\n}\n' } }, 'HTTPS')?.evidence[0]).toMatch(/serves TLS/);
    expect(techs({ manifests: { Caddyfile: 'api.example.org {\n  reverse_proxy api:8000\n}\n' } })).toContain(canon('HTTPS'));
    expect(techs({ manifests: { Caddyfile: ':80 {\n  reverse_proxy api:8000\n}\n' } })).not.toContain(canon('HTTPS'));
  });

  it('application settings: .env drivers and URLs, Spring, Rails, Django, Prisma; not every key a template lists', () => {
    const found = techs({
      manifests: {
        '.env.example': 'DB_CONNECTION=pgsql\nREDIS_HOST=127.0.0.1\nMEMCACHED_HOST=127.0.0.1\nBROKER_URL=amqp://guest@rabbit//\n',
        'src/main/resources/application.yml': 'spring:\n  datasource:\n    url: jdbc:mysql://db/app\n',
        'config/database.yml': 'default: &default\n  adapter: sqlite3\n',
        'app/settings.py': "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n# CACHES = {'default': {'BACKEND': 'django.core.cache.backends.redis.RedisCache'}}\n",
        'prisma/schema.prisma': 'datasource db {\n  provider = "mongodb"\n  url = env("DATABASE_URL")\n}\n',
      },
    });
    expect(found).toEqual(names('PostgreSQL', 'RabbitMQ', 'MySQL', 'SQLite', 'Prisma', 'MongoDB'));
    expect(found).not.toContain('Redis');
    expect(found).not.toContain('Memcached');
  });

  it('a folder name alone never claims a technology; files in it do', () => {
    expect(techs({ paths: ['prisma/', 'infrastructure/', 'k8s/', 'migrations/', 'tests/', 'terraform/'] })).toEqual([]);
    expect(techs({ paths: ['migrations/', 'migrations/0001_init.sql'] })).toEqual([canon('Database migrations')]);
    expect(techs({ paths: ['tests/', 'tests/test_api.py', 'tests/conftest.py'] })).toEqual(names('pytest', 'Automated testing'));
    expect(techs({ paths: ['internal/', 'internal/store_test.go'] })).toEqual(names('Go testing', 'Automated testing'));
  });

  it('an OpenAPI document shows OpenAPI and REST', () => {
    const t = tech({ manifests: { 'docs/openapi.yaml': 'openapi: 3.0.1\ninfo: { title: x, version: "1" }\npaths:\n  /todos: {}\n  /todos/{id}: {}\n' } }, 'OpenAPI');
    expect(t?.evidence[0]).toMatch(/OpenAPI 3\.0\.1 description docs\/openapi\.yaml \(2 paths\)/);
  });
});

describe('languages', () => {
  it('a share of the code, with byte evidence', () => {
    const d = detect({ languages: [{ name: 'Go', bytes: 90_000 }, { name: 'Shell', bytes: 500 }, { name: 'Python', bytes: 1_000 }] });
    expect(d.technologies.map((t) => t.name)).toEqual([canon('Go')]);
    expect(d.technologies[0].evidence[0]).toMatch(/88 KB of Go \(98% of the code\)/);
  });
  it('a minor language that comes only from tool files does not count', () => {
    const languages = [{ name: 'Python', bytes: 50_000 }, { name: 'Ruby', bytes: 4_300 }];
    expect(techs({ languages, paths: ['app.py', 'Vagrantfile', 'Rakefile'] })).toEqual([canon('Python')]);
    expect(techs({ languages, paths: ['app.py', 'scripts/seed.rb'] })).toEqual(names('Python', 'Ruby'));
  });
  it('a little PL/pgSQL shows PostgreSQL', () => {
    expect(techs({ languages: [{ name: 'Rust', bytes: 80_000 }, { name: 'PLpgSQL', bytes: 2_000 }] })).toEqual(names('Rust', 'PostgreSQL'));
  });
});

describe('README mentions, read with care', () => {
  const readme = (text: string) => detect({ readme: text }).technologies;
  const mentioned = (text: string) => readme(text).map((t) => t.name);

  it('a technology only the README names is a mention, shown with its sentence', () => {
    const [t] = readme('# Shop\n\nOrders are stored in PostgreSQL.\n');
    expect(t).toMatchObject({ name: 'PostgreSQL', strength: 'mentioned' });
    expect(t.evidence[0]).toBe('README mentions PostgreSQL: “Orders are stored in PostgreSQL.”');
    expect(techStrength(t)).toBe('mentioned');
  });
  it('a manifest makes the same technology demonstrated, its evidence first', () => {
    const t = tech({ readme: 'Stores data in PostgreSQL.', manifests: { 'package.json': JSON.stringify({ dependencies: { pg: '8' } }) } }, 'PostgreSQL');
    expect(t?.strength).toBe('demonstrated');
    expect(t?.evidence).toEqual(['package.json depends on pg', 'README mentions PostgreSQL: “Stores data in PostgreSQL.”']);
  });
  it('ignores URLs, link targets, images and code', () => {
    expect(mentioned('See [the guide](https://redis.io/docs) and https://www.mongodb.com/atlas.\n\n![Kafka](https://img.example/kafka.png)\n\n```sh\nnpm ci\ndocker run -d postgres:16\n# Kafka too\n```\n\n~~~\nredis-server --port 6379\n~~~\n\nRun `docker run -p 6379 redis` first.\n')).toEqual([]);
  });
  it('ignores negative and future sentences', () => {
    for (const s of ['Redis caching is not implemented yet.', "We don't use Kafka.", 'Kubernetes would be overkill for this.', 'In future we will add RabbitMQ.', 'TODO: add Elasticsearch.', 'Planned: GraphQL support.', 'You could also swap SQLite for MySQL.', 'Unlike MongoDB, this stores rows.']) {
      expect(mentioned(s), s).toEqual([]);
    }
  });
  it('ignores unchecked boxes but reads checked ones', () => {
    expect(mentioned('- [ ] Add Redis caching\n- [x] JWT authentication\n')).toEqual([canon('JWT')]);
  });
  it('ignores sections about plans and other projects', () => {
    expect(mentioned('# API\n\nBuilt with FastAPI.\n\n## Roadmap\n\n- Kafka events\n\n## Related projects\n\nA GraphQL port exists.\n\n## Usage\n\nUses Redis.\n')).toEqual(names('FastAPI', 'Redis'));
  });
  it('“Todo API” is a title, not a TODO section', () => {
    expect(mentioned('# Todo API\n\nA REST API over PostgreSQL.\n')).toEqual(names('REST', 'PostgreSQL'));
  });
  it('a passing mention of Docker to start a database is not how the project runs', () => {
    expect(mentioned('Start PostgreSQL with Docker before running the tests.')).toEqual([canon('PostgreSQL')]);
  });
  it('a library the project’s manifest does not declare is described elsewhere (another branch, an alternative)', () => {
    const found = techs({ readme: 'This branch uses TypeORM; the prisma branch uses Prisma.', manifests: { 'package.json': JSON.stringify({ dependencies: { typeorm: '0.3' } }) } });
    expect(found).toContain('TypeORM');
    expect(found).not.toContain('Prisma');
  });
  it('names what careful readers expect: frameworks, stores, practices', () => {
    expect(mentioned('An ASP.NET Core API with Entity Framework on Couchbase, documented with Swagger. It follows CQRS and DDD, runs with Docker Compose, and keeps files in S3 buckets.'))
      .toEqual(names('ASP.NET Core', 'Entity Framework', 'Couchbase', 'OpenAPI', 'CQRS', 'Domain-driven design', 'Docker Compose', 'Amazon S3'));
  });
  it('a sentence wrapped over two lines is read whole', () => {
    expect(mentioned('Secrets come from a deployment environment such as\n[Kubernetes secrets].\n')).toEqual([]);
  });
});

describe('kinds, topics and taxonomy rules', () => {
  it('topics are mentions; an alias that needs context does not count alone', () => {
    const d = detect({ topics: ['postgres', 'ecs', 'microservices'] });
    expect(d.technologies.map((t) => [t.name, t.strength])).toEqual([['PostgreSQL', 'mentioned'], [canon('microservices'), 'mentioned']]);
    expect(d.kinds.map((k) => k.kind)).toContain('microservices');
  });
  it('a tool rule names the tool and its practice; implies is applied', () => {
    expect(techs({ manifests: { 'pom.xml': '<project><dependencies><dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId></dependency></dependencies></project>' } })).toEqual(names('Flyway', 'Database migrations'));
    expect(techs({ manifests: { 'package.json': JSON.stringify({ dependencies: { mongoose: '8', zod: '3' } }) } })).toEqual(names('Mongoose', 'MongoDB', 'Zod', 'Input validation', 'Node.js'));
    expect(techs({ manifests: { 'main.tf': 'terraform {\n  required_version = ">= 1.5"\n}\n' } })).toEqual(names('Terraform', 'Infrastructure as code'));
  });
  it('migration commands a build runs show database migrations', () => {
    expect(tech({ manifests: { 'package.json': JSON.stringify({ scripts: { deploy: 'prisma migrate deploy && node dist/main.js' } }) } }, 'Database migrations')?.evidence[0]).toBe('package.json runs migrations with `prisma migrate deploy`');
    expect(techs({ manifests: { 'mix.exs': 'defp aliases do\n  ["ecto.setup": ["ecto.create", "ecto.migrate"]]\nend\n' } })).toContain(canon('Database migrations'));
    expect(techs({ manifests: { 'package.json': JSON.stringify({ scripts: { start: 'node migrate-later.js' } }) } })).not.toContain(canon('Database migrations'));
  });
  it('test frameworks of every ecosystem show automated tests', () => {
    const cases: Array<[string, string, string]> = [
      ['package.json', JSON.stringify({ devDependencies: { vitest: '2' } }), 'Vitest'],
      ['requirements-dev.txt', 'pytest\n', 'pytest'],
      ['Gemfile', "gem 'rspec-rails'\n", 'RSpec'],
      ['composer.json', JSON.stringify({ 'require-dev': { 'phpunit/phpunit': '11' } }), 'PHPUnit'],
      ['tests/Api.Tests/Api.Tests.csproj', '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="NUnit" /></ItemGroup></Project>', 'NUnit'],
      ['build.gradle', "dependencies { testImplementation 'org.junit.jupiter:junit-jupiter:5.10.0' }", 'JUnit'],
    ];
    for (const [file, text, framework] of cases) expect(techs({ manifests: { [file]: text } }), file).toEqual(names(framework, 'Automated testing'));
  });
  it('kinds: crud needs an API and a database, demonstrated; README words alone do not make a crud app', () => {
    const crud = detect({ manifests: { 'package.json': JSON.stringify({ dependencies: { fastify: '4', mongoose: '8' } }) } });
    expect(crud.kinds.find((k) => k.kind === 'crud')?.evidence[0]).toMatch(/Fastify .* over a database \(/);
    expect(detect({ readme: 'A GraphQL server on PostgreSQL.' }).kinds.map((k) => k.kind)).not.toContain('crud');
    expect(detect({ readme: 'Add to cart, then checkout.' }).kinds.map((k) => k.kind)).toContain('ecommerce');
    const cli = detect({ manifests: { 'package.json': JSON.stringify({ bin: { x: 'x.js' }, dependencies: { commander: '12' } }) } });
    expect(cli.kinds.map((k) => k.kind)).toContain('cli');
  });
  it('reads snapshots stored before paths were recorded', () => {
    const old = { ...snap({ manifests: { 'package.json': JSON.stringify({ dependencies: { express: '5' } }) } }), paths: undefined, rootEntries: [{ name: 'Dockerfile', type: 'blob' as const }], workflowFiles: ['ci.yml'] };
    expect(detectRepository(old).technologies.map((t) => t.name)).toEqual(names('Express', 'Node.js', 'GitHub Actions'));
  });
});

describe('robustness', () => {
  it('never throws on arbitrary snapshots', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.string()), (manifest, readme, topics) => {
        const files = ['package.json', 'pyproject.toml', 'pom.xml', 'go.mod', 'docker-compose.yml', 'Cargo.toml', 'build.gradle', 'Dockerfile', '.github/workflows/ci.yml', 'k8s/a.yaml', 'main.tf', 'nginx.conf', '.env'];
        const d = detect({ readme, topics, manifests: Object.fromEntries(files.map((f) => [f, manifest])) });
        expect(Array.isArray(d.technologies)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
