/**
 * Export for employers: picks and orders projects (by hand, for a role, for a job target, or a
 * saved variant), applies each project's privacy options, builds the one export document and
 * renders it. Formats are a table of renderers over that document; a full backup (which is not
 * a document) will be a separate branch of `export`, sharing the file writing and naming.
 */
import {
  FORMAT_EXTENSIONS,
  FORMS_BY_FORMAT,
  type ExportForm,
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  type ExportTheme,
  type PaperSize,
  type ProjectSelection,
} from '../../../shared/export-types';
import type { DocLevel } from '../../../shared/github-types';
import type { Project } from '../../../shared/types';
import { confirmedProject, pendingCount } from '../../../shared/confirmed';
import type { ProjectResumeFields } from '../../../shared/resume-types';
import { hasTables, type Db } from '../db/connection';
import { createProjectLinkRepository } from '../db/project-link-repository';
import { AppError } from '../errors';
import { writeOutputFile, type ProtectedFile } from '../files/output-file';
import { systemClock, type Clock, type PortfolioService } from '../portfolio-service';
import { buildDocument, type ExportDocument } from './document';
import type { PdfFonts } from './fonts';
import { applyPrivacy, applyPrivacyToFields } from './privacy';
import { createProfileService } from './profile-service';
import { createProjectOptionsStore } from './project-options';
import { renderHtml } from './render-html';
import { renderJsonResume } from './render-json-resume';
import { renderMarkdown } from './render-markdown';
import { renderPdf } from './render-pdf';
import { planPdfResume, renderPdfResume } from './render-pdf-resume';
import { renderHtmlResume } from './render-html-resume';
import { renderProfileReadme } from './render-profile-readme';
import { byRecency, demonstratedTechnologies, orderForTechnologies, roleScores } from './selection';
import { lazyResumeRepository } from '../db/resume-repository';
import { createVariantService } from './variant-service';

export interface RenderOptions {
  paper: PaperSize;
  theme: ExportTheme;
  form: ExportForm;
  now: Date;
  fonts?: PdfFonts;
}

export interface Rendered {
  content: Uint8Array;
  notes: string[];
  pages?: number;
}

const MIME: Record<ExportFormat, string> = {
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  'json-resume': 'application/json',
};

const utf8 = (text: string) => new TextEncoder().encode(text);

const text = (t: string): Rendered => ({ content: utf8(t), notes: [] });

/** One renderer per format (and form), all over the same document. */
export const RENDERERS: Record<ExportFormat, (doc: ExportDocument, o: RenderOptions) => Promise<Rendered>> = {
  markdown: async (doc, o) => text(o.form === 'profile-readme' ? renderProfileReadme(doc) : renderMarkdown(doc)),
  html: async (doc, o) => {
    if (o.form !== 'resume') return text(renderHtml(doc, { theme: o.theme, paper: o.paper }));
    // The HTML resume shows what the PDF resume holds: the same trimming, measured on the PDF's fonts.
    const plan = await planPdfResume(doc, { paper: o.paper, fonts: o.fonts, now: o.now });
    // `pages` here are the PDF resume's: what the preview of a PDF resume reports.
    return { ...text(renderHtmlResume(doc, plan.view, { theme: o.theme, paper: o.paper })), notes: plan.notes, pages: plan.pdf.pages };
  },
  pdf: async (doc, o) => {
    const r = o.form === 'resume' ? await renderPdfResume(doc, { paper: o.paper, fonts: o.fonts, now: o.now }) : await renderPdf(doc, { paper: o.paper, fonts: o.fonts, now: o.now });
    return { content: r.bytes, notes: r.notes, pages: r.pages };
  },
  'json-resume': async (doc) => text(renderJsonResume(doc)),
};

const FILE_STEMS: Record<ExportForm, string> = { portfolio: 'portfolio', resume: 'resume', 'profile-readme': 'README' };

/** Job targets as the export needs them (the gaps service provides them). */
export interface TargetSource {
  getTarget(id: string): { name: string; technologies: string[] };
}

export interface ExportDeps {
  db: Db;
  portfolio: PortfolioService;
  targets?: TargetSource;
  clock?: Clock;
  newId?: () => string;
  /** Best documentation level of each project's linked repositories; read from the synced repositories by default. */
  docLevels?: () => ReadonlyMap<string, DocLevel>;
  fonts?: PdfFonts;
  /** Files `exportToFile` never replaces (the database and its companions). */
  protectedFiles?: readonly ProtectedFile[];
}

const LEVEL_RANK: Record<DocLevel, number> = { missing: 0, stub: 1, basic: 2, good: 3 };

/** Reads documentation levels of linked repositories from the GitHub sync tables, when they exist. */
export function repositoryDocLevels(db: Db): () => ReadonlyMap<string, DocLevel> {
  if (!hasTables(db, ['project_repositories', 'github_repositories'])) return () => new Map();
  const links = createProjectLinkRepository(db);
  return () => {
    const out = new Map<string, DocLevel>();
    for (const row of links.linkedDocStatuses()) {
      let level: DocLevel | undefined;
      try {
        level = (JSON.parse(row.docStatus) as { level?: DocLevel }).level;
      } catch {
        continue;
      }
      if (!level || !(level in LEVEL_RANK)) continue;
      const prev = out.get(row.projectId);
      if (!prev || LEVEL_RANK[level] > LEVEL_RANK[prev]) out.set(row.projectId, level);
    }
    return out;
  };
}

