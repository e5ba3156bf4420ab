/**
 * A README read as a document, not as lines: Markdown (with GitHub's extensions: tables, task
 * lists, autolinks) parsed by micromark/mdast, reStructuredText and AsciiDoc first turned into
 * Markdown, HTML blocks read for their headings, text, images and links. The result is a flat
 * list of blocks (headings, prose, list items, table rows, code) in reading order, which the
 * documentation rating walks. Pure.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
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
  /** Images that are not badges. */
  images: string[];
  badges: number;
  /** Item of an ordered list. */
  ordered: boolean;
}

export interface ParsedReadme {
  format: ReadmeFormat;
  blocks: ReadmeBlock[];
}

const BADGE = /shields\.io|badgen\.net|badge\.svg|\/badges?\b|badge\.fury|travis-ci\.|circleci\.com|codecov\.io|coveralls\.io|forthebadge|\/workflows\/[^/]+\/badge|\/actions\/workflows\/|codeclimate|sonarcloud|snyk\.io|godoc\.org\/.*status|goreportcard|\?style=(flat|for-the-badge|social)|img\.shields/i;

function block(kind: BlockKind, place: BlockPlace, fields: Partial<ReadmeBlock> = {}): ReadmeBlock {
  return { kind, depth: 0, text: '', place, cells: [], inlineCode: [], code: '', lang: '', links: [], images: [], badges: 0, ordered: false, ...fields };
}

interface Inline {
  text: string[];
  inlineCode: string[];
  links: string[];
  images: string[];
}

function addImage(acc: Inline, url: string): void {
  acc.images.push(url);
}

/** Inline HTML inside a paragraph: its images and links count, its tags do not. */
function inlineHtml(acc: Inline, html: string): void {
  for (const m of html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) addImage(acc, m[1]);
  for (const m of html.matchAll(/<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)/gi)) acc.links.push(m[1]);
  const text = html.replace(/<[^>]*>/g, ' ');
  if (text.trim()) acc.text.push(decodeEntities(text));
}

function phrasing(nodes: PhrasingContent[], acc: Inline, definitions: Map<string, string>, depth = 0): void {
  if (depth > MAX_NESTING) return;
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        acc.text.push(n.value);
        break;
      case 'inlineCode':
        acc.text.push(n.value);
        acc.inlineCode.push(n.value);
        break;
      case 'link':
        acc.links.push(n.url);
        phrasing(n.children, acc, definitions, depth + 1);
        break;
      case 'linkReference': {
        const url = definitions.get(n.identifier.toLowerCase());
        if (url) acc.links.push(url);
        phrasing(n.children, acc, definitions, depth + 1);
        break;
      }
      case 'image':
        addImage(acc, n.url);
        break;
      case 'imageReference': {
        const url = definitions.get(n.identifier.toLowerCase());
        if (url) addImage(acc, url);
        break;
      }
      case 'html':
        inlineHtml(acc, n.value);
        break;
      case 'break':
        acc.text.push('\n');
        break;
      case 'footnoteReference':
        break;
      default:
        if ('children' in n) phrasing(n.children as PhrasingContent[], acc, definitions, depth + 1);
    }
  }
}

function fromInline(kind: BlockKind, place: BlockPlace, acc: Inline, fields: Partial<ReadmeBlock> = {}): ReadmeBlock {
  const badges = acc.images.filter((u) => BADGE.test(u)).length;
  return block(kind, place, {
    text: acc.text.join('').replace(/\s+/g, ' ').trim(),
    inlineCode: acc.inlineCode,
    links: acc.links,
    images: acc.images.filter((u) => !BADGE.test(u)),
    badges,
    ...fields,
  });
}

