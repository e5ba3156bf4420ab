/**
 * Which files of a repository a sync reads, decided from its tree: the README GitHub shows,
 * every manifest, config and deployment file detection has a reader for, and a few files at
 * conventional places the tree listing does not reach (Spring's application.yml, a .NET
 * project named after its folder). Fetching a path that does not exist costs nothing extra.
 */
import { isConfigFile } from './config-files';
import { manifestKind } from './manifests';

/** Folders the listing query reads three levels deep, besides the root (two levels). */
export const CONVENTIONAL_FOLDERS = [
  'src', 'app', 'apps', 'packages', 'services', 'libs', 'modules', 'backend', 'server', 'api', 'cmd', 'internal',
  'docker', '.docker', 'deploy', 'deployment', 'deployments', 'k8s', 'kubernetes', 'helm', 'charts', 'infra', 'infrastructure',
  'terraform', 'config', 'tests', 'test', 'docs', '.github/workflows',
  // Cargo workspaces' members, Rails' and Laravel's migrations, Prisma's migration folders.
  'crates', 'db', 'database', 'prisma',
] as const;

/** At most this many files (besides the README) per repository. */
export const MAX_FILES_PER_REPOSITORY = 40;
/** At most this many of one kind of file: workflows, Kubernetes manifests, Terraform files. */
const MAX_PER_GROUP = 8;

const README_NAME = /^readme(\.[\w.-]+)?$/i;
/** Markup GitHub renders; plain text comes after it. */
const FORMATTED = /\.(md|markdown|mdown|mkdn|mkd|rst|adoc|asciidoc|asc|org|textile|rdoc|creole|wiki|mediawiki|pod)$/i;

/**
 * The README GitHub shows: in `.github/`, then the root, then `docs/`; in a folder, a formatted
 * one before plain text, then the plainest name (`README.md` before `README.fr.md`).
 */
export function pickReadme(paths: readonly string[]): string | null {
  for (const dir of ['.github/', '', 'docs/']) {
    const here = paths
      .filter((p) => !p.endsWith('/') && p.startsWith(dir) && !p.slice(dir.length).includes('/') && README_NAME.test(p.slice(dir.length)))
      .sort((a, b) => Number(FORMATTED.test(b)) - Number(FORMATTED.test(a)) || a.length - b.length || a.localeCompare(b, 'en'));
    if (here.length) return here[0];
  }
  return null;
}

const depth = (p: string) => p.split('/').length;
const base = (p: string) => p.split('/').pop() ?? p;
const IGNORED = /(^|\/)(node_modules|vendor|dist|build|target|out|\.venv|venv|__pycache__|\.git|bin|obj|coverage|fixtures?|examples?|samples?|testdata|\.idea|\.vscode)\//;

