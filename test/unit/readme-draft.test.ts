/**
 * The README draft and what it is built from: install and start commands per ecosystem from
 * the manifests, endpoints from an OpenAPI file, the detected stack and the licence — and
 * nothing the repository does not show.
 */
import { describe, expect, it } from 'vitest';
import { summarizeApiSpec, isApiSpecFile } from '../../shared/api-spec';
import { draftReadme, type DraftInput } from '../../shared/readme-draft';
import { composePorts, runPlans, suggestedStartCommand, type RunFacts } from '../../shared/run-commands';
import type { RepoSnapshot } from '../../shared/github-types';

function facts(files: Record<string, string>, others: string[] = [], folders: string[] = []): RunFacts {
  return {
    rootEntries: [
      ...[...Object.keys(files), ...others].map((name) => ({ name, type: 'blob' as const })),
      ...folders.map((name) => ({ name, type: 'tree' as const })),
    ],
    manifests: files,
  };
}
const commands = (f: RunFacts) => runPlans(f).map((p) => [...p.prepare, ...p.install, ...p.run].map((s) => s.command));

describe('install and start commands from the manifests', () => {
  it.each<[string, RunFacts, string]>([
    ['npm with a lock file and a start script', facts({ 'package.json': '{"scripts":{"start":"node server.js"}}' }, ['package-lock.json']), 'npm ci && npm start'],
    ['npm without a lock file, dev script only', facts({ 'package.json': '{"scripts":{"dev":"vite"}}' }), 'npm install && npm run dev'],
    ['yarn', facts({ 'package.json': '{"scripts":{"start":"nest start"}}' }, ['yarn.lock']), 'yarn install && yarn start'],
    ['pnpm', facts({ 'package.json': '{"scripts":{"dev":"tsx watch src"}}' }, ['pnpm-lock.yaml']), 'pnpm install && pnpm dev'],
    ['requirements.txt with Django', facts({ 'requirements.txt': 'django\n' }, ['manage.py']), 'pip install -r requirements.txt && python manage.py runserver'],
    ['requirements.txt with Flask', facts({ 'requirements.txt': 'flask>=3\n' }, ['app.py']), 'pip install -r requirements.txt && flask run'],
    ['Poetry', facts({ 'pyproject.toml': '[tool.poetry]\nname = "x"\n' }, ['main.py']), 'poetry install && poetry run python main.py'],
    ['uv', facts({ 'pyproject.toml': '[project]\nname = "x"\n' }, ['uv.lock', 'main.py']), 'uv sync && uv run python main.py'],
    ['Go with a main package at the root', facts({ 'go.mod': 'module x\n' }, ['main.go']), 'go mod download && go run .'],
    ['Spring Boot with the Gradle wrapper', facts({ 'build.gradle': "plugins { id 'org.springframework.boot' version '3.3.0' }" }, ['gradlew']), './gradlew build && ./gradlew bootRun'],
    ['Spring Boot with Maven', facts({ 'pom.xml': '<artifactId>spring-boot-starter-web</artifactId>' }), 'mvn package && mvn spring-boot:run'],
    ['Quarkus with the Maven wrapper', facts({ 'pom.xml': '<artifactId>quarkus-maven-plugin</artifactId>' }, ['mvnw']), './mvnw package && ./mvnw quarkus:dev'],
    ['.NET', facts({ 'Todo.Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>' }), 'dotnet restore && dotnet run'],
    [
      'a .NET solution with its projects under src/: the web project runs, not the library or the tests',
      facts(
        {
          'src/Shop.Domain/Shop.Domain.csproj': '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>',
          'tests/Shop.Api.Tests/Shop.Api.Tests.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" /></ItemGroup></Project>',
          'src/Shop.Api/Shop.Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>',
        },
        ['Shop.sln'],
        ['src', 'tests'],
      ),
      'dotnet restore && dotnet run --project src/Shop.Api/Shop.Api.csproj',
    ],
    ['a console project two folders down, without a solution file', facts({ 'apps/Tool/Tool.csproj': '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>' }, [], ['apps']), 'dotnet restore apps/Tool/Tool.csproj && dotnet run --project apps/Tool/Tool.csproj'],
    ['a project in a first-level folder is run from there', facts({ 'Tool/Tool.csproj': '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>' }, [], ['Tool']), 'cd Tool && dotnet restore && dotnet run'],
    ['Rust', facts({ 'Cargo.toml': '[package]\nname = "x"\n' }), 'cargo build && cargo run'],
    ['Rails', facts({ Gemfile: "gem 'rails', '~> 7.1'\n" }, [], ['bin']), 'bundle install && bin/rails server'],
    ['Laravel', facts({ 'composer.json': '{"require":{"laravel/framework":"^11.0"}}' }, ['artisan']), 'composer install && php artisan serve'],
    ['CodeIgniter 4', facts({ 'composer.json': '{"require":{"codeigniter4/framework":"^4.5"}}' }, ['spark'], ['public']), 'composer install && php spark serve'],
    ['plain PHP with a public/ folder', facts({ 'composer.json': '{"require":{"slim/slim":"^4.0"}}' }, [], ['public']), 'composer install && php -S localhost:8000 -t public'],
    ['Phoenix', facts({ 'mix.exs': 'defp deps do [{:phoenix, "~> 1.7"}] end' }), 'mix deps.get && mix phx.server'],
    ['Docker Compose alone', facts({ 'compose.yaml': 'services:\n  api:\n    build: .\n' }), 'docker compose up'],
  ])('%s', (_, f, expected) => {
    expect(suggestedStartCommand(f)).toBe(expected);
  });

  it('prepares what the root shows: the environment file, Laravel’s key and migrations, Django’s migrations', () => {
    const laravel = facts({ 'composer.json': '{"require":{"laravel/framework":"^11.0"}}' }, ['artisan', '.env.example']);
    expect(commands(laravel)[0]).toEqual(['cp .env.example .env', 'php artisan key:generate', 'php artisan migrate', 'composer install', 'php artisan serve']);
    expect(commands(facts({ 'requirements.txt': 'django' }, ['manage.py']))[0]).toContain('python manage.py migrate');
  });

  it('never invents: no manifest, no command; a manifest without an entry point, no start command', () => {
    expect(runPlans(facts({}, ['README.md', 'notes.txt']))).toEqual([]);
    expect(suggestedStartCommand(facts({ 'package.json': '{"dependencies":{"express":"^5"}}' }))).toBeNull();
    expect(runPlans(facts({ 'requirements.txt': 'fastapi' }))[0].run).toEqual([]);
    expect(runPlans(facts({ 'go.mod': 'module x' }, [], ['cmd']))[0].run.map((s) => s.command)).toEqual(['go build ./...']);
    expect(runPlans(facts({ 'package.json': '{ not json' }))).toEqual([]);
    // Each command names the file that shows it.
    for (const step of runPlans(facts({ 'package.json': '{"scripts":{"start":"node ."}}' }, ['package-lock.json']))[0].run) expect(step.because).toMatch(/package\.json/);
  });

  it('leads with the server: a package.json beside a Laravel or Rails app builds its assets; one that serves comes first', () => {
    const laravel = facts({ 'composer.json': '{"require":{"laravel/framework":"^11.0"}}', 'package.json': '{"scripts":{"dev":"vite","build":"vite build"}}' }, ['artisan']);
    expect(runPlans(laravel).map((p) => p.stack)).toEqual(['Laravel', 'Node.js (npm)']);
    expect(suggestedStartCommand(laravel)).toBe('composer install && php artisan serve');
    const draft = draftReadme(draftInput({ rootEntries: [...laravel.rootEntries, { name: '.env.example', type: 'blob' }], manifests: laravel.manifests }));
    expect(draft.markdown.match(/cp \.env\.example \.env/g)).toHaveLength(1);
    expect(draft.markdown.indexOf('With Laravel:')).toBeLessThan(draft.markdown.indexOf('Or with Node.js (npm):'));
    const express = facts({ 'package.json': '{"dependencies":{"express":"^5"},"scripts":{"start":"node server.js"}}', 'requirements.txt': 'requests\n' });
    expect(runPlans(express)[0].stack).toBe('Node.js (npm)');
  });

  it('a repository of folders (api/, front/) is started from its server’s folder; nothing is proposed for folders that show no project', () => {
    const monorepo: RunFacts = {
      rootEntries: [{ name: 'README.md', type: 'blob' }, { name: 'api', type: 'tree' }, { name: 'front', type: 'tree' }, { name: 'docs', type: 'tree' }],
      manifests: { 'front/package.json': '{"scripts":{"dev":"vite"}}', 'api/package.json': '{"scripts":{"start":"node app.js"}}' },
    };
    expect(runPlans(monorepo).map((p) => p.stack)).toEqual(['Node.js (npm) in api/', 'Node.js (npm) in front/']);
    expect(suggestedStartCommand(monorepo)).toBe('cd api && npm install && npm start');
    for (const s of runPlans(monorepo)[0].run) expect(s.because).toMatch(/api\/package\.json/);
    const draft = draftReadme(draftInput({ rootEntries: monorepo.rootEntries, manifests: monorepo.manifests }));
    expect(draft.markdown).toContain('With Node.js (npm) in api/:\n\n```sh\ncd api\nnpm install\nnpm start\n```');
    // A root with its own manifest is started from the root.
    expect(suggestedStartCommand({ ...monorepo, manifests: { ...monorepo.manifests, 'package.json': '{"scripts":{"start":"node index.js"}}' } })).toBe('npm install && npm start');
  });

  it('reads the ports a compose file publishes for the services built from the repository', () => {
    const compose = 'services:\n  api:\n    build: .\n    ports:\n      - "8080:8080"\n      - 9090:9000\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n';
    expect(composePorts(facts({ 'docker-compose.yml': compose }))).toEqual([8080, 9090]);
    expect(composePorts(facts({ 'docker-compose.yml': 'services: [' }))).toEqual([]);
  });
});

