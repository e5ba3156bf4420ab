/**
 * What the user has confirmed: the one place that decides which tags and kinds an employer may
 * see. A manual entry is the user's word; a detected one counts once the user accepted it. A
 * pending suggestion (detected, not reviewed) and a rejected entry are never confirmed. Pure.
 */
import type { Project, ProjectKindEntry, ProjectTag, Source, TagState } from './types';

export function isConfirmed(entry: { source: Source; state: TagState }): boolean {
  return entry.state === 'accepted' || (entry.source === 'manual' && entry.state !== 'rejected');
}

/** A detected entry the user has not accepted or rejected yet. */
export function isPending(entry: { source: Source; state: TagState }): boolean {
  return entry.source === 'detected' && entry.state === 'suggested';
}

export function confirmedTags(project: Pick<Project, 'tags'>): ProjectTag[] {
  return project.tags.filter(isConfirmed);
}

export function confirmedKinds(project: Pick<Project, 'kinds'>): ProjectKindEntry[] {
  return project.kinds.filter(isConfirmed);
}

/** The project as an export shows it: only confirmed tags and kinds. */
export function confirmedProject(project: Project): Project {
  return { ...project, tags: confirmedTags(project), kinds: confirmedKinds(project) };
}

/** How many of a project's suggestions wait for review. */
export function pendingCount(project: Pick<Project, 'tags' | 'kinds'>): number {
  return project.tags.filter(isPending).length + project.kinds.filter(isPending).length;
}
