/**
 * Small lexical helpers for the build files that are programs rather than data (Gradle, sbt,
 * Gemfile, mix.exs, setup.py, go.mod, HCL, Jenkinsfile): comments are removed with string
 * literals respected, so a commented-out dependency is not read and `"https://…"` survives.
 */

export interface CommentStyle {
  /** Line comment starters: `//`, `#`, `--`. */
  line: readonly string[];
  /** Block comments: `/* … *\/`. */
  block?: boolean;
}

export const C_STYLE: CommentStyle = { line: ['//'], block: true };
export const HASH_STYLE: CommentStyle = { line: ['#'] };
export const HCL_STYLE: CommentStyle = { line: ['#', '//'], block: true };

/** The text with its comments replaced by spaces (line breaks kept, so line numbers stay). */
export function stripComments(text: string, style: CommentStyle): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    // Triple-quoted strings (Kotlin, Scala, Python) and ordinary ones are copied whole.
    if (c === '"' || c === "'" || c === '`') {
      const triple = text.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      let j = i + close.length;
      while (j < n) {
        if (!triple && text[j] === '\\') {
          j += 2;
          continue;
        }
        if (!triple && text[j] === '\n') break;
        if (text.startsWith(close, j)) {
          j += close.length;
          break;
        }
        j++;
      }
      out += text.slice(i, j);
      i = j;
      continue;
    }
    if (style.block && text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    if (style.line.some((s) => text.startsWith(s, i))) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      out += ' '.repeat(stop - i);
      i = stop;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** The string literals of a piece of code, in order (quotes removed, escapes left as written). */
export function stringLiterals(code: string): string[] {
  return [...code.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'/g)].map((m) => m[1] ?? m[2]);
}

/** The text between an opening bracket at `open` and its matching close, or null when unbalanced. */
export function balanced(code: string, open: number): string | null {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c in pairs) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return code.slice(open + 1, i);
    } else if (c === '"' || c === "'") {
      const end = code.indexOf(c, i + 1);
      if (end < 0) return null;
      i = end;
    }
  }
  return null;
}

/** A short, readable reason for a parser's error message. */
export function briefError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 140);
}
