/**
 * Project kinds recognised in free text (a project summary, a README's first paragraph), each
 * with the phrase that gave it away, e.g. `description mentions "online shop"`.
 */
import { PROJECT_KINDS, type ProjectKind } from './types';

const KIND_PATTERNS: ReadonlyArray<[ProjectKind, RegExp]> = [
  ['crud', /\bCRUD\b/i],
  ['ecommerce', /\be-?commerce\b|\bonline (?:shop|store)\b|\bweb ?shop\b|\bshopping cart\b|\bcheckout\b|\bstorefront\b/i],
  ['cms', /\bCMS\b|\bcontent[- ]management\b/i],
  ['microservices', /\bmicro-?services?\b/i],
  // An API the project serves; "API key" alone says nothing about that.
  ['api', /\b(?:REST(?:ful)?|GraphQL|gRPC|JSON|HTTP|web)\s+API\b|\bAPIs?\b(?!\s+keys?\b)/i],
  ['cli', /\bCLI\b|\bcommand[- ]line\b/i],
  // "a library" but not a library-management app.
  ['library', /\blibrary\b(?!\s+(?:management|system|catalog(?:ue)?|app))|\bSDK\b/i],
];

export function detectKindsInText(text: string, field = 'description'): Array<{ kind: ProjectKind; evidence: string }> {
  const found: Array<{ kind: ProjectKind; evidence: string }> = [];
  for (const [kind, pattern] of KIND_PATTERNS) {
    const match = pattern.exec(text);
    if (match) found.push({ kind, evidence: `${field} mentions "${match[0]}"` });
  }
  // Report in the order kinds are listed everywhere else in the app.
  return found.sort((a, b) => PROJECT_KINDS.indexOf(a.kind) - PROJECT_KINDS.indexOf(b.kind));
}
