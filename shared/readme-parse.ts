/**
 * A README read as a document, not as lines: Markdown (CommonMark with GitHub's tables) parsed by
 * markdown-it, reStructuredText and AsciiDoc first turned into Markdown, HTML blocks read for
 * their headings, text, images and links. The result is a flat list of blocks (headings, prose,
 * list items, table rows, code) in reading order, which the documentation rating walks. Pure.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { readmeFormat, toMarkdown, type ReadmeFormat } from './readme-markup';
import { isSectionName, normalizeHeading } from './readme-vocabulary';

export type BlockKind = 'heading' | 'text' | 'code';
export type BlockPlace = 'body' | 'list' | 'table' | 'quote' | 'html';

export interface ReadmeBlock {
  kind: BlockKind;
  /** Heading level, 1–6 (headings only). */
  depth: number;
  /** What a reader reads: heading or prose text (inline code included, URLs of links left out). */
  text: string;
  /** Where the block stands. */
  place: BlockPlace;
  /** Table rows: the text of each cell. */
  cells: string[];
  /** Inline code spans in the block. */
  inlineCode: string[];
  /** Code block text (code blocks only). */
  code: string;
  lang: string;
  /** Link targets in the block. */
  links: string[];
  /** The words of the block that are the text of a link. */
  linked: string;
  /** Images that are not badges. */
  images: string[];
  /** The alternative text of each of those images, by its position in `images`. */
  imageAlts: string[];
  badges: number;
  /** What badges say (their alternative text: "API Doc", "build passing"). */
  badgeLabels: string[];
  /** Item of an ordered list. */
  ordered: boolean;
  /** A text block's lines as written (soft and hard breaks kept), whitespace collapsed in each. */
  lines: string[];
}

export interface ParsedReadme {
  format: ReadmeFormat;
  blocks: ReadmeBlock[];
}

const BADGE = /shields\.io|badgen\.net|badge\.svg|\/badges?\b|badge\.fury|travis-ci\.|circleci\.com|codecov\.io|coveralls\.io|forthebadge|\/workflows\/[^/]+\/badge|\/actions\/workflows\/|codeclimate|sonarcloud|snyk\.io|godoc\.org\/.*status|goreportcard|poser\.pugx\.org|\?style=(flat|for-the-badge|social)|img\.shields/i;

function block(kind: BlockKind, place: BlockPlace, fields: Partial<ReadmeBlock> = {}): ReadmeBlock {
  return { kind, depth: 0, text: '', place, cells: [], inlineCode: [], code: '', lang: '', links: [], linked: '', images: [], imageAlts: [], badges: 0, badgeLabels: [], ordered: false, lines: [], ...fields };
}

interface Inline {
  text: string[];
  inlineCode: string[];
  links: string[];
  images: string[];
  /** The alternative text of each image, by its position in `images`. */
  alts: string[];
  linked: string[];
}

function addImage(acc: Inline, url: string, alt = ''): void {
  acc.images.push(url);
  acc.alts.push(alt);
}

/** Inline HTML inside a paragraph: its images and links count, its tags do not. */
function inlineHtml(acc: Inline, html: string): void {
  for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[0]);
    if (src) addImage(acc, src[1], /\balt\s*=\s*["']([^"']*)["']/i.exec(m[0])?.[1] ?? '');
  }
  for (const m of html.matchAll(/<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)/gi)) acc.links.push(m[1]);
  const text = html.replace(/<[^>]*>/g, ' ');
  if (text.trim()) acc.text.push(decodeEntities(text));
}

/** The inline children of a markdown-it token: text, code, links and images. */
function inline(tokens: Token[] | null, acc: Inline): void {
  let inLink = 0;
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'text':
        acc.text.push(t.content);
        if (inLink) acc.linked.push(t.content);
        break;
      case 'code_inline':
        acc.text.push(t.content);
        acc.inlineCode.push(t.content);
        if (inLink) acc.linked.push(t.content);
        break;
      case 'link_open': {
        inLink++;
        const href = t.attrGet('href');
        if (href) acc.links.push(String(href));
        break;
      }
      case 'link_close':
        inLink = Math.max(0, inLink - 1);
        break;
      case 'image': {
        const src = t.attrGet('src');
        if (src) addImage(acc, String(src), t.content ?? '');
        break;
      }
      case 'html_inline':
        inlineHtml(acc, t.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        acc.text.push('\n');
        break;
      default:
        break;
    }
  }
}

