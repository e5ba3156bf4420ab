/**
 * Text layout for PDF exports, over pdfkit: each character drawn in a font that has it (the
 * body font, else the bundled emoji font, else a CJK font found on this computer), lines broken
 * by measuring with those fonts, and every line put in visual order by the Unicode
 * Bidirectional Algorithm (bidi-js), with brackets mirrored in right-to-left runs. pdfkit itself
 * does none of this: it draws a string in one font and lets its shaper reverse whole strings it
 * takes for Arabic or Hebrew, which garbles mixed text. Measuring and drawing share one layout,
 * so a block's height is exactly what it draws.
 */
import bidiFactory from 'bidi-js';
import * as fontkit from 'fontkit';
import type { LoadedFonts } from './fonts';

type Pdf = PDFKit.PDFDocument;
export type FontName = 'body' | 'bold';
type Face = FontName | 'emoji' | 'cjk' | 'cjkBold';

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  lineGap?: number;
  characterSpacing?: number;
}

/** One piece of a line: text in one face, at one bidi level, drawn from `x` (relative to the line start). */
interface Piece {
  text: string;
  face: Face;
  level: number;
  x: number;
  width: number;
}

export interface Laid {
  /** Each line: its pieces in visual order, and its text in reading order (for assistive technology). */
  lines: Array<{ pieces: Piece[]; width: number; logical: string }>;
  height: number;
  lineHeight: number;
  /** Right-to-left paragraph: lines sit at the right edge. */
  rtl: boolean;
  style: TextStyle;
  width: number;
}

const bidi = bidiFactory();
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Scripts fontkit lays out right to left: a string whose first script character is one of these is reversed by its shaper. */
const RTL_SCRIPT = /\p{Script=Arabic}|\p{Script=Hebrew}|\p{Script=Syriac}|\p{Script=Thaana}|\p{Script=Nko}|\p{Script=Samaritan}|\p{Script=Mandaic}|\p{Script=Adlam}|\p{Script=Hanifi_Rohingya}/u;
const SCRIPT_CHAR = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
/** Characters no font needs a glyph for: joiners, variation selectors, tags, skin-tone modifiers. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064]|[\ufe00-\ufe0f]|\p{Emoji_Modifier}|[\u{e0020}-\u{e007f}]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
const CJK = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}|\p{Script=Bopomofo}|[\u3000-\u303f\uff00-\uffef]/u;

function fontkitReverses(text: string): boolean {
  const first = SCRIPT_CHAR.exec(text)?.[0];
  return !!first && RTL_SCRIPT.test(first);
}

function reverseClusters(text: string): string {
  return Array.from(segmenter.segment(text), (s) => s.segment).reverse().join('');
}

export interface TextEngineOptions {
  pdf: Pdf;
  fonts: LoadedFonts;
}

/** What the engine found missing while laying out, for the export's notes. */
export interface MissingGlyphs {
  cjk: boolean;
  other: boolean;
}

