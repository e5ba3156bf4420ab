/**
 * A repository whose description, topics or other metadata changed on GitHub without a push
 * (`updatedAt` moved, `pushedAt` did not): its stored snapshot takes the listing's metadata and
 * is analysed again. The listing already carries all of it, so this costs no request.
 */
import type { RepoSnapshot } from '../../../shared/github-types';
import { recordFrom } from './repository-record';
import type { RepositoryRecord } from './repository-store';
import { cleanDate, cleanInt, cleanText, cleanTopics, cleanUrl, LIMITS } from './sanitize';
import type { SyncRunContext } from './sync-context';

export interface ListedMetadata {
  description: unknown;
  homepage: unknown;
  topics: unknown;
  licence: unknown;
  stars: unknown;
  forks: unknown;
  isArchived: unknown;
  updatedAt: unknown;
}

export function refreshFromListing(ctx: SyncRunContext, storedId: string, meta: ListedMetadata): RepositoryRecord | null {
  const stored = ctx.store.getRepository(storedId);
  const old = ctx.store.getSnapshot(storedId);
  if (!stored || !old) return null;
  const snapshot: RepoSnapshot = {
    ...old,
    description: cleanText(meta.description, LIMITS.description, { singleLine: true }),
    homepage: cleanUrl(meta.homepage),
    topics: cleanTopics(meta.topics),
    licence: cleanText(meta.licence, LIMITS.licence, { singleLine: true }),
  };
  const { id: _id, docStatus: _d, goneFromGitHub: _g, lastSyncedAt: _l, projectIds: _p, technologies: _t, kinds: _k, warnings: _w, description: _de, homepage: _h, topics: _to, licence: _li, ...fields } = stored;
  return recordFrom(snapshot, {
    ...fields,
    accountId: ctx.account.id,
    stars: cleanInt(meta.stars),
    forks: cleanInt(meta.forks),
    isArchived: meta.isArchived === true,
    updatedAt: cleanDate(meta.updatedAt),
  }, stored.warnings.filter((w) => !/could not be read|detection failed/i.test(w)));
}

/** Whether the listing's metadata time differs from what was stored (unknown counts as changed). */
export function metadataChanged(storedUpdatedAt: string | null, listedUpdatedAt: unknown): boolean {
  return storedUpdatedAt === null || typeof listedUpdatedAt !== 'string' || Date.parse(storedUpdatedAt) !== Date.parse(listedUpdatedAt);
}
