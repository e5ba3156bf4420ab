/** Output helpers for the CLI: results on stdout, one-line errors on stderr, stable exit codes. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** The command did part of its work and stopped for a reason that passes (GitHub's rate limit); what it did is kept. */
export const EXIT_PARTIAL = 3;

/** Ends a command with EXIT_PARTIAL: the message goes to stderr, what was printed stays. */
export class PartialRun extends Error {}

export class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

/**
 * A stream whose reader may go away (`showcase repos | head -1`): once it has, output to it
 * is dropped quietly and the command finishes with its own exit code, instead of an
 * unhandled EPIPE.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || closed) closed = true;
    else throw error;
  });
  return (text) => {
    if (!closed) stream.write(text.endsWith('\n') ? text : `${text}\n`);
  };
}

let io: Io | null = null;

/** The real process's output, created on first use (so importing this module has no effect). */
export function processIo(): Io {
  io ??= { out: quietWhenClosed(process.stdout), err: quietWhenClosed(process.stderr), env: process.env };
  return io;
}

// Control characters (all but tab and newline), DEL, C1 controls (U+009B is a CSI on its own) and
// bidi controls: an escape sequence in a title or an error body could retitle, clear or reorder
// the user's terminal.
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as the CLI writes it: every unsafe character shown as a visible `\uXXXX` escape (which
 * inside a JSON string is the same character, so --json output stays valid and equal).
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same output, made terminal-safe: what every command writes through. */
export function safeIo(io: Io): Io {
  return { out: (t) => io.out(terminalSafe(t)), err: (t) => io.err(terminalSafe(t)), env: io.env };
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** Keeps a terminal table readable: no control characters from stored text, bounded width. */
export function cell(text: string, width: number): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  const chars = [...clean];
  const cut = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : clean;
  return cut + ' '.repeat(Math.max(0, width - [...cut].length));
}
