/**
 * Project kinds recognised in free text (a project summary, a README's first paragraph), each
 * with the phrase that gave it away, e.g. `description mentions "online shop"`. A kind says what
 * the project *is*: a project that calls someone else's API is not an API, and a "library" of
 * books in a game is not a software library.
 */
import { PROJECT_KINDS, type ProjectKind } from './types';

/** Finds the phrase that shows a kind; `title` is true for a project's own name. */
type Finder = (text: string, title: boolean) => string | null;

function first(pattern: RegExp): Finder {
  return (text) => pattern.exec(text)?.[0] ?? null;
}

/** Words after "API" that speak of using one ("API key", "API responses") or of something else ("API protection"). */
const API_NOT_KIND_AFTER = /^\s*(?:keys?|tokens?|calls?|requests?|responses?|quotas?|limits?|credentials?|clients?|wrappers?|integrations?|consumers?|protection|security|testing|monitoring|docs)\b/i;
/** Words shortly before it that say the project uses it ("integrated the …", "consuming a …"). */
const API_USE_BEFORE = /\b(?:using|uses|used|use|consum\w*|integrat\w*|call\w*|fetch\w*|quer(?:y|ies|ying)|via|through|from|third[- ]party|3rd[- ]party|external|on top of|powered by|wraps?|wrapping)\s+(?:the\s+|an?\s+|their\s+|its\s+)?(?:[\w.'’-]+\s+){0,3}$/i;
/** What an API is, not whose: "REST API", "public API". */
const API_STYLE = /^(?:REST(?:ful)?|GraphQL|gRPC|JSON|HTTP|HTTPS|web|public|private|internal|backend|back-end|open|RPC|SOAP|own)$/i;
const PLAIN_WORDS = /^(?:a|an|the|our|my|its|this|that|and|or|of|for|to|simple|small|new|fast|secure|scalable|versioned|documented|typed|full|complete|built|build|designed|developed|wrote|created)$/i;

/**
 * An API the project offers: "a REST API for tasks", "GraphQL API", "public API", "Task Tracker
 * API" as a project's name. Not one it uses: "integrated the Spotify Web API", "Google Maps API",
 * an "Anthropic API" keyword, "API responses", "API keys".
 */
function findServedApi(text: string, title: boolean): string | null {
  const re = /\bAPIs?\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (API_NOT_KIND_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (API_USE_BEFORE.test(before)) continue;
    const words = before.split(/\s+/).filter(Boolean).slice(-3);
    const style: string[] = [];
    while (words.length && API_STYLE.test(words[words.length - 1])) style.unshift(words.pop()!);
    const owner = words[words.length - 1] ?? '';
    // A name right before it ("Spotify Web API", "Maps API") is whose API it is: someone else's,
    // except in the project's own name ("Task Tracker API").
    if (!title && /^[A-Z0-9]/.test(owner) && !PLAIN_WORDS.test(owner) && !/[.!?:]$/.test(owner)) continue;
    return [...style, m[0]].join(' ');
  }
  return null;
}

/** Words before "library" that make it a piece of software ("parsing library", "Python library"). */
const LIBRARY_BEFORE =
  /\b(?:client|parsing|parser|utility|utilities|helper|component|ui|logging|testing|test|validation|http|json|xml|yaml|csv|crypto(?:graphy)?|math|serialization|open[- ]source|lightweight|reusable|shared|standard|wrapper|sdk|api|cli|layout|css|javascript|typescript|python|go|golang|rust|java|kotlin|scala|c\+\+|c#|ruby|php|node(?:\.js)?|react|vue|angular|svelte|swift|elixir|dart|flutter|android|ios|npm|pypi|software|code|graphql|grpc|orm|database|caching|cache|auth(?:entication)?|charting|animation|state[- ]management|dependency[- ]injection|small|tiny|minimal|zero[- ]dependency)\s+library\b/i;
/** "a library for parsing…", "a library that wraps…": software. Not "library for the town". */
const LIBRARY_FOR = /\b(?:a|an|this|my|our)\s+library\s+(?:for|to|that|which)\s+(?!(?:books?|readers?|the\s+(?:town|city|school|community))\b)/i;

function findLibrary(text: string): string | null {
  const m = LIBRARY_BEFORE.exec(text) ?? LIBRARY_FOR.exec(text) ?? /\bSDK\b|\b(?:npm|PyPI|Maven|NuGet)\s+package\b|\b(?:Rust\s+)?crate\b|\bRuby\s+gem\b/.exec(text);
  if (m) return m[0].trim();
  // A keyword or title that is only "library" or "libraries".
  return /^\s*(?:libraries|library)\s*$/i.test(text) ? text.trim() : null;
}

const KIND_FINDERS: ReadonlyArray<[ProjectKind, Finder]> = [
  ['crud', first(/\bCRUD\b|\bcreate,?\s+read,?\s+update,?\s+(?:and\s+|&\s+|or\s+)?delete\b/i)],
  ['ecommerce', first(/\be-?commerce\b|\bonline (?:shop|store)\b|\bweb ?shop\b|\bshopping cart\b|\bcheckout\b|\bstorefront\b/i)],
  ['cms', first(/\bCMS\b|\bcontent[- ]management\b/i)],
  ['microservices', first(/\bmicro-?services?\b/i)],
  ['api', findServedApi],
  ['cli', first(/\bCLI\b|\bcommand[- ]line\b/i)],
  ['library', findLibrary],
];

/** Kinds a text shows. `field` names it in the evidence; a project's `name` reads "X API" as its own API. */
export function detectKindsInText(text: string, field = 'description'): Array<{ kind: ProjectKind; evidence: string }> {
  const found: Array<{ kind: ProjectKind; evidence: string }> = [];
  for (const [kind, find] of KIND_FINDERS) {
    const phrase = find(text, field === 'name' || field === 'title');
    if (phrase) found.push({ kind, evidence: `${field} mentions "${phrase}"` });
  }
  // Report in the order kinds are listed everywhere else in the app.
  return found.sort((a, b) => PROJECT_KINDS.indexOf(a.kind) - PROJECT_KINDS.indexOf(b.kind));
}
