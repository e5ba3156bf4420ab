import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRepository, matchDependency, parseComposeServices, parseManifest } from '../../shared/detection';
import type { RepoSnapshot } from '../../shared/github-types';
import { resolveTag } from '../../shared/taxonomy';

/** Canonical names as the (growing) taxonomy spells them: "Kafka" may be "Apache Kafka". */
const names = (...xs: string[]) => expect.arrayContaining(xs.map((x) => resolveTag(x).name));

function snap(over: Partial<RepoSnapshot>): RepoSnapshot {
  return { fullName: 'me/x', description: null, homepage: null, topics: [], languages: [], licence: null, readme: null, readmeName: null, rootEntries: [], workflowFiles: [], manifests: {}, ...over };
}
function techs(over: Partial<RepoSnapshot>): string[] {
  return detectRepository(snap(over)).technologies.map((t) => t.name);
}

describe('manifest parsing and dependency rules, per ecosystem', () => {
  it('npm: package.json', () => {
    const d = detectRepository(snap({ manifests: { 'package.json': JSON.stringify({ dependencies: { express: '5', jsonwebtoken: '9', '@aws-sdk/client-s3': '3' }, devDependencies: { 'rate-limiter-flexible': '1' } }) } }));
    expect(d.technologies.find((t) => t.name === resolveTag('JWT').name)?.evidence).toEqual(['package.json depends on jsonwebtoken']);
    expect(d.technologies.map((t) => t.name)).toEqual(names('Express', 'AWS', 'Rate limiting', 'Node.js'));
  });
  it('pypi: requirements.txt, pyproject.toml (PEP 621 and Poetry), Pipfile', () => {
    expect(techs({ manifests: { 'requirements.txt': '# deps\nDjango>=5\npsycopg2-binary==2.9 ; python_version>"3"\n-r other.txt\nPyJWT\n' } })).toEqual(names('Django', 'PostgreSQL', 'JWT'));
    expect(techs({ manifests: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "fastapi>=0.1",\n  "redis[hiredis]",\n]\n' } })).toEqual(names('FastAPI', 'Redis'));
    expect(techs({ manifests: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.12"\nFlask = "^3"\nSQLAlchemy = "2"\n' } })).toEqual(names('Flask', 'SQLAlchemy'));
    expect(techs({ manifests: { Pipfile: '[packages]\ncelery = "*"\n\n[dev-packages]\nlocust = "*"\n' } })).toEqual(names('Celery', 'Load testing'));
  });
  it('maven and gradle', () => {
    const pom = '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency><dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency></dependencies></project>';
    expect(techs({ manifests: { 'pom.xml': pom } })).toEqual(names('Spring Security', 'PostgreSQL'));
    expect(techs({ manifests: { 'build.gradle.kts': 'plugins { id("org.springframework.boot") version "3" }\ndependencies { implementation("org.springframework.kafka:spring-kafka:3.1") }' } })).toEqual(names('Spring Boot', 'Kafka'));
  });
  it('rubygems, composer, nuget, go, cargo', () => {
    expect(techs({ manifests: { Gemfile: "source 'https://rubygems.org'\ngem 'rails', '~> 7'\ngem \"devise\"\n" } })).toEqual(names('Ruby on Rails', 'Devise'));
    expect(techs({ manifests: { 'composer.json': JSON.stringify({ require: { 'laravel/framework': '^11', 'firebase/php-jwt': '6' } }) } })).toEqual(names('Laravel', 'JWT'));
    expect(techs({ manifests: { 'Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8" /></ItemGroup></Project>' } })).toEqual(names('ASP.NET Core', 'PostgreSQL'));
    expect(techs({ manifests: { 'go.mod': 'module x\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgithub.com/jackc/pgx/v5 v5.5.0 // indirect\n)\n' } })).toEqual(names('Gin', 'PostgreSQL'));
    expect(techs({ manifests: { 'Cargo.toml': '[dependencies]\naxum = "0.7"\nsqlx = { version = "0.7", features = ["postgres", "runtime-tokio"] }\n' } })).toEqual(names('Axum', 'SQLx', 'PostgreSQL'));
  });
  it('matches prefixes and folds PyPI spellings', () => {
    expect(matchDependency('npm', '@google-cloud/storage')?.tech).toBe('Google Cloud');
    expect(matchDependency('pypi', 'Psycopg2_Binary')?.tech).toBe('PostgreSQL');
    expect(matchDependency('maven', 'org.flywaydb:flyway-core')?.tech).toBe('Database migrations');
    expect(matchDependency('npm', 'left-pad')).toBeNull();
  });
  it('a manifest that does not parse is a warning, not a crash', () => {
    const d = detectRepository(snap({ manifests: { 'package.json': '{ nope', 'composer.json': '[]' } }));
    expect(d.warnings).toHaveLength(2);
    expect(d.warnings[0]).toMatch(/package\.json could not be read/);
    expect(() => parseManifest('package.json', 'null')).toThrow();
  });
});

describe('other detectors', () => {
  it('languages above a share of the code, with byte evidence', () => {
    const d = detectRepository(snap({ languages: [{ name: 'Go', bytes: 90_000 }, { name: 'Shell', bytes: 500 }, { name: 'Python', bytes: 1_000 }] }));
    expect(d.technologies.map((t) => t.name)).toEqual([resolveTag('Go').name]);
    expect(d.technologies[0].evidence[0]).toMatch(/88 KB of Go \(98% of the code\)/);
  });
  it('root files: Docker, compose, workflows, k8s, helm, terraform, openapi, migrations', () => {
    const t = techs({
      rootEntries: [
        { name: 'Dockerfile', type: 'blob' }, { name: 'k8s', type: 'tree' }, { name: 'charts', type: 'tree' }, { name: 'main.tf', type: 'blob' },
        { name: 'openapi.yaml', type: 'blob' }, { name: 'migrations', type: 'tree' }, { name: 'nginx.conf', type: 'blob' }, { name: 'serverless.yml', type: 'blob' },
      ],
      workflowFiles: ['ci.yml'],
    });
    expect(t).toEqual(names('Docker', 'Kubernetes', 'Helm', 'Terraform', 'OpenAPI', 'REST', 'Database migrations', 'Nginx', 'Serverless', 'GitHub Actions'));
  });
  it('topics through taxonomy aliases, and README keywords as weak evidence', () => {
    const d = detectRepository(snap({ topics: ['postgres', 'k8s', 'microservices'], readme: 'Uses RabbitMQ for jobs. Not about redistribution.' }));
    const byName = new Map(d.technologies.map((t) => [t.name, t.evidence]));
    expect(byName.get(resolveTag('PostgreSQL').name)).toEqual(['tagged with the topic "postgres"']);
    expect(byName.get(resolveTag('Kubernetes').name)).toBeDefined();
    expect(byName.get(resolveTag('RabbitMQ').name)).toEqual(['README mentions RabbitMQ']);
    expect(byName.has(resolveTag('Redis').name)).toBe(false);
    expect(d.kinds.map((k) => k.kind)).toContain('microservices');
  });
  it('compose services: infrastructure images and own services', () => {
    const compose = 'version: "3"\nservices:\n  users:\n    build: ./users\n  orders:\n    build: ./orders\n  gateway:\n    image: me/gateway:1\n  db:\n    image: docker.io/library/postgres:16-alpine\nvolumes:\n  data: {}\n';
    expect(parseComposeServices(compose).map((s) => s.name)).toEqual(['users', 'orders', 'gateway', 'db']);
    const d = detectRepository(snap({ manifests: { 'docker-compose.yml': compose } }));
    expect(d.kinds.find((k) => k.kind === 'microservices')?.evidence[0]).toMatch(/3 services of its own \(users, orders, gateway\)/);
    expect(d.technologies.find((t) => t.name === resolveTag('PostgreSQL').name)?.evidence[0]).toMatch(/runs docker.io\/library\/postgres:16-alpine as "db"/);
  });
  it('kinds: crud needs an API and a database; README words alone do not make a crud app', () => {
    const crud = detectRepository(snap({ manifests: { 'package.json': JSON.stringify({ dependencies: { fastify: '4', mongoose: '8' } }) } }));
    expect(crud.kinds.find((k) => k.kind === 'crud')?.evidence[0]).toMatch(/Fastify .* over a database \(MongoDB/);
    const words = detectRepository(snap({ readme: 'A GraphQL server on PostgreSQL.' }));
    expect(words.kinds.map((k) => k.kind)).not.toContain('crud');
    const shop = detectRepository(snap({ readme: 'Add to cart, then checkout.' }));
    expect(shop.kinds.map((k) => k.kind)).toContain('ecommerce');
    const cli = detectRepository(snap({ manifests: { 'package.json': JSON.stringify({ bin: { x: 'x.js' }, dependencies: { commander: '12' } }) } }));
    expect(cli.kinds.map((k) => k.kind)).toContain('cli');
  });
  it('never throws on arbitrary snapshots', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.string()), (manifest, readme, topics) => {
        const d = detectRepository(snap({ readme, topics, manifests: { 'package.json': manifest, 'pyproject.toml': manifest, 'pom.xml': manifest, 'go.mod': manifest, 'docker-compose.yml': manifest } }));
        expect(Array.isArray(d.technologies)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
