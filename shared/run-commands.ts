/**
 * How to install and start a repository, from what its root shows: manifests, lock files,
 * wrappers (mvnw, gradlew), compose files, `.env.example`. Every command carries the file that
 * justifies it; nothing is proposed that the repository does not show (no guessed entry point,
 * no guessed port). Pure.
 */
import { parse as parseYaml } from 'yaml';
import type { RepoSnapshot } from './github-types';

/** Root compose files `docker compose up` reads without `-f`, in its order of preference. */
const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

export interface RunFacts {
  rootEntries: RepoSnapshot['rootEntries'];
  /** Root-relative path → text, as the sync read them. */
  manifests: Record<string, string>;
}

export interface RunStep {
  command: string;
  /** The file that shows it ("package.json has a start script"). */
  because: string;
}

export interface RunPlan {
  /** The stack whose commands these are ("Node.js (npm)", "Spring Boot (Gradle)" …). */
  stack: string;
  install: RunStep[];
  /** Steps between installing and starting (environment file, migrations). */
  prepare: RunStep[];
  run: RunStep[];
}

interface Root {
  files: Set<string>;
  folders: Set<string>;
  manifests: Record<string, string>;
}

function rootOf(facts: RunFacts): Root {
  return {
    files: new Set(facts.rootEntries.filter((e) => e.type === 'blob').map((e) => e.name)),
    folders: new Set(facts.rootEntries.filter((e) => e.type !== 'blob').map((e) => e.name)),
    manifests: facts.manifests,
  };
}

const step = (command: string, because: string): RunStep => ({ command, because });

function parseJson(text: string | undefined): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function envStep(root: Root): RunStep[] {
  const example = ['.env.example', '.env.sample', '.env.template', '.env.dist', 'example.env'].find((f) => root.files.has(f));
  return example ? [step(`cp ${example} .env`, `${example} at the root`)] : [];
}

