/**
 * PDF from the same export document as the HTML, laid out with pdfkit in plain Node (the CLI
 * needs no browser). Every block is measured before it is drawn: a project card that does not
 * fit on what is left of a page starts on a new page, so no card is split (only a card taller
 * than a whole page has to be, and it then breaks between its lines).
 */
import PDFDocument from 'pdfkit';
import type { PaperSize } from '../../../shared/export-types';
import type { DocProject, ExportDocument } from './document';
import { findPdfFonts, type PdfFonts } from './fonts';
import { PALETTES, PAPER } from './theme';

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

const MARGIN = { top: 54, bottom: 54, side: 50 };
const CARD_PAD = 12;
const GAP = 10;
const C = PALETTES.light;

type Doc = InstanceType<typeof PDFDocument>;

/** A measured piece of a card: its height at the card's inner width, and how to draw it. */
interface Piece {
  height: number;
  draw(y: number): void;
}

export async function renderPdf(docModel: ExportDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  return (await renderPdfWithLayout(docModel, options)).bytes;
}

/**
 * Emoji (the astral pictographs, with their joiners, tags and variation selectors) are dropped
 * from PDF text: the embedded font has no glyphs for them, and pdfkit measures joiner sequences
 * wrongly, which pushed lines past the margin. Symbols the font has (✓ ★ © →) stay.
 */
const EMOJI = /[\u{1F000}-\u{1FAFF}]|[\u{E0020}-\u{E007F}]|\u200d|\ufe0e|\ufe0f|\u20e3/gu;

export function pdfText(text: string): string {
  const out = text.replace(EMOJI, '');
  return out === text ? text : out.replace(/\s{2,}/g, ' ').trim();
}

function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'url' ? v : mapStrings(v, fn)])) as T;
  }
  return value;
}

