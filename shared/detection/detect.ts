/**
 * Technology and project-kind detection: a repository snapshot in, technologies and kinds with
 * their evidence (and its strength) out. Pure. Manifests and config files are read with real
 * parsers wherever they are in the tree; a file that does not parse is a readable warning.
 */
import { findTechnology } from '../taxonomy';
import type { DetectedKind, DetectedTech, RepoSnapshot } from '../github-types';
import { KIND_TOPICS, ECOMMERCE_WORDS, MICROSERVICES_MIN_SERVICES } from './kinds';
import { readerFor, type FileContext } from './config-files';
import { DEPENDENCY_RULES, FEATURE_OWNERS, FEATURE_RULES, PASSWORD_LIBRARIES, PULLED_IN_BY } from './dependency-rules';
import { detectLanguages } from './languages';
import { manifestKind, type ParsedManifest } from './manifests';
import { Found, roleOfCategory, rulesOf, type Ecosystem, type RuleValue, type TechRole } from './model';
import { inferActiveRecord, inferConsoleCommands, inferMigrations, inferRest, inferSearchEngine } from './inferences';
import { readmeEndpoints, readmeMentions, readmeProse } from './readme';
import { briefError } from './source-text';
import { detectFromPaths } from './tree-rules';

export interface Detection {
  technologies: DetectedTech[];
  kinds: DetectedKind[];
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Dependency matching

function normalizeDep(ecosystem: Ecosystem, name: string): string {
  const lower = name.trim().toLowerCase();
  return ecosystem === 'pypi' ? lower.replace(/[_.]+/g, '-') : lower;
}

interface CompiledRules {
  exact: Map<string, RuleValue>;
  /** Longest prefix first, so `io.quarkus:quarkus-jdbc-postgresql` beats `io.quarkus:quarkus-*`. */
  prefix: Array<[string, RuleValue]>;
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
    c.prefix.sort((a, b) => b[0].length - a[0].length);
    compiled.set(ecosystem, c);
  }
  return c;
}

/** The rule a dependency matches in its ecosystem, if any (a Maven group alone is the last resort). */
export function matchDependency(ecosystem: Ecosystem, name: string): RuleValue | null {
  const c = rulesFor(ecosystem);
  const key = normalizeDep(ecosystem, name);
  const exact = c.exact.get(key);
  if (exact) return exact;
  for (const [p, rule] of c.prefix) if (key.startsWith(p)) return rule;
  if (ecosystem === 'maven' && key.includes(':')) return c.exact.get(key.split(':')[0]) ?? null;
  return null;
}

/** The first technology a dependency names, for callers that want one name. */
export function dependencyTech(ecosystem: Ecosystem, name: string): string | null {
  const rule = matchDependency(ecosystem, name);
  return rule ? rulesOf(rule)[0].tech : null;
}

// ---------------------------------------------------------------------------------------------

const SERVER_ROLES: readonly TechRole[] = ['framework', 'api', 'sql', 'nosql', 'cache', 'queue', 'search', 'orm'];
const TEST_SCRIPTS: Array<[RegExp, string]> = [
  [/\bjest\b/, 'Jest'], [/\bvitest\b/, 'Vitest'], [/\bmocha\b/, 'Mocha'], [/\bnode --test\b/, 'Automated testing'], [/\bplaywright test\b/, 'Playwright'],
  [/\bcypress run\b/, 'Cypress'], [/\bava\b/, 'Automated testing'], [/\btap\b/, 'Automated testing'],
];

const MIGRATION_SCRIPTS = /\b(prisma migrate \w+|knex migrate:\w+|sequelize(?:-cli)? db:migrate|typeorm migration:run|drizzle-kit (?:migrate|push)|node-pg-migrate|db-migrate up|mikro-orm migration:up)\b/;

interface ReadManifest {
  path: string;
  ecosystem: Ecosystem;
  parsed: ParsedManifest;
}

function readManifests(snapshot: RepoSnapshot, warnings: string[]): ReadManifest[] {
  const out: ReadManifest[] = [];
  for (const [path, text] of Object.entries(snapshot.manifests)) {
    const kind = manifestKind(path);
    if (!kind) continue;
    try {
      out.push({ path, ecosystem: kind.ecosystem, parsed: kind.parse(text) });
    } catch (error) {
      warnings.push(`${path} could not be read (${briefError(error)}); its dependencies were not checked.`);
    }
  }
  return out;
}

