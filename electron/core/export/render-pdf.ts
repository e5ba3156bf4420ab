/**
 * The full portfolio as PDF, from the same export document as the HTML, laid out with pdfkit in
 * plain Node (the CLI needs no browser). Every block is measured before it is drawn: a project
 * card that does not fit on what is left of a page starts on a new page, so no card is split
 * (only a card taller than a whole page has to be, and it then breaks between its lines).
 * Tagged, with emoji, right-to-left text and clickable links (pdf-canvas, pdf-text).
 */
import type { PaperSize } from '../../../shared/export-types';
import type { DocProject, ExportDocument } from './document';
import type { PdfFonts } from './fonts';
import { openCanvas, type Block, type Canvas, type PdfResult, type Struct } from './pdf-canvas';
import type { TextStyle } from './pdf-text';
import type { DocEntry, DocSection } from './resume-document';
import { PALETTES } from './theme';

export interface PdfOptions {
  paper?: PaperSize;
  fonts?: PdfFonts;
  /** Written as the PDF's creation date, so tests are deterministic. */
  now?: Date;
}

/** Where each card ended up: what tests check to prove no card was split. */
export interface PdfLayout {
  pageWidth: number;
  pageHeight: number;
  pages: number;
  cards: Array<{ id: string; title: string; page: number; top: number; bottom: number; split: boolean }>;
}

export const MARGIN = { top: 54, bottom: 54, side: 50 };
const CARD_PAD = 12;
const GAP = 10;
export const C = PALETTES.light;

export const style = (font: 'body' | 'bold', size: number, color: string = C.text, extra: Partial<TextStyle> = {}): TextStyle => ({ font, size, color, lineGap: 1.5, ...extra });

export async function renderPdf(docModel: ExportDocument, options: PdfOptions = {}): Promise<PdfResult> {
  const { layout, ...result } = await renderPdfWithLayout(docModel, options);
  void layout;
  return result;
}

/** The header: name, headline, location, and the contacts as one line of links. */
export function headerBlocks(c: Canvas, model: ExportDocument, sizes = { name: 22, headline: 12, small: 10 }): Block[] {
  const p = model.profile;
  const blocks: Block[] = [c.text(p.name || model.title, style('bold', sizes.name), c.left, c.width, { tag: 'H1' })];
  if (p.headline) blocks.push(c.text(p.headline, style('body', sizes.headline), c.left, c.width));
  if (p.location) blocks.push(c.text(p.location, style('body', sizes.small, C.muted), c.left, c.width));
  if (p.contacts.length) blocks.push(inlineLinks(c, p.contacts.map((x) => ({ label: x.label, url: x.url })), style('body', sizes.small, C.accent), c.left, c.width));
  return blocks;
}

/** Labels with their links on one flowing line, separated by dots; each label its own Link element. */
export function inlineLinks(c: Canvas, items: Array<{ label: string; url: string | null }>, s: TextStyle, x: number, width: number): Block {
  const sepW = c.engine.measure('   ·   ', s);
  const dotW = c.engine.measure('·', s);
  const placed: Array<{ item: (typeof items)[number]; laid: ReturnType<Canvas['layout']>; x: number; line: number }> = [];
  let cx = 0;
  let line = 0;
  for (const item of items) {
    const laid = c.layout(item.label, s, width);
    const w = laid.lines[0]?.width ?? 0;
    if (cx > 0 && cx + sepW + w > width) {
      cx = 0;
      line += 1;
    } else if (cx > 0) cx += sepW;
    placed.push({ item, laid, x: cx, line });
    cx += w;
  }
  const lineHeight = placed[0]?.laid.lineHeight ?? 12;
  return {
    height: (line + 1) * lineHeight,
    draw: (y, parent) => {
      const el = c.pdf.struct('P');
      parent.add(el);
      placed.forEach((p, i) => {
        const at = { x: x + p.x, y: y + p.line * lineHeight };
        if (i > 0 && placed[i - 1].line === p.line) {
          c.artifact(() => c.engine.draw(c.layout('·', s, width), at.x - sepW / 2 - dotW / 2, at.y, { color: C.muted }));
        }
        if (p.item.url) {
          const link = c.pdf.struct('Link');
          el.add(link);
          link.add(() => c.engine.draw(p.laid, at.x, at.y, { link: p.item.url, structParent: link }));
          link.end();
        } else el.add(() => c.engine.draw(p.laid, at.x, at.y, { color: C.text }));
      });
      el.end();
    },
  };
}