export function createTextEngine({ pdf, fonts }: TextEngineOptions) {
  const faces: Record<Face, fontkit.Font | null> = {
    body: fonts.regular.font,
    bold: fonts.bold.font,
    emoji: fonts.emoji?.font ?? null,
    cjk: fonts.cjk?.font ?? null,
    cjkBold: fonts.cjk?.font ?? null,
  };
  const ascender = (face: Face) => {
    const f = faces[face]!;
    return (f.ascent / f.unitsPerEm) * 1000;
  };
  const missing: MissingGlyphs = { cjk: false, other: false };
  const faceCache = new Map<string, Face>();

  function covers(face: Face, cluster: string): boolean {
    const font = faces[face];
    if (!font) return false;
    for (const ch of cluster) {
      if (INVISIBLE.test(ch) || ch === '\u200d' || ch === '\u20e3') continue;
      if (!font.hasGlyphForCodePoint(ch.codePointAt(0)!)) return false;
    }
    return true;
  }

  /** The face for one grapheme cluster: emoji sequences in the emoji font, the rest in the first font that has every character. */
  function faceFor(cluster: string, style: FontName): Face {
    const key = `${style}\u0000${cluster}`;
    const cached = faceCache.get(key);
    if (cached) return cached;
    let face: Face = style;
    const emojiLike = EMOJI.test(cluster) && (/\ufe0f|\u200d|\p{Regional_Indicator}|\u20e3/u.test(cluster) || !covers(style, cluster));
    if (emojiLike && covers('emoji', cluster)) face = 'emoji';
    else if (!covers(style, cluster)) {
      if (covers('emoji', cluster)) face = 'emoji';
      else if (covers('cjk', cluster)) face = style === 'bold' ? 'cjkBold' : 'cjk';
      else if (!/^\s+$/.test(cluster)) {
        if (CJK.test(cluster)) missing.cjk = true;
        else missing.other = true;
      }
    }
    faceCache.set(key, face);
    return face;
  }

  function setFace(face: Face, style: TextStyle): void {
    pdf.font(face).fontSize(style.size);
  }

  function measure(text: string, face: Face, style: TextStyle): number {
    setFace(face, style);
    return pdf.widthOfString(text, { characterSpacing: style.characterSpacing ?? 0 });
  }

  /** Lays out one paragraph (line breaks in `text` start new lines) at `width`. */
  function layout(text: string, style: TextStyle, width: number): Laid {
    setFace(style.font, style);
    const lineHeight = pdf.currentLineHeight(true) + (style.lineGap ?? 1.5);
    const lines: Laid['lines'] = [];
    let rtl = false;
    text.split('\n').forEach((paragraph, pi) => {
      const levels = bidi.getEmbeddingLevels(paragraph, 'auto');
      if (pi === 0) rtl = (levels.paragraphs[0]?.level ?? 0) % 2 === 1;
      // Clusters with their face and level, then words (a space ends one; CJK breaks anywhere).
      const clusters: Array<{ text: string; face: Face; level: number; breakAfter: boolean; space: boolean }> = [];
      for (const seg of segmenter.segment(paragraph)) {
        const space = /^\s+$/.test(seg.segment);
        clusters.push({ text: space ? ' ' : seg.segment, face: space ? style.font : faceFor(seg.segment, style.font), level: levels.levels[seg.index] ?? 0, breakAfter: space || CJK.test(seg.segment), space });
      }
      type Word = { clusters: typeof clusters; width: number };
      const words: Word[] = [];
      let current: typeof clusters = [];
      const flush = () => {
        if (current.length) words.push({ clusters: current, width: runsWidth(current, style) });
        current = [];
      };
      for (const c of clusters) {
        current.push(c);
        if (c.breakAfter) flush();
      }
      flush();
      let line: typeof clusters = [];
      let lineWidth = 0;
      const emit = () => {
        while (line.length && line[line.length - 1].space) line.pop();
        lines.push(visualLine(line, style));
        line = [];
        lineWidth = 0;
      };
      for (const word of words) {
        const trimmed = word.clusters[word.clusters.length - 1]?.space ? runsWidth(word.clusters.slice(0, -1), style) : word.width;
        if (line.length && lineWidth + trimmed > width) emit();
        if (!line.length && trimmed > width) {
          // A word wider than the line is broken between its characters.
          for (const c of word.clusters) {
            const w = runsWidth([c], style);
            if (line.length && lineWidth + w > width && !c.space) emit();
            if (!line.length && c.space) continue;
            line.push(c);
            lineWidth += w;
          }
          continue;
        }
        if (!line.length && word.clusters.every((c) => c.space)) continue;
        line.push(...word.clusters);
        lineWidth += word.width;
      }
      if (line.length || !lines.length || pi > 0) emit();
    });
    return { lines, height: lines.length * lineHeight, lineHeight, rtl, style, width };
  }

  /** Width of clusters, measured a run (same face and level) at a time so shaping sees whole words. */
  function runsWidth(clusters: ReadonlyArray<{ text: string; face: Face; level: number }>, style: TextStyle): number {
    let w = 0;
    for (const run of toRuns(clusters)) w += measure(run.text, run.face, style);
    return w;
  }

  function toRuns(clusters: ReadonlyArray<{ text: string; face: Face; level: number }>): Array<{ text: string; face: Face; level: number }> {
    const runs: Array<{ text: string; face: Face; level: number }> = [];
    for (const c of clusters) {
      const last = runs[runs.length - 1];
      if (last && last.face === c.face && last.level === c.level) last.text += c.text;
      else runs.push({ text: c.text, face: c.face, level: c.level });
    }
    return runs;
  }

  /** Runs of a line in visual order (rule L2: reverse from the highest level down to the lowest odd one). */
  function visualLine(clusters: ReadonlyArray<{ text: string; face: Face; level: number }>, style: TextStyle): Laid['lines'][number] {
    const logical = clusters.map((c) => c.text).join('');
    const runs = toRuns(clusters).map((r) => ({ ...r, width: measure(r.text, r.face, style) }));
    if (runs.length) {
      const max = Math.max(...runs.map((r) => r.level));
      const minOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), Infinity);
      for (let level = max; level >= minOdd && level > 0; level--) {
        for (let i = 0; i < runs.length; ) {
          if (runs[i].level < level) {
            i++;
            continue;
          }
          let j = i;
          while (j < runs.length && runs[j].level >= level) j++;
          runs.splice(i, j - i, ...runs.slice(i, j).reverse());
          i = j;
        }
      }
    }
    let x = 0;
    const pieces = runs.map((r) => {
      const piece: Piece = { text: r.text, face: r.face, level: r.level, x, width: r.width };
      x += r.width;
      return piece;
    });
    return { pieces, width: x, logical };
  }

  /**
   * The words of a piece in visual order, each as the string to hand pdfkit. pdfkit shapes a
   * string a word at a time and its shaper reverses a word it takes for Arabic or Hebrew; so the
   * words are ordered here, and each is given in the order that comes out right: an Arabic word in
   * its logical order (so its letters join), anything else already in visual order.
   */
  function visualWords(piece: Piece): Array<{ text: string; space: boolean; logical: string }> {
    const tokens = piece.text.split(/( +)/).filter(Boolean);
    const rtl = piece.level % 2 === 1;
    if (rtl) tokens.reverse();
    return tokens.map((token) => {
      if (/^ +$/.test(token)) return { text: token, space: true, logical: token };
      const visual = rtl ? reverseClusters(Array.from(token, (ch) => bidi.getMirroredCharacter(ch) ?? ch).join('')) : token;
      return { text: fontkitReverses(visual) ? reverseClusters(visual) : visual, space: false, logical: token };
    });
  }

  /**
   * Draws a laid-out paragraph with its top-left at (x, y). A link makes every line clickable;
   * `structParent` receives the link annotations for the tagged PDF.
   */
  function draw(laid: Laid, x: number, y: number, options: { color?: string; link?: string | null; structParent?: PDFKit.PDFStructureElement } = {}): void {
    const { style } = laid;
    const baseAscender = ascender(style.font);
    laid.lines.forEach((line, i) => {
      const top = y + i * laid.lineHeight;
      const left = laid.rtl ? x + laid.width - line.width : x;
      for (const piece of line.pieces) {
        // Baselines line up whatever the fallback font's ascender.
        const shift = ((baseAscender - ascender(piece.face)) / 1000) * style.size;
        let at = left + piece.x;
        for (const word of visualWords(piece)) {
          const w = measure(word.logical, piece.face, style);
          pdf.fillColor(options.color ?? style.color);
          // Spaces are drawn too: text read from the content (not the page) needs them.
          pdf.text(word.space ? ' ' : word.text, at, top + shift, { lineBreak: false, characterSpacing: style.characterSpacing ?? 0 });
          at += w;
        }
      }
      if (options.link && line.width > 0) {
        // pdfkit accepts a structure parent for the annotation (its types do not say so).
        pdf.link(left, top, line.width, laid.lineHeight, options.link, (options.structParent ? { structParent: options.structParent } : {}) as PDFKit.Mixins.AnnotationOption);
      }
    });
  }

  /** Each line as it appears on the page, left to right, glyph by glyph (what tests check). */
  function visualText(laid: Laid): string[] {
    return laid.lines.map((line) =>
      line.pieces
        .flatMap((p) => visualWords(p).map((w) => (w.space ? w.text : fontkitReverses(w.text) ? reverseClusters(w.text) : w.text)))
        .join(''),
    );
  }

  return { layout, draw, visualText, measure: (text: string, style: TextStyle) => runsWidth(toRuns(Array.from(segmenter.segment(text), (s) => ({ text: s.segment, face: faceFor(s.segment, style.font), level: 0 }))), style), missing };
}

export type TextEngine = ReturnType<typeof createTextEngine>;
