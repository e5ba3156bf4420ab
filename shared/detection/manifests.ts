/**
 * Package and build manifests, read with their formats' own parsers: JSON, TOML (smol-toml) and
 * XML (fast-xml-parser); the line formats (requirements.txt, go.mod, .sln) by their grammar; the
 * build files that are programs (Gradle, sbt, Gemfile, mix.exs, setup.py) after their comments
 * are removed. A parser throws a readable Error on a file it cannot read.
 */
import { parse as parseToml } from 'smol-toml';
import { XMLParser } from 'fast-xml-parser';
import type { Ecosystem } from './model';
import { balanced, C_STYLE, HASH_STYLE, stringLiterals, stripComments } from './source-text';

export interface Dependency {
  name: string;
  /** Cargo features, Python extras: words that can name a database or an algorithm. */
  features?: string[];
  /** Declared for development or tests only. */
  dev?: boolean;
}

export interface ParsedManifest {
  dependencies: Dependency[];
  /** Build plugins (Gradle plugin ids, Maven plugins, sbt plugins). */
  plugins?: string[];
  /** package.json `bin`, pyproject scripts, Cargo `[[bin]]`: the project ships a command. */
  hasBin?: boolean;
  /** Script commands (package.json `scripts`), where test runners show. */
  scripts?: string[];
  /** The MSBuild SDK of a .NET project (`Microsoft.NET.Sdk.Web`). */
  sdk?: string;
  /** Test configuration found in the manifest itself (`[tool.pytest.ini_options]`). */
  testConfig?: string;
  /** A migration command the build runs (mix's `ecto.migrate` alias), quoted. */
  migrationCommand?: string;
}

