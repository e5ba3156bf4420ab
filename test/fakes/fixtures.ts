/** Fixture repositories for the fake GitHub: a few realistic ones, hostile ones, and N generated. */
import type { FakeGitHub, FakeRepo } from './fake-github';

export const GOOD_README = `# Todo API

A small REST API for tracking tasks, built with Express and PostgreSQL. It shows authentication
with JSON Web Tokens, password hashing with bcrypt and input validation on every endpoint, and it
is the project I use to try out caching and database indexing ideas.

![Screenshot](docs/screenshot.png)

## Installation

\`\`\`sh
npm install
docker compose up -d
npm run migrate
\`\`\`

## Usage

Start the server with \`npm start\` and call the endpoints below. Every request needs a bearer
token obtained from the login endpoint. Responses are JSON; errors carry a stable code.

## API

- GET /todos lists your tasks, newest first, with paging through the cursor parameter.
- POST /todos creates a task; the title is required and is at most 200 characters long.
- PATCH /todos/:id updates a task, and DELETE /todos/:id removes it for good.
- POST /auth/login returns a token valid for one hour; refresh it with POST /auth/refresh.

## Design notes

Tasks live in a single table with an index on (owner, created_at) so listing stays fast with
many rows. Migrations are plain SQL files applied in order at start-up. Rate limiting protects
the login endpoint from guessing. The service runs behind a reverse proxy in production, which
terminates TLS and adds security headers. Tests run in CI on every push with a real database.

## Licence

MIT, see LICENSE.
`;

