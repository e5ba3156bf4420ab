/** Review of detected suggestions across projects and repositories: what crosses IPC and the CLI. */
import type { TagState } from './types';

export type SuggestionType = 'tag' | 'kind';

/** One detected tag or kind waiting for the user's word. */
export interface PendingSuggestion {
  projectId: string;
  projectTitle: string;
  type: SuggestionType;
  /** The tag's name, or the kind's id ("crud"). */
  name: string;
  /** What the user reads: the tag's name, or the kind's label ("CRUD app"). */
  label: string;
  techId: string | null;
  evidence: string | null;
  /** Tags: demonstrated (a manifest, a config, a workflow) or only mentioned (a README line, a topic). */
  strength: 'demonstrated' | 'mentioned' | null;
  /** Only repositories the user barely contributed to show it. */
  minorContribution: boolean;
  /** The linked repository the evidence comes from, when it names one. */
  repository: { id: string; fullName: string } | null;
}

export interface ReviewQueue {
  suggestions: PendingSuggestion[];
  /** Pending suggestions in the whole portfolio (the list may be filtered). */
  total: number;
  /** Whether the last decision can be undone. */
  canUndo: boolean;
}

export interface ReviewFilter {
  projectId?: string;
  repositoryId?: string;
}

/** One suggestion, by project, type and name. */
export interface SuggestionRef {
  projectId: string;
  type: SuggestionType;
  name: string;
}

export type ReviewVerdict = Extract<TagState, 'accepted' | 'rejected'>;

export interface ReviewDecisionResult {
  /** How many suggestions changed. */
  decided: number;
  /** Pending suggestions left in the whole portfolio. */
  remaining: number;
  canUndo: boolean;
}

export interface ReviewUndoResult {
  /** How many suggestions went back to pending (0 when there was nothing to undo). */
  restored: number;
  remaining: number;
  canUndo: boolean;
}