export interface ManifestKind {
  ecosystem: Ecosystem;
  parse(text: string): ParsedManifest;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const keysOf = (v: unknown): string[] => (isObj(v) ? Object.keys(v) : []);
const asArray = <T>(v: T | T[] | undefined | null): T[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function jsonObject(text: string): Json {
  const value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  if (!isObj(value)) throw new Error('it is not a JSON object');
  return value;
}

function tomlObject(text: string): Json {
  return parseToml(text.replace(/^\uFEFF/, '')) as Json;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: true, ignoreDeclaration: true });

function xmlObject(text: string): Json {
  const value = xml.parse(text.replace(/^\uFEFF/, ''), true) as unknown;
  if (!isObj(value)) throw new Error('it is not an XML document');
  return value;
}

// ---------------------------------------------------------------------------------------------
// JavaScript / PHP

function packageJson(text: string): ParsedManifest {
  const pkg = jsonObject(text);
  const deps: Dependency[] = [];
  for (const [field, dev] of [['dependencies', false], ['devDependencies', true], ['optionalDependencies', false], ['peerDependencies', true]] as const) {
    for (const name of keysOf(pkg[field])) deps.push({ name, dev });
  }
  const scripts = isObj(pkg.scripts) ? Object.values(pkg.scripts).filter((s): s is string => typeof s === 'string') : [];
  return { dependencies: deps, hasBin: !!pkg.bin, scripts };
}

function composerJson(text: string): ParsedManifest {
  const pkg = jsonObject(text);
  return {
    dependencies: [...keysOf(pkg.require).map((name) => ({ name })), ...keysOf(pkg['require-dev']).map((name) => ({ name, dev: true }))],
    hasBin: Array.isArray(pkg.bin) && pkg.bin.length > 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Python

/** A PEP 508 requirement's name and extras: `redis[hiredis]>=5 ; python_version > "3"` → redis, [hiredis]. */
export function pep508(spec: string): Dependency | null {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?/.exec(spec);
  if (!m) return null;
  const features = m[2] ? m[2].split(',').map((x) => x.trim()).filter(Boolean) : [];
  return features.length ? { name: m[1], features } : { name: m[1] };
}

function requirementsTxt(text: string): ParsedManifest {
  const deps: Dependency[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // A comment starts at `#` at the line start or after whitespace (a URL fragment is not one).
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    if (line.startsWith('-')) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(raw);
      if (/^-e\b|^--editable\b/.test(line) && egg) deps.push({ name: egg[1] });
      continue;
    }
    if (/^[a-z]+\+?[a-z]*:\/\//i.test(line)) continue;
    const dep = pep508(line);
    if (dep) deps.push(dep);
  }
  return { dependencies: deps };
}

/** Poetry/Pipfile-style table: `name = "^1"` or `name = { version = "1", extras = ["x"] }`. */
function tableDeps(table: unknown, dev = false): Dependency[] {
  if (!isObj(table)) return [];
  return Object.entries(table)
    .filter(([name]) => name.toLowerCase() !== 'python')
    .map(([name, value]) => {
      const extras = isObj(value) ? strings(value.extras) : [];
      const dep: Dependency = { name };
      if (extras.length) dep.features = extras;
      if (dev) dep.dev = true;
      return dep;
    });
}

function specDeps(list: unknown, dev = false): Dependency[] {
  return strings(list).map(pep508).filter((d): d is Dependency => d !== null).map((d) => (dev ? { ...d, dev } : d));
}

function pyprojectToml(text: string): ParsedManifest {
  const doc = tomlObject(text);
  const project = isObj(doc.project) ? doc.project : {};
  const tool = isObj(doc.tool) ? doc.tool : {};
  const poetry = isObj(tool.poetry) ? tool.poetry : {};
  const deps: Dependency[] = [...specDeps(project.dependencies)];
  if (isObj(project['optional-dependencies'])) for (const list of Object.values(project['optional-dependencies'])) deps.push(...specDeps(list));
  if (isObj(doc['dependency-groups'])) for (const list of Object.values(doc['dependency-groups'])) deps.push(...specDeps(list, true));
  deps.push(...tableDeps(poetry.dependencies), ...tableDeps(poetry['dev-dependencies'], true));
  if (isObj(poetry.group)) for (const g of Object.values(poetry.group)) if (isObj(g)) deps.push(...tableDeps(g.dependencies, true));
  const pdm = isObj(tool.pdm) ? tool.pdm : {};
  if (isObj(pdm['dev-dependencies'])) for (const list of Object.values(pdm['dev-dependencies'])) deps.push(...specDeps(list, true));
  const uv = isObj(tool.uv) ? tool.uv : {};
  deps.push(...specDeps(uv['dev-dependencies'], true));
  const pytest = isObj(tool.pytest) && isObj(tool.pytest.ini_options);
  return {
    dependencies: deps,
    hasBin: isObj(project.scripts) || isObj(poetry.scripts),
    ...(pytest ? { testConfig: 'pytest' } : {}),
  };
}

function pipfile(text: string): ParsedManifest {
  const doc = tomlObject(text);
  return { dependencies: [...tableDeps(doc.packages), ...tableDeps(doc['dev-packages'], true)] };
}

/** INI as setup.cfg writes it: sections of `key = value`, values continued on indented lines. */
export function parseIni(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let section = new Map<string, string>();
  sections.set('', section);
  let key: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(raw) || !raw.trim()) continue;
    const head = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
    if (head && !/^\s/.test(raw)) {
      section = sections.get(head[1].trim()) ?? new Map();
      sections.set(head[1].trim(), section);
      key = null;
      continue;
    }
    if (/^\s/.test(raw) && key) {
      section.set(key, `${section.get(key) ?? ''}\n${raw.trim()}`);
      continue;
    }
    const kv = /^([^=:]+)[=:](.*)$/.exec(raw);
    if (kv) {
      key = kv[1].trim();
      section.set(key, kv[2].trim());
    }
  }
  return sections;
}

function setupCfg(text: string): ParsedManifest {
  const ini = parseIni(text);
  const deps: Dependency[] = [];
  const lines = (v: string | undefined) => (v ?? '').split('\n').map((l) => l.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);
  for (const spec of lines(ini.get('options')?.get('install_requires'))) {
    const d = pep508(spec);
    if (d) deps.push(d);
  }
  for (const value of ini.get('options.extras_require')?.values() ?? []) {
    for (const spec of lines(value)) {
      const d = pep508(spec);
      if (d) deps.push({ ...d, dev: true });
    }
  }
  for (const spec of lines(ini.get('options')?.get('tests_require'))) {
    const d = pep508(spec);
    if (d) deps.push({ ...d, dev: true });
  }
  const pytest = ini.has('tool:pytest');
  return { dependencies: deps, hasBin: ini.has('options.entry_points'), ...(pytest ? { testConfig: 'pytest' } : {}) };
}

/** setup.py is Python: the requirement strings of its `install_requires=[…]` (and test/extra lists). */
function setupPy(text: string): ParsedManifest {
  const code = stripComments(text, HASH_STYLE);
  const deps: Dependency[] = [];
  for (const m of code.matchAll(/\b(install_requires|tests_require|extras_require|setup_requires)\s*=\s*/g)) {
    const open = m.index + m[0].length;
    if (!'[{('.includes(code[open])) continue;
    const body = balanced(code, open) ?? '';
    for (const s of stringLiterals(body)) {
      const d = pep508(s);
      if (d && !/[/\\]/.test(s)) deps.push(m[1] === 'install_requires' ? d : { ...d, dev: true });
    }
  }
  return { dependencies: deps, hasBin: /\bentry_points\s*=|\bscripts\s*=/.test(code) };
}

// ---------------------------------------------------------------------------------------------
// Rust, Go

function cargoToml(text: string): ParsedManifest {
  const doc = tomlObject(text);
  const deps: Dependency[] = [];
  const add = (table: unknown, dev: boolean) => {
    if (!isObj(table)) return;
    for (const [key, value] of Object.entries(table)) {
      // `foo = { package = "bar" }` renames bar; `sqlx.workspace = true` is sqlx.
      const name = isObj(value) && typeof value.package === 'string' ? value.package : key;
      const features = isObj(value) ? strings(value.features) : [];
      deps.push({ name, ...(features.length ? { features } : {}), ...(dev ? { dev } : {}) });
    }
  };
  const tables = (owner: Json) => {
    add(owner.dependencies, false);
    add(owner['dev-dependencies'], true);
    add(owner['build-dependencies'], true);
  };
  tables(doc);
  if (isObj(doc.workspace)) add(doc.workspace.dependencies, false);
  if (isObj(doc.target)) for (const t of Object.values(doc.target)) if (isObj(t)) tables(t);
  return { dependencies: deps, hasBin: Array.isArray(doc.bin) && doc.bin.length > 0 };
}

function goMod(text: string): ParsedManifest {
  const deps: Dependency[] = [];
  let block: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const indirect = /\/\/\s*indirect\b/.test(raw);
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    if (block) {
      if (line === ')') block = null;
      else if (block === 'require' && !indirect) {
        const m = /^(\S+)\s+v\S+/.exec(line);
        if (m) deps.push({ name: m[1] });
      }
      continue;
    }
    const open = /^(require|replace|exclude|retract|tool|godebug)\s*\($/.exec(line);
    if (open) {
      block = open[1];
      continue;
    }
    const single = /^require\s+(\S+)\s+v\S+/.exec(line);
    if (single && !indirect) deps.push({ name: single[1] });
  }
  if (!/^\s*module\s+\S+/m.test(text)) throw new Error('it has no module line');
  return { dependencies: deps };
}

function gopkgToml(text: string): ParsedManifest {
  const doc = tomlObject(text);
  const names = [...asArray(doc.constraint as unknown[]), ...asArray(doc.override as unknown[])]
    .filter(isObj)
    .map((c) => c.name)
    .filter((n): n is string => typeof n === 'string');
  return { dependencies: names.map((name) => ({ name })) };
}

// ---------------------------------------------------------------------------------------------
// JVM

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim();
  if (isObj(v) && typeof v['#text'] === 'string') return v['#text'].trim();
  return null;
}

