/**
 * Technology and project-kind detection: a repository snapshot in, tags and kinds with their
 * evidence out. Pure; the rules are data in detection-rules.ts. Manifests that do not parse
 * give a readable warning, never an exception.
 */
import {
  COMPOSE_FILES,
  COMPOSE_IMAGE_RULES,
  DEPENDENCY_RULES,
  ECOMMERCE_WORDS,
  FEATURE_DATABASES,
  INFRA_IMAGES,
  KIND_TOPICS,
  LANGUAGE_MIN_SHARE,
  LANGUAGE_RULES,
  MANIFEST_FILES,
  MANIFEST_PATTERNS,
  MICROSERVICES_MIN_SERVICES,
  README_KEYWORDS,
  ROOT_FILE_RULES,
  type Ecosystem,
  type TechRole,
  type TechRule,
} from './detection-rules';
import { findTechnology, resolveTag } from './taxonomy';
import type { DetectedKind, DetectedTech, RepoSnapshot } from './github-types';
import type { ProjectKind } from './types';

export interface Dependency {
  name: string;
  /** Extra words that can name a database (Cargo features). */
  features?: string[];
}

export interface ParsedManifest {
  dependencies: Dependency[];
  /** package.json `bin`, pyproject scripts: the project ships a command. */
  hasBin?: boolean;
}

