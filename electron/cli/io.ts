/** Output helpers for the CLI: results on stdout, one-line errors on stderr, stable exit codes. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
};

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
