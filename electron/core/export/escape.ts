/**
 * Escaping for exported documents. Everything an export shows comes from the user or from
 * GitHub (titles, READMEs, topics), so every string goes through one of these on its way out.
 */
import { withoutBidiControls } from '../../../shared/bidi';
import { isWebUrl } from '../../../shared/project-schema';

/** C0/C1 control characters (tab and line breaks handled by the callers) and stray surrogates. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Removes control characters, lone surrogates and bidi embedding/override/isolate controls,
 * which no format should carry (the HTML export isolates user text itself with dir="auto").
 */
export function cleanText(text: string): string {
  return withoutBidiControls(text.replace(CONTROL, ''));
}

/** One line of text: line breaks and runs of white space become one space. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}

/**
 * An http(s) URL normalised by the URL parser, or null for anything else (javascript:, data:,
 * relative paths, malformed text). Credentials in a URL are dropped: they never belong in an export.
 */
export function safeWebUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  if (!isWebUrl(text)) return null;
  const url = new URL(text);
  url.username = '';
  url.password = '';
  return url.href;
}

/**
 * A web URL as an HTML attribute value or Markdown destination: the few characters URLs may not
 * carry as they are (RFC 3986; the URL parser leaves them, e.g. a `|` in a path) percent-encoded.
 */
export function encodeUrlChars(url: string): string {
  return url.replace(/[|^`{}\\"<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Inline Markdown: a backslash before every character CommonMark/GFM could read as syntax, so a
 * title can start no list, heading, quote, link, image, code span, table cell or raw HTML.
 * Characters that only matter at the start of a line are escaped only there.
 */
export function escapeMarkdown(text: string): string {
  const line = oneLine(text);
  const escaped = line.replace(/[\\`*_[\]<>|~!#&$]/g, (c) => `\\${c}`);
  // "1. x", "- x", "+ x", "= x" at the start would begin a list or underline a heading.
  return escaped.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
}

/**
 * A URL as a Markdown link destination: only what could end or break the destination (brackets
 * that close it, spaces, quotes, backslashes) is encoded; `_` and `*` mean nothing there and stay.
 */
export function markdownUrl(url: string): string {
  return encodeUrlChars(url).replace(/[()'\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[label](url)`, or the escaped label alone when the URL is not a web address. */
export function markdownLink(label: string, url: string | null): string {
  const safe = safeWebUrl(url);
  return safe ? `[${escapeMarkdown(label)}](${markdownUrl(safe)})` : escapeMarkdown(label);
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text) && text.length <= 254;
}

/** A mailto: link for a valid email address, else null. */
export function mailtoUrl(email: string): string | null {
  return isEmail(email) ? `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}` : null;
}