function applyManifest(found: Found, m: ReadManifest): boolean {
  let serverSide = false;
  const declared = new Set(m.parsed.dependencies.map((d) => normalizeDep(m.ecosystem, d.name)));
  const pulledIn = PULLED_IN_BY[m.ecosystem] ?? {};
  const use = (name: string, shown: string, features: readonly string[] = []) => {
    const depKey = normalizeDep(m.ecosystem, name);
    if (pulledIn[depKey]?.some((owner) => declared.has(owner))) return;
    const rule = matchDependency(m.ecosystem, name) ?? (m.ecosystem === 'pypi' ? PASSWORD_LIBRARIES[name.toLowerCase()] : undefined);
    if (rule) {
      found.rule(rule, `${m.path} depends on ${shown}`);
      if (rulesOf(rule).some((x) => SERVER_ROLES.includes(x.role))) serverSide = true;
    }
    if (FEATURE_OWNERS.has(depKey)) {
      for (const f of features) {
        const byFeature = FEATURE_RULES[f.toLowerCase().replace(/^runtime-|-native-tls$|-rustls$/, '')];
        if (byFeature) found.rule(byFeature, `${m.path} enables the "${f}" feature of ${name}`);
      }
    }
  };
  for (const dep of m.parsed.dependencies) use(dep.name, dep.name, dep.features);
  for (const plugin of m.parsed.plugins ?? []) {
    const rule = matchDependency(m.ecosystem, plugin);
    if (rule) found.rule(rule, `${m.path} applies the ${plugin} plugin`);
  }
  if (m.parsed.sdk && /Microsoft\.NET\.Sdk\.(Web|Razor|BlazorWebAssembly)/i.test(m.parsed.sdk)) {
    found.tech('ASP.NET Core', 'framework', `${m.path} is an ${m.parsed.sdk} project`);
    serverSide = true;
  }
  if (m.parsed.sdk && /^Microsoft\.NET\.Sdk/i.test(m.parsed.sdk)) found.tech('.NET', 'framework', `${m.path} builds with the ${m.parsed.sdk} SDK`);
  for (const script of m.parsed.scripts ?? []) {
    for (const [re, tech] of TEST_SCRIPTS) if (re.test(script)) found.tech(tech, 'testing', `${m.path} runs tests with \`${script.slice(0, 50)}\``);
  }
  if (m.parsed.testConfig === 'pytest') found.tech('pytest', 'testing', `${m.path} configures pytest`);
  for (const script of m.parsed.scripts ?? []) {
    const migrate = MIGRATION_SCRIPTS.exec(script);
    if (migrate) found.tech('Database migrations', 'practice', `${m.path} runs migrations with \`${migrate[0]}\``);
  }
  if (m.parsed.migrationCommand) found.tech('Database migrations', 'practice', `${m.path} runs \`${m.parsed.migrationCommand}\``);
  return serverSide;
}

function knownPaths(snapshot: RepoSnapshot): string[] {
  if (snapshot.paths) return snapshot.paths;
  // Snapshots stored before paths were recorded: the root and the workflow names.
  return [
    ...snapshot.rootEntries.map((e) => (e.type === 'tree' ? `${e.name}/` : e.name)),
    ...snapshot.workflowFiles.map((f) => `.github/workflows/${f}`),
    ...Object.keys(snapshot.manifests),
  ];
}

/** Detects technologies and project kinds in one repository, each with its evidence. */
export function detectRepository(snapshot: RepoSnapshot): Detection {
  const found = new Found();
  const warnings: string[] = [];
  const paths = knownPaths(snapshot);

  const manifests = readManifests(snapshot, warnings);
  const ecosystems = new Set(manifests.map((m) => m.ecosystem));
  // A manifest that declares nothing readable (dependencies kept in buildSrc, say) contradicts nothing.
  const declaring = new Set(manifests.filter((m) => m.parsed.dependencies.length > 0).map((m) => m.ecosystem));
  detectLanguages(found, snapshot.languages, paths, ecosystems, !!snapshot.paths);

  detectFromPaths(found, paths);

  let npmServer = false;
  for (const m of manifests) {
    const serverSide = applyManifest(found, m);
    if (m.ecosystem === 'npm' && serverSide) npmServer = true;
  }
  if (npmServer) found.tech('Node.js', 'language', 'its package.json depends on server-side packages');

  // Configuration and deployment files.
  const ctx: FileContext = { found, ownServices: new Map() };
  for (const [path, text] of Object.entries(snapshot.manifests)) {
    const reader = readerFor(path);
    if (!reader) continue;
    try {
      reader(path, text, ctx);
    } catch (error) {
      warnings.push(`${path} could not be read (${briefError(error)}); it was not checked.`);
    }
  }
  if (snapshot.workflowFiles.length > 0 && !found.has('GitHub Actions')) {
    const shown = snapshot.workflowFiles.slice(0, 3).join(', ');
    found.tech('GitHub Actions', 'devops', `has GitHub Actions workflows in .github/workflows (${shown}${snapshot.workflowFiles.length > 3 ? ', …' : ''})`);
  }
  for (const [file, own] of ctx.ownServices) {
    if (own.length >= MICROSERVICES_MIN_SERVICES) {
      found.kind('microservices', `${file} defines ${own.length} services of its own (${own.slice(0, 5).join(', ')}${own.length > 5 ? ', …' : ''})`);
    }
  }

  // Topics: a technology (mentioned) when the taxonomy knows it, a kind when it names one.
  for (const topic of snapshot.topics) {
    const kind = KIND_TOPICS[topic.toLowerCase()];
    if (kind) found.kind(kind, `tagged with the topic "${topic}"`);
    const tech = topicTechnology(topic);
    if (tech) found.tech(tech.name, roleOfCategory(tech.category, tech.id), `tagged with the topic "${topic}"`, 'mentioned');
  }

  // README: mentions only, and not those a manifest contradicts.
  if (snapshot.readme && !isDocument(snapshot)) {
    for (const m of readmeMentions(snapshot.readme)) {
      const contradicted = m.word.library?.some((e) => declaring.has(e)) && !found.demonstrated(m.word.rule.tech);
      if (contradicted || (m.word.needs && !found.demonstrated(m.word.needs))) continue;
      found.tech(m.word.rule.tech, m.word.rule.role, `README mentions ${m.word.rule.tech}: “${m.sentence}”`, 'mentioned');
    }
  }

  found.applyImplies();
  // What several pieces of evidence show together.
  const input = {
    paths,
    dependencies: manifests.flatMap((m) => m.parsed.dependencies.map((d) => ({ name: d.name, path: m.path }))),
    readmeEndpoints: snapshot.readme ? readmeEndpoints(snapshot.readme) : [],
    name: snapshot.fullName.split('/').pop() ?? snapshot.fullName,
    description: snapshot.description,
  };
  inferSearchEngine(found);
  inferConsoleCommands(found, paths);
  inferMigrations(found, paths);
  inferActiveRecord(found, input);
  inferRest(found, input);
  detectKinds(found, snapshot, manifests.some((m) => m.parsed.hasBin));
  return { technologies: found.technologies(), kinds: found.kindList(), warnings };
}

