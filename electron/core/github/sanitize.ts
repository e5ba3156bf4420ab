/**
 * Third-party text from GitHub is untrusted: it is stored as plain text, with control
 * characters and broken UTF-16 removed, and capped so one hostile repository cannot fill the
 * database or the screen. Nothing here interprets HTML; the renderer shows text as text.
 */
import { withoutBidiControls } from '../../../shared/bidi';

export const LIMITS = {
  description: 1_000,
  homepage: 2_000,
  topic: 50,
  topics: 50,
  name: 200,
  licence: 100,
  readme: 200_000,
  manifest: 100_000,
  entries: 1_000,
  warning: 300,
} as const;

// C0 controls except tab/newline/carriage return, DEL and C1 controls; bidi controls that can
// disguise text (Trojan Source) go too, see shared/bidi.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A clean single- or multi-line string, or null when the value is not a string. */
export function cleanText(value: unknown, max: number, options: { singleLine?: boolean } = {}): string | null {
  if (typeof value !== 'string') return null;
  let text = withoutBidiControls(value.toWellFormed().replace(CONTROL, ''));
  if (options.singleLine) text = text.replace(/[\r\n\t]+/g, ' ').trim();
  if (text.length > max) text = text.slice(0, max).toWellFormed();
  return text;
}

/** Like cleanText, but reports when the text had to be cut. */
export function cleanLongText(value: unknown, max: number): { text: string | null; truncated: boolean } {
  if (typeof value !== 'string') return { text: null, truncated: false };
  const truncated = value.length > max;
  return { text: cleanText(value, max), truncated };
}

export function cleanInt(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;
}

/** An http(s) URL, or null: a homepage of `javascript:alert(1)` is dropped, not stored. */
export function cleanUrl(value: unknown): string | null {
  const text = cleanText(value, LIMITS.homepage, { singleLine: true });
  if (!text) return null;
  try {
    const url = new URL(text.includes('://') ? text : `https://${text}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** An ISO timestamp as GitHub sends it, or null. */
export function cleanDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** GitHub topics are lower-case words and dashes; anything else is dropped. */
export function cleanTopics(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const v of value) {
    const t = cleanText(v, LIMITS.topic, { singleLine: true })?.toLowerCase();
    if (t && /^[a-z0-9][a-z0-9-]*$/.test(t) && !out.includes(t)) out.push(t);
    if (out.length >= LIMITS.topics) break;
  }
  return out;
}

export interface DecodedBlob {
  text: string | null;
  binary: boolean;
  /** Invalid UTF-8 sequences were replaced with U+FFFD. */
  replaced: boolean;
  truncated: boolean;
}

/**
 * The UTF-16 byte order of a text file: its byte-order mark, or, without one, NUL in every
 * other byte of the start and nowhere else (mostly-ASCII text saved as UTF-16, as Windows
 * editors do). Null for anything else.
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0 ? null : 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 8000) & ~1;
  if (n < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (evenNul === 0 && oddNul >= pairs * 0.9) return 'utf-16le';
  if (oddNul === 0 && evenNul >= pairs * 0.9) return 'utf-16be';
  return null;
}

function decodeStrict(bytes: Uint8Array, encoding: string): { text: string; strict: boolean } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), strict: true };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), strict: false };
  }
}

/**
 * Decodes file bytes as text: UTF-16 when its byte-order mark (or its shape) says so, as GitHub
 * shows such a README, else UTF-8. Otherwise a NUL byte in the first 8 KB means binary, as Git decides.
 */
export function decodeBlob(bytes: Uint8Array, max: number): DecodedBlob {
  const utf16 = utf16Order(bytes);
  if (!utf16 && bytes.subarray(0, 8000).includes(0)) return { text: null, binary: true, replaced: false, truncated: false };
  const { text, strict } = decodeStrict(bytes, utf16 ?? 'utf-8');
  const { text: clean, truncated } = cleanLongText(text, max);
  return { text: clean, binary: false, replaced: !strict, truncated };
}

/** Base64 as the contents API sends it (with newlines); invalid input decodes to what it can. */
export function decodeBase64Blob(content: unknown, max: number): DecodedBlob {
  if (typeof content !== 'string') return { text: null, binary: false, replaced: false, truncated: false };
  return decodeBlob(Buffer.from(content.replace(/\s+/g, ''), 'base64'), max);
}

/** A warning line that cannot carry control characters or run on forever. */
export function warning(text: string): string {
  return cleanText(text, LIMITS.warning, { singleLine: true }) ?? '';
}
