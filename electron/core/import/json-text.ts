/**
 * JSON text as people write it by hand: comments and trailing commas are accepted and reported
 * with their line and column; anything else that is not JSON is refused with one line saying
 * where. Positions are computed here from offsets (Node's JSON.parse messages no longer carry one),
 * with columns counted in characters as an editor shows them.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { AppError } from '../errors';

export interface ParsedJson {
  data: unknown;
  /** What was accepted although JSON does not allow it ("line 4, column 7: trailing comma ignored"). */
  notes: string[];
}

/** 1-based line and column of a UTF-16 offset; the column counts code points, tabs as one. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

const ERROR_TEXT: Partial<Record<string, string>> = {
  InvalidSymbol: 'this is not JSON (names and texts are written in double quotes)',
  InvalidNumberFormat: 'this number is not written as JSON writes numbers',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the JSON value ended but more text follows',
  InvalidCommentToken: 'this comment is not closed',
  UnexpectedEndOfComment: 'this comment is not closed',
  UnexpectedEndOfString: 'this text is not closed with a double quote',
  UnexpectedEndOfNumber: 'this number is cut short',
  InvalidUnicode: 'this \\u escape is not valid',
  InvalidEscapeCharacter: 'this escape is not valid JSON',
  InvalidCharacter: 'a control character (such as a tab or line break) stands inside a text; JSON needs it escaped',
};

function describe(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return ERROR_TEXT[name] ?? name;
}

interface Trivia {
  comments: Array<[number, number]>;
  trailingCommas: number[];
  error: { code: ParseErrorCode; offset: number } | null;
}

/** Where the comments and trailing commas are, and the first real syntax error. */
function scanTrivia(text: string): Trivia {
  const out: Trivia = { comments: [], trailingCommas: [], error: null };
  let pendingComma: number | null = null;
  const valueStarts = () => {
    pendingComma = null;
  };
  const closes = () => {
    if (pendingComma !== null) out.trailingCommas.push(pendingComma);
    pendingComma = null;
  };
  visit(
    text,
    {
      onObjectBegin: valueStarts,
      onArrayBegin: valueStarts,
      onObjectProperty: valueStarts,
      onLiteralValue: valueStarts,
      onObjectEnd: closes,
      onArrayEnd: closes,
      onSeparator: (ch, offset) => {
        if (ch === ',') pendingComma = offset;
      },
      onComment: (offset, length) => out.comments.push([offset, offset + length]),
      onError: (code, offset) => {
        out.error ??= { code, offset };
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  return out;
}

export function parseJsonText(text: string, what: string): ParsedJson {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { data: JSON.parse(clean), notes: [] };
  } catch {
    // Not strict JSON: find out why, and whether it is only comments and trailing commas.
  }
  if (!clean.trim()) throw new AppError('VALIDATION', `${what} is empty; nothing was imported.`);
  const trivia = scanTrivia(clean);
  if (trivia.error) {
    const at = positionOf(clean, trivia.error.offset);
    throw new AppError('VALIDATION', `${what} is not valid JSON at line ${at.line}, column ${at.column}: ${describe(trivia.error.code)}. Nothing was imported.`);
  }
  const cuts: Array<[number, number, string]> = [
    ...trivia.comments.map(([a, b]): [number, number, string] => [a, b, 'a comment was ignored']),
    ...trivia.trailingCommas.map((a): [number, number, string] => [a, a + 1, 'a trailing comma was ignored']),
  ].sort((x, y) => x[0] - y[0]);
  // Only comments and trailing commas stood in the way: cut them out and read the rest as JSON.
  let stripped = '';
  let from = 0;
  for (const [start, end] of cuts) {
    stripped += clean.slice(from, start);
    from = end;
  }
  stripped += clean.slice(from);
  const notes = cuts.map(([offset, , what]) => {
    const at = positionOf(clean, offset);
    return `line ${at.line}, column ${at.column}: ${what}`;
  });
  return { data: JSON.parse(stripped), notes };
}