/** Projects that score above zero, in order; all of them when none does (better than an empty export). */
function relevantFirst(projects: readonly Project[], score: (p: Project) => number): Project[] {
  const scored = projects.map((p) => ({ p, s: score(p) }));
  const relevant = scored.filter((x) => x.s > 0);
  const pool = relevant.length ? relevant : scored;
  return pool.sort((a, b) => b.s - a.s || byRecency(a.p, b.p)).map((x) => x.p);
}

/** "Backend – Acme" → "backend-acme". */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'portfolio'
  );
}

export function createExportService({ db, portfolio, targets, clock = systemClock, newId, docLevels, fonts, protectedFiles = [] }: ExportDeps) {
  const profile = createProfileService({ db });
  const resumes = lazyResumeRepository(db);
  const variants = createVariantService({ db, clock, newId });
  const projectOptions = createProjectOptionsStore({ db, clock });
  const levels = docLevels ?? repositoryDocLevels(db);

  /** The technologies a selection is for (a job target or posting); empty for the others. */
  function focusOf(selection: ProjectSelection): string[] {
    if (selection.mode === 'technologies') return selection.technologies;
    if (selection.mode !== 'target') return [];
    if (!targets) throw new AppError('INTERNAL', 'Job targets are not available here.');
    return targets.getTarget(selection.targetId).technologies;
  }

  /**
   * The projects of a selection, in export order, before privacy options. Picking for a role or
   * a job selects: projects that show nothing it asks for are left out (unless none shows
   * anything), then the rest are ordered by how much they show. Picked and ordered by what the
   * user confirmed, as the export will show it; returned as stored.
   */
  function selectProjects(selection: ProjectSelection): Project[] {
    const stored = portfolio.list({ sort: 'title' }).projects;
    const byId = new Map(stored.map((p) => [p.id, p]));
    return pickConfirmed(stored.map(confirmedProject), selection).map((p) => byId.get(p.id)!);
  }

  function pickConfirmed(all: Project[], selection: ProjectSelection): Project[] {
    const showcased = all.filter((p) => p.showcased).sort(byRecency);
    let ordered: Project[];
    switch (selection.mode) {
      case 'manual': {
        const byId = new Map(all.map((p) => [p.id, p]));
        // Projects deleted since the variant was saved are skipped; duplicates count once.
        ordered = [...new Set(selection.projectIds)].map((id) => byId.get(id)).filter((p): p is Project => !!p);
        return ordered;
      }
      case 'showcased':
        ordered = showcased;
        break;
      case 'role': {
        const scores = roleScores(showcased, selection.role);
        ordered = relevantFirst(showcased, (p) => scores.get(p.id) ?? 0);
        break;
      }
      case 'target':
      case 'technologies': {
        const wanted = focusOf(selection);
        ordered = relevantFirst(orderForTechnologies(showcased, wanted), (p) => demonstratedTechnologies(p, wanted).length);
        break;
      }
    }
    return selection.limit ? ordered.slice(0, selection.limit) : ordered;
  }

  function document(selection: ProjectSelection): ExportDocument {
    return documentOf(selectProjects(selection), selection);
  }

  function documentOf(selected: Project[], selection: ProjectSelection): ExportDocument {
    const options = projectOptions.all();
    const projects = selected.map((p) => applyPrivacy(p, options.get(p.id)));
    const fields = resumes().allProjectFields();
    const projectFields = new Map<string, ProjectResumeFields>();
    for (const p of projects) {
      const f = applyPrivacyToFields(fields.get(p.id), options.get(p.id));
      if (f) projectFields.set(p.id, f);
    }
    return buildDocument({ resume: resumes().get(), projects, projectFields, docLevels: levels(), focus: focusOf(selection), now: clock.now() });
  }

  async function run(options: ExportOptions): Promise<ExportResult> {
    const variant = options.variantId ? variants.get(options.variantId) : null;
    const selection = options.selection ?? variant?.selection ?? { mode: 'showcased' };
    const format = options.format;
    if (!RENDERERS[format]) throw new AppError('VALIDATION', `Unknown export format "${String(format)}".`);
    const form = options.form ?? 'portfolio';
    if (!FORMS_BY_FORMAT[format].includes(form)) {
      throw new AppError('VALIDATION', `${format} has no ${form} form (use ${FORMS_BY_FORMAT[format].join(' or ')}).`);
    }
    const selected = selectProjects(selection);
    const doc = documentOf(selected, selection);
    const rendered = await RENDERERS[format](doc, {
      paper: options.paper ?? variant?.paper ?? 'a4',
      theme: options.theme ?? variant?.theme ?? 'light',
      form,
      now: clock.now(),
      fonts,
    });
    const stem = format === 'json-resume' ? 'resume' : FILE_STEMS[form];
    const base = variant && form !== 'profile-readme' ? `${stem}-${slugify(variant.name)}` : stem;
    return {
      format,
      fileName: `${base}.${FORMAT_EXTENSIONS[format]}`,
      mimeType: MIME[format],
      content: rendered.content,
      projectCount: doc.projects.length,
      notes: rendered.notes,
      ...(rendered.pages ? { pages: rendered.pages } : {}),
      unreviewed: selected.reduce((n, p) => n + pendingCount(p), 0),
    };
  }

  return {
    profile,
    variants,
    projectOptions,
    selectProjects,
    /** The document every format renders; the UI can preview it. */
    buildDocument: document,
    export: run,
    /** Renders and writes to `path` (atomically; never over the database, see files/output-file). */
    async exportToFile(options: ExportOptions, path: string, output: { overwrite?: boolean } = {}): Promise<ExportResult> {
      const result = await run(options);
      writeOutputFile(path, result.content, { protectedFiles, overwrite: output.overwrite === true });
      return result;
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