function nodePlan(root: Root): RunPlan | null {
  const pkg = parseJson(root.manifests['package.json']);
  if (!pkg) return null;
  const scripts = (pkg.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {}) as Record<string, unknown>;
  const has = (s: string) => typeof scripts[s] === 'string';
  const tool = root.files.has('pnpm-lock.yaml') ? 'pnpm' : root.files.has('yarn.lock') ? 'yarn' : root.files.has('bun.lockb') || root.files.has('bun.lock') ? 'bun' : 'npm';
  const install =
    tool === 'npm'
      ? root.files.has('package-lock.json')
        ? step('npm ci', 'package-lock.json at the root')
        : step('npm install', 'package.json at the root')
      : step(`${tool} install`, `${tool === 'bun' ? 'bun.lock' : tool === 'pnpm' ? 'pnpm-lock.yaml' : 'yarn.lock'} at the root`);
  const runScript = (s: string) => (tool === 'bun' ? `bun run ${s}` : tool === 'npm' ? (s === 'start' ? 'npm start' : `npm run ${s}`) : `${tool} ${s}`);
  const run: RunStep[] = [];
  const prepare: RunStep[] = [...envStep(root)];
  const start = ['start', 'dev', 'serve', 'start:dev'].find(has);
  if (start) {
    const body = String(scripts[start]);
    if (start === 'start' && has('build') && /\b(dist|build|out|lib)\//.test(body)) prepare.push(step(runScript('build'), 'package.json has a build script, and start runs the built code'));
    run.push(step(runScript(start), `package.json has a ${start} script`));
  } else if (typeof pkg.main === 'string' && /\.(m?js|cjs)$/.test(pkg.main)) {
    run.push(step(`node ${pkg.main}`, 'package.json names its main file'));
  }
  return { stack: `Node.js (${tool})`, install: [install], prepare, run };
}

function pythonPlan(root: Root): RunPlan | null {
  const pyproject = root.manifests['pyproject.toml'];
  const requirements = root.manifests['requirements.txt'];
  const pipfile = root.manifests['Pipfile'];
  if (pyproject === undefined && requirements === undefined && pipfile === undefined) return null;
  const all = [pyproject, requirements, pipfile].filter(Boolean).join('\n').toLowerCase();
  let install: RunStep;
  let runner = 'python';
  if (root.files.has('uv.lock')) {
    install = step('uv sync', 'uv.lock at the root');
    runner = 'uv run python';
  } else if (pyproject !== undefined && /\[tool\.poetry\]/.test(pyproject)) {
    install = step('poetry install', 'pyproject.toml uses Poetry');
    runner = 'poetry run python';
  } else if (pipfile !== undefined) {
    install = step('pipenv install', 'Pipfile at the root');
    runner = 'pipenv run python';
  } else if (requirements !== undefined) install = step('pip install -r requirements.txt', 'requirements.txt at the root');
  else install = step('pip install -e .', 'pyproject.toml at the root');
  const prepare = envStep(root);
  const run: RunStep[] = [];
  if (root.files.has('manage.py')) {
    prepare.push(step(`${runner} manage.py migrate`, 'manage.py at the root (Django)'));
    run.push(step(`${runner} manage.py runserver`, 'manage.py at the root (Django)'));
  } else if (/\bflask\b/.test(all) && ['app.py', 'wsgi.py'].some((f) => root.files.has(f))) {
    run.push(step(runner === 'python' ? 'flask run' : `${runner.replace(/ python$/, '')} flask run`, `Flask, with ${root.files.has('app.py') ? 'app.py' : 'wsgi.py'} at the root`));
  } else {
    const entry = ['main.py', 'app.py', 'run.py', 'server.py'].find((f) => root.files.has(f));
    if (entry) run.push(step(`${runner} ${entry}`, `${entry} at the root`));
  }
  const stack = root.files.has('manage.py') ? 'Django' : /\bfastapi\b/.test(all) ? 'FastAPI' : /\bflask\b/.test(all) ? 'Flask' : 'Python';
  return { stack, install: [install], prepare, run };
}

function jvmPlan(root: Root): RunPlan | null {
  const gradleFile = ['build.gradle.kts', 'build.gradle'].find((f) => root.manifests[f] !== undefined);
  const pom = root.manifests['pom.xml'];
  if (gradleFile) {
    const text = root.manifests[gradleFile];
    const g = root.files.has('gradlew') ? './gradlew' : 'gradle';
    const because = `${gradleFile}${g === './gradlew' ? ' and the Gradle wrapper' : ''}`;
    if (/org\.springframework\.boot/.test(text)) return { stack: 'Spring Boot (Gradle)', install: [step(`${g} build`, because)], prepare: [], run: [step(`${g} bootRun`, `${gradleFile} applies the Spring Boot plugin`)] };
    if (/io\.ktor\.plugin|\bapplication\b/.test(text)) return { stack: 'Gradle application', install: [step(`${g} build`, because)], prepare: [], run: [step(`${g} run`, `${gradleFile} applies the application plugin`)] };
    return { stack: 'Gradle', install: [step(`${g} build`, because)], prepare: [], run: [] };
  }
  if (pom !== undefined) {
    const m = root.files.has('mvnw') ? './mvnw' : 'mvn';
    const because = `pom.xml${m === './mvnw' ? ' and the Maven wrapper' : ''}`;
    if (/spring-boot/.test(pom)) return { stack: 'Spring Boot (Maven)', install: [step(`${m} package`, because)], prepare: [], run: [step(`${m} spring-boot:run`, 'pom.xml uses Spring Boot')] };
    if (/quarkus/.test(pom)) return { stack: 'Quarkus (Maven)', install: [step(`${m} package`, because)], prepare: [], run: [step(`${m} quarkus:dev`, 'pom.xml uses Quarkus')] };
    return { stack: 'Maven', install: [step(`${m} package`, because)], prepare: [], run: [] };
  }
  if (root.files.has('build.sbt')) return { stack: 'Scala (sbt)', install: [step('sbt compile', 'build.sbt at the root')], prepare: [], run: [step('sbt run', 'build.sbt at the root')] };
  return null;
}

function otherPlans(root: Root): RunPlan | null {
  if (root.manifests['go.mod'] !== undefined) {
    const hasMain = [...root.files].some((f) => f.endsWith('.go') && !f.endsWith('_test.go'));
    return { stack: 'Go', install: [step('go mod download', 'go.mod at the root')], prepare: envStep(root), run: hasMain ? [step('go run .', 'Go files at the root')] : [step('go build ./...', 'go.mod at the root')] };
  }
  if (root.manifests['Cargo.toml'] !== undefined) {
    const workspace = /^\[workspace\]/m.test(root.manifests['Cargo.toml']) && !/^\[package\]/m.test(root.manifests['Cargo.toml']);
    return { stack: 'Rust (Cargo)', install: [step('cargo build', 'Cargo.toml at the root')], prepare: envStep(root), run: workspace ? [] : [step('cargo run', 'Cargo.toml declares a package')] };
  }
  const csproj = Object.keys(root.manifests).filter((f) => /^[^/]+\.csproj$/i.test(f));
  if (csproj.length) {
    const run = csproj.length === 1 ? 'dotnet run' : `dotnet run --project ${csproj[0]}`;
    return { stack: '.NET', install: [step('dotnet restore', `${csproj[0]} at the root`)], prepare: [], run: [step(run, `${csproj[0]} at the root`)] };
  }
  const gemfile = root.manifests['Gemfile'];
  if (gemfile !== undefined) {
    const rails = /gem\s+['"]rails['"]/.test(gemfile);
    const bin = root.folders.has('bin') ? 'bin/rails' : 'bundle exec rails';
    const prepare = envStep(root);
    if (rails && root.folders.has('db')) prepare.push(step(`${bin} db:prepare`, 'a Rails app with a db/ folder'));
    const run = rails ? [step(`${bin} server`, 'Gemfile depends on rails')] : root.files.has('config.ru') ? [step('bundle exec rackup', 'config.ru at the root')] : [];
    return { stack: rails ? 'Ruby on Rails' : 'Ruby', install: [step('bundle install', 'Gemfile at the root')], prepare, run };
  }
  const composer = parseJson(root.manifests['composer.json']);
  if (composer) {
    const req = JSON.stringify(composer.require ?? {});
    const laravel = /laravel\/framework/.test(req) && root.files.has('artisan');
    const prepare = envStep(root);
    if (laravel) prepare.push(step('php artisan key:generate', 'a Laravel app (artisan at the root)'), step('php artisan migrate', 'a Laravel app (artisan at the root)'));
    const codeigniter = /codeigniter4\/(?:framework|appstarter)/.test(req) && root.files.has('spark');
    const run = laravel
      ? [step('php artisan serve', 'a Laravel app (artisan at the root)')]
      : codeigniter
        ? [step('php spark serve', 'a CodeIgniter 4 app (spark at the root)')]
        : root.folders.has('public') ? [step('php -S localhost:8000 -t public', 'a public/ folder at the root')] : [];
    return { stack: laravel ? 'Laravel' : codeigniter ? 'CodeIgniter' : /symfony\//.test(req) ? 'Symfony' : 'PHP', install: [step('composer install', 'composer.json at the root')], prepare, run };
  }
  const mix = root.manifests['mix.exs'];
  if (mix !== undefined) {
    const phoenix = /:phoenix\b/.test(mix);
    return { stack: phoenix ? 'Phoenix' : 'Elixir', install: [step('mix deps.get', 'mix.exs at the root')], prepare: [], run: [step(phoenix ? 'mix phx.server' : 'mix run --no-halt', phoenix ? 'mix.exs depends on phoenix' : 'mix.exs at the root')] };
  }
  return null;
}

/** The compose file at the root, if any. */
export function composeFile(facts: RunFacts): string | null {
  return COMPOSE_FILES.find((f) => facts.manifests[f] !== undefined || facts.rootEntries.some((e) => e.name === f && e.type === 'blob')) ?? null;
}

/** Host ports the compose file publishes for the services it builds from this repository. */
export function composePorts(facts: RunFacts): number[] {
  const file = composeFile(facts);
  const text = file ? facts.manifests[file] : undefined;
  if (!text) return [];
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: 50 });
  } catch {
    return [];
  }
  const services = doc && typeof doc === 'object' ? (doc as { services?: unknown }).services : null;
  if (!services || typeof services !== 'object') return [];
  const ports: number[] = [];
  for (const s of Object.values(services as Record<string, unknown>)) {
    if (!s || typeof s !== 'object' || !('build' in s)) continue;
    const declared = (s as { ports?: unknown }).ports;
    for (const p of Array.isArray(declared) ? declared : []) {
      // "HOST:CONTAINER" or "IP:HOST:CONTAINER"; a container port alone is published on a random port.
      const spec = (typeof p === 'object' && p ? String((p as { published?: unknown }).published ?? '') : String(p)).replace(/\/\w+$/, '');
      const parts = spec.split(':');
      const published = typeof p === 'object' ? spec : parts.length === 2 ? parts[0] : parts.length === 3 ? parts[1] : '';
      const host = /^(\d{2,5})$/.exec(published);
      if (host && !ports.includes(Number(host[1]))) ports.push(Number(host[1]));
    }
  }
  return ports;
}

