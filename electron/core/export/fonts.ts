/**
 * Fonts embedded in PDF exports. DejaVu Sans (resources/fonts) covers Latin, Greek, Cyrillic,
 * Hebrew, Arabic and most symbols; Noto Emoji (resources/fonts, SIL Open Font License) draws
 * emoji; Chinese, Japanese and Korean need a CJK font of this computer's (too large to bundle),
 * found in the usual places or named by SHOWCASE_CJK_FONT. Without one, CJK text is drawn as
 * empty boxes and the export says so.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as fontkit from 'fontkit';

export interface PdfFonts {
  regular: string;
  bold: string;
  /** The emoji fallback; absent only if resources/fonts lacks it. */
  emoji?: string;
  /** A CJK font on this computer, with the name of the face inside a collection (.ttc). */
  cjk?: { path: string; postscriptName?: string } | null;
}

export interface LoadedFont {
  path: string;
  /** The face inside a font collection, as pdfkit's registerFont wants it. */
  family?: string;
  font: fontkit.Font;
}

export interface LoadedFonts {
  regular: LoadedFont;
  bold: LoadedFont;
  emoji: LoadedFont | null;
  cjk: LoadedFont | null;
}

const REGULAR = 'DejaVuSans.ttf';
const BOLD = 'DejaVuSans-Bold.ttf';
const EMOJI = 'NotoEmoji-Regular.ttf';

function fontsIn(dir: string): PdfFonts | null {
  const regular = join(dir, REGULAR);
  const bold = join(dir, BOLD);
  if (!existsSync(regular) || !existsSync(bold)) return null;
  const emoji = join(dir, EMOJI);
  return { regular, bold, ...(existsSync(emoji) ? { emoji } : {}) };
}

function hereDir(): string | null {
  // The core is bundled as CommonJS (out/main), and Vitest and Playwright provide __dirname too.
  return typeof __dirname === 'string' ? __dirname : null;
}

/** Where CJK fonts usually are on Linux, macOS and Windows, most complete first. */
export const CJK_FONT_CANDIDATES: readonly string[] = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  '/usr/share/fonts/truetype/arphic/uming.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/Hiragino Sans GB.ttc',
  '/Library/Fonts/Arial Unicode.ttf',
  '/System/Library/Fonts/Supplemental/Arial Unicode.ttf',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\YuGothM.ttc',
  'C:\\Windows\\Fonts\\malgun.ttf',
  'C:\\Windows\\Fonts\\simsun.ttc',
];

/** The first CJK font that exists: $SHOWCASE_CJK_FONT, else the usual places. */
export function findCjkFont(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = CJK_FONT_CANDIDATES): { path: string } | null {
  const wanted = env.SHOWCASE_CJK_FONT?.trim();
  if (wanted) return existsSync(wanted) ? { path: wanted } : null;
  const found = candidates.find((p) => existsSync(p));
  return found ? { path: found } : null;
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
    if (found) return { ...found, cjk: findCjkFont(env) };
  }
  throw new Error(`The PDF font (${REGULAR}) was not found; looked in ${candidates.slice(0, 4).join(', ')}…`);
}

const cache = new Map<string, LoadedFont | null>();

/** Opens a font file once per process; a collection gives its first face (or the named one). */
function load(path: string, postscriptName?: string): LoadedFont | null {
  const key = `${path}\u0000${postscriptName ?? ''}`;
  if (cache.has(key)) return cache.get(key)!;
  let loaded: LoadedFont | null;
  try {
    const opened = fontkit.openSync(path, postscriptName) as fontkit.Font | fontkit.FontCollection;
    if ('fonts' in opened) {
      const face = opened.fonts[0];
      loaded = face ? { path, family: face.postscriptName, font: face } : null;
    } else loaded = { path, ...(postscriptName ? { family: postscriptName } : {}), font: opened };
  } catch {
    loaded = null;
  }
  cache.set(key, loaded);
  return loaded;
}

export function loadPdfFonts(fonts: PdfFonts): LoadedFonts {
  const regular = load(fonts.regular);
  const bold = load(fonts.bold);
  if (!regular || !bold) throw new Error(`The PDF fonts ${fonts.regular} and ${fonts.bold} could not be read.`);
  return {
    regular,
    bold,
    emoji: fonts.emoji ? load(fonts.emoji) : null,
    cjk: fonts.cjk ? load(fonts.cjk.path, fonts.cjk.postscriptName) : null,
  };
}

/** Registers every loaded face under the names the text engine draws with. */
export function registerPdfFonts(pdf: PDFKit.PDFDocument, fonts: LoadedFonts): void {
  const reg = (name: string, f: LoadedFont | null) => {
    if (!f) return;
    if (f.family) pdf.registerFont(name, f.path, f.family);
    else pdf.registerFont(name, f.path);
  };
  reg('body', fonts.regular);
  reg('bold', fonts.bold);
  reg('emoji', fonts.emoji);
  reg('cjk', fonts.cjk);
  reg('cjkBold', fonts.cjk);
}