function group(path: string): string {
  if (/^\.github\/workflows\//.test(path)) return 'workflows';
  if (/\.tf$/.test(path)) return 'terraform';
  if (/(^|\/)(k8s|kubernetes|kube|manifests|deploy|deployments?|helm|charts?)\//i.test(path)) return `k8s:${path.slice(0, path.lastIndexOf('/'))}`;
  if (/(^|\/)\.env/.test(path)) return 'env';
  return path;
}

/** Conventional files below what the tree shows, fetched by their expected path. */
function guesses(paths: readonly string[]): string[] {
  const set = new Set(paths);
  const out: string[] = [];
  const jvmRoots = paths.filter((p) => /(^|\/)(build\.gradle(\.kts)?|pom\.xml|build\.sbt)$/.test(p)).map((p) => p.slice(0, p.length - base(p).length));
  for (const root of new Set(jvmRoots)) {
    if (!set.has(`${root}src/main/`) && !set.has(`${root}src/main/resources/`)) continue;
    for (const name of ['application.properties', 'application.yml', 'application.yaml', 'application.conf']) out.push(`${root}src/main/resources/${name}`);
  }
  if (set.has('conf/')) out.push('conf/application.conf');
  const dotnet = paths.some((p) => /\.(slnx?|csproj)$/i.test(p));
  if (dotnet) {
    for (const p of paths) {
      const m = /^([^/]+)\/([^/]+)\/$/.exec(p);
      if (m && !IGNORED.test(p) && /^[\w.-]+$/.test(m[2])) out.push(`${m[1]}/${m[2]}/${m[2]}.csproj`);
    }
  }
  // Kotlin build logic kept in buildSrc names its coordinates in a source file.
  if (set.has('buildSrc/') || set.has('buildSrc/src/')) for (const name of ['Dependencies.kt', 'Deps.kt', 'Libs.kt']) out.push(`buildSrc/src/main/kotlin/${name}`);
  return out.filter((p) => !set.has(p));
}

/** The manifest a project in the repository's main language keeps at its folder's root. */
const MANIFESTS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  JavaScript: ['package.json'], TypeScript: ['package.json'], Python: ['pyproject.toml', 'requirements.txt'], Java: ['pom.xml', 'build.gradle'],
  Kotlin: ['build.gradle.kts', 'pom.xml'], Scala: ['build.sbt'], Go: ['go.mod'], Rust: ['Cargo.toml'], Ruby: ['Gemfile'], PHP: ['composer.json'],
  Elixir: ['mix.exs'], 'C#': ['{folder}.csproj'], 'F#': ['{folder}.fsproj'],
};
/** Folders that hold a project's own parts, not projects of their own. */
const NOT_PROJECTS = /^(\.|_)|^(src|lib|libs?|test|tests|spec|specs|__tests__|docs?|doc|public|static|assets|resources|images?|img|scripts?|bin|tools|config|conf|vendor|node_modules|dist|build|target|out|coverage|migrations?|fixtures?|examples?|samples?|testdata|templates?|views?|locales?|i18n|styles?|css|js|fonts|media|data|logs?|tmp|temp|storage|cache|pkg|components?|utils?|helpers?|models?|controllers?|routes?|routers?|handlers?|middlewares?|hooks|types|common|core|domain|entities|schemas?|proto|protos)$/i;
/** At most this many folders are probed for a manifest the listing does not reach. */
export const MAX_PROBED_FOLDERS = 8;

/**
 * Projects two levels down outside the conventional folders (`section-04/bank_app/`, a course's
 * exercises): the listing shows the folder but not its files, so the manifest the repository's
 * main language uses is asked for by its expected path, which costs nothing when it is absent.
 */
export function subprojectGuesses(paths: readonly string[], language: string | null | undefined): string[] {
  const names = language ? MANIFESTS_BY_LANGUAGE[language] : undefined;
  if (!names) return [];
  const conventional = new Set<string>(CONVENTIONAL_FOLDERS.map((f) => f.split('/')[0]));
  const set = new Set(paths);
  const hasManifest = (dir: string) => paths.some((p) => p.startsWith(dir) && !p.slice(dir.length).includes('/') && manifestKind(p) !== null);
  const out: string[] = [];
  let folders = 0;
  for (const p of paths) {
    const m = /^([^/]+)\/([^/]+)\/$/.exec(p);
    if (!m || conventional.has(m[1]) || NOT_PROJECTS.test(m[1]) || NOT_PROJECTS.test(m[2]) || IGNORED.test(p)) continue;
    // A folder whose parent is a project already is that project's source, not a project of its own.
    if (hasManifest(`${m[1]}/`)) continue;
    if (folders >= MAX_PROBED_FOLDERS) break;
    folders++;
    for (const name of names) {
      const guess = `${p}${name.replace('{folder}', m[2])}`;
      if (!set.has(guess)) out.push(guess);
    }
  }
  return out;
}

export interface FetchPlan {
  readme: string | null;
  /** Files to read, most telling first, capped. */
  files: string[];
}

/** What to fetch for a repository whose tree shows `paths` (folders end with `/`). */
export function planFetch(paths: readonly string[], max = MAX_FILES_PER_REPOSITORY, language?: string | null): FetchPlan {
  const readme = pickReadme(paths);
  const wanted = paths.filter((p) => !p.endsWith('/') && !IGNORED.test(p) && (manifestKind(p) !== null || isConfigFile(p)));
  // Root first, then shallower; manifests before other files at the same depth.
  wanted.sort((a, b) => depth(a) - depth(b) || Number(manifestKind(b) !== null) - Number(manifestKind(a) !== null) || a.localeCompare(b, 'en'));
  const perGroup = new Map<string, number>();
  const files: string[] = [];
  for (const p of [...wanted, ...guesses(paths), ...subprojectGuesses(paths, language)]) {
    if (files.length >= max) break;
    const g = group(p);
    const n = perGroup.get(g) ?? 0;
    if (n >= MAX_PER_GROUP) continue;
    perGroup.set(g, n + 1);
    if (!files.includes(p)) files.push(p);
  }
  return { readme, files };
}

/** `.env` files keep only what detection reads: keys, URL schemes and driver names, never values. */
export function redactEnvFile(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const m = /^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=\s*)(.*)$/.exec(line);
      if (!m) return line.trim().startsWith('#') ? line : '';
      const value = m[2].trim().replace(/^["']|["']$/g, '');
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
      if (scheme) return `${m[1]}${scheme}://…`;
      if (/^[a-z0-9_-]{1,20}$/i.test(value) && /(CONNECTION|DRIVER|ENGINE|STORE)$/i.test(m[1].trim().replace(/\s*=$/, ''))) return `${m[1]}${value}`;
      return value ? `${m[1]}…` : m[1];
    })
    .join('\n');
}