export async function renderPdfWithLayout(source: ExportDocument, options: PdfOptions = {}): Promise<{ bytes: Uint8Array; layout: PdfLayout }> {
  const model = mapStrings(source, pdfText);
  const paper = PAPER[options.paper ?? 'a4'];
  const fonts = options.fonts ?? findPdfFonts();
  const pdf: Doc = new PDFDocument({
    size: [paper.width, paper.height],
    // pdfkit's own page breaking is kept out of the way (tiny bottom margin): this layout decides.
    margins: { top: MARGIN.top, bottom: 4, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    autoFirstPage: true,
    // No default font here: pdfkit would load the same file again under 'body' on every
    // font('body') call (its cache skips a registered name whose font is already loaded).
    info: {
      Title: model.title,
      // pdfkit writes every key it is given: an absent author must be absent, not undefined.
      ...(model.profile.name ? { Author: model.profile.name } : {}),
      Creator: 'Showcase',
      Producer: 'Showcase',
      CreationDate: options.now ?? new Date(),
    },
  });
  pdf.registerFont('body', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  pdf.font('body');
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((res, rej) => {
    pdf.on('end', () => res());
    pdf.on('error', rej);
  });

  const left = MARGIN.side;
  const width = paper.width - 2 * MARGIN.side;
  const bottom = paper.height - MARGIN.bottom;
  const usable = bottom - MARGIN.top;
  let y = MARGIN.top;
  let page = 1;
  const layout: PdfLayout = { pageWidth: paper.width, pageHeight: paper.height, pages: 1, cards: [] };

  const newPage = () => {
    pdf.addPage();
    page += 1;
    y = MARGIN.top;
  };
  /** Starts a new page unless `height` fits on this one (or could fit on no page at all). */
  const ensure = (height: number) => {
    if (y + height > bottom && y > MARGIN.top && height <= usable) newPage();
  };

  const font = (name: 'body' | 'bold', size: number, color = C.text) => pdf.font(name).fontSize(size).fillColor(color);
  const measure = (text: string, w: number, gap = 1.5) => pdf.heightOfString(text, { width: w, lineGap: gap });
  const text = (t: string, x: number, at: number, w: number, extra: PDFKit.Mixins.TextOptions = {}) =>
    pdf.text(t, x, at, { width: w, lineGap: 1.5, ...extra });

  // A text piece: font set before measuring and before drawing, so both agree.
  const textPiece = (t: string, style: () => void, x: number, w: number, extra: PDFKit.Mixins.TextOptions = {}): Piece => {
    style();
    const height = measure(t, w, extra.lineGap ?? 1.5);
    return {
      height,
      draw: (at) => {
        style();
        text(t, x, at, w, extra);
      },
    };
  };

  // ── Header ─────────────────────────────────────────────
  const p = model.profile;
  const headerPieces: Piece[] = [textPiece(p.name || model.title, () => font('bold', 22), left, width)];
  if (p.headline) headerPieces.push(textPiece(p.headline, () => font('body', 12), left, width));
  if (p.location) headerPieces.push(textPiece(p.location, () => font('body', 10, C.muted), left, width));
  if (p.contacts.length) {
    const line = p.contacts.map((c) => c.label).join('   ·   ');
    font('body', 10);
    const height = measure(line, width);
    headerPieces.push({
      height,
      draw: (at) => {
        font('body', 10, C.accent);
        p.contacts.forEach((c, i) => {
          const last = i === p.contacts.length - 1;
          const opts = { width, lineGap: 1.5, link: c.url, continued: !last };
          if (i === 0) pdf.text(c.label, left, at, opts);
          else pdf.text(c.label, opts);
          if (!last) pdf.fillColor(C.muted).text('   ·   ', { continued: true, link: null }).fillColor(C.accent);
        });
      },
    });
  }
  for (const piece of headerPieces) {
    piece.draw(y);
    y += piece.height + 3;
  }
  y += 6;

  const sectionHeading = (label: string): Piece => {
    font('bold', 13);
    const h = measure(label, width);
    return {
      height: h + 10,
      draw: (at) => {
        font('bold', 13);
        text(label, left, at, width);
        pdf.moveTo(left, at + h + 3).lineTo(left + width, at + h + 3).lineWidth(0.6).strokeColor(C.border).stroke();
      },
    };
  };

  // ── Skills ─────────────────────────────────────────────
  if (model.skills.length) {
    const labelW = 118;
    const rows: Piece[] = model.skills.map((g) => {
      const body = g.skills.map((s) => `${s.name} (${s.projects.join(', ')}${s.more ? `, +${s.more} more` : ''})`).join('; ');
      const label = textPiece(g.label, () => font('bold', 9.5), left, labelW - 8);
      const content = textPiece(body, () => font('body', 9.5), left + labelW, width - labelW);
      const height = Math.max(label.height, content.height);
      return {
        height,
        draw: (at) => {
          label.draw(at);
          content.draw(at);
        },
      };
    });
    const heading = sectionHeading(model.labels.skills);
    ensure(heading.height + (rows[0]?.height ?? 0));
    heading.draw(y);
    y += heading.height;
    for (const row of rows) {
      ensure(row.height);
      row.draw(y);
      y += row.height + 4;
    }
    y += GAP;
  }

  // ── Projects ───────────────────────────────────────────
  const inner = width - 2 * CARD_PAD;
  const x0 = left + CARD_PAD;
  const cardPieces = (proj: DocProject): Piece[] => {
    // The documentation badge sits at the top right, beside the title.
    const badge = proj.documentation?.label ?? '';
    font('body', 9);
    const badgeW = badge ? pdf.widthOfString(badge) + 12 : 0;
    const title = textPiece(proj.title, () => font('bold', 13), x0, inner - (badge ? badgeW + 8 : 0));
    const pieces: Piece[] = [
      {
        height: title.height,
        draw: (at) => {
          title.draw(at);
          if (!badge) return;
          const bx = x0 + inner - badgeW;
          pdf.roundedRect(bx, at + 2, badgeW, 13, 6.5).fillColor(C.badge).fill();
          font('body', 9, C.badgeText);
          pdf.text(badge, bx + 6, at + 4.2, { width: badgeW - 12, lineBreak: false });
        },
      },
    ];
    const meta = [proj.period, proj.kinds.join(', ')].filter(Boolean).join('  ·  ');
    if (meta) pieces.push(textPiece(meta, () => font('body', 9, C.muted), x0, inner));
    if (proj.summary) pieces.push(spaced(textPiece(proj.summary, () => font('body', 10), x0, inner), 4));
    const bulletList = (label: string, items: string[]) => {
      pieces.push(spaced(textPiece(label.toUpperCase(), () => font('bold', 7.5, C.muted), x0, inner, { characterSpacing: 0.5 }), 6));
      for (const item of items) {
        const body = textPiece(item, () => font('body', 10), x0 + 11, inner - 11);
        pieces.push({
          height: body.height + 1,
          draw: (at) => {
            font('body', 10, C.muted);
            pdf.text('•', x0 + 1, at, { lineBreak: false });
            body.draw(at);
          },
        });
      }
    };
    if (proj.highlights.length) bulletList(model.labels.highlights, proj.highlights);
    if (proj.results.length) bulletList(model.labels.results, proj.results);
    if (proj.technologies.length) pieces.push(spaced(chips(proj.technologies), 7));
    if (proj.links.length) {
      const rows = proj.links.map((l) => {
        const shown = l.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
        const label = `${l.label}: `;
        font('bold', 9);
        const lw = pdf.widthOfString(label);
        const urlPiece = textPiece(shown, () => font('body', 9, C.accent), x0 + lw, inner - lw);
        return {
          height: urlPiece.height,
          draw: (at: number) => {
            font('bold', 9);
            pdf.text(label, x0, at, { lineBreak: false });
            font('body', 9, C.accent);
            text(shown, x0 + lw, at, inner - lw, { link: l.url });
          },
        };
      });
      rows.forEach((r, i) => pieces.push(i === 0 ? spaced(r, 6) : r));
    }
    return pieces;
  };

  function spaced(piece: Piece, before: number): Piece {
    return { height: piece.height + before, draw: (at) => piece.draw(at + before) };
  }

  /** Technologies as chips, flowed into lines. */
  function chips(items: string[]): Piece {
    const size = 8.5;
    const padX = 5;
    const lineH = 14;
    font('body', size);
    const placed: Array<{ t: string; x: number; line: number; w: number }> = [];
    let cx = 0;
    let line = 0;
    for (const t of items) {
      // A chip wider than the card is cut to fit rather than overflowing.
      let label = t;
      while (pdf.widthOfString(label) + 2 * padX > inner && label.length > 1) label = `${[...label].slice(0, -2).join('')}…`;
      const w = Math.min(pdf.widthOfString(label) + 2 * padX, inner);
      if (cx > 0 && cx + w > inner) {
        cx = 0;
        line += 1;
      }
      placed.push({ t: label, x: cx, line, w });
      cx += w + 4;
    }
    return {
      height: (line + 1) * lineH,
      draw: (at) => {
        for (const c of placed) {
          const cy = at + c.line * lineH;
          pdf.roundedRect(x0 + c.x, cy, c.w, lineH - 3, 3).fillColor(C.chip).fill();
          font('body', size);
          pdf.text(c.t, x0 + c.x + padX, cy + 1.5, { lineBreak: false });
        }
      },
    };
  }

  if (model.projects.length) {
    const heading = sectionHeading(model.labels.projects);
    const cards = model.projects.map((proj) => {
      const pieces = cardPieces(proj);
      return { proj, pieces, height: pieces.reduce((s, x) => s + x.height, 0) + 2 * CARD_PAD };
    });
    // The heading stays with the first card.
    ensure(heading.height + Math.min(cards[0].height, usable - heading.height));
    heading.draw(y);
    y += heading.height;
    for (const card of cards) {
      if (card.height <= usable) {
        ensure(card.height);
        const top = y;
        pdf.roundedRect(left, top, width, card.height, 6).lineWidth(0.8).strokeColor(C.border).stroke();
        let cy = top + CARD_PAD;
        for (const piece of card.pieces) {
          piece.draw(cy);
          cy += piece.height;
        }
        y = top + card.height;
        layout.cards.push({ id: card.proj.id, title: card.proj.title, page, top, bottom: y, split: false });
      } else {
        // Taller than a page: unavoidable split, between pieces, without a frame.
        ensure(card.pieces[0].height + card.pieces[1]?.height);
        const first = page;
        const top = y;
        for (const piece of card.pieces) {
          ensure(piece.height);
          piece.draw(y);
          y += piece.height;
        }
        layout.cards.push({ id: card.proj.id, title: card.proj.title, page: first, top, bottom: y, split: page !== first });
      }
      y += GAP;
    }
  }

  // ── Footer on every page ───────────────────────────────
  const range = pdf.bufferedPageRange();
  layout.pages = range.count;
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    font('body', 8, C.muted);
    const footY = paper.height - MARGIN.bottom + 20;
    pdf.text(`${model.labels.generated} ${model.generatedOn}`, left, footY, { width: width / 2, lineBreak: false });
    pdf.text(`${i + 1} / ${range.count}`, left + width / 2, footY, { width: width / 2, align: 'right', lineBreak: false });
  }
  pdf.end();
  await done;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), layout };
}
