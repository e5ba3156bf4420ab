/**
 * What both PDF layouts (the full portfolio and the one-page resume) draw on: a tagged pdfkit
 * document with the export fonts, the text engine, pages with margins, and blocks that are
 * measured before they are drawn so a layout can decide where each goes. Every block is a
 * structure element (heading, paragraph, list item, link) added in reading order, so screen
 * readers and applicant-tracking systems read the PDF as it is meant; page footers are artifacts.
 */
import PDFDocument from 'pdfkit';
import type { PaperSize } from '../../../shared/export-types';
import { findPdfFonts, loadPdfFonts, registerPdfFonts, type PdfFonts } from './fonts';
import { createTextEngine, type Laid, type TextStyle } from './pdf-text';
import { PAPER } from './theme';

type Pdf = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

/** A measured block: its height at its width, and how to draw it at a given top under a structure parent. */
export interface Block {
  height: number;
  draw(y: number, parent: Struct): void;
}

export interface CanvasOptions {
  paper?: PaperSize;
  fonts?: PdfFonts;
  now?: Date;
  title: string;
  author?: string;
  margins: { top: number; bottom: number; side: number };
  /** Lay out and count pages without drawing (to choose between layouts cheaply). */
  dry?: boolean;
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  notes: string[];
}

export const NO_CJK_FONT_NOTE =
  'This PDF has Chinese, Japanese or Korean text, but this computer has no CJK font, so that text shows as empty boxes. Install one (Noto Sans CJK, or WenQuanYi on Linux) or name one with SHOWCASE_CJK_FONT, then export again.';

export function openCanvas(options: CanvasOptions) {
  const paper = PAPER[options.paper ?? 'a4'];
  const fonts = loadPdfFonts(options.fonts ?? findPdfFonts());
  const pdf: Pdf = new PDFDocument({
    size: [paper.width, paper.height],
    // pdfkit's own page breaking is kept out of the way (tiny bottom margin): the layout decides.
    margins: { top: options.margins.top, bottom: 4, left: options.margins.side, right: options.margins.side },
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: options.title,
      // pdfkit writes every key it is given: an absent author must be absent, not undefined.
      ...(options.author ? { Author: options.author } : {}),
      Creator: 'Showcase',
      Producer: 'Showcase',
      CreationDate: options.now ?? new Date(),
    },
  });
  registerPdfFonts(pdf, fonts);
  pdf.font('body');
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((res, rej) => {
    pdf.on('end', () => res());
    pdf.on('error', rej);
  });
  const engine = createTextEngine({ pdf, fonts });
  const root = pdf.struct('Document');
  pdf.addStructure(root);

  const { margins } = options;
  const canvas = {
    pdf,
    engine,
    root,
    paper,
    left: margins.side,
    width: paper.width - 2 * margins.side,
    top: margins.top,
    bottom: paper.height - margins.bottom,
    get usable() {
      return this.bottom - this.top;
    },
    y: margins.top,
    page: 1,
    dry: options.dry ?? false,
    newPage() {
      if (!canvas.dry) pdf.addPage();
      canvas.page += 1;
      canvas.y = margins.top;
    },
    /** Back to the top of a first page (dry runs only: nothing has been drawn). */
    restart() {
      canvas.page = 1;
      canvas.y = margins.top;
    },
    /** Draws a block unless this is a dry run. */
    put(block: Block, y: number, parent: Struct) {
      if (!canvas.dry) block.draw(y, parent);
    },
    /** A structure element under `parent`, or the parent itself in a dry run (nothing is drawn). */
    struct(type: string, parent: Struct): Struct {
      if (canvas.dry) return parent;
      const el = pdf.struct(type);
      parent.add(el);
      return el;
    },
    end(el: Struct, parent: Struct) {
      if (el !== parent) el.end();
    },
    /** Starts a new page unless `height` fits on this one (or could fit on no page at all). */
    ensure(height: number) {
      if (canvas.y + height > canvas.bottom && canvas.y > margins.top && height <= canvas.usable) canvas.newPage();
    },
    layout(text: string, style: TextStyle, width: number): Laid {
      return engine.layout(text, style, width);
    },
    /** A block of text; `tag` names its structure element, `link` makes it clickable. */
    text(text: string, style: TextStyle, x: number, width: number, opts: { tag?: string; link?: string | null; color?: string } = {}): Block {
      const laid = engine.layout(text, style, width);
      return {
        height: laid.height,
        draw: (y, parent) => {
          const el = pdf.struct(opts.tag ?? 'P');
          parent.add(el);
          if (opts.link) {
            const link = pdf.struct('Link');
            el.add(link);
            link.add(() => engine.draw(laid, x, y, { link: opts.link, structParent: link, color: opts.color }));
            link.end();
          } else el.add(() => engine.draw(laid, x, y, { color: opts.color }));
          el.end();
        },
      };
    },
    /** Decoration (rules, chip backgrounds): not content, so marked as an artifact. */
    artifact(draw: () => void) {
      if (canvas.dry) return;
      pdf.markContent('Artifact', { type: 'Layout' });
      draw();
      pdf.endMarkedContent();
    },
    /** Blocks side by side on one line (a label and its text), grouped under one Div. */
    row(blocks: Block[], after = 0): Block {
      return {
        height: Math.max(...blocks.map((b) => b.height)) + after,
        draw: (y, parent) => {
          const div = canvas.struct('Div', parent);
          for (const b of blocks) canvas.put(b, y, div);
          canvas.end(div, parent);
        },
      };
    },
    spaced(block: Block, before: number): Block {
      return { height: block.height + before, draw: (y, parent) => block.draw(y + before, parent) };
    },
    /** Draws blocks one under another from `y`. */
    stack(blocks: Block[], y: number, parent: Struct, gap = 0): number {
      let at = y;
      for (const b of blocks) {
        canvas.put(b, at, parent);
        at += b.height + gap;
      }
      return at;
    },
    /** Footer on every page, then the bytes. */
    async finish(footer: (page: number, pages: number) => void): Promise<PdfResult> {
      if (canvas.dry) throw new Error('A dry-run canvas has nothing to finish.');
      const range = pdf.bufferedPageRange();
      for (let i = 0; i < range.count; i++) {
        pdf.switchToPage(range.start + i);
        canvas.artifact(() => footer(i + 1, range.count));
      }
      root.end();
      pdf.end();
      await done;
      const notes: string[] = [];
      if (engine.missing.cjk) notes.push(NO_CJK_FONT_NOTE);
      return { bytes: new Uint8Array(Buffer.concat(chunks)), pages: range.count, notes };
    },
  };
  return canvas;
}

export type Canvas = ReturnType<typeof openCanvas>;
