/**
 * From what an API returned for one repository (GraphQL or REST, still untrusted) to the
 * record the store keeps: sanitised fields, Linguist colours, documentation status, detected
 * technologies and authorship. Problems become readable warnings on the repository, never
 * exceptions.
 */
import * as linguist from 'linguist-languages';
import { analyzeDocumentation } from '../../../shared/doc-status';
import { isApiSpecFile, summarizeApiSpec } from '../../../shared/api-spec';
import { detectRepository } from '../../../shared/detection';
import { redactEnvFile } from '../../../shared/detection/files';
import type { Authorship, RepoLanguage, RepoSnapshot, SyncedRepository, TreeEntry } from '../../../shared/github-types';
import type { RepositoryRecord } from './repository-store';
import { cleanDate, cleanInt, cleanText, cleanTopics, cleanUrl, LIMITS, warning, type DecodedBlob } from './sanitize';

/** Bumped when snapshots gain what detection reads: an older one is fetched again on the next sync. */
export const SNAPSHOT_VERSION = 2;

/** An account that authored less than this share of a repository's commits barely contributed to it. */
export const MINOR_AUTHOR_SHARE = 0.2;
/** At most this many tree paths are kept per repository (shallower first). */
const MAX_PATHS = 5_000;

export interface FetchedFile extends DecodedBlob {
  /** Root-relative path. */
  name: string;
}

/** One repository as fetched, before sanitising. Values are `unknown` where the API may lie. */
export interface FetchedRepository {
  nodeId: string;
  owner: unknown;
  ownerType?: unknown;
  name: unknown;
  fullName: unknown;
  url: unknown;
  description: unknown;
  homepage: unknown;
  stars: unknown;
  forks: unknown;
  visibility: unknown;
  isFork: unknown;
  isArchived: unknown;
  parent?: unknown;
  licence: unknown;
  topics: unknown;
  defaultBranch: unknown;
  pushedAt: unknown;
  updatedAt?: unknown;
  createdAt: unknown;
  languages: Array<{ name: unknown; bytes: unknown; color?: unknown }>;
  readme: FetchedFile | null;
  /** Every tree path seen (folders end with `/`); the root entries and workflow names derive from it. */
  paths: unknown[];
  files: FetchedFile[];
  commits?: { authored: unknown; total: unknown } | null;
  warnings: string[];
}

const LINGUIST_COLORS = new Map<string, string | null>(
  Object.values(linguist as unknown as Record<string, { name: string; color?: string }>).map((l) => [l.name, l.color ?? null]),
);

/** Linguist's colour for a language name (null when Linguist has none or does not know it). */
export function languageColor(name: string): string | null {
  return LINGUIST_COLORS.get(name) ?? null;
}

function fileWarning(file: FetchedFile, max: number): string | null {
  if (file.binary) return `${file.name} is binary, not text; it was skipped.`;
  if (file.truncated) return `${file.name} is very large; only its first ${Math.round(max / 1000)} KB were read.`;
  if (file.replaced) return `${file.name} is not valid UTF-8; unreadable bytes were replaced.`;
  return null;
}

function visibilityOf(value: unknown): SyncedRepository['visibility'] {
  const v = typeof value === 'string' ? value.toLowerCase() : '';
  return v === 'private' || v === 'internal' ? v : 'public';
}

/** A clean, root-relative tree path (`a/b`, `a/` for a folder), or null. */
function cleanPath(value: unknown): string | null {
  const text = cleanText(value, 500, { singleLine: true });
  if (!text || text.startsWith('/') || text.includes('//') || text.split('/').some((s) => s === '..' || s === '.')) return null;
  return text;
}

export function cleanPaths(values: unknown[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const p = cleanPath(v);
    if (p) out.add(p);
  }
  return [...out].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1)).slice(0, MAX_PATHS);
}

function entriesOf(paths: string[], dir: string): TreeEntry[] {
  const out: TreeEntry[] = [];
  for (const p of paths) {
    if (!p.startsWith(dir)) continue;
    const rest = p.slice(dir.length);
    const folder = rest.endsWith('/');
    const name = folder ? rest.slice(0, -1) : rest;
    if (!name || name.includes('/')) continue;
    out.push({ name, type: folder ? 'tree' : 'blob' });
  }
  return out.slice(0, LIMITS.entries);
}

export function authorshipOf(commits: FetchedRepository['commits'], isFork: boolean): Authorship | null {
  // Without counts a fork is still mostly someone else's work; another repository is taken as the user's.
  if (!commits) return isFork ? { authored: null, total: null, minor: true } : null;
  const authored = typeof commits.authored === 'number' && commits.authored >= 0 ? Math.floor(commits.authored) : null;
  const total = typeof commits.total === 'number' && commits.total >= 0 ? Math.floor(commits.total) : null;
  if (authored === null && total === null) return isFork ? { authored: null, total: null, minor: true } : null;
  const share = authored !== null && total ? authored / total : null;
  const minor = share !== null ? share < MINOR_AUTHOR_SHARE : isFork;
  return { authored, total, minor };
}

