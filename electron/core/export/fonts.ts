/**
 * The Unicode font embedded in PDF exports (DejaVu Sans, resources/fonts). Standard PDF fonts only
 * cover Latin-1; an embedded TrueType font lets accents, Cyrillic, Greek, Hebrew, Arabic and
 * symbols through, and turns what it lacks (emoji, CJK) into blank glyphs instead of a crash.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface PdfFonts {
  regular: string;
  bold: string;
}

const REGULAR = 'DejaVuSans.ttf';
const BOLD = 'DejaVuSans-Bold.ttf';

function fontsIn(dir: string): PdfFonts | null {
  const regular = join(dir, REGULAR);
  const bold = join(dir, BOLD);
  return existsSync(regular) && existsSync(bold) ? { regular, bold } : null;
}

function hereDir(): string | null {
  // The core is bundled as CommonJS (out/main), and Vitest and Playwright provide __dirname too.
  return typeof __dirname === 'string' ? __dirname : null;
}

/**
 * Finds resources/fonts: $SHOWCASE_RESOURCES, the packaged app's resources folder, then the
 * folders above this module (source tree, out/main) and the working directory.
 */
export function findPdfFonts(env: NodeJS.ProcessEnv = process.env): PdfFonts {
  const candidates: string[] = [];
  if (env.SHOWCASE_RESOURCES) candidates.push(join(env.SHOWCASE_RESOURCES, 'fonts'));
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts'));
  for (let dir = hereDir(); dir; ) {
    candidates.push(join(dir, 'resources', 'fonts'));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  candidates.push(resolve('resources', 'fonts'));
  for (const dir of candidates) {
    const found = fontsIn(dir);
    if (found) return found;
  }
  throw new Error(`The PDF font (${REGULAR}) was not found; looked in ${candidates.slice(0, 4).join(', ')}…`);
}