function coordinate(node: unknown): string | null {
  if (!isObj(node)) return null;
  const artifact = text(node.artifactId);
  if (!artifact) return null;
  const group = text(node.groupId);
  return group ? `${group}:${artifact}` : artifact;
}

function pomXml(source: string): ParsedManifest {
  const doc = xmlObject(source);
  const project = isObj(doc.project) ? doc.project : null;
  if (!project) throw new Error('it has no <project> element');
  const deps: Dependency[] = [];
  const fromList = (owner: unknown) => {
    if (!isObj(owner) || !isObj(owner.dependencies)) return;
    for (const d of asArray(owner.dependencies.dependency as unknown[])) {
      const name = coordinate(d);
      if (name) deps.push({ name, ...(isObj(d) && text(d.scope) === 'test' ? { dev: true } : {}) });
    }
  };
  fromList(project);
  for (const profile of asArray((isObj(project.profiles) ? project.profiles.profile : undefined) as unknown[])) fromList(profile);
  const plugins: string[] = [];
  const build = isObj(project.build) ? project.build : {};
  for (const holder of [build, isObj(build.pluginManagement) ? build.pluginManagement : {}]) {
    if (!isObj(holder.plugins)) continue;
    for (const p of asArray(holder.plugins.plugin as unknown[])) {
      const name = coordinate(p);
      if (name) plugins.push(name);
    }
  }
  // The parent names the platform: spring-boot-starter-parent is a Spring Boot build.
  const parent = coordinate(project.parent);
  if (parent) plugins.push(parent);
  return { dependencies: deps, plugins };
}