export function buildRecord(f: FetchedRepository, accountId: string, host: string): RepositoryRecord {
  const warnings = [...f.warnings];
  const part = (v: unknown) => cleanText(v, LIMITS.name, { singleLine: true }) ?? 'unknown';
  const fullName = cleanText(f.fullName, LIMITS.name, { singleLine: true }) || `${part(f.owner)}/${part(f.name)}`;
  const [ownerPart, namePart] = fullName.split('/');
  const languages: RepoLanguage[] = [];
  for (const l of f.languages.slice(0, 50)) {
    const name = cleanText(l.name, 100, { singleLine: true });
    if (!name) continue;
    languages.push({ name, bytes: cleanInt(l.bytes), color: languageColor(name) ?? (typeof l.color === 'string' && /^#[0-9a-f]{6}$/i.test(l.color) ? l.color : null) });
  }
  const paths = cleanPaths(f.paths);
  const manifests: Record<string, string> = {};
  let apiSpec: RepoSnapshot['apiSpec'] = null;
  for (const file of f.files) {
    const path = cleanPath(file.name);
    if (!path) continue;
    const w = fileWarning(file, LIMITS.manifest);
    if (w) warnings.push(warning(w));
    if (file.text === null) continue;
    manifests[path] = /(^|\/)\.env(\.[\w.-]+)?$/.test(path) ? redactEnvFile(file.text) : file.text;
    // What a README draft lists of an API description: the shallowest one the repository has.
    if (!apiSpec && isApiSpecFile(path)) apiSpec = summarizeApiSpec(file.text, path);
  }
  let readme: string | null = null;
  let readmeUnreadable = false;
  const readmePath = f.readme ? cleanPath(f.readme.name) : null;
  if (f.readme) {
    const w = fileWarning(f.readme, LIMITS.readme);
    if (w) warnings.push(warning(w));
    readme = f.readme.text;
    readmeUnreadable = f.readme.text === null;
  }
  const isFork = f.isFork === true;
  const snapshot: RepoSnapshot & { version: number } = {
    version: SNAPSHOT_VERSION,
    fullName,
    description: cleanText(f.description, LIMITS.description, { singleLine: true }),
    homepage: cleanUrl(f.homepage),
    topics: cleanTopics(f.topics),
    languages: languages.map(({ name, bytes }) => ({ name, bytes })),
    licence: cleanText(f.licence, LIMITS.licence, { singleLine: true }),
    readme,
    readmeName: readmePath ? (readmePath.split('/').pop() ?? readmePath) : null,
    readmePath,
    readmeUnreadable,
    rootEntries: entriesOf(paths, ''),
    docsEntries: entriesOf(paths, 'docs/'),
    workflowFiles: entriesOf(paths, '.github/workflows/').filter((e) => e.type === 'blob' && /\.ya?ml$/i.test(e.name)).map((e) => e.name),
    paths,
    manifests,
    apiSpec,
  };
  return recordFrom(snapshot, {
    host,
    nodeId: f.nodeId,
    accountId,
    owner: cleanText(f.owner, LIMITS.name, { singleLine: true }) || ownerPart || '',
    ownerType: f.ownerType === 'Organization' ? 'Organization' : f.ownerType === 'User' ? 'User' : null,
    name: cleanText(f.name, LIMITS.name, { singleLine: true }) || namePart || fullName,
    fullName,
    url: cleanUrl(f.url) ?? `https://${host}/${fullName}`,
    stars: cleanInt(f.stars),
    forks: cleanInt(f.forks),
    visibility: visibilityOf(f.visibility),
    isFork,
    isArchived: f.isArchived === true,
    parent: cleanText(f.parent, LIMITS.name, { singleLine: true }),
    defaultBranch: cleanText(f.defaultBranch, 255, { singleLine: true }),
    pushedAt: cleanDate(f.pushedAt),
    updatedAt: cleanDate(f.updatedAt),
    createdAt: cleanDate(f.createdAt),
    languages,
    authorship: authorshipOf(f.commits ?? null, isFork),
  }, warnings);
}

/** The GitHub fields of a record that are not derived from its snapshot. */
export type RecordFields = Omit<RepositoryRecord, 'snapshot' | 'docStatus' | 'technologies' | 'kinds' | 'warnings' | 'description' | 'homepage' | 'topics' | 'licence'>;

/** A record from its snapshot and fields: documentation status and detection run on the snapshot. */
export function recordFrom(snapshot: RepoSnapshot, fields: RecordFields, warnings: string[]): RepositoryRecord {
  const { docStatus, technologies, kinds } = analyzeSnapshot(snapshot, warnings);
  return {
    ...fields,
    description: snapshot.description,
    homepage: snapshot.homepage,
    topics: snapshot.topics,
    licence: snapshot.licence,
    snapshot,
    docStatus,
    technologies,
    kinds,
    warnings: [...new Set(warnings)].slice(0, 20),
  };
}

/** Documentation status and detection for a snapshot; a failure is a warning, not a crash. */
export function analyzeSnapshot(snapshot: RepoSnapshot, warnings: string[]) {
  let docStatus = analyzeDocumentation({ readme: null, licence: null, homepage: null, rootEntries: [] });
  let technologies: RepositoryRecord['technologies'] = [];
  let kinds: RepositoryRecord['kinds'] = [];
  try {
    docStatus = analyzeDocumentation(snapshot);
  } catch (error) {
    warnings.push(warning(`The README could not be analysed (${(error as Error).message}).`));
  }
  try {
    const d = detectRepository(snapshot);
    technologies = d.technologies;
    kinds = d.kinds;
    warnings.push(...d.warnings.map(warning));
  } catch (error) {
    warnings.push(warning(`Technology detection failed on this repository (${(error as Error).message}).`));
  }
  return { docStatus, technologies, kinds };
}