const OPENAPI_YAML = `openapi: 3.0.3
info:
  title: Notes API
  version: 1.2.0
servers:
  - url: /api/v1
paths:
  /notes:
    get:
      summary: List notes
    post:
      summary: Add a note
  /notes/{id}:
    delete:
      description: Removes a note for good.
`;

describe('OpenAPI summary', () => {
  it('reads YAML and JSON, OpenAPI 3 and Swagger 2', () => {
    expect(summarizeApiSpec(OPENAPI_YAML, 'openapi.yaml')).toEqual({
      path: 'openapi.yaml',
      title: 'Notes API',
      version: '1.2.0',
      baseUrl: '/api/v1',
      endpoints: [
        { method: 'GET', path: '/notes', summary: 'List notes' },
        { method: 'POST', path: '/notes', summary: 'Add a note' },
        { method: 'DELETE', path: '/notes/{id}', summary: 'Removes a note for good.' },
      ],
      more: 0,
    });
    const swagger = JSON.stringify({ swagger: '2.0', basePath: '/v2', info: { title: 'Pets' }, paths: { '/pets': { get: {} } } });
    expect(summarizeApiSpec(swagger, 'swagger.json')).toMatchObject({ baseUrl: '/v2', endpoints: [{ method: 'GET', path: '/pets', summary: null }] });
  });
  it('is null for what is not an API description, and caps what it keeps', () => {
    expect(summarizeApiSpec('name: x\n', 'openapi.yaml')).toBeNull();
    expect(summarizeApiSpec('{ broken', 'openapi.json')).toBeNull();
    expect(summarizeApiSpec(': : :\n\t- [', 'openapi.yml')).toBeNull();
    const many = { openapi: '3.1.0', paths: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`/r${i}`, { get: {} }])) };
    const s = summarizeApiSpec(JSON.stringify(many), 'openapi.json')!;
    expect(s.endpoints).toHaveLength(60);
    expect(s.more).toBe(40);
  });
  it('knows the file names', () => {
    expect(['openapi.yaml', 'swagger.json', 'docs/openapi-v1.yml', 'OpenAPI.YAML'].every(isApiSpecFile)).toBe(true);
    expect(['openapi.md', 'my-openapi.yaml', 'swaggerfile.txt'].some(isApiSpecFile)).toBe(false);
  });
});