/** A section heading with a rule under it; the heading is an H2 of the section. */
export function sectionHeading(c: Canvas, label: string, size = 13): Block {
  const text = c.text(label, style('bold', size), c.left, c.width, { tag: 'H2' });
  return {
    height: text.height + 10,
    draw: (y, parent) => {
      text.draw(y, parent);
      c.artifact(() => c.pdf.moveTo(c.left, y + text.height + 3).lineTo(c.left + c.width, y + text.height + 3).lineWidth(0.6).strokeColor(C.border).stroke());
    },
  };
}

/** A bullet list item: the bullet is its label, the text its body. */
export function bullet(c: Canvas, text: string, s: TextStyle, x: number, width: number): Block {
  const body = c.layout(text, s, width - 11);
  return {
    height: body.height + 1,
    draw: (y, parent) => {
      const li = c.pdf.struct('LI');
      parent.add(li);
      const lbl = c.pdf.struct('Lbl');
      li.add(lbl);
      lbl.add(() => c.engine.draw(c.layout('•', s, 10), x + 1, y, { color: C.muted }));
      lbl.end();
      const lbody = c.pdf.struct('LBody');
      li.add(lbody);
      lbody.add(() => c.engine.draw(body, x + 11, y));
      lbody.end();
      li.end();
    },
  };
}

/** Consecutive list items grouped under one L element when drawn. */
export function list(c: Canvas, items: Block[]): Block {
  return {
    height: items.reduce((h, b) => h + b.height, 0),
    draw: (y, parent) => {
      const l = c.pdf.struct('L');
      parent.add(l);
      c.stack(items, y, l);
      l.end();
    },
  };
}

