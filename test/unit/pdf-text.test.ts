import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { findPdfFonts, loadPdfFonts, registerPdfFonts } from '../../electron/core/export/fonts';
import { createTextEngine } from '../../electron/core/export/pdf-text';

function engine(cjk = true) {
  const pdf = new PDFDocument({ size: 'A4' });
  const found = findPdfFonts();
  const fonts = loadPdfFonts(cjk ? found : { ...found, cjk: null });
  registerPdfFonts(pdf, fonts);
  return createTextEngine({ pdf, fonts });
}
const style = { font: 'body' as const, size: 10, color: '#000' };

describe('PDF text engine', () => {
  it('lays out right-to-left text in visual order: words from the right, numbers and Latin left to right, brackets mirrored', () => {
    const e = engine();
    const line = (text: string) => e.visualText(e.layout(text, style, 500));
    expect(line('שלום עולם: מערכת (תשלומים) 123 v2')).toEqual(['v2 123 (םימולשת) תכרעמ :םלוע םולש']);
    expect(line('مرحبا بالعالم (API) ١٢٣ و 456')).toEqual(['456 و ١٢٣ (API) ملاعلاب ابحرم']);
    expect(line('English with עברית (inside) text')).toEqual(['English with תירבע (inside) text']);
    expect(e.layout('שלום עולם', style, 500).rtl).toBe(true);
    expect(e.layout('Hello שלום', style, 500).rtl).toBe(false);
  });

  it('breaks lines at the width it measures with the fonts that draw them, CJK between characters', () => {
    const e = engine();
    const laid = e.layout('one two three four five six seven eight nine ten', style, 80);
    expect(laid.lines.length).toBeGreaterThan(2);
    for (const l of laid.lines) expect(l.width).toBeLessThanOrEqual(80);
    expect(laid.height).toBeCloseTo(laid.lines.length * laid.lineHeight);
    const cjk = e.layout('日本語のテキストは空白なしで続きます日本語のテキスト', style, 60);
    expect(cjk.lines.length).toBeGreaterThan(1);
    expect(cjk.lines.map((l) => l.logical).join('')).toBe('日本語のテキストは空白なしで続きます日本語のテキスト');
  });

  it('notes CJK text it has no font for', () => {
    const e = engine(false);
    e.layout('中文', style, 100);
    expect(e.missing).toEqual({ cjk: true, other: false });
    const withFont = engine(true);
    withFont.layout('中文 🚀', style, 100);
    expect(withFont.missing).toEqual({ cjk: false, other: false });
  });
});
