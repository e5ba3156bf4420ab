/** Colours and page sizes shared by the HTML and PDF renderers, so both look alike. */
import type { ExportTheme, PaperSize } from '../../../shared/export-types';

export interface Palette {
  background: string;
  text: string;
  muted: string;
  accent: string;
  border: string;
  card: string;
  chip: string;
  badge: string;
  badgeText: string;
}

export const PALETTES: Record<ExportTheme, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    muted: '#59636e',
    accent: '#0b5cad',
    border: '#d1d9e0',
    card: '#ffffff',
    chip: '#eef2f6',
    badge: '#dafbe1',
    badgeText: '#116329',
  },
  dark: {
    background: '#0d1117',
    text: '#e6edf3',
    muted: '#9198a1',
    accent: '#58a6ff',
    border: '#3d444d',
    card: '#151b23',
    chip: '#262c36',
    badge: '#1f3a2a',
    badgeText: '#7ee2a8',
  },
};

/** Page sizes in PDF points (1/72 in), and their CSS names. */
export const PAPER: Record<PaperSize, { width: number; height: number; css: string }> = {
  a4: { width: 595.28, height: 841.89, css: 'A4' },
  letter: { width: 612, height: 792, css: 'letter' },
};
