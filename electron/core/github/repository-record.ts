/**
 * From what an API returned for one repository (GraphQL or REST, still untrusted) to the
 * record the store keeps: sanitised fields, Linguist colours, documentation status and
 * detected technologies. Problems become readable warnings on the repository, never exceptions.
 */
import * as linguist from 'linguist-languages';
import { analyzeDocumentation } from '../../../shared/doc-status';
import { isApiSpecFile, summarizeApiSpec } from '../../../shared/api-spec';
import { detectRepository } from '../../../shared/detection';
import type { RepoLanguage, RepoSnapshot, SyncedRepository } from '../../../shared/github-types';
import type { RepositoryRecord } from './repository-store';
import { cleanDate, cleanInt, cleanText, cleanTopics, cleanUrl, LIMITS, warning, type DecodedBlob } from './sanitize';

export interface FetchedFile extends DecodedBlob {
  name: string;
}

/** One repository as fetched, before sanitising. Values are `unknown` where the API may lie. */
export interface FetchedRepository {
  nodeId: string;
  owner: unknown;
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
  licence: unknown;
  topics: unknown;
  defaultBranch: unknown;
  pushedAt: unknown;
  createdAt: unknown;
  languages: Array<{ name: unknown; bytes: unknown; color?: unknown }>;
  readme: FetchedFile | null;
  rootEntries: Array<{ name: unknown; type: unknown }>;
  workflowFiles: unknown[];
  files: FetchedFile[];
  warnings: string[];
}

const LINGUIST_COLORS = new Map<string, string | null>(
  Object.values(linguist as unknown as Record<string, { name: string; color?: string }>).map((l) => [l.name, l.color ?? null]),
);

/** Linguist's colour for a language name (null when Linguist has none or does not know it). */
export function languageColor(name: string): string | null {
  return LINGUIST_COLORS.get(name) ?? null;
}

function fileWarning(file: FetchedFile): string | null {
  if (file.binary) return `${file.name} is binary, not text; it was skipped.`;
  if (file.truncated) return `${file.name} is very large; only its first ${Math.round(LIMITS.readme / 1000)} KB were read.`;
  if (file.replaced) return `${file.name} is not valid UTF-8; unreadable bytes were replaced.`;
  return null;
}

function visibilityOf(value: unknown): SyncedRepository['visibility'] {
  const v = typeof value === 'string' ? value.toLowerCase() : '';
  return v === 'private' || v === 'internal' ? v : 'public';
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
  const rootEntries: RepoSnapshot['rootEntries'] = [];
  for (const e of f.rootEntries.slice(0, LIMITS.entries)) {
    const name = cleanText(e.name, 255, { singleLine: true });
    const type = e.type === 'tree' || e.type === 'dir' ? 'tree' : e.type === 'commit' || e.type === 'submodule' ? 'commit' : 'blob';
    if (name) rootEntries.push({ name, type });
  }
  const workflowFiles = f.workflowFiles.map((w) => cleanText(w, 255, { singleLine: true })).filter((w): w is string => !!w && /\.ya?ml$/i.test(w));
  const manifests: Record<string, string> = {};
  let apiSpec: RepoSnapshot['apiSpec'] = null;
  for (const file of f.files) {
    const w = fileWarning(file);
    if (w) warnings.push(warning(w));
    // An API description is kept as its summary (what a README draft lists), not as the whole file.
    if (file.text !== null && isApiSpecFile(file.name)) apiSpec ??= summarizeApiSpec(file.text, file.name);
    else if (file.text !== null) manifests[file.name] = file.text;
  }
  let readme: string | null = null;
  let readmeUnreadable = false;
  if (f.readme) {
    const w = fileWarning(f.readme);
    if (w) warnings.push(warning(w));
    readme = f.readme.text;
    readmeUnreadable = f.readme.text === null;
  }
  const licence = cleanText(f.licence, LIMITS.licence, { singleLine: true });
  const description = cleanText(f.description, LIMITS.description, { singleLine: true });
  const homepage = cleanUrl(f.homepage);
  const topics = cleanTopics(f.topics);
  const snapshot: RepoSnapshot = {
    fullName,
    description,
    homepage,
    topics,
    languages: languages.map(({ name, bytes }) => ({ name, bytes })),
    licence: licence && licence !== 'NOASSERTION' ? licence : licence,
    readme,
    // A README GitHub found in docs/ or .github/ arrives named by its path.
    readmeName: f.readme ? f.readme.name.split('/').pop()! : null,
    readmePath: f.readme?.name.includes('/') ? f.readme.name : null,
    readmeUnreadable,
    rootEntries,
    workflowFiles,
    manifests,
    apiSpec,
  };
  const { docStatus, technologies, kinds } = analyzeSnapshot(snapshot, warnings);
  const url = cleanUrl(f.url) ?? `https://${host}/${fullName}`;
  return {
    host,
    nodeId: f.nodeId,
    accountId,
    owner: cleanText(f.owner, LIMITS.name, { singleLine: true }) || ownerPart || '',
    name: cleanText(f.name, LIMITS.name, { singleLine: true }) || namePart || fullName,
    fullName,
    url,
    description,
    homepage,
    stars: cleanInt(f.stars),
    forks: cleanInt(f.forks),
    visibility: visibilityOf(f.visibility),
    isFork: f.isFork === true,
    isArchived: f.isArchived === true,
    licence,
    topics,
    defaultBranch: cleanText(f.defaultBranch, 255, { singleLine: true }),
    pushedAt: cleanDate(f.pushedAt),
    createdAt: cleanDate(f.createdAt),
    languages,
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
