/**
 * Unicode bidirectional embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069). In third-party text they can reorder what a reader sees (Trojan Source);
 * legitimate right-to-left text never needs them, so they are removed. Showcase's own output
 * isolates user text itself (HTML dir="auto"), and keeps marks such as U+200F (RLM).
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** The same value with bidi controls removed from every string in it (arrays and plain objects). */
export function stripBidiDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(stripBidiDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripBidiDeep(v)])) as T;
  }
  return value;
}