/** A package.json that runs a server itself (a server framework, or a start script that runs Node), not one that only builds assets. */
function nodeServes(root: Root): boolean {
  const text = root.manifests['package.json'] ?? '';
  return /"(?:express|fastify|koa|@nestjs\/core|@hapi\/hapi|hono|restify|@adonisjs\/core|next|nuxt|@remix-run\/node|apollo-server|@apollo\/server|socket\.io|graphql-yoga)"\s*:/.test(text) || /"start"\s*:\s*"(?:node|nodemon|ts-node|tsx|nest)\b/.test(text);
}

function plansOf(root: Root): RunPlan[] {
  const node = nodePlan(root);
  const others = [pythonPlan(root), jvmPlan(root), otherPlans(root)].filter((p): p is RunPlan => p !== null);
  // The main stack first: a package.json beside a Laravel, Rails or Phoenix app usually builds its assets.
  return node === null ? others : others.length && !nodeServes(root) ? [...others, node] : [node, ...others];
}

/** Folders a repository keeps its server in, the likeliest first; pages and apps for people come last. */
const SUBPROJECT_ORDER = /^(?:api|backend|back-end|server|service|services|app|core|src)$/i;
const CLIENT_FOLDER = /^(?:front|frontend|front-end|client|web|ui|app-web|mobile|site|www)$/i;

