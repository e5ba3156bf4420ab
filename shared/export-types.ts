/** Types of "Export for employers" shared by the core, the CLI and the renderer. */

export const EXPORT_FORMATS = ['markdown', 'html', 'pdf', 'json-resume'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  markdown: 'Markdown',
  html: 'Web page (HTML)',
  pdf: 'PDF',
  'json-resume': 'JSON Resume (resume.json)',
};

export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = {
  markdown: 'md',
  html: 'html',
  pdf: 'pdf',
  'json-resume': 'json',
};

/**
 * What an export is, beside its format: the full `portfolio` (every format), a short `resume`
 * (PDF and HTML: one page, at most two) or a GitHub `profile-readme` (Markdown).
 */
export const EXPORT_FORMS = ['portfolio', 'resume', 'profile-readme'] as const;
export type ExportForm = (typeof EXPORT_FORMS)[number];

export const FORMS_BY_FORMAT: Record<ExportFormat, readonly ExportForm[]> = {
  markdown: ['portfolio', 'profile-readme'],
  html: ['portfolio', 'resume'],
  pdf: ['portfolio', 'resume'],
  'json-resume': ['portfolio'],
};

export const FORM_LABELS: Record<ExportForm, string> = {
  portfolio: 'Full portfolio',
  resume: 'One-page resume',
  'profile-readme': 'GitHub profile README',
};

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** HTML themes; print (and so PDF) always uses the light palette. */
export const EXPORT_THEMES = ['light', 'dark'] as const;
export type ExportTheme = (typeof EXPORT_THEMES)[number];

/** The header of every export. Empty strings mean "not given". */
export interface ProfileInfo {
  name: string;
  headline: string;
  email: string;
  /** An http(s) address. */
  website: string;
  /** A GitHub login, without the @. */
  github: string;
  location: string;
}

export const EMPTY_PROFILE: ProfileInfo = { name: '', headline: '', email: '', website: '', github: '', location: '' };

/** Role ids of the gap engine (shared/gaps ROLES). */
export type ExportRoleId = 'backend' | 'lead-backend' | 'solutions-architect' | 'devops';

/**
 * Which projects an export holds, and in which order.
 * - `showcased`: every showcased project, most recent first;
 * - `manual`: exactly these projects in this order (hidden ones too: the user chose them);
 * - `role`: showcased projects, those that best demonstrate the role's advice first;
 * - `target`: showcased projects, those that demonstrate the saved job target's technologies first;
 * - `technologies`: the same for a list of technologies (a job posting that was not saved).
 * `limit` keeps only the first N after ordering.
 */
export type ProjectSelection =
  | { mode: 'showcased'; limit?: number }
  | { mode: 'manual'; projectIds: string[] }
  | { mode: 'role'; role: ExportRoleId; limit?: number }
  | { mode: 'target'; targetId: string; limit?: number }
  /** As `target`, for technologies not saved as a target (a pasted job posting). */
  | { mode: 'technologies'; technologies: string[]; limit?: number };

/** A saved, named export ("Backend – Acme"): regenerated from the current portfolio each time. */
export interface Variant {
  id: string;
  name: string;
  selection: ProjectSelection;
  /** Defaults used when this variant is exported and the request does not say otherwise. */
  format: ExportFormat;
  paper: PaperSize;
  theme: ExportTheme;
  createdAt: string;
  updatedAt: string;
}

export interface VariantInput {
  id?: string;
  name: string;
  selection: ProjectSelection;
  format?: ExportFormat;
  paper?: PaperSize;
  theme?: ExportTheme;
}

/** Per-project privacy options, honoured by every format. */
export interface ProjectExportOptions {
  projectId: string;
  /** Leave repository links out (private or employer-owned code). */
  hideRepositoryLink: boolean;
  /** Describe the project without naming the client. */
  anonymizeClient: boolean;
  /** The client's names as they appear in the text ("Acme Corp", "Acme"); every one is replaced. */
  clientNames: string[];
  /** What replaces a client name; "a client" when empty. */
  clientReplacement: string;
  /** A title to use instead of the project's own when anonymized; empty = the title with names replaced. */
  anonymousTitle: string;
}

export interface ExportOptions {
  format: ExportFormat;
  /** Default `portfolio`; a form the format does not have is refused. */
  form?: ExportForm;
  /** A saved variant's selection and defaults; `selection` wins when both are given. */
  variantId?: string | null;
  selection?: ProjectSelection | null;
  paper?: PaperSize;
  theme?: ExportTheme;
}

export interface ExportResult {
  format: ExportFormat;
  /** File name suggestion ("portfolio-backend-acme.pdf"). */
  fileName: string;
  mimeType: string;
  content: Uint8Array;
  projectCount: number;
  /** What the reader of the file should know (no CJK font on this computer…). */
  notes: string[];
  /** PDF: how many pages it has. */
  pages?: number;
  /** Suggestions on the exported projects the user has not reviewed: left out until accepted. */
  unreviewed: number;
}