export function todoApi(owner: string): FakeRepo {
  return {
    owner,
    name: 'todo-api',
    description: 'A REST API for tasks with JWT auth',
    homepage: 'https://todo.example.com',
    stars: 12,
    forks: 3,
    licence: { spdxId: 'MIT', name: 'MIT License' },
    topics: ['rest-api', 'postgres', 'express'],
    pushedAt: '2026-03-01T10:00:00Z',
    languages: { TypeScript: 52_000, JavaScript: 1_000, Dockerfile: 500 },
    files: {
      'README.md': GOOD_README,
      LICENSE: 'MIT',
      Dockerfile: 'FROM node:24',
      'docker-compose.yml': 'services:\n  api:\n    build: .\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n',
      'package.json': JSON.stringify({ dependencies: { express: '^5', pg: '^8', jsonwebtoken: '^9', bcrypt: '^5', ioredis: '^5' }, devDependencies: { vitest: '^5' } }),
      '.github/workflows/ci.yml': 'on: push',
      'migrations/001.sql': 'create table todos();',
      'docs/screenshot.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    },
  };
}

export function shopServices(owner: string): FakeRepo {
  return {
    owner,
    name: 'shop-services',
    description: 'Online store: cart, checkout and payments as services',
    pushedAt: '2026-02-01T10:00:00Z',
    languages: { Python: 80_000, Go: 30_000 },
    files: {
      'README.md': '# Shop\n\nMicroservices for a shop.',
      'docker-compose.yaml': 'services:\n  cart:\n    build: ./cart\n  checkout:\n    build: ./checkout\n  payments:\n    build: ./payments\n  queue:\n    image: rabbitmq:3\n  db:\n    image: postgres:16\n',
      'requirements.txt': 'fastapi==0.110\nsqlalchemy>=2\npsycopg2-binary\nstripe\npika # queue\n',
      'k8s/deployment.yaml': 'kind: Deployment',
    },
  };
}

export function forkedRepo(owner: string): FakeRepo {
  return { owner, name: 'someone-elses-lib', isFork: true, pushedAt: '2025-06-01T00:00:00Z', languages: { Go: 1000 }, files: { 'go.mod': 'module x\n\nrequire github.com/gin-gonic/gin v1.9.0\n' } };
}

export function archivedRepo(owner: string): FakeRepo {
  return { owner, name: 'old-blog', isArchived: true, pushedAt: '2024-06-01T00:00:00Z', languages: { Ruby: 1000 }, files: { Gemfile: "gem 'rails'\ngem 'pg'\n" } };
}

/** Hostile data: script in the description and topics, binary README, invalid UTF-8, bad JSON manifest, huge text. */
export function hostileRepo(owner: string): FakeRepo {
  return {
    owner,
    name: 'hostile',
    description: '<script>alert(1)</script>\u0007 evil \u202Edesc',
    homepage: 'javascript:alert(1)',
    topics: ['<img-src=x>', 'docker', 'UPPER'],
    pushedAt: '2026-01-15T00:00:00Z',
    languages: { JavaScript: 10 },
    files: {
      'README.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'package.json': '{ "dependencies": { "express": ',
      'requirements.txt': Buffer.from([0x66, 0x6c, 0x61, 0x73, 0x6b, 0x0a, 0xff, 0xfe, 0x0a]),
      'Cargo.toml': 'x'.repeat(300_000),
    },
  };
}

/**
 * N varied repositories for the benchmark and the request-budget test: every one a README (some
 * in docs/), and layouts as real projects have them: a manifest at the root, a monorepo of
 * apps, a .NET solution under src/ (and one whose project sits deeper than the listing reads),
 * Gradle with a version catalog, a Python backend folder, compose files in docker/, workflows,
 * a course with a project two levels down and a Cargo workspace under crates/.
 */
export function generatedRepos(owner: string, n: number): FakeRepo[] {
  const start = Date.UTC(2026, 5, 1);
  return Array.from({ length: n }, (_, i) => {
    const layout = i % 8;
    const files: Record<string, string> = {
      [i % 9 === 0 ? 'docs/README.md' : 'README.md']: `# Repo ${i}\n\nThis is generated repository number ${i}, used to measure sync speed. It keeps data in PostgreSQL.\n\n## Install\n\nnpm install\n`,
    };
    if (layout === 0) files['package.json'] = JSON.stringify({ dependencies: { express: '^5', pg: '^8' }, devDependencies: { vitest: '^2' } });
    if (layout === 1) files['requirements.txt'] = 'django\nredis\n# celery\n';
    if (layout === 2) {
      files['package.json'] = JSON.stringify({ private: true, workspaces: ['apps/*', 'packages/*'] });
      files['apps/api/package.json'] = JSON.stringify({ dependencies: { fastify: '^4', mongoose: '^8' } });
      files['packages/db/package.json'] = JSON.stringify({ dependencies: { 'drizzle-orm': '^0.30' } });
    }
    if (layout === 3) {
      files['App.sln'] = 'Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Api", "src\\Api\\Api.csproj", "{1}"\nEndProject\n';
      files['src/Api/Api.csproj'] = '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" /></ItemGroup></Project>';
      files['Service/Service.Core/Service.Core.csproj'] = '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="StackExchange.Redis" /></ItemGroup></Project>';
    }
    if (layout === 4) {
      files['build.gradle.kts'] = 'plugins { id("org.springframework.boot") version "3.3.0" }\ndependencies { implementation(libs.flyway.core) }\n';
      files['gradle/libs.versions.toml'] = '[libraries]\nflyway-core = { module = "org.flywaydb:flyway-core", version = "10" }\n';
      files['src/main/resources/application.yml'] = 'spring:\n  datasource:\n    url: jdbc:postgresql://db/app\n';
    }
    if (layout === 5) {
      files['backend/pyproject.toml'] = '[project]\nname = "api"\ndependencies = [\n  "fastapi",  # web\n  "asyncpg",\n]\n';
      files['docker/docker-compose.yml'] = 'services: # the stack\n  api:\n    build: ../backend\n  db:\n    image: postgres:16\n';
    }
    if (layout === 6) {
      files['go.mod'] = 'module example.com/app\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgithub.com/lib/pq v1.10.9 // indirect\n)\n';
      files['.github/workflows/ci.yml'] = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go test ./...\n';
    }
    if (layout === 7 && i % 16 === 7) {
      // A course: one project per exercise, two levels down outside any conventional folder.
      files['section-04/bank_app/mix.exs'] = 'defmodule Bank.MixProject do\n  defp deps do\n    [{:phoenix, "~> 1.7"}, {:ecto_sql, "~> 3.10"}]\n  end\nend\n';
      files['section-04/bank_app/lib/bank.ex'] = 'defmodule Bank do\nend\n';
    }
    if (layout === 7 && i % 16 === 15) {
      files['Cargo.toml'] = '[workspace]\nmembers = ["crates/*"]\n';
      files['crates/api/Cargo.toml'] = '[package]\nname = "api"\n\n[dependencies]\naxum = "0.7"\nsqlx = { version = "0.7", features = ["postgres"] }\n';
    }
    if (i % 5 === 0) files.Dockerfile = 'FROM scratch';
    return {
      owner,
      name: `repo-${String(i).padStart(4, '0')}`,
      description: `Generated repository ${i}`,
      pushedAt: new Date(start - i * 3_600_000).toISOString(),
      languages: (i % 16 === 7 ? { Elixir: 4000 + i } : i % 16 === 15 ? { Rust: 4000 + i } : i % 2 ? { Python: 5000 + i } : { TypeScript: 7000 + i, JavaScript: 300 }) as Record<string, number>,
      topics: i % 3 === 0 ? ['api'] : [],
      files,
      commits: { total: 10 + (i % 50), byAuthor: { [owner]: i % 10 === 0 ? 1 : 10 + (i % 50) } },
    };
  });
}

export const TOKEN = 'ghp_faketoken123';

/** A user "octo" with a token, a realistic set of repositories and one in an organisation. */
export function seedStandard(gh: FakeGitHub, owner = 'octo'): void {
  gh.addUser({ login: owner, name: 'Octo Cat', orgs: ['octo-org'] }, { token: TOKEN, scopes: ['repo', 'read:org'] });
  gh.addRepo(todoApi(owner));
  gh.addRepo(shopServices(owner));
  gh.addRepo(forkedRepo(owner));
  gh.addRepo(archivedRepo(owner));
  gh.addRepo({ owner: 'octo-org', name: 'org-service', pushedAt: '2026-02-15T00:00:00Z', languages: { Java: 9000 }, files: { 'pom.xml': '<project><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>' } });
}