/** Plans for the projects of first-level folders (`api/package.json`), each run from its folder. */
function subprojectPlans(facts: RunFacts): RunPlan[] {
  // Each folder's manifests, by their names inside it.
  const byFolder = new Map<string, Record<string, string>>();
  for (const [path, text] of Object.entries(facts.manifests)) {
    const m = /^([^/]+)\/([^/]+)$/.exec(path);
    if (!m) continue;
    if (!byFolder.has(m[1])) byFolder.set(m[1], {});
    byFolder.get(m[1])![m[2]] = text;
  }
  const rank = (f: string) => (SUBPROJECT_ORDER.test(f) ? 0 : CLIENT_FOLDER.test(f) ? 2 : 1);
  const folders = [...byFolder.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const out: RunPlan[] = [];
  for (const folder of folders) {
    const manifests = byFolder.get(folder)!;
    const root: Root = { files: new Set(Object.keys(manifests)), folders: new Set(), manifests };
    // What shows a command is in the folder: "requirements.txt at the root" is "requirements.txt in api/", "package.json has …" is "api/package.json has …".
    const at = (r: RunStep): RunStep => ({
      command: r.command,
      because: r.because.includes(' at the root') ? r.because.replace(/ at the root\b/, ` in ${folder}/`) : r.because.replace(/^(?=[\w.-]+\.\w+\b|Gemfile\b|Pipfile\b)/, `${folder}/`),
    });
    for (const plan of plansOf(root)) {
      out.push({ stack: `${plan.stack} in ${folder}/`, install: [step(`cd ${folder}`, `${folder}/ holds a project`), ...plan.install.map(at)], prepare: plan.prepare.map(at), run: plan.run.map(at) });
    }
  }
  return out;
}

/** A project file's SDK says whether it runs: a web app or worker does, so does one whose output is an executable; a library does not. */
function dotnetRunnable(text: string): 0 | 1 | null {
  if (/<Project\b[^>]*\bSdk\s*=\s*"Microsoft\.NET\.Sdk\.(?:Web|Worker|BlazorWebAssembly)"/i.test(text)) return 0;
  if (/<OutputType>\s*(?:Exe|WinExe)\s*<\/OutputType>/i.test(text) && !/Microsoft\.NET\.Test\.Sdk/i.test(text)) return 1;
  return null;
}

/**
 * A .NET solution keeps its projects in folders (`src/Shop.Api/Shop.Api.csproj`): restore the solution
 * (or the project), and run the project that serves, a web app before a console one, the shallowest first.
 */
function dotnetSolutionPlan(facts: RunFacts, root: Root): RunPlan | null {
  const projects = Object.keys(facts.manifests).filter((p) => p.includes('/') && /\.(?:cs|fs|vb)proj$/i.test(p));
  if (!projects.length) return null;
  const solution = [...root.files].filter((f) => /\.slnx?$/i.test(f)).sort()[0];
  const depth = (p: string) => p.split('/').length;
  const runnable = projects
    .map((path) => ({ path, rank: dotnetRunnable(facts.manifests[path]) }))
    .filter((p): p is { path: string; rank: 0 | 1 } => p.rank !== null && !/(?:^|[./])Tests?(?:\.|$)/i.test(p.path.split('/').pop()!.replace(/\.\w+proj$/i, '')))
    .sort((a, b) => a.rank - b.rank || depth(a.path) - depth(b.path) || a.path.localeCompare(b.path));
  const target = runnable[0]?.path;
  const restored = target ?? [...projects].sort()[0];
  const install = solution ? step('dotnet restore', `${solution} at the root`) : step(`dotnet restore ${restored}`, `${restored} holds the project`);
  const run = target
    ? [step(`dotnet run --project ${target}`, `${target} is ${runnable[0].rank === 0 ? 'a web project (Microsoft.NET.Sdk.Web)' : 'an executable project'}`)]
    : [];
  return { stack: '.NET', install: [install], prepare: envStep(root), run };
}

/** Every way the root shows to install and start the project, the main stack first; else the projects of its folders. */
export function runPlans(facts: RunFacts): RunPlan[] {
  const root = rootOf(facts);
  const plans = plansOf(root);
  const folders = plans.length ? [] : subprojectPlans(facts);
  // Projects deeper than a first-level folder (a solution's `src/Shop.Api/`), unless a first-level folder already holds one.
  if (!plans.length && !folders.some((p) => p.stack.startsWith('.NET'))) {
    const dotnet = dotnetSolutionPlan(facts, root);
    if (dotnet) plans.push(dotnet);
  }
  const compose = composeFile(facts);
  if (compose) plans.push({ stack: 'Docker Compose', install: [], prepare: plans.length ? [] : envStep(root), run: [step('docker compose up', `${compose} at the root`)] });
  return plans.length ? plans : folders;
}

/** One line that installs and starts the project (`npm ci && npm start`), or null when the root does not show one. */
export function suggestedStartCommand(facts: RunFacts): string | null {
  const plan = runPlans(facts).find((p) => p.run.length > 0);
  if (!plan) return null;
  return [...plan.install, ...plan.run].map((s) => s.command).join(' && ');
}