function fromInline(kind: BlockKind, place: BlockPlace, acc: Inline, fields: Partial<ReadmeBlock> = {}): ReadmeBlock {
  const badges = acc.images.filter((u) => BADGE.test(u)).length;
  const badgeLabels = acc.images.flatMap((u, k) => (BADGE.test(u) && acc.alts[k] ? [acc.alts[k]] : []));
  return block(kind, place, {
    text: acc.text.join('').replace(/\s+/g, ' ').trim(),
    lines: acc.text.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean),
    inlineCode: acc.inlineCode,
    links: acc.links,
    linked: acc.linked.join(' ').replace(/\s+/g, ' ').trim(),
    images: acc.images.filter((u) => !BADGE.test(u)),
    imageAlts: acc.alts.filter((_, k) => !BADGE.test(acc.images[k])),
    badges,
    badgeLabels,
    ...fields,
  });
}

function emptyInline(): Inline {
  return { text: [], inlineCode: [], links: [], images: [], alts: [], linked: [] };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** An HTML block: `<h1>`–`<h6>` become headings, `<pre>` code, other text prose. */
function htmlBlocks(html: string, out: ReadmeBlock[]): void {
  // README HTML blocks are a logo, badges, a few headings; a huge one is read in part.
  const clean = html.slice(0, 20_000).replace(/<!--[\s\S]*?-->/g, ' ');
  const parts = clean.split(/(<h[1-6]\b[^>]*>[\s\S]*?<\/h[1-6]\s*>|<pre\b[^>]*>[\s\S]*?<\/pre\s*>)/i);
  for (const part of parts) {
    if (!part.trim()) continue;
    const heading = /^<h([1-6])\b[^>]*>([\s\S]*?)<\/h[1-6]\s*>$/i.exec(part);
    const acc = emptyInline();
    if (heading) {
      inlineHtml(acc, heading[2]);
      out.push(fromInline('heading', 'html', acc, { depth: Number(heading[1]) }));
      continue;
    }
    const pre = /^<pre\b[^>]*>([\s\S]*?)<\/pre\s*>$/i.exec(part);
    if (pre) {
      out.push(block('code', 'html', { code: decodeEntities(pre[1].replace(/<[^>]*>/g, '')) }));
      continue;
    }
    // Paragraph-like pieces of the HTML: each <p>/<div>/<li> or line run is its own block.
    for (const piece of part.split(/<\/?(?:p|div|li|br|tr|table|ul|ol|details|summary)\b[^>]*>/i)) {
      if (!piece.trim()) continue;
      const a = emptyInline();
      inlineHtml(a, piece);
      const b = fromInline('text', 'html', a);
      if (b.text || b.images.length || b.badges || b.links.length) out.push(b);
    }
  }
}

/** Markdown as CommonMark with GitHub's tables; HTML kept as HTML blocks; nesting bounded, so hostile READMEs cannot exhaust the stack. */
const MD = new MarkdownIt('commonmark', { html: true, linkify: false, maxNesting: 40 }).enable('table');

/** The first line of a Mermaid diagram, as people paste one without a fence. */
const MERMAID_START = /^(?:erDiagram|graph\s+(?:TD|TB|BT|RL|LR)|flowchart(?:\s+(?:TD|TB|BT|RL|LR))?|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|gantt|journey|gitGraph|mindmap|timeline)\s*$/;
/** The rest of such a diagram: braces or arrows, and no sentence. */
const isDiagramText = (raw: string) => /[{}]|\|\||-->|--|%%/.test(raw) && !/[.!?]\s*$/m.test(raw);

/** Walks markdown-it's flat token stream into blocks, keeping track of the container each stands in. */
function blocksOf(tokens: Token[], out: ReadmeBlock[]): void {
  const places: Array<{ place: BlockPlace; ordered: boolean }> = [];
  const where = () => places[places.length - 1] ?? { place: 'body' as BlockPlace, ordered: false };
  let heading = 0;
  // Inside a Mermaid diagram pasted without a fence: it is a diagram, not prose.
  let diagram = false;
  let row: Inline[] | null = null;
  for (const t of tokens) {
    switch (t.type) {
      case 'blockquote_open':
        places.push({ place: 'quote', ordered: false });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        places.push({ place: 'list', ordered: t.type === 'ordered_list_open' });
        break;
      case 'table_open':
        places.push({ place: 'table', ordered: false });
        break;
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'table_close':
        places.pop();
        break;
      case 'heading_open':
        heading = Number(t.tag.slice(1)) || 1;
        diagram = false;
        break;
      case 'heading_close':
        heading = 0;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close': {
        const cells = row ?? [];
        row = null;
        const merged = emptyInline();
        for (const c of cells) {
          merged.text.push(c.text.join(''), ' | ');
          merged.inlineCode.push(...c.inlineCode);
          merged.links.push(...c.links);
          merged.images.push(...c.images);
          merged.alts.push(...c.alts);
          merged.linked.push(...c.linked);
        }
        out.push(fromInline('text', 'table', merged, { cells: cells.map((c) => c.text.join('').replace(/\s+/g, ' ').trim()) }));
        break;
      }
      case 'inline': {
        const acc = emptyInline();
        inline(t.children, acc);
        if (row) {
          row.push(acc);
          break;
        }
        if (heading) {
          out.push(fromInline('heading', where().place, acc, { depth: heading }));
          break;
        }
        if (where().place === 'body') {
          if (MERMAID_START.test(t.content.split('\n')[0].trim()) || (diagram && isDiagramText(t.content))) {
            diagram = true;
            out.push(block('code', 'body', { code: t.content, lang: 'mermaid' }));
            break;
          }
          diagram = false;
        }
        // A line in bold standing alone ("**Installation**") is a heading people did not mark as one.
        const kids = (t.children ?? []).filter((c: Token) => c.type !== 'text' || c.content.trim());
        const line = acc.text.join('').trim();
        const bold = kids.length >= 3 && kids[0].type === 'strong_open' && kids[kids.length - 1].type === 'strong_close' && !kids.slice(1, -1).some((c: Token) => c.type === 'strong_open');
        if (where().place === 'body' && bold && line.split(/\s+/).length <= 6 && !/[.!?]$/.test(line) && isSectionName(normalizeHeading(line))) {
          out.push(fromInline('heading', 'body', acc, { depth: 6 }));
          break;
        }
        out.push(fromInline('text', where().place, acc, { ordered: where().ordered }));
        break;
      }
      case 'fence':
        out.push(block('code', where().place, { code: t.content.replace(/\n$/, ''), lang: t.info.trim().split(/\s+/)[0]?.toLowerCase() ?? '' }));
        break;
      case 'code_block':
        out.push(block('code', where().place, { code: t.content.replace(/\n$/, ''), lang: diagram ? 'mermaid' : '' }));
        break;
      case 'html_block':
        htmlBlocks(t.content, out);
        break;
      default:
        break;
    }
  }
}

/** What is read of a README: as much as the sync keeps (a reviewer reads a long README to its end), still quick to parse. */
export const MAX_README_CHARS = 200_000;
/** Parses a README (Markdown, reStructuredText or AsciiDoc) into blocks in reading order. */
export function parseReadme(text: string, name?: string | null): ParsedReadme {
  // A byte order mark (Windows editors write one) would hide the first heading.
  const body = text.replace(/^\uFEFF/, '');
  const format = readmeFormat(name, body);
  const blocks: ReadmeBlock[] = [];
  blocksOf(MD.parse(toMarkdown(body.slice(0, MAX_README_CHARS), format), {}), blocks);
  return { format, blocks };
}
