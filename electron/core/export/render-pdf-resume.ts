/**
 * The one-page resume as PDF: header, summary, experience, selected projects with their
 * strongest evidence, skills and education. It is drawn at the richest level of trimming
 * (resume-view.ts) that fits one page; when even the leanest needs more, at the richest that fits
 * two. The HTML resume is drawn from the same chosen view.
 */
import type { ExportDocument } from './document';
import type { PdfOptions } from './render-pdf';
import { bullet, C, drawBlocks, drawSection, entryBlocks, headerBlocks, list, style } from './render-pdf';
import { openCanvas, type Block, type Canvas, type PdfResult } from './pdf-canvas';
import { RESUME_LEVELS, resumeView, type ResumeView } from './resume-view';

const MARGIN = { top: 40, bottom: 40, side: 46 };
const SIZE = 9.5;
const HEADING = 11.5;

function resumeTitle(doc: ExportDocument): string {
  return doc.profile.name ? `${doc.profile.name} – Resume` : 'Resume';
}

function labelled(c: Canvas, label: string, items: string[]): Block {
  const labelStyle = style('bold', SIZE);
  const text = `${label}: `;
  const lw = Math.min(c.engine.measure(text, labelStyle), c.width / 3);
  return c.row([c.text(text, labelStyle, c.left, lw + 1), c.text(items.join(', '), style('body', SIZE), c.left + lw, c.width - lw)], 2);
}

function projectBlocks(c: Canvas, p: ResumeView['projects'][number]): Block[] {
  const meta = [p.project.period, p.project.kinds.join(', '), p.project.documentation?.label ?? ''].filter(Boolean).join('  ·  ');
  const blocks: Block[] = [c.text(p.project.title, style('bold', SIZE + 0.5), c.left, c.width, { tag: 'H3' })];
  if (meta) blocks.push(c.text(meta, style('body', SIZE - 1, C.muted), c.left, c.width));
  if (p.project.summary) blocks.push(c.text(p.project.summary, style('body', SIZE), c.left, c.width));
  if (p.evidence.length) blocks.push(list(c, p.evidence.map((e) => bullet(c, e, style('body', SIZE), c.left, c.width))));
  if (p.technologies.length) blocks.push(c.text(p.technologies.join(' · '), style('body', SIZE - 1), c.left, c.width));
  if (p.link) blocks.push(c.text(p.link.label, style('body', SIZE - 1, C.accent), c.left, c.width, { link: p.link.url }));
  return blocks;
}

function canvasFor(doc: ExportDocument, options: PdfOptions, dry: boolean): Canvas {
  return openCanvas({ paper: options.paper, fonts: options.fonts, now: options.now, title: resumeTitle(doc), author: doc.profile.name, margins: MARGIN, dry });
}

/** Lays the resume out on `c`; returns the pages it takes. */
function layResume(c: Canvas, doc: ExportDocument, view: ResumeView): number {
  const header = headerBlocks(c, doc, { name: 20, headline: 11, small: 9 });
  drawBlocks(c, header, c.root, 2);
  c.y += 4;
  if (view.summary.length) drawSection(c, { label: doc.labels.summary, entries: [view.summary.map((p) => c.text(p, style('body', SIZE), c.left, c.width))] }, HEADING, 4);
  const work = doc.resume.sections.find((s) => s.key === 'work');
  if (view.work.length) drawSection(c, { label: work?.label ?? 'Experience', entries: view.work.map((w) => entryBlocks(c, { ...w.entry, highlights: w.highlights }, { size: SIZE })) }, HEADING, 5);
  if (view.projects.length) drawSection(c, { label: doc.labels.selectedProjects, entries: view.projects.map((p) => projectBlocks(c, p)) }, HEADING, 5);
  if (view.skills.length) drawSection(c, { label: doc.labels.skills, entries: [view.skills.map((s) => labelled(c, s.label, s.items))] }, HEADING, 2);
  const education = doc.resume.sections.find((s) => s.key === 'education');
  if (view.education.length) drawSection(c, { label: education?.label ?? 'Education', entries: view.education.map((e) => entryBlocks(c, e, { size: SIZE })) }, HEADING, 4);
  if (view.extras.length) drawSection(c, { label: 'More', entries: [view.extras.map((x) => labelled(c, x.label, x.items))] }, HEADING, 2);
  return c.page;
}

async function drawResume(doc: ExportDocument, view: ResumeView, options: PdfOptions): Promise<PdfResult> {
  const c = canvasFor(doc, options, false);
  layResume(c, doc, view);
  return c.finish((page, pages) => {
    if (pages < 2) return;
    const s = style('body', 8, C.muted);
    const label = `${doc.profile.name ? `${doc.profile.name} · ` : ''}${page} / ${pages}`;
    c.engine.draw(c.layout(label, s, c.width), c.left + c.width - c.engine.measure(label, s), c.paper.height - MARGIN.bottom + 16);
  });
}

export interface ResumePlan {
  view: ResumeView;
  pdf: PdfResult;
  notes: string[];
}

/**
 * The richest view that fits one page; else the richest that fits two; else the leanest. Levels
 * are tried on one canvas that only measures (its fonts' shaping cache stays warm), then the
 * chosen one is drawn.
 */
export async function planPdfResume(doc: ExportDocument, options: PdfOptions = {}): Promise<ResumePlan> {
  const dry = canvasFor(doc, options, true);
  let chosen: ResumeView | null = null;
  let twoPages: ResumeView | null = null;
  for (let level = 0; level < RESUME_LEVELS.length && !chosen; level++) {
    const view = resumeView(doc, level);
    dry.restart();
    const pages = layResume(dry, doc, view);
    if (pages <= 1) chosen = view;
    else if (pages <= 2 && !twoPages) twoPages = view;
  }
  const view = chosen ?? twoPages ?? resumeView(doc, RESUME_LEVELS.length - 1);
  const pdf = await drawResume(doc, view, options);
  return { view, pdf, notes: pdf.notes };
}

export async function renderPdfResume(doc: ExportDocument, options: PdfOptions = {}): Promise<PdfResult> {
  return (await planPdfResume(doc, options)).pdf;
}

export { resumeTitle };
