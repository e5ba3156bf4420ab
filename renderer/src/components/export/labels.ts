/** Short names for the export formats and papers, shared by the Export screen's parts. */
import type { ExportFormat, PaperSize } from '../../../../shared/export-types';

export const PAPER_LABELS: Record<PaperSize, string> = { a4: 'A4 · 210 × 297 mm, first page', letter: 'Letter · 8.5 × 11 in, first page' };

export const FORMAT_SHORT: Record<ExportFormat, string> = { markdown: 'Markdown', html: 'HTML', pdf: 'PDF', 'json-resume': 'JSON Resume' };
