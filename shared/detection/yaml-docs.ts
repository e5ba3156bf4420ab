/** YAML read with the `yaml` package: every document of a file, tolerant of tags it does not know. */
import { parseAllDocuments } from 'yaml';

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
export const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/**
 * The documents of a YAML file as plain data. CloudFormation's `!Ref`/`!Sub` and other custom
 * tags read as their plain values. Throws a readable error when no document parses.
 */
export function yamlDocuments(text: string): unknown[] {
  try {
    return parsedDocuments(text);
  } catch (error) {
    // A project template's file (`name: {{project_name}}_data`, `{% if %}` lines) reads once its placeholders are filled.
    if (!/\{\{|\{%/.test(text)) throw error;
    return parsedDocuments(text.replace(/^[ \t]*\{%.*%\}[ \t]*$/gm, '').replace(/\{\{-?\s*[\w.|' "()-]*?\s*-?\}\}/g, 'template'));
  }
}

function parsedDocuments(text: string): unknown[] {
  const docs = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false, logLevel: 'silent' });
  const list = Array.isArray(docs) ? docs : [docs];
  const good = list.filter((d) => d.errors.length === 0);
  if (good.length === 0 && list.length > 0 && list[0].errors.length > 0) {
    throw new Error(list[0].errors[0].message.split('\n')[0]);
  }
  return good.map((d) => d.toJS({ maxAliasCount: 100 }) as unknown).filter((v) => v !== null && v !== undefined);
}

/** The first YAML document, or throws. */
export function yamlDocument(text: string): unknown {
  return yamlDocuments(text)[0] ?? null;
}

/** Every string value nested in a value (keys not included), depth-limited. */
export function stringsIn(value: unknown, depth = 8, out: string[] = []): string[] {
  if (depth < 0 || out.length > 2000) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, depth - 1, out);
  else if (isObj(value)) for (const v of Object.values(value)) stringsIn(v, depth - 1, out);
  return out;
}