function snapshot(s: Partial<RepoSnapshot>): RepoSnapshot {
  return { fullName: 'octo/notes', description: null, homepage: null, topics: [], languages: [], licence: null, readme: null, readmeName: null, rootEntries: [], workflowFiles: [], manifests: {}, ...s };
}
function draftInput(s: Partial<RepoSnapshot>, extra: Partial<DraftInput> = {}): DraftInput {
  return { fullName: 'octo/notes', description: null, homepage: null, licence: null, languages: [], technologies: [], snapshot: snapshot(s), ...extra };
}

describe('README draft', () => {
  const node = {
    rootEntries: [{ name: 'package.json', type: 'blob' as const }, { name: 'package-lock.json', type: 'blob' as const }, { name: 'LICENSE', type: 'blob' as const }],
    manifests: { 'package.json': '{"scripts":{"start":"node server.js"}}' },
  };

  it('a repository without a README gets a whole one, from its manifests, stack, description and licence', () => {
    const d = draftReadme(
      draftInput(node, {
        description: 'Short notes for a team, with tags',
        licence: 'MIT',
        languages: [{ name: 'TypeScript', bytes: 9000 }, { name: 'Dockerfile', bytes: 100 }],
        technologies: [{ name: 'Express', techId: 'express', evidence: ['package.json depends on express'] }, { name: 'PostgreSQL', techId: 'postgresql', evidence: ['package.json depends on pg'] }],
      }),
    );
    expect(d).toMatchObject({ level: 'missing', needed: true, whole: true, fileName: 'README.md' });
    expect(d.markdown).toMatch(/^# notes\n/);
    expect(d.markdown).toContain('Short notes for a team, with tags.');
    expect(d.markdown).toContain('Written in TypeScript. Its files show Express and PostgreSQL.');
    expect(d.markdown).toContain('```sh\nnpm ci\nnpm start\n```');
    expect(d.markdown).toContain('MIT: see [LICENSE](LICENSE).');
    expect(d.sections.map((s) => s.id)).toEqual(['description', 'install', 'usage', 'licence']);
  });

  it('lists the endpoints of the OpenAPI file and the compose ports', () => {
    const d = draftReadme(
      draftInput({
        rootEntries: [{ name: 'docker-compose.yml', type: 'blob' }],
        manifests: { 'docker-compose.yml': 'services:\n  api:\n    build: .\n    ports: ["3000:3000"]\n' },
        apiSpec: summarizeApiSpec(OPENAPI_YAML, 'openapi.yaml'),
        readme: '# notes\n\nShort notes for a team, with tags and full-text search over every note.',
        readmeName: 'README.md',
      }),
    );
    expect(d.whole).toBe(false);
    expect(d.sections.map((s) => s.id)).toEqual(['install', 'usage']);
    expect(d.markdown).toContain('docker compose up');
    expect(d.markdown).toContain('it answers on http://localhost:3000.');
    expect(d.markdown).toContain('Endpoints (under `/api/v1`), from [`openapi.yaml`](openapi.yaml):');
    expect(d.markdown).toContain('| GET | `/notes` | List notes |');
    expect(d.markdown).toContain('| DELETE | `/notes/{id}` | Removes a note for good. |');
  });

  it('never invents: what the repository does not show is left as a note to fill in', () => {
    const d = draftReadme(draftInput({ rootEntries: [{ name: 'notes.txt', type: 'blob' }] }));
    expect(d.markdown).toContain('<!-- Say in a sentence or two what it does and who it is for. -->');
    expect(d.markdown).toContain('<!-- The commands that install and start it');
    expect(d.markdown).toContain('<!-- Show a request and its answer');
    expect(d.markdown).not.toMatch(/```|localhost|Licence|Written in|files show/);
    // No start script: the install command, and a note for the start command.
    const noStart = draftReadme(draftInput({ rootEntries: [{ name: 'package.json', type: 'blob' }], manifests: { 'package.json': '{}' } }));
    expect(noStart.markdown).toContain('npm install');
    expect(noStart.markdown).toContain('<!-- The command that starts it. -->');
    expect(noStart.markdown).not.toContain('npm start');
  });

  it('a README whose commands install what it needs but never start it gets the start commands', () => {
    const readme = '# notes\n\nShort notes for a team, with tags and a full-text search over every note.\n\n## Getting started\n\n```sh\nnpm ci\n```\n\n## Usage\n\n```sh\ncurl http://localhost:3000/notes\n```\n';
    const d = draftReadme(draftInput({ ...node, readme, readmeName: 'README.md' }, { licence: 'MIT' }));
    expect(d.level).toBe('basic');
    expect(d.sections.map((s) => s.id)).toContain('install');
    expect(d.markdown).toContain('npm start');
  });

  it('adds only the sections the README lacks, and nothing to a good README', () => {
    const readme = '# notes\n\nShort notes for a team, with tags and a full-text search over every note.\n\n## Getting started\n\n```sh\nnpm ci\nnpm start\n```\n';
    const d = draftReadme(draftInput({ ...node, readme, readmeName: 'README.md' }, { licence: 'MIT' }));
    expect(d.sections.map((s) => s.id)).toEqual(['usage', 'licence']);
    expect(d.fileName).toBe('README-draft.md');
    const good = `${readme}\n## Usage\n\n${'It keeps notes and answers JSON. '.repeat(12)}\n\n\`\`\`sh\ncurl http://localhost:3000/notes\n\`\`\`\n\nMIT licence.`;
    expect(draftReadme(draftInput({ ...node, readme: good, readmeName: 'README.md' }))).toMatchObject({ level: 'good', needed: false, markdown: '' });
  });
});
