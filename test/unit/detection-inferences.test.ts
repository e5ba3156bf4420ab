/**
 * What several pieces of evidence show together: a REST API from an HTTP framework and what shows
 * it answers API calls; migrations from a folder only beside its tool; Active Record from Rails
 * over a SQL database. A README alone stays a mention; a folder alone claims nothing.
 */
import { describe, expect, it } from 'vitest';
import { detectRepository } from '../../shared/detection';
import { readmeEndpoints } from '../../shared/detection/readme';
import type { DetectedTech, RepoSnapshot } from '../../shared/github-types';

function detect(over: Partial<RepoSnapshot>): DetectedTech[] {
  const manifests = over.manifests ?? {};
  const snapshot: RepoSnapshot = {
    fullName: 'me/notes', description: null, homepage: null, topics: [], languages: [], licence: null, readme: null, readmeName: null,
    rootEntries: [], workflowFiles: [], manifests, paths: over.paths ?? Object.keys(manifests), ...over,
  };
  return detectRepository(snapshot).technologies;
}
const rest = (over: Partial<RepoSnapshot>) => detect(over).find((t) => t.name === 'REST');
const pkg = (deps: Record<string, string>) => JSON.stringify({ dependencies: deps });

describe('REST APIs', () => {
  it('an HTTP framework with token auth or CORS serves an API (demonstrated)', () => {
    expect(rest({ manifests: { 'package.json': pkg({ express: '4', jsonwebtoken: '9' }) } })).toMatchObject({ strength: 'demonstrated', evidence: [expect.stringMatching(/Express serves an HTTP API: it authenticates requests with JWTs/)] });
    const gomod = 'module x\n\ngo 1.22\n\nrequire github.com/gin-gonic/gin v1.9.1\nrequire github.com/rs/cors v1.10.0\n';
    expect(rest({ manifests: { 'go.mod': gomod } })).toMatchObject({ strength: 'demonstrated' });
  });

  it('Spring Boot counts only with its web starter', () => {
    const web = '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency><dependency><groupId>io.jsonwebtoken</groupId><artifactId>jjwt-api</artifactId></dependency></dependencies></project>';
    expect(rest({ manifests: { 'pom.xml': web } })).toMatchObject({ strength: 'demonstrated', evidence: [expect.stringContaining('Spring Boot serves an HTTP API')] });
    const batch = web.replace('spring-boot-starter-web', 'spring-boot-starter-batch');
    expect(rest({ manifests: { 'pom.xml': batch } })).toBeUndefined();
  });

  it('a request collection or sources under api/ show it too; FastAPI is an API framework by itself', () => {
    const flask = { 'requirements.txt': 'flask==3.0\n' };
    expect(rest({ manifests: flask, paths: ['requirements.txt', 'docs/', 'docs/Notes API.postman_collection.json'] })).toMatchObject({ strength: 'demonstrated' });
    expect(rest({ manifests: flask, paths: ['requirements.txt', 'app/', 'app/api/notes.py'] })).toMatchObject({ strength: 'demonstrated' });
    expect(rest({ manifests: { Gemfile: 'gem "rails"\ngem "pg"\n' }, paths: ['Gemfile', 'app/', 'app/controllers/', 'app/controllers/api/'] })).toMatchObject({ strength: 'demonstrated' });
    expect(rest({ manifests: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["fastapi>=0.110"]\n' } })).toMatchObject({ strength: 'demonstrated', evidence: ['FastAPI serves JSON APIs'] });
  });

  it('a light framework’s routes without page templates answer API calls', () => {
    expect(rest({ manifests: { 'package.json': pkg({ express: '4', pg: '8' }) }, paths: ['package.json', 'routes/', 'routes/todos.js'] })).toMatchObject({ strength: 'demonstrated', evidence: [expect.stringContaining('its routes (routes/todos.js) render no page templates')] });
    expect(rest({ manifests: { 'go.mod': 'module x\n\ngo 1.22\n\nrequire github.com/labstack/echo/v4 v4.11.0\n' }, paths: ['go.mod', 'handler/', 'handler/user_handler.go'] })).toMatchObject({ strength: 'demonstrated' });
    // With templates or a view engine, the same routes serve pages.
    expect(rest({ manifests: { 'package.json': pkg({ express: '4', pug: '3' }) }, paths: ['package.json', 'routes/', 'routes/index.js'] })).toBeUndefined();
    expect(rest({ manifests: { 'requirements.txt': 'flask\n' }, paths: ['requirements.txt', 'app/', 'app/routes.py', 'app/templates/'] })).toBeUndefined();
  });

  it('a framework alone, or pages with controllers, is no REST claim', () => {
    expect(rest({ manifests: { 'package.json': pkg({ express: '4', ejs: '3' }) }, paths: ['package.json', 'views/', 'views/index.ejs', 'controllers/', 'controllers/home.js'] })).toBeUndefined();
    expect(rest({ manifests: { Gemfile: 'gem "rails"\ngem "pg"\n' }, paths: ['Gemfile', 'app/', 'app/controllers/', 'app/controllers/posts_controller.rb'] })).toBeUndefined();
  });

  it('JWT and CORS do not make a GraphQL server a REST API', () => {
    expect(rest({ manifests: { 'package.json': pkg({ express: '4', cors: '2', jsonwebtoken: '9', '@apollo/server': '4' }) } })).toBeUndefined();
  });

  it('a README endpoint list is a mention; with a framework and nothing else, still a mention', () => {
    const readme = '# Notes\n\n## Endpoints\n\n| Method | Path |\n| --- | --- |\n| GET | /api/notes |\n| POST | /api/notes |\n| DELETE | `/api/notes/:id` |\n';
    expect(rest({ readme })).toMatchObject({ strength: 'mentioned', evidence: [expect.stringContaining('README lists 3 endpoints (GET /api/notes, POST /api/notes, DELETE /api/notes/:id)')] });
    expect(rest({ readme, manifests: { 'package.json': pkg({ koa: '2' }) } })).toMatchObject({ strength: 'mentioned' });
  });

  it('the repository’s name saying API, beside a framework, is a mention', () => {
    expect(rest({ fullName: 'me/todo-api', manifests: { 'package.json': pkg({ fastify: '4' }) } })).toMatchObject({ strength: 'mentioned' });
    expect(rest({ fullName: 'me/rapid-notes', manifests: { 'package.json': pkg({ fastify: '4' }) } })).toBeUndefined();
  });
});

describe('README endpoints', () => {
  it('reads methods and paths in tables, lists and code; not URLs, plans or GraphQL', () => {
    const readme = [
      '# API', '', '- `GET /users` lists users', '- POST /users/{id}/avatar', '', '```http', 'PATCH /users/42', '```', '',
      'Open https://example.org/GET/items or GET http://localhost:3000/health.', '- [ ] DELETE /users (planned)', 'TODO: PUT /users/:id',
      'POST /graphql', '', '## Roadmap', '', 'GET /reports', '',
    ].join('\n');
    expect(readmeEndpoints(readme)).toEqual(['GET /users', 'POST /users/{id}/avatar', 'PATCH /users/42']);
  });
});

describe('migrations and Active Record', () => {
  it('a migrations folder counts only beside the tool that writes it', () => {
    const names = (over: Partial<RepoSnapshot>) => detect(over).map((t) => t.name);
    expect(names({ manifests: { 'composer.json': JSON.stringify({ require: { 'laravel/framework': '11' } }) }, paths: ['composer.json', 'database/', 'database/migrations/'] })).toContain('Database migrations');
    expect(names({ paths: ['database/', 'database/migrations/'] })).not.toContain('Database migrations');
    const efProject = '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.0" /></ItemGroup></Project>';
    expect(names({ manifests: { 'src/Api/Api.csproj': efProject }, paths: ['src/Api/Api.csproj', 'src/Api/Migrations/'] })).toContain('Database migrations');
    expect(names({ manifests: { 'src/Api/Api.csproj': efProject.replace('EntityFrameworkCore.SqlServer', 'Mvc.Core') }, paths: ['src/Api/Api.csproj', 'src/Api/Migrations/'] })).not.toContain('Database migrations');
  });

  it('Rails over a SQL database is Active Record; Rails over MongoDB is not', () => {
    const ar = detect({ manifests: { Gemfile: 'gem "rails"\ngem "pg"\n' } }).find((t) => t.name === 'Active Record');
    expect(ar).toMatchObject({ strength: 'demonstrated', evidence: [expect.stringContaining('Gemfile depends on pg')] });
    expect(detect({ manifests: { Gemfile: 'gem "rails"\ngem "mongoid"\n' } }).map((t) => t.name)).not.toContain('Active Record');
  });
});

describe('migration commands and images', () => {
  const names = (over: Partial<RepoSnapshot>) => detect(over).map((t) => t.name);
  it('a release line, a compose job or a CI step that applies migrations is the practice', () => {
    expect(names({ manifests: { Procfile: 'web: bundle exec puma\nrelease: bundle exec rails db:migrate\n' } })).toContain('Database migrations');
    expect(names({ manifests: { 'compose.yaml': 'services:\n  migrate:\n    image: migrate/migrate\n    command: ["-path", "/migrations", "-database", "postgres://db/app", "up"]\n' } })).toContain('Database migrations');
    expect(names({ manifests: { 'compose.yaml': 'services:\n  flyway:\n    image: flyway/flyway:10\n' } })).toEqual(expect.arrayContaining(['Flyway', 'Database migrations']));
    const workflow = 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx prisma migrate deploy\n';
    expect(names({ manifests: { '.github/workflows/deploy.yml': workflow }, workflowFiles: ['deploy.yml'] })).toContain('Database migrations');
  });
  it('a command that only mentions a migration is not one', () => {
    expect(names({ manifests: { Procfile: 'web: node server.js --migrate-later\n' } })).not.toContain('Database migrations');
  });
});

describe('project kinds', () => {
  const kinds = (over: Partial<RepoSnapshot>) => {
    const manifests = over.manifests ?? {};
    return detectRepository({
      fullName: 'me/blog', description: null, homepage: null, topics: [], languages: [], licence: null, readme: null, readmeName: null,
      rootEntries: [], workflowFiles: [], manifests, paths: over.paths ?? Object.keys(manifests), ...over,
    }).kinds.map((k) => k.kind);
  };
  it('a web framework over a database is a CRUD app; it is an API only when an API style shows', () => {
    const pages = kinds({ manifests: { 'requirements.txt': 'django\npsycopg\n' } });
    expect(pages).toContain('crud');
    expect(pages).not.toContain('api');
    expect(kinds({ manifests: { 'requirements.txt': 'django\npsycopg\ndjangorestframework\n' } })).toEqual(expect.arrayContaining(['api', 'crud']));
  });
});

describe('project templates', () => {
  it('a compose file with template placeholders is read once they are filled', () => {
    const compose = 'services:\n  db:\n    image: "postgres:alpine"\n    environment:\n      - POSTGRES_DB={{project_name}}\n  broker:\n    image: rabbitmq:alpine\n{% if use_redis %}\n  cache:\n    image: redis:7\n{% endif %}\nvolumes:\n  dbdata:\n    name: {{project_name}}_dbdata\n';
    const d = detectRepository({
      fullName: 'me/boilerplate', description: null, homepage: null, topics: [], languages: [], licence: null, readme: null, readmeName: null,
      rootEntries: [], workflowFiles: [], manifests: { 'docker-compose.yml': compose }, paths: ['docker-compose.yml'],
    });
    expect(d.warnings).toEqual([]);
    expect(d.technologies.map((t) => t.name)).toEqual(expect.arrayContaining(['PostgreSQL', 'RabbitMQ', 'Docker Compose']));
  });
});