const GRADLE_COORD = /^([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::[^\s:]*)?(?::[^\s]*)?$/;

function gradleBuild(source: string): ParsedManifest {
  const code = stripComments(source, C_STYLE);
  const deps: Dependency[] = [];
  for (const s of stringLiterals(code)) {
    const m = GRADLE_COORD.exec(s.trim());
    if (m && !/^\d/.test(m[1])) deps.push({ name: `${m[1]}:${m[2]}` });
  }
  for (const m of code.matchAll(/group\s*[:=]\s*["']([\w.-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.-]+)["']/g)) deps.push({ name: `${m[1]}:${m[2]}` });
  const plugins: string[] = [];
  for (const m of code.matchAll(/\bid\s*\(?\s*["']([\w.-]+)["']/g)) plugins.push(m[1]);
  for (const m of code.matchAll(/apply\s+plugin\s*:\s*["']([\w.-]+)["']/g)) plugins.push(m[1]);
  for (const m of code.matchAll(/\bkotlin\s*\(\s*["']([\w.-]+)["']\s*\)/g)) plugins.push(`org.jetbrains.kotlin.${m[1]}`);
  // `libs.…` references resolve through gradle/libs.versions.toml, which is read as a manifest of its own.
  return { dependencies: deps, plugins };
}

/** gradle/libs.versions.toml: its libraries and plugins. */
function versionCatalog(source: string): ParsedManifest {
  const doc = tomlObject(source);
  const deps: Dependency[] = [];
  for (const value of Object.values(isObj(doc.libraries) ? doc.libraries : {})) {
    if (typeof value === 'string') {
      const m = GRADLE_COORD.exec(value);
      if (m) deps.push({ name: `${m[1]}:${m[2]}` });
    } else if (isObj(value)) {
      if (typeof value.module === 'string') deps.push({ name: value.module });
      else if (typeof value.group === 'string' && typeof value.name === 'string') deps.push({ name: `${value.group}:${value.name}` });
    }
  }
  const plugins: string[] = [];
  for (const value of Object.values(isObj(doc.plugins) ? doc.plugins : {})) {
    if (typeof value === 'string') plugins.push(value.split(':')[0]);
    else if (isObj(value) && typeof value.id === 'string') plugins.push(value.id);
  }
  return { dependencies: deps, plugins };
}

function sbtBuild(source: string): ParsedManifest {
  const code = stripComments(source, C_STYLE);
  const deps: Dependency[] = [];
  for (const m of code.matchAll(/"([\w.-]+)"\s*%%?%?\s*"([\w.-]+)"/g)) deps.push({ name: `${m[1]}:${m[2]}` });
  const plugins = [...code.matchAll(/enablePlugins\s*\(([^)]*)\)/g)].flatMap((m) => m[1].split(',').map((p) => p.trim()).filter(Boolean));
  // Play's own modules are plain identifiers in libraryDependencies: guice, ws, jdbc, evolutions.
  for (const m of code.matchAll(/libraryDependencies\s*\+\+?=\s*/g)) {
    const rest = code.slice(m.index + m[0].length);
    const open = rest.search(/[(]/);
    const body = /^Seq\s*\(/.test(rest) && open >= 0 ? (balanced(rest, open) ?? '') : rest.split('\n')[0];
    for (const word of body.replace(/"[^"]*"/g, ' ').split(/[\s,()%]+/)) {
      if (/^(guice|ws|jdbc|evolutions|filters|ehcache|caffeine|cacheApi|javaJdbc|javaWs)$/.test(word)) deps.push({ name: `play:${word}` });
    }
  }
  for (const m of code.matchAll(/addSbtPlugin\s*\(\s*"([\w.-]+)"\s*%\s*"([\w.-]+)"/g)) plugins.push(`${m[1]}:${m[2]}`);
  return { dependencies: deps, plugins };
}

// ---------------------------------------------------------------------------------------------
// Ruby, Elixir

function gemfile(source: string): ParsedManifest {
  const code = stripComments(source, HASH_STYLE);
  const deps: Dependency[] = [];
  let devDepth = 0;
  let depth = 0;
  for (const line of code.split(/\r?\n/)) {
    const t = line.trim();
    if (/^group\b.*\bdo\s*(\|.*\|)?$/.test(t)) {
      depth++;
      if (/:(development|test)\b/.test(t)) devDepth = devDepth || depth;
      continue;
    }
    if (/^(platforms?|source|install_if|path|git)\b.*\bdo\s*(\|.*\|)?$/.test(t)) {
      depth++;
      continue;
    }
    if (t === 'end' && depth > 0) {
      if (devDepth === depth) devDepth = 0;
      depth--;
      continue;
    }
    const m = /^gem\s+["']([^"']+)["']/.exec(t);
    if (m) deps.push({ name: m[1], ...(devDepth || /group:\s*(\[[^\]]*)?:(development|test)/.test(t) ? { dev: true } : {}) });
  }
  return { dependencies: deps };
}

function mixExs(source: string): ParsedManifest {
  const code = stripComments(source, HASH_STYLE);
  const start = code.search(/\bdefp?\s+deps\b/);
  const body = start >= 0 ? code.slice(start) : code;
  const deps = [...body.matchAll(/\{\s*:([a-z_][a-z0-9_]*)\s*,/g)].map((m) => ({ name: m[1] }));
  const migrate = /["'](ecto\.migrate)["']/.exec(code)?.[1];
  return { dependencies: deps, hasBin: /\bescript\s*:/.test(code), ...(migrate ? { migrationCommand: migrate } : {}) };
}

// ---------------------------------------------------------------------------------------------
// .NET

function msbuild(source: string): ParsedManifest {
  const doc = xmlObject(source);
  const project = isObj(doc.Project) ? doc.Project : null;
  if (!project) throw new Error('it has no <Project> element');
  const deps: Dependency[] = [];
  for (const group of asArray(project.ItemGroup as unknown[])) {
    if (!isObj(group)) continue;
    for (const tag of ['PackageReference', 'PackageVersion', 'FrameworkReference', 'GlobalPackageReference']) {
      for (const ref of asArray(group[tag] as unknown[])) {
        const name = isObj(ref) ? (ref['@Include'] ?? ref['@Update']) : null;
        if (typeof name === 'string' && name.trim()) deps.push({ name: name.trim() });
      }
    }
  }
  const sdk = typeof project['@Sdk'] === 'string' ? project['@Sdk'] : undefined;
  return { dependencies: deps, ...(sdk ? { sdk } : {}) };
}

function packagesConfig(source: string): ParsedManifest {
  const doc = xmlObject(source);
  const list = isObj(doc.packages) ? asArray(doc.packages.package as unknown[]) : [];
  return { dependencies: list.filter(isObj).map((p) => p['@id']).filter((n): n is string => typeof n === 'string').map((name) => ({ name })) };
}

// ---------------------------------------------------------------------------------------------

const KINDS: Array<{ test: (name: string, path: string) => boolean; kind: ManifestKind }> = [
  { test: (n) => n === 'package.json', kind: { ecosystem: 'npm', parse: packageJson } },
  { test: (n) => n === 'composer.json', kind: { ecosystem: 'composer', parse: composerJson } },
  { test: (n, p) => /^(.*[-_.])?requirements([-_.].*)?\.(txt|in)$/i.test(n) || /(^|\/)requirements\/[^/]+\.(txt|in)$/i.test(p), kind: { ecosystem: 'pypi', parse: requirementsTxt } },
  { test: (n) => n === 'pyproject.toml', kind: { ecosystem: 'pypi', parse: pyprojectToml } },
  { test: (n) => n === 'Pipfile', kind: { ecosystem: 'pypi', parse: pipfile } },
  { test: (n) => n === 'setup.cfg', kind: { ecosystem: 'pypi', parse: setupCfg } },
  { test: (n) => n === 'setup.py', kind: { ecosystem: 'pypi', parse: setupPy } },
  { test: (n) => n === 'Cargo.toml', kind: { ecosystem: 'cargo', parse: cargoToml } },
  { test: (n) => n === 'go.mod', kind: { ecosystem: 'go', parse: goMod } },
  { test: (n) => n === 'Gopkg.toml', kind: { ecosystem: 'go', parse: gopkgToml } },
  { test: (n) => n === 'pom.xml', kind: { ecosystem: 'maven', parse: pomXml } },
  { test: (n) => n === 'build.gradle' || n === 'build.gradle.kts', kind: { ecosystem: 'maven', parse: gradleBuild } },
  { test: (n) => /\.versions\.toml$/.test(n), kind: { ecosystem: 'maven', parse: versionCatalog } },
  // Build logic in buildSrc (`object Deps { const val ktor = "io.ktor:ktor-server-core:2.3.0" }`) names coordinates as strings.
  { test: (_, p) => /(^|\/)buildSrc\/src\/main\/(kotlin|groovy|java)\/[^/]+\.(kt|groovy|java)$/.test(p), kind: { ecosystem: 'maven', parse: gradleBuild } },
  { test: (n, p) => n === 'build.sbt' || /(^|\/)project\/plugins\.sbt$/.test(p), kind: { ecosystem: 'maven', parse: sbtBuild } },
  { test: (n) => n === 'Gemfile' || n === 'gems.rb', kind: { ecosystem: 'rubygems', parse: gemfile } },
  { test: (n) => n === 'mix.exs', kind: { ecosystem: 'hex', parse: mixExs } },
  { test: (n) => /\.(cs|fs|vb)proj$/i.test(n) || /^Directory\.(Packages|Build)\.props$/i.test(n), kind: { ecosystem: 'nuget', parse: msbuild } },
  { test: (n) => n.toLowerCase() === 'packages.config', kind: { ecosystem: 'nuget', parse: packagesConfig } },
];

/** How to read a file as a manifest, by its path; null when it is not one. */
export function manifestKind(path: string): ManifestKind | null {
  if (/(^|\/)(node_modules|vendor|\.venv|venv|target|dist|build)\//.test(path)) return null;
  const name = path.split('/').pop() ?? path;
  return KINDS.find((k) => k.test(name, path))?.kind ?? null;
}

/** Project paths a .sln or .slnx names (`src/Api/Api.csproj`), `/`-separated. */
export function solutionProjects(path: string, source: string): string[] {
  const dir = path.includes('/') ? `${path.slice(0, path.lastIndexOf('/'))}/` : '';
  const raw = /\.slnx$/i.test(path)
    ? [...source.matchAll(/<Project\b[^>]*\bPath\s*=\s*"([^"]+)"/g)].map((m) => m[1])
    : [...source.matchAll(/^Project\("\{[^}]+\}"\)\s*=\s*"[^"]*",\s*"([^"]+\.(?:cs|fs|vb)proj)"/gm)].map((m) => m[1]);
  return raw.map((p) => `${dir}${p.replace(/\\/g, '/')}`);
}
