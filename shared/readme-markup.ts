/**
 * READMEs that are not Markdown: reStructuredText, AsciiDoc, Org and RDoc are turned into the
 * Markdown that says the same (sections, literal blocks, images, links, inline literals), so one
 * Markdown parser reads every README. Only what the documentation rating needs is kept. Pure.
 */

export type ReadmeFormat = 'markdown' | 'rst' | 'asciidoc' | 'org' | 'rdoc';

/** The README's markup, from its file name (or path), else from its text. */
export function readmeFormat(name: string | null | undefined, text: string): ReadmeFormat {
  const lower = (name ?? '').toLowerCase();
  if (/\.rst$|\.rest$/.test(lower)) return 'rst';
  if (/\.(adoc|asciidoc|asc)$/.test(lower)) return 'asciidoc';
  if (/\.org$/.test(lower)) return 'org';
  if (/\.rdoc$/.test(lower)) return 'rdoc';
  if (/\.(md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  // No telling extension (README, README.txt): RST if it has section adornments and directives.
  const adorned = /^(\S.*)\n([=\-~^"'`#*+])\2{2,}\s*$/m.test(text);
  if (adorned && /^\.\. [\w-]+::/m.test(text) && !/^#{1,6}\s/m.test(text)) return 'rst';
  return 'markdown';
}

const ADORNMENT = /^([=\-~^"'`#*+:.<>_])\1{2,}\s*$/;

function rstInline(line: string): string {
  return line
    .replace(/``([^`]+)``/g, '`$1`')
    .replace(/`([^`<]+?)\s*<([^>]+)>`__?/g, '[$1]($2)')
    .replace(/:[\w-]+:`([^`]+)`/g, '`$1`')
    .replace(/\|([\w -]+)\|_?/g, '$1');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The indented block starting at `from` (blank lines inside kept), dedented, and where it ends. */
function indentedBlock(lines: string[], from: number): { body: string[]; end: number } {
  let i = from;
  while (i < lines.length && lines[i].trim() === '') i++;
  const start = i;
  while (i < lines.length && (lines[i].trim() === '' || indentOf(lines[i]) > 0)) i++;
  let end = i;
  while (end > start && lines[end - 1].trim() === '') end--;
  const body = lines.slice(start, end);
  const cut = Math.min(...body.filter((l) => l.trim()).map(indentOf), Infinity);
  return { body: body.map((l) => l.slice(Number.isFinite(cut) ? cut : 0)), end: i };
}

function fence(body: string[], lang = ''): string[] {
  return ['```' + lang, ...body, '```', ''];
}

/** reStructuredText → Markdown: titles (underlined or over- and underlined), literal blocks, directives. */
export function rstToMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  const levels: string[] = [];
  const depthOf = (style: string) => {
    if (!levels.includes(style)) levels.push(style);
    return Math.min(levels.indexOf(style) + 1, 6);
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const next = lines[i + 1] ?? '';
    const after = lines[i + 2] ?? '';
    // Over- and underlined title.
    if (ADORNMENT.test(line) && next.trim() && ADORNMENT.test(after) && after.trim()[0] === line.trim()[0]) {
      out.push(`${'#'.repeat(depthOf(`over${line.trim()[0]}`))} ${rstInline(next.trim())}`, '');
      i += 3;
      continue;
    }
    // Underlined title: the adornment is at least as long as the title (3 characters at least).
    if (line.trim() && indentOf(line) === 0 && ADORNMENT.test(next) && next.trim().length >= Math.min(line.trim().length, 3) && !ADORNMENT.test(line)) {
      out.push(`${'#'.repeat(depthOf(next.trim()[0]))} ${rstInline(line.trim())}`, '');
      i += 2;
      continue;
    }
    const directive = /^\.\.\s+([\w-]+)::\s*(.*)$/.exec(line);
    if (directive) {
      const [, name, arg] = directive;
      const { body, end } = indentedBlock(lines, i + 1);
      const content = body.filter((l) => !/^:[\w-]+:/.test(l.trim()));
      if (/^(code|code-block|sourcecode|highlight)$/i.test(name)) out.push(...fence(content, arg.trim()));
      else if (/^(image|figure)$/i.test(name)) out.push(`![](${arg.trim()})`, '', ...content, '');
      else out.push(...content.map(rstInline), '');
      i = end;
      continue;
    }
    // Substitution definitions and comments say nothing a reader sees.
    if (/^\.\.\s/.test(line) || line.trim() === '..') {
      const { end } = indentedBlock(lines, i + 1);
      i = end;
      continue;
    }
    // A paragraph ending in `::` introduces a literal block.
    if (/::\s*$/.test(line) && (lines[i + 1] ?? '').trim() === '') {
      const lead = line.replace(/\s*::\s*$/, line.trim() === '::' ? '' : ':');
      if (lead.trim()) out.push(rstInline(lead));
      out.push('');
      const { body, end } = indentedBlock(lines, i + 1);
      out.push(...fence(body));
      i = end;
      continue;
    }
    // Block quotes and definition bodies: dedented, so Markdown does not read them as code.
    const enumerated = /^(\s*)#\.\s/.exec(line);
    out.push(rstInline(enumerated ? line.replace('#.', '1.') : line).trimStart());
    i++;
  }
  return out.join('\n');
}

/** AsciiDoc → Markdown: `=` titles, `----` listing blocks and `image::` macros. */
export function asciidocToMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const title = /^(={1,6})\s+(.+)$/.exec(line);
    if (title) {
      out.push(`${'#'.repeat(title[1].length)} ${title[2]}`);
      i++;
      continue;
    }
    if (/^(-{4,}|\.{4,})\s*$/.test(line)) {
      const delimiter = line.trim();
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i].trim() !== delimiter) body.push(lines[i++]);
      out.push(...fence(body));
      i++;
      continue;
    }
    if (/^\[(source|listing)[^\]]*\]\s*$/.test(line)) {
      i++;
      continue;
    }
    const image = /^image::([^[\s]+)\[/.exec(line);
    out.push(image ? `![](${image[1]})` : line.replace(/(https?:\/\/[^\s[]+)\[([^\]]+)\]/g, '[$2]($1)'));
    i++;
  }
  return out.join('\n');
}

/** Org → Markdown: `*` headlines, `#+BEGIN_SRC`/`#+BEGIN_EXAMPLE` blocks, `[[url][text]]` links, `~code~`. */
export function orgToMarkdown(text: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const block = /^\s*#\+(begin|end)_(src|example|quote)\b\s*(\S*)/i.exec(line);
    if (block) {
      const opening = block[1].toLowerCase() === 'begin';
      if (block[2].toLowerCase() !== 'quote') {
        out.push(opening ? '```' + block[3] : '```');
        fenced = opening;
      }
      continue;
    }
    if (fenced) {
      out.push(line);
      continue;
    }
    const title = /^#\+title:\s*(.+)$/i.exec(line);
    if (title) {
      out.push(`# ${title[1]}`);
      continue;
    }
    if (/^#\+\w+:/.test(line)) continue;
    const headline = /^(\*{1,6})\s+(.+)$/.exec(line);
    const inline = (l: string) => l.replace(/\[\[([^\]]+)\]\[([^\]]+)\]\]/g, '[$2]($1)').replace(/\[\[([^\]]+)\]\]/g, '<$1>').replace(/(^|\s)[~=]([^~=\s][^~=]*?)[~=](?=\s|[.,;:!?)]|$)/g, '$1`$2`');
    out.push(headline ? `${'#'.repeat(headline[1].length)} ${inline(headline[2])}` : inline(line));
  }
  return out.join('\n');
}

/** RDoc → Markdown: `=` headings, indented verbatim text, `<tt>code</tt>`, `{text}[url]` links. */
export function rdocToMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const heading = /^(={1,6})\s*(.+)$/.exec(line);
      const inline = line.replace(/<tt>([^<]+)<\/tt>/g, '`$1`').replace(/\{([^}]+)\}\[([^\]]+)\]/g, '[$1]($2)');
      return heading ? `${'#'.repeat(heading[1].length)} ${inline.replace(/^=+\s*/, '')}` : inline;
    })
    .join('\n');
}

/** The README as Markdown, whatever markup it was written in. */
export function toMarkdown(text: string, format: ReadmeFormat): string {
  if (format === 'rst') return rstToMarkdown(text);
  if (format === 'asciidoc') return asciidocToMarkdown(text);
  if (format === 'org') return orgToMarkdown(text);
  if (format === 'rdoc') return rdocToMarkdown(text);
  return text;
}