function emptyInline(): Inline {
  return { text: [], inlineCode: [], links: [], images: [] };
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

/** Quotes and lists nested deeper than this are read no further (hostile nesting cannot exhaust the stack). */
const MAX_NESTING = 40;

function walk(nodes: RootContent[], place: BlockPlace, out: ReadmeBlock[], definitions: Map<string, string>, ordered = false, depth = 0): void {
  if (depth > MAX_NESTING) return;
  for (const n of nodes) {
    switch (n.type) {
      case 'heading': {
        const acc = emptyInline();
        phrasing(n.children, acc, definitions, depth + 1);
        out.push(fromInline('heading', place, acc, { depth: n.depth }));
        break;
      }
      case 'paragraph': {
        const acc = emptyInline();
        phrasing(n.children, acc, definitions, depth + 1);
        // A line in bold standing alone ("**Installation**") is a heading people did not mark as one.
        const only = n.children.length === 1 ? n.children[0] : null;
        const line = acc.text.join('').trim();
        const pseudo = place === 'body' && only?.type === 'strong' && line.split(/\s+/).length <= 6 && !/[.!?]$/.test(line) && isSectionName(normalizeHeading(line));
        out.push(fromInline(pseudo ? 'heading' : 'text', place, acc, pseudo ? { depth: 6 } : { ordered }));
        break;
      }
      case 'code':
        out.push(block('code', place, { code: n.value, lang: (n.lang ?? '').toLowerCase() }));
        break;
      case 'html':
        htmlBlocks(n.value, out);
        break;
      case 'blockquote':
        walk(n.children, 'quote', out, definitions, false, depth + 1);
        break;
      case 'list':
        for (const item of n.children) walk(item.children, 'list', out, definitions, n.ordered === true, depth + 1);
        break;
      case 'table':
        for (const row of n.children) {
          const cells = row.children.map((c) => {
            const acc = emptyInline();
            phrasing(c.children, acc, definitions);
            return acc;
          });
          const merged = emptyInline();
          for (const c of cells) {
            merged.text.push(c.text.join(''), ' | ');
            merged.inlineCode.push(...c.inlineCode);
            merged.links.push(...c.links);
            merged.images.push(...c.images);
          }
          out.push(fromInline('text', 'table', merged, { cells: cells.map((c) => c.text.join('').replace(/\s+/g, ' ').trim()) }));
        }
        break;
      case 'footnoteDefinition':
        walk(n.children, place, out, definitions, false, depth + 1);
        break;
      default:
        break;
    }
  }
}

function collectDefinitions(root: Nodes, into: Map<string, string>): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') into.set(node.identifier.toLowerCase(), node.url);
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

// Built once: building the syntax extensions costs more than parsing a short README. The tree
// pass that turns bare URLs into links is left out: bare URLs are read from the text, and that
// pass was a tenth of the parse.
const SYNTAX = [gfm()];
const TREE = gfmFromMarkdown().map((e) => ({ ...e, transforms: [] }));

/** What is read of a README: far more than any rating needs, little enough to parse quickly. */
export const MAX_README_CHARS = 60_000;
/** Quote and list markers kept at the start of a line; the parser slows down sharply past them. */
const MAX_LINE_MARKERS = 20;

/** Cuts runs of `> - * +` markers at a line start to MAX_LINE_MARKERS (hostile nesting, scanned by hand: no regex backtracking). */
function flattenNesting(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let markers = 0;
      let i = 0;
      let cut = -1;
      while (i < line.length && ' \t>*+-'.includes(line[i])) {
        if (line[i] !== ' ' && line[i] !== '\t' && ++markers === MAX_LINE_MARKERS) cut = i + 1;
        i++;
      }
      return cut >= 0 && markers > MAX_LINE_MARKERS ? line.slice(0, cut) + ' ' + line.slice(i) : line;
    })
    .join('\n');
}

/** Parses a README (Markdown, reStructuredText or AsciiDoc) into blocks in reading order. */
export function parseReadme(text: string, name?: string | null): ParsedReadme {
  const format = readmeFormat(name, text);
  const source = flattenNesting(toMarkdown(text.slice(0, MAX_README_CHARS), format));
  const tree: Root = fromMarkdown(source, { extensions: SYNTAX, mdastExtensions: TREE });
  const definitions = new Map<string, string>();
  collectDefinitions(tree, definitions);
  const blocks: ReadmeBlock[] = [];
  walk(tree.children, 'body', blocks, definitions);
  return { format, blocks };
}
