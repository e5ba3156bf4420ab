/**
 * Export for employers: picks and orders projects (by hand, for a role, for a job target, or a
 * saved variant), applies each project's privacy options, builds the one export document and
 * renders it. Formats are a table of renderers over that document; a full backup (which is not
 * a document) will be a separate branch of `export`, sharing the file writing and naming.
 */
import {
  FORMAT_EXTENSIONS,
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  type ExportTheme,
  type PaperSize,
  type ProjectSelection,
} from '../../../shared/export-types';
import type { DocLevel } from '../../../shared/github-types';
import type { Project } from '../../../shared/types';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { writeOutputFile, type ProtectedFile } from '../files/output-file';
import { systemClock, type Clock, type PortfolioService } from '../portfolio-service';
import { buildDocument, type ExportDocument } from './document';
import type { PdfFonts } from './fonts';
import { applyPrivacy } from './privacy';
import { createProfileService } from './profile-service';
import { createProjectOptionsStore } from './project-options';
import { renderHtml } from './render-html';
import { renderJsonResume } from './render-json-resume';
import { renderMarkdown } from './render-markdown';
import { renderPdf } from './render-pdf';
import { byRecency, orderForRole, orderForTechnologies } from './selection';
import { createVariantService } from './variant-service';

export interface RenderOptions {
  paper: PaperSize;
  theme: ExportTheme;
  now: Date;
  fonts?: PdfFonts;
}

const MIME: Record<ExportFormat, string> = {
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  'json-resume': 'application/json',
};

const utf8 = (text: string) => new TextEncoder().encode(text);

/** One renderer per format, all over the same document. */
export const RENDERERS: Record<ExportFormat, (doc: ExportDocument, o: RenderOptions) => Promise<Uint8Array>> = {
  markdown: async (doc) => utf8(renderMarkdown(doc)),
  html: async (doc, o) => utf8(renderHtml(doc, { theme: o.theme, paper: o.paper })),
  pdf: (doc, o) => renderPdf(doc, { paper: o.paper, fonts: o.fonts, now: o.now }),
  'json-resume': async (doc) => utf8(renderJsonResume(doc)),
};

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
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name IN ('project_repositories', 'github_repositories')").all();
  if (exists.length < 2) return () => new Map();
  const stmt = db.prepare(
    'SELECT pr.project_id AS projectId, r.doc_status AS docStatus FROM project_repositories pr JOIN github_repositories r ON r.id = pr.repository_id WHERE r.doc_status IS NOT NULL',
  );
  return () => {
    const out = new Map<string, DocLevel>();
    for (const row of stmt.all() as Array<{ projectId: string; docStatus: string }>) {
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
  const variants = createVariantService({ db, clock, newId });
  const projectOptions = createProjectOptionsStore({ db, clock });
  const levels = docLevels ?? repositoryDocLevels(db);

  /** The projects of a selection, in export order, before privacy options. */
  function selectProjects(selection: ProjectSelection): Project[] {
    const all = portfolio.list({ sort: 'title' }).projects;
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
      case 'role':
        ordered = orderForRole(showcased, selection.role);
        break;
      case 'target': {
        if (!targets) throw new AppError('INTERNAL', 'Job targets are not available here.');
        ordered = orderForTechnologies(showcased, targets.getTarget(selection.targetId).technologies);
        break;
      }
      case 'technologies':
        ordered = orderForTechnologies(showcased, selection.technologies);
        break;
    }
    return selection.limit ? ordered.slice(0, selection.limit) : ordered;
  }

  function document(selection: ProjectSelection): ExportDocument {
    const options = projectOptions.all();
    const projects = selectProjects(selection).map((p) => applyPrivacy(p, options.get(p.id)));
    return buildDocument({ profile: profile.get(), projects, docLevels: levels(), now: clock.now() });
  }

  async function run(options: ExportOptions): Promise<ExportResult> {
    const variant = options.variantId ? variants.get(options.variantId) : null;
    const selection = options.selection ?? variant?.selection ?? { mode: 'showcased' };
    const format = options.format;
    if (!RENDERERS[format]) throw new AppError('VALIDATION', `Unknown export format "${String(format)}".`);
    const doc = document(selection);
    const content = await RENDERERS[format](doc, {
      paper: options.paper ?? variant?.paper ?? 'a4',
      theme: options.theme ?? variant?.theme ?? 'light',
      now: clock.now(),
      fonts,
    });
    const base = variant ? `portfolio-${slugify(variant.name)}` : 'portfolio';
    return {
      format,
      fileName: format === 'json-resume' ? (variant ? `resume-${slugify(variant.name)}.json` : 'resume.json') : `${base}.${FORMAT_EXTENSIONS[format]}`,
      mimeType: MIME[format],
      content,
      projectCount: doc.projects.length,
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