/** A resume entry (a position, a degree…): heading, organisation and period, summary, bullets, details. */
export function entryBlocks(c: Canvas, e: DocEntry, opts: { highlights?: number; size?: number } = {}): Block[] {
  const size = opts.size ?? 10;
  const heading = [e.heading, e.org].filter(Boolean).join(' — ');
  const blocks: Block[] = [c.text(heading, style('bold', size + 0.5), c.left, c.width, { tag: 'H3' })];
  const meta = [e.period, e.location].filter(Boolean).join('  ·  ');
  if (meta) blocks.push(c.text(meta, style('body', size - 1, C.muted), c.left, c.width));
  if (e.orgUrl) blocks.push(c.text(e.orgUrl.replace(/^https?:\/\//, '').replace(/\/$/, ''), style('body', size - 1, C.accent), c.left, c.width, { link: e.orgUrl }));
  if (e.summary) blocks.push(c.spaced(c.text(e.summary, style('body', size), c.left, c.width), 2));
  const highlights = opts.highlights === undefined ? e.highlights : e.highlights.slice(0, opts.highlights);
  if (highlights.length) blocks.push(c.spaced(list(c, highlights.map((h) => bullet(c, h, style('body', size), c.left, c.width))), 2));
  for (const d of e.details) blocks.push(c.text(d, style('body', size - 1, C.muted), c.left, c.width));
  if (e.keywords.length) blocks.push(c.text(e.keywords.join(' · '), style('body', size - 1), c.left, c.width));
  return blocks;
}

/** Draws a section (heading with its first entry kept together), entry by entry, breaking pages between entries. */
export function drawSection(c: Canvas, section: { label: string; entries: Block[][] }, headingSize = 13, entryGap = 8): void {
  if (!section.entries.length) return;
  const sect = c.struct('Sect', c.root);
  const heading = sectionHeading(c, section.label, headingSize);
  const height = (blocks: Block[]) => blocks.reduce((h, b) => h + b.height, 0);
  c.ensure(heading.height + Math.min(height(section.entries[0]), c.usable - heading.height));
  c.put(heading, c.y, sect);
  c.y += heading.height;
  for (const blocks of section.entries) {
    const h = height(blocks);
    if (h <= c.usable) c.ensure(h);
    const div = c.struct('Div', sect);
    for (const b of blocks) {
      c.ensure(b.height);
      c.put(b, c.y, div);
      c.y += b.height;
    }
    c.end(div, sect);
    c.y += entryGap;
  }
  c.end(sect, c.root);
  c.y += GAP - entryGap;
}

export function drawBlocks(c: Canvas, blocks: Block[], parent: Struct, gap = 3): void {
  for (const b of blocks) {
    c.put(b, c.y, parent);
    c.y += b.height + gap;
  }
}

export function footer(c: Canvas, model: ExportDocument) {
  return (page: number, pages: number) => {
    const s = style('body', 8, C.muted);
    const y = c.paper.height - MARGIN.bottom + 20;
    c.engine.draw(c.layout(`${model.labels.generated} ${model.generatedOn}`, s, c.width / 2), c.left, y);
    const label = `${page} / ${pages}`;
    c.engine.draw(c.layout(label, s, c.width / 2), c.left + c.width - c.engine.measure(label, s), y);
  };
}

function sectionEntries(c: Canvas, s: DocSection): Block[][] {
  return s.entries.map((e) => entryBlocks(c, e));
}

export async function renderPdfWithLayout(model: ExportDocument, options: PdfOptions = {}): Promise<PdfResult & { layout: PdfLayout }> {
  const c = openCanvas({ paper: options.paper, fonts: options.fonts, now: options.now, title: model.title, author: model.profile.name, margins: MARGIN });
  const layout: PdfLayout = { pageWidth: c.paper.width, pageHeight: c.paper.height, pages: 1, cards: [] };

  drawBlocks(c, headerBlocks(c, model), c.root);
  c.y += 6;
  const sections = new Map(model.resume.sections.map((s) => [s.key, s]));
  if (model.resume.summary.length) drawSection(c, { label: model.labels.summary, entries: [model.resume.summary.map((p) => c.text(p, style('body', 10), c.left, c.width))] });
  const work = sections.get('work');
  if (work) drawSection(c, { label: work.label, entries: sectionEntries(c, work) });
  const ownSkills = sections.get('skills');
  if (ownSkills) drawSection(c, { label: ownSkills.label, entries: sectionEntries(c, ownSkills) });

  // ── Skills shown by the projects ───────────────────────
  if (model.skills.length) {
    const labelW = 118;
    const rows: Block[] = model.skills.map((g) => {
      const body = g.skills.map((s) => `${s.name} (${s.projects.join(', ')}${s.more ? `, +${s.more} more` : ''})`).join('; ');
      return c.row([c.text(g.label, style('bold', 9.5), c.left, labelW - 8), c.text(body, style('body', 9.5), c.left + labelW, c.width - labelW)], 4);
    });
    drawSection(c, { label: ownSkills ? model.labels.projectSkills : model.labels.skills, entries: rows.map((r) => [r]) }, 13, 0);
  }

  // ── Projects ───────────────────────────────────────────
  if (model.projects.length) drawProjects(c, model, layout);

  for (const key of ['education', 'volunteer', 'awards', 'certificates', 'publications', 'languages', 'interests', 'references'] as const) {
    const s = sections.get(key);
    if (s) drawSection(c, { label: s.label, entries: sectionEntries(c, s) });
  }

  const result = await c.finish(footer(c, model));
  layout.pages = result.pages;
  return { ...result, layout };
}

function drawProjects(c: Canvas, model: ExportDocument, layout: PdfLayout): void {
  const inner = c.width - 2 * CARD_PAD;
  const x0 = c.left + CARD_PAD;
  const sect = c.pdf.struct('Sect');
  c.root.add(sect);
  const cards = model.projects.map((proj) => {
    const blocks = cardBlocks(c, proj, model, x0, inner);
    return { proj, blocks, height: blocks.reduce((s, x) => s + x.height, 0) + 2 * CARD_PAD };
  });
  const heading = sectionHeading(c, model.labels.projects);
  // The heading stays with the first card.
  c.ensure(heading.height + Math.min(cards[0].height, c.usable - heading.height));
  heading.draw(c.y, sect);
  c.y += heading.height;
  for (const card of cards) {
    const art = c.pdf.struct('Art');
    sect.add(art);
    if (card.height <= c.usable) {
      c.ensure(card.height);
      const top = c.y;
      c.artifact(() => c.pdf.roundedRect(c.left, top, c.width, card.height, 6).lineWidth(0.8).strokeColor(C.border).stroke());
      c.stack(card.blocks, top + CARD_PAD, art);
      c.y = top + card.height;
      layout.cards.push({ id: card.proj.id, title: card.proj.title, page: c.page, top, bottom: c.y, split: false });
    } else {
      // Taller than a page: unavoidable split, between blocks, without a frame.
      c.ensure(card.blocks[0].height + (card.blocks[1]?.height ?? 0));
      const first = c.page;
      const top = c.y;
      for (const b of card.blocks) {
        c.ensure(b.height);
        b.draw(c.y, art);
        c.y += b.height;
      }
      layout.cards.push({ id: card.proj.id, title: card.proj.title, page: first, top, bottom: c.y, split: c.page !== first });
    }
    art.end();
    c.y += GAP;
  }
  sect.end();
}

/** A project card's blocks: title (with the documentation badge), meta, summary, lists, chips, links. */
function cardBlocks(c: Canvas, proj: DocProject, model: ExportDocument, x0: number, inner: number): Block[] {
  const badge = proj.documentation?.label ?? '';
  const badgeStyle = style('body', 9, C.badgeText);
  const badgeW = badge ? c.engine.measure(badge, badgeStyle) + 12 : 0;
  const title = c.text(proj.title, style('bold', 13), x0, inner - (badge ? badgeW + 8 : 0), { tag: 'H3' });
  const blocks: Block[] = [
    {
      height: title.height,
      draw: (y, parent) => {
        title.draw(y, parent);
        if (!badge) return;
        const bx = x0 + inner - badgeW;
        c.artifact(() => c.pdf.roundedRect(bx, y + 2, badgeW, 13, 6.5).fillColor(C.badge).fill());
        c.text(badge, badgeStyle, bx + 6, badgeW - 12 + 1).draw(y + 2.2, parent);
      },
    },
  ];
  const meta = [proj.period, proj.kinds.join(', ')].filter(Boolean).join('  ·  ');
  if (meta) blocks.push(c.text(meta, style('body', 9, C.muted), x0, inner));
  if (proj.summary) blocks.push(c.spaced(c.text(proj.summary, style('body', 10), x0, inner), 4));
  const bulletList = (label: string, items: string[]) => {
    blocks.push(c.spaced(c.text(label.toUpperCase(), style('bold', 7.5, C.muted, { characterSpacing: 0.5 }), x0, inner, { tag: 'H4' }), 6));
    blocks.push(list(c, items.map((item) => bullet(c, item, style('body', 10), x0, inner))));
  };
  if (proj.highlights.length) bulletList(model.labels.highlights, proj.highlights);
  if (proj.results.length) bulletList(model.labels.results, proj.results);
  if (proj.technologies.length) blocks.push(c.spaced(chips(c, proj.technologies, x0, inner), 7));
  proj.links.forEach((l, i) => {
    const shown = l.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
    const label = `${l.label}: `;
    const labelStyle = style('bold', 9);
    const lw = c.engine.measure(label, labelStyle);
    const row = c.row([c.text(label, labelStyle, x0, lw + 1), c.text(shown, style('body', 9, C.accent), x0 + lw, inner - lw, { link: l.url })]);
    blocks.push(i === 0 ? c.spaced(row, 6) : row);
  });
  return blocks;
}

/** Technologies as chips, flowed into lines; the chip backgrounds are artifacts, the names one paragraph. */
function chips(c: Canvas, items: string[], x0: number, inner: number): Block {
  const s = style('body', 8.5);
  const padX = 5;
  const lineH = 14;
  const placed: Array<{ t: string; x: number; line: number; w: number }> = [];
  let cx = 0;
  let line = 0;
  for (const t of items) {
    // A chip wider than the card is cut to fit rather than overflowing.
    let label = t;
    while (c.engine.measure(label, s) + 2 * padX > inner && [...label].length > 1) label = `${[...label].slice(0, -2).join('')}…`;
    const w = Math.min(c.engine.measure(label, s) + 2 * padX, inner);
    if (cx > 0 && cx + w > inner) {
      cx = 0;
      line += 1;
    }
    placed.push({ t: label, x: cx, line, w });
    cx += w + 4;
  }
  return {
    height: (line + 1) * lineH,
    draw: (y, parent) => {
      const p = c.pdf.struct('P');
      parent.add(p);
      for (const chip of placed) {
        const cy = y + chip.line * lineH;
        c.artifact(() => c.pdf.roundedRect(x0 + chip.x, cy, chip.w, lineH - 3, 3).fillColor(C.chip).fill());
        p.add(() => c.engine.draw(c.layout(chip.t, s, chip.w), x0 + chip.x + padX, cy + 1.5));
      }
      p.end();
    },
  };
}