/** A README this much longer than all the code beside it is a document (a guide, a list of links). */
const DOCUMENT_RATIO = 10;
const DOCUMENT_MIN_CHARS = 20_000;

/**
 * A repository that is a document rather than a project: a README far longer than all its code
 * (a manifest there only lints the Markdown). What such a README names is its subject, not what
 * the repository uses.
 */
function isDocument(snapshot: RepoSnapshot): boolean {
  const readme = snapshot.readme ?? '';
  if (readme.length < DOCUMENT_MIN_CHARS || snapshot.languages.length === 0) return false;
  const code = snapshot.languages.reduce((s, l) => s + Math.max(0, l.bytes), 0);
  return readme.length > DOCUMENT_RATIO * code;
}

/** A topic's technology; an alias that needs context (`ecs`) is not enough on its own. */
function topicTechnology(topic: string) {
  const tech = findTechnology(topic) ?? findTechnology(topic.replace(/-/g, ' '));
  if (!tech) return undefined;
  const ambiguous = Object.entries(tech.ambiguous ?? {}).some(([form, level]) => level !== 'case' && form.toLowerCase() === topic.toLowerCase());
  return ambiguous ? undefined : tech;
}

function firstEvidence(t: DetectedTech): string {
  return `${t.name} (${t.evidence[0]})`;
}

function detectKinds(found: Found, snapshot: RepoSnapshot, hasBin: boolean): void {
  const servers = found.withRole(['framework', 'api']);
  const stores = found.withRole(['sql', 'nosql', 'orm']);
  // A web framework alone may serve pages; an API is shown by its style (REST, GraphQL, gRPC …).
  const apis = found.withRole(['api']);
  if (apis.length > 0) found.kind('api', `serves an API: ${firstEvidence(apis[0])}`);
  if (servers.length > 0 && stores.length > 0) {
    found.kind('crud', `an API (${firstEvidence(servers[0])}) over a database (${firstEvidence(stores[0])})`);
  }
  const payments = found.withRole(['payments']);
  if (payments.length > 0) found.kind('ecommerce', `takes payments: ${firstEvidence(payments[0])}`);
  const d = ECOMMERCE_WORDS.exec(snapshot.description ?? '');
  if (d) found.kind('ecommerce', `its description mentions "${d[0]}"`);
  if (snapshot.readme) {
    const prose = readmeProse(snapshot.readme.slice(0, 100_000));
    const words = new Set([...prose.matchAll(new RegExp(ECOMMERCE_WORDS.source, 'gi'))].map((m) => m[0].toLowerCase()));
    // One shop word in a README is often in passing; two different ones describe a shop.
    if (words.size >= 2) found.kind('ecommerce', `README talks about ${[...words].slice(0, 3).join(', ')}`);
  }
  const cms = found.withRole(['cms']);
  if (cms.length > 0) found.kind('cms', `built on a CMS: ${firstEvidence(cms[0])}`);
  const cli = found.withRole(['cli']);
  if (servers.length === 0 && cli.length > 0) found.kind('cli', `a command-line tool: ${firstEvidence(cli[0])}`);
  if (servers.length === 0 && hasBin) found.kind('cli', 'its manifest declares a command (bin/scripts)');
}