export interface Detection {
  technologies: DetectedTech[];
  kinds: DetectedKind[];
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Manifest parsers: forgiving line-based readers for the non-JSON formats (no TOML/XML/YAML
// dependency for a few keys), JSON.parse for the JSON ones. They throw on unreadable JSON only.

function jsonObject(text: string, file: string): Record<string, unknown> {
  const value = JSON.parse(text) as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${file} is not a JSON object`);
  return value as Record<string, unknown>;
}

function keysOf(value: unknown): string[] {
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
}

function parsePackageJson(text: string): ParsedManifest {
  const pkg = jsonObject(text, 'package.json');
  const names = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) => keysOf(pkg[k]));
  return { dependencies: names.map((name) => ({ name })), hasBin: !!pkg.bin };
}

function parseComposerJson(text: string): ParsedManifest {
  const pkg = jsonObject(text, 'composer.json');
  return { dependencies: [...keysOf(pkg.require), ...keysOf(pkg['require-dev'])].map((name) => ({ name })) };
}

const PY_NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;

function parseRequirements(text: string): ParsedManifest {
  const deps: Dependency[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line || line.startsWith('-')) continue;
    const m = PY_NAME.exec(line);
    if (m) deps.push({ name: m[1] });
  }
  return { dependencies: deps };
}

/** TOML sections as { header → lines }, enough for dependency tables and arrays. */
function tomlSections(text: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current = '';
  sections.set(current, []);
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '');
    const header = /^\s*\[\[?([^\]]+)\]\]?\s*$/.exec(line);
    if (header) {
      current = header[1].trim().replace(/\s+/g, '');
      if (!sections.has(current)) sections.set(current, []);
      continue;
    }
    sections.get(current)!.push(line);
  }
  return sections;
}

function tomlKeys(lines: string[]): Dependency[] {
  const deps: Dependency[] = [];
  for (const line of lines) {
    const m = /^\s*"?([A-Za-z0-9][A-Za-z0-9._-]*)"?\s*=(.*)$/.exec(line);
    if (!m) continue;
    const features = /features\s*=\s*\[([^\]]*)\]/.exec(m[2])?.[1].match(/[\w-]+/g) ?? undefined;
    deps.push(features ? { name: m[1], features } : { name: m[1] });
  }
  return deps;
}

/** The quoted strings of a `key = [ ... ]` array, possibly spanning lines. */
function tomlArray(lines: string[], key: string): string[] {
  const text = lines.join('\n');
  // A list of quoted strings (which may themselves hold brackets: "redis[hiredis]").
  const re = new RegExp(`^\\s*${key}\\s*=\\s*\\[((?:\\s*(?:"[^"]*"|'[^']*')\\s*,?)*\\s*)\\]`, 'm');
  const body = re.exec(text)?.[1] ?? '';
  return [...body.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
}

function parsePyproject(text: string): ParsedManifest {
  const s = tomlSections(text);
  const deps: Dependency[] = [];
  const fromSpecs = (specs: string[]) => {
    for (const spec of specs) {
      const m = PY_NAME.exec(spec);
      if (m) deps.push({ name: m[1] });
    }
  };
  fromSpecs(tomlArray(s.get('project') ?? [], 'dependencies'));
  for (const line of s.get('project.optional-dependencies') ?? []) fromSpecs([...line.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]));
  for (const [header, lines] of s) {
    if (/^tool\.poetry(\.group\.[^.]+)?\.(dev-)?dependencies$/.test(header)) deps.push(...tomlKeys(lines).filter((d) => d.name !== 'python'));
  }
  const hasBin = s.has('project.scripts') || s.has('tool.poetry.scripts');
  return { dependencies: deps, hasBin };
}

function parsePipfile(text: string): ParsedManifest {
  const s = tomlSections(text);
  return { dependencies: [...tomlKeys(s.get('packages') ?? []), ...tomlKeys(s.get('dev-packages') ?? [])] };
}

function parseCargo(text: string): ParsedManifest {
  const deps: Dependency[] = [];
  for (const [header, lines] of tomlSections(text)) {
    if (/^(workspace\.)?(dev-|build-)?dependencies$/.test(header)) deps.push(...tomlKeys(lines));
    const single = /^(?:workspace\.)?(?:dev-|build-)?dependencies\.([A-Za-z0-9_-]+)$/.exec(header);
    if (single) {
      const features = tomlArray(lines, 'features');
      deps.push(features.length ? { name: single[1], features } : { name: single[1] });
    }
  }
  return { dependencies: deps, hasBin: /^\s*\[\[bin\]\]/m.test(text) };
}

function xmlTag(block: string, tag: string): string | null {
  return new RegExp(`<${tag}>\\s*([^<\\s]+)\\s*</${tag}>`).exec(block)?.[1] ?? null;
}

function parsePom(text: string): ParsedManifest {
  const deps: Dependency[] = [];
  for (const m of text.matchAll(/<(dependency|plugin)>([\s\S]*?)<\/\1>/g)) {
    const artifact = xmlTag(m[2], 'artifactId');
    if (!artifact) continue;
    const group = xmlTag(m[2], 'groupId');
    deps.push({ name: group ? `${group}:${artifact}` : artifact });
  }
  return { dependencies: deps };
}

function parseGradle(text: string): ParsedManifest {
  const deps: Dependency[] = [];
  for (const m of text.matchAll(/["']([\w.-]+):([\w.-]+)(?::[^"'\s]*)?["']/g)) deps.push({ name: `${m[1]}:${m[2]}` });
  for (const m of text.matchAll(/group\s*[:=]\s*["']([\w.-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.-]+)["']/g)) deps.push({ name: `${m[1]}:${m[2]}` });
  // Plugins: id("org.springframework.boot") is Spring Boot even before any starter.
  if (/id\s*\(?\s*["']org\.springframework\.boot["']/.test(text)) deps.push({ name: 'org.springframework.boot:spring-boot-starter-web' });
  return { dependencies: deps };
}

function parseGemfile(text: string): ParsedManifest {
  return { dependencies: [...text.matchAll(/^\s*gem\s+["']([^"']+)["']/gm)].map((m) => ({ name: m[1] })) };
}

function parseCsproj(text: string): ParsedManifest {
  const deps = [...text.matchAll(/<PackageReference\s+[^>]*Include\s*=\s*"([^"]+)"/gi)].map((m) => ({ name: m[1] }));
  if (/Sdk\s*=\s*"Microsoft\.NET\.Sdk\.Web"/i.test(text)) deps.push({ name: 'Microsoft.AspNetCore.App' });
  return { dependencies: deps };
}

function parseGoMod(text: string): ParsedManifest {
  const deps: Dependency[] = [];
  let inBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*/, '').trim();
    if (/^require\s*\($/.test(line)) inBlock = true;
    else if (inBlock && line === ')') inBlock = false;
    else if (inBlock) {
      const m = /^(\S+)\s+v/.exec(line);
      if (m) deps.push({ name: m[1] });
    } else {
      const m = /^require\s+(\S+)\s+v/.exec(line);
      if (m) deps.push({ name: m[1] });
    }
  }
  return { dependencies: deps };
}

const PARSERS: Record<string, (text: string) => ParsedManifest> = {
  'package.json': parsePackageJson,
  'composer.json': parseComposerJson,
  'requirements.txt': parseRequirements,
  'pyproject.toml': parsePyproject,
  Pipfile: parsePipfile,
  'Cargo.toml': parseCargo,
  'pom.xml': parsePom,
  'build.gradle': parseGradle,
  'build.gradle.kts': parseGradle,
  Gemfile: parseGemfile,
  'go.mod': parseGoMod,
};

/** The ecosystem of a manifest file name, or null when it is not one we read. */
export function manifestEcosystem(fileName: string): Ecosystem | null {
  if (fileName in MANIFEST_FILES) return MANIFEST_FILES[fileName];
  return MANIFEST_PATTERNS.find((p) => p.pattern.test(fileName))?.ecosystem ?? null;
}

/** Parses one manifest; throws with a readable message when it cannot be read. */
export function parseManifest(fileName: string, text: string): ParsedManifest {
  const parser = PARSERS[fileName] ?? (/\.csproj$/i.test(fileName) ? parseCsproj : null);
  if (!parser) return { dependencies: [] };
  return parser(text);
}

// ---------------------------------------------------------------------------------------------
// Dependency matching

function normalizeDep(ecosystem: Ecosystem, name: string): string {
  const lower = name.trim().toLowerCase();
  return ecosystem === 'pypi' ? lower.replace(/[_.]+/g, '-') : lower;
}

interface CompiledRules {
  exact: Map<string, TechRule>;
  prefix: Array<[string, TechRule]>;
}
const compiled = new Map<Ecosystem, CompiledRules>();
function rulesFor(ecosystem: Ecosystem): CompiledRules {
  let c = compiled.get(ecosystem);
  if (!c) {
    c = { exact: new Map(), prefix: [] };
    for (const [key, rule] of Object.entries(DEPENDENCY_RULES[ecosystem])) {
      const k = normalizeDep(ecosystem, key);
      if (k.endsWith('*')) c.prefix.push([k.slice(0, -1), rule]);
      else c.exact.set(k, rule);
    }
    compiled.set(ecosystem, c);
  }
  return c;
}

/** The rule a dependency matches in its ecosystem, if any. */
export function matchDependency(ecosystem: Ecosystem, name: string): TechRule | null {
  const c = rulesFor(ecosystem);
  const key = normalizeDep(ecosystem, name);
  const candidates = ecosystem === 'maven' && key.includes(':') ? [key, key.split(':')[1]] : [key];
  for (const k of candidates) {
    const hit = c.exact.get(k);
    if (hit) return hit;
  }
  for (const k of candidates) for (const [p, rule] of c.prefix) if (k.startsWith(p)) return rule;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Compose files

export interface ComposeService {
  name: string;
  image: string | null;
  build: boolean;
}

/** Reads the services of a compose file by indentation; enough to count and name them. */
export function parseComposeServices(text: string): ComposeService[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^services:\s*$/.test(l));
  if (start < 0) return [];
  const services: ComposeService[] = [];
  let indent = -1;
  let current: ComposeService | null = null;
  for (const line of lines.slice(start + 1)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const lead = line.length - line.trimStart().length;
    if (lead === 0) break;
    if (indent < 0) indent = lead;
    if (lead === indent) {
      const m = /^\s*["']?([\w.-]+)["']?\s*:\s*$/.exec(line);
      current = m ? { name: m[1], image: null, build: false } : null;
      if (current) services.push(current);
    } else if (current && lead > indent) {
      const image = /^\s*image\s*:\s*["']?([^"'\s#]+)/.exec(line);
      if (image && !current.image) current.image = image[1];
      if (/^\s*build\s*:/.test(line)) current.build = true;
    }
  }
  return services;
}

/** `docker.io/library/postgres:16-alpine` → `postgres`. */
function imageBase(image: string): string {
  const last = image.split('/').pop() ?? image;
  return last.split(/[:@]/)[0].toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Detection

class Found {
  readonly techs = new Map<string, DetectedTech & { roles: Set<TechRole> }>();
  readonly kinds = new Map<ProjectKind, string[]>();

  tech(rawName: string, role: TechRole, evidence: string): void {
    const { name, techId } = resolveTag(rawName);
    const key = name.toLowerCase();
    let t = this.techs.get(key);
    if (!t) {
      t = { name, techId, evidence: [], roles: new Set() };
      this.techs.set(key, t);
    }
    t.roles.add(role);
    if (!t.evidence.includes(evidence)) t.evidence.push(evidence);
  }

  kind(kind: ProjectKind, evidence: string): void {
    const list = this.kinds.get(kind) ?? [];
    if (!list.includes(evidence)) list.push(evidence);
    this.kinds.set(kind, list);
  }

  withRole(...roles: TechRole[]): Array<DetectedTech & { roles: Set<TechRole> }> {
    return [...this.techs.values()].filter((t) => roles.some((r) => t.roles.has(r)));
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const README_PATTERNS = Object.entries(README_KEYWORDS).map(
  ([word, rule]) => [word, rule, new RegExp(`(^|[^\\w.-])${escapeRegExp(word)}(?![\\w-])`, 'i')] as const,
);
/** Keyword search reads this much of a README; the start is where projects say what they use. */
const README_SCAN_CHARS = 100_000;

/** Detects technologies and project kinds in one repository, each with its evidence. */
export function detectRepository(snapshot: RepoSnapshot): Detection {
  const found = new Found();
  const warnings: string[] = [];

  // Languages, by share of the code.
  const total = snapshot.languages.reduce((s, l) => s + Math.max(0, l.bytes), 0);
  for (const lang of snapshot.languages) {
    const rule = LANGUAGE_RULES[lang.name];
    if (!rule || total === 0) continue;
    const share = lang.bytes / total;
    if (share < LANGUAGE_MIN_SHARE) continue;
    found.tech(rule.tech, rule.role, `GitHub counts ${formatBytes(lang.bytes)} of ${lang.name} (${Math.round(share * 100)}% of the code)`);
  }

  // Topics: a technology when the taxonomy knows it, a kind when it names one.
  for (const topic of snapshot.topics) {
    const kind = KIND_TOPICS[topic.toLowerCase()];
    if (kind) found.kind(kind, `tagged with the topic "${topic}"`);
    const tech = findTechnology(topic) ?? findTechnology(topic.replace(/-/g, ' '));
    if (tech) {
      const role = (tech.category === 'sql-database' ? 'sql' : tech.category === 'nosql-database' ? 'nosql' : tech.category === 'api-style' ? 'api' : tech.category === 'framework' ? 'framework' : 'practice') as TechRole;
      found.tech(tech.name, role, `tagged with the topic "${topic}"`);
    }
  }

  // Root files and folders.
  for (const entry of snapshot.rootEntries) {
    for (const rule of ROOT_FILE_RULES) {
      if (rule.type && rule.type !== entry.type) continue;
      if (rule.name.test(entry.name)) found.tech(rule.tech, rule.role, rule.evidence.replace('{name}', entry.name));
    }
  }
  if (snapshot.workflowFiles.length > 0) {
    const shown = snapshot.workflowFiles.slice(0, 3).join(', ');
    found.tech('GitHub Actions', 'devops', `has GitHub Actions workflows in .github/workflows (${shown}${snapshot.workflowFiles.length > 3 ? ', …' : ''})`);
  }

  // Manifests.
  let hasBin = false;
  for (const [path, text] of Object.entries(snapshot.manifests)) {
    if (COMPOSE_FILES.includes(path)) continue;
    const ecosystem = manifestEcosystem(path);
    if (!ecosystem) continue;
    let parsed: ParsedManifest;
    try {
      parsed = parseManifest(path, text);
    } catch (error) {
      warnings.push(`${path} could not be read (${(error as Error).message.slice(0, 120)}); its dependencies were not checked.`);
      continue;
    }
    hasBin ||= !!parsed.hasBin;
    let serverSide = false;
    for (const dep of parsed.dependencies) {
      const rule = matchDependency(ecosystem, dep.name);
      if (rule) {
        found.tech(rule.tech, rule.role, `${path} depends on ${dep.name}`);
        if (['framework', 'api', 'sql', 'nosql', 'cache', 'queue', 'search', 'orm'].includes(rule.role)) serverSide = true;
      }
      for (const feature of dep.features ?? []) {
        const db = FEATURE_DATABASES[feature.toLowerCase()];
        if (db) found.tech(db.tech, db.role, `${path} enables the "${feature}" feature of ${dep.name}`);
      }
    }
    if (ecosystem === 'npm' && serverSide) found.tech('Node.js', 'language', `${path} depends on server-side packages`);
  }

  // Compose files: infrastructure images, and how many services are the project's own.
  for (const file of COMPOSE_FILES) {
    const text = snapshot.manifests[file];
    if (text === undefined) continue;
    const services = parseComposeServices(text);
    if (services.length === 0) {
      if (text.trim()) warnings.push(`${file} has no services the compose format describes; it was not checked.`);
      continue;
    }
    const own: string[] = [];
    for (const s of services) {
      const base = s.image ? imageBase(s.image) : null;
      const rule = base ? COMPOSE_IMAGE_RULES[base] : undefined;
      if (rule) found.tech(rule.tech, rule.role, `${file} runs ${s.image} as "${s.name}"`);
      if (!base || !INFRA_IMAGES.has(base)) own.push(s.name);
    }
    if (own.length >= MICROSERVICES_MIN_SERVICES) {
      found.kind('microservices', `${file} defines ${own.length} services of its own (${own.slice(0, 5).join(', ')}${own.length > 5 ? ', …' : ''})`);
    }
  }

  // README keywords (weak evidence, said as such).
  if (snapshot.readme) {
    const head = snapshot.readme.slice(0, README_SCAN_CHARS);
    for (const [word, rule, re] of README_PATTERNS) {
      if (re.test(head)) found.tech(rule.tech, rule.role, `README mentions ${word}`);
    }
  }

  // Implied technologies.
  for (const t of found.withRole('api')) {
    if (t.name === 'OpenAPI' || /REST Framework/.test(t.name)) found.tech('REST', 'api', `${t.name}: ${t.evidence[0]}`);
  }

  detectKinds(found, snapshot, hasBin);
  const technologies = [...found.techs.values()].map(({ name, techId, evidence }) => ({ name, techId, evidence }));
  const kinds = [...found.kinds.entries()].map(([kind, evidence]) => ({ kind, evidence }));
  return { technologies, kinds, warnings };
}

function firstEvidence(t: DetectedTech): string {
  return `${t.name} (${t.evidence[0]})`;
}

function detectKinds(found: Found, snapshot: RepoSnapshot, hasBin: boolean): void {
  const servers = found.withRole('framework', 'api').filter((t) => t.evidence.some((e) => !e.startsWith('README')));
  const stores = found.withRole('sql', 'nosql', 'orm').filter((t) => t.evidence.some((e) => !e.startsWith('README')));
  if (servers.length > 0) found.kind('api', `serves an API: ${firstEvidence(servers[0])}`);
  if (servers.length > 0 && stores.length > 0) {
    found.kind('crud', `an API (${firstEvidence(servers[0])}) over a database (${firstEvidence(stores[0])})`);
  }
  const payments = found.withRole('payments');
  if (payments.length > 0) found.kind('ecommerce', `takes payments: ${firstEvidence(payments[0])}`);
  const description = snapshot.description ?? '';
  const d = ECOMMERCE_WORDS.exec(description);
  if (d) found.kind('ecommerce', `its description mentions "${d[0]}"`);
  if (snapshot.readme) {
    const words = new Set([...snapshot.readme.slice(0, README_SCAN_CHARS).matchAll(new RegExp(ECOMMERCE_WORDS.source, 'gi'))].map((m) => m[0].toLowerCase()));
    // One shop word in a README is often in passing; two different ones describe a shop.
    if (words.size >= 2) found.kind('ecommerce', `README talks about ${[...words].slice(0, 3).join(', ')}`);
  }
  const cms = found.withRole('cms');
  if (cms.length > 0) found.kind('cms', `built on a CMS: ${firstEvidence(cms[0])}`);
  const cli = found.withRole('cli');
  if (servers.length === 0 && cli.length > 0) found.kind('cli', `a command-line tool: ${firstEvidence(cli[0])}`);
  if (servers.length === 0 && hasBin) found.kind('cli', 'its manifest declares a command (bin/scripts)');
}
