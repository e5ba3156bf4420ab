/**
 * Documentation status of a repository, from its README and root (advice-rules.md):
 * `missing` (no README), `stub` (a title and a line or two), `basic`, `good`. `good` needs a
 * description of what it is, how to install or run it and how to use it, in a README of real
 * length. The README is read as a document (readme-parse.ts): evidence is what a reader sees —
 * commands, requests, endpoints, API docs — wherever it stands, in any of the languages in
 * readme-vocabulary.ts, and for projects that are not HTTP APIs in the forms of
 * readme-usage-forms.ts (an app opened in a browser, a template, a workspace's task runner, a
 * library); a heading word alone proves nothing. A generator's default README (readme-templates.ts)
 * says nothing of the project however long it is; neither does a description that only names the
 * stack ("a backend built with Node and MongoDB"), nor a template's placeholders. Installing means
 * commands that set it up or start it (cloning and editing settings do not); usage includes a
 * Swagger UI address, a GraphQL operation and a deployed instance with something to do there.
 * Every rating comes with the reasons that hold it back, each saying what to add. Pure.
 */
import type { DocSignals, DocStatus, RepoSnapshot } from './github-types';
import { parseReadme, type ReadmeBlock } from './readme-parse';
import { suggestedStartCommand } from './run-commands';
import { findTechnology } from './taxonomy';
import { templateText, type ReadmeTemplate } from './readme-templates';
import { projectDependency, isBrowseInstruction, isPageWalkthrough, opensPagePath, isDeployedUse, opensAddress, isGraphqlOperation, projectImport, isScaffold, isScaffoldCommand, isTargetReference, isChoreCommand, taskTarget, TEMPLATE_MARKER, USE_THIS_TEMPLATE } from './readme-usage-forms';
import {
  API_DOCS_POINTER,
  ENDPOINT,
  HTTP_METHOD,
  isAmbiguousUsageHeading,
  isBareSectionName,
  isDescriptionHeading,
  isProjectWordOnly,
  commandParts,
  isInstallHeading,
  isOtherHeading,
  isRequestCommand,
  isRunCommand,
  isSectionName,
  isUsageHeading,
  ENDPOINT_PATH_FIRST,
  LOCAL_URL_WITH_PATH,
  normalizeHeading,
  PLACEHOLDER,
  TOC_HEADING,
} from './readme-vocabulary';

/** Bumped when the rating changes, so stored ratings are redone from their snapshots. */
export const DOC_RATING_VERSION = 13;
/** Below this many words of substance, a README without two of the essentials is a stub. */
export const STUB_MAX_WORDS = 35;
/** A good README has at least this much substance: words of prose, and commands and code counted in. */
export const GOOD_MIN_WORDS = 40;
/** What one line of a code block counts for, in words; code shows, but does not replace, explanation. */
export const CODE_LINE_WORDS = 3;
/** Lines of one code block that count: a long listing is not worth more than a short one. */
const CODE_LINES_PER_BLOCK = 15;
/** A description this short is one when it says what the project does ("Lending books within a club."). */
const DESCRIPTION_MIN_WORDS = 3;
/** A README with none of the essentials is a stub below this much substance (a list of settings, a diagram's text). */
const BARE_MAX_WORDS = 100;
/** A generator's README with this many words of the project's own, or fewer, is still the generator's: a name and a few words over it. */
const TEMPLATE_OWN_MAX_WORDS = 12;
/** Lines of install and run commands that make a README more than a stub (a dev and a prod start, each in its block, are something to follow). */
const COMMANDS_NOT_STUB = 2;
/** Screenshots that show an app with pages in use. */
const SCREENS_SHOWN = 3;
/** Numbered steps written out in words that make a README more than a stub. */
const STEPS_NOT_STUB = 3;
/** List items (of two words or more) that, with a description, make a README more than a stub. */
const LIST_NOT_STUB = 4;
/** A heading this long is a sentence (a description set as a heading), not a section name. */
const SENTENCE_HEADING_WORDS = 12;
/** A description with this many kinds of content besides (a list, a picture, a link to its docs) is more than a line or two. */
const CONTENT_KINDS_NOT_STUB = 3;
/** Captions this short over commands, under no heading at all, say nothing of the project. */
const COMMANDS_ONLY_MAX_WORDS = 15;
/** A README of one paragraph, and nothing else, this short is a line or two. */
const ONE_PARAGRAPH_MAX_WORDS = 60;
/** A README template's word to its writer over a section (among PLACEHOLDER's phrases): it stands above the text written, not in its place. */
const TEMPLATE_GUIDANCE =
  /this is an example of how (?:you may give instructions on setting up|to list things you need to use)[^.]*\.?(?:\s*to get a local copy up and running follow these simple(?: example)? steps\.?)?|below is an example of how you can instruct your audience[^.]*\.?|use this space to show useful examples[^.]*\.?|these instructions will get you a copy of the project up and running on your local machine[^.]*\.?|see deployment for notes on how to deploy the project[^.]*\.?|a step by step series of examples that tell you how to get a development env(?:ironment)? running\.?|explain how to run the automated tests for this system\.?|estas instrucciones te permitir[aá]n obtener una copia del proyecto en funcionamiento[^.]*\.?|mira deployment para conocer c[oó]mo desplegar el proyecto\.?|una serie de ejemplos paso a paso que te dice lo que debes ejecutar[^.]*\.?/i;
/** A step's number at the start of a line: "3.", "3)", "Step 3", "Paso 3:". */
const STEP_NUMBER = /^\s*(?:\d{1,2}[.)]\s|(?:step|paso|passo|étape|etapa|schritt|krok|шаг|bước|langkah)\s*\d{1,2}\b)/iu;

export interface DocInput {
  readme: string | null;
  readmeUnreadable?: boolean;
  /** File name of the README (README.md, README.rst …): tells its markup. */
  readmeName?: string | null;
  /** Where the README was found, when not at the root (`docs/README.md`, `.github/README.md`). */
  readmePath?: string | null;
  licence: string | null;
  homepage: string | null;
  rootEntries: RepoSnapshot['rootEntries'];
  /** `owner/name`: its name recognises the project's own CLI in examples. */
  fullName?: string;
  /** Manifests read at sync: they name the install command a reason suggests. */
  manifests?: Record<string, string>;
  /** Every path the sync saw: tells a template repository (`.template.config/`, `cookiecutter.json`). */
  paths?: string[];
}

const LICENCE_FILE = /^(LICEN[CS]E|COPYING|UNLICENSE)([.-][\w.-]*)?$/i;
const DEMO_HOST = /demo|herokuapp\.com|vercel\.app|netlify\.app|fly\.dev|onrender\.com|pages\.dev|github\.io|railway\.app|azurewebsites\.net|appspot\.com|web\.app|surge\.sh/i;
const CI_BADGE = /\/actions\/workflows\/|\/workflows\/[^/]+\/badge|travis-ci\.|circleci\.com|gitlab\.[^/]+\/.*pipeline|appveyor|buildkite|dev\.azure\.com|drone|jenkins|codecov\.io|coveralls\.io|github\/actions\/workflow\/status|github\/workflow\/status/i;
const DATA_LANGS = /^(json|jsonc|ya?ml|toml|xml|ini|env|dotenv|properties|csv|sql|graphql|gql|diff|text|txt|output|log|mermaid|html|css)$/;
/** Blocks of data that hold no commands; a block marked `text` often holds the commands themselves. */
const holdsNoCommands = (lang: string) => DATA_LANGS.test(lang) && !/^(?:text|txt)$/.test(lang);
/** Code blocks of shell commands (or of no stated language): not where a library is imported. */
const SHELL_LANGS = /^(|sh|bash|zsh|shell|console|shell-session|powershell|ps1|pwsh|cmd|bat|batch|fish|dockerfile|makefile)$/;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const THAI_RUN = /[\p{Script=Thai}]+/gu;

/**
 * Words a reader reads: words by spaces (combining marks, as in Hindi, inside them); Chinese and
 * Japanese by characters (about two a word), Thai, written without spaces, about four a word.
 */
export function countWords(text: string): number {
  let runs = 0;
  const rest = text
    // A URL in a sentence is read as one word (its name), however long it is.
    .replace(/https?:\/\/\S+/g, ' url ')
    .replace(CJK_RUN, (run) => {
      runs += Math.ceil(run.length / 2);
      return ' ';
    })
    .replace(THAI_RUN, (run) => {
      runs += Math.ceil(run.length / 4);
      return ' ';
    });
  return runs + (rest.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’._-]*/gu) ?? []).length;
}

interface Reading {
  blocks: ReadmeBlock[];
  /** For each block, the heading it stands under (-1: none). */
  parent: number[];
  /** For each heading, the heading of the section it is part of (-1: none). */
  up: number[];
  /** For each block, its words (counted once). */
  count: number[];
  /** For each heading, its name as compared (normalizeHeading); '' for other blocks. */
  name: string[];
  /** Headings that name a section (the title only when it is itself one). */
  sections: Array<{ index: number; name: string }>;
  title: number;
  /** The repository's and the title's names, lower case. */
  names: string[];
  /** The names the manifests give the project: its package's, its commands'. */
  declared: string[];
  /** The repository's own name (`octo/habits` → `habits`), and whether others generate projects from it. */
  repoName: string | null;
  isTemplate: boolean;
  /** The package tools the repository's files show (`npm` for a package.json …); null when its files are not known. */
  ecosystems: ReadonlySet<string> | null;
  /** A generator's text in the README (its default README, or sentences it left). */
  template: { of: ReadmeTemplate | null; generator: string | null; blocks: Set<number> };
  /** Blocks that are a README template's placeholders ("A brief description of your project"). */
  placeholders: number;
  /** Blocks that are only a README template's word to its writer, over a section ("This is an example of how you may give instructions …"). */
  guidance: number;
  /** List items that link to the repository's own documentation pages. */
  docPages: number;
  /** Words and code lines of the project's own text (a generator's left out). */
  words: number;
  codeLines: number;
}

function codeLinesOf(b: ReadmeBlock): string[] {
  return b.code.split('\n').filter((l) => l.trim() && !/^\s*(#|\/\/|--|rem\s)/i.test(l));
}

/** A JSON manifest's top-level object; one that is not JSON names nothing. */
function manifestJson(text: string | undefined): { name?: unknown; bin?: unknown } {
  try {
    return text ? (JSON.parse(text) as { name?: unknown; bin?: unknown }) : {};
  } catch {
    return {};
  }
}

/** The bodies of a TOML file's sections with this header (`[package]`, `[[bin]]`), each up to the next header. */
function tomlSections(text: string, header: string): string[] {
  const out: string[] = [];
  let body: string[] | null = null;
  for (const line of text.split('\n')) {
    if (/^\s*\[/.test(line)) {
      if (body) out.push(body.join('\n'));
      body = line.trim() === header ? [] : null;
    } else if (body) body.push(line);
  }
  if (body) out.push(body.join('\n'));
  return out;
}

/** The `name = "…"` of each section with this header. */
const tomlNames = (text: string | undefined, header: string) =>
  tomlSections(text ?? '', header).flatMap((section) => /^\s*name\s*=\s*["']([\w.-]+)["']/m.exec(section)?.[1] ?? []);

/**
 * The commands a project installs, from its manifests: package.json's `bin`, pyproject's
 * `[project.scripts]` / `[tool.poetry.scripts]`, setup.py's console scripts, Cargo's `[[bin]]`.
 * Its README's examples call them by these names.
 */
export function commandNames(manifests: Record<string, string>): string[] {
  const out = new Set<string>();
  const pkg = manifestJson(manifests['package.json']);
  if (typeof pkg.bin === 'string' && typeof pkg.name === 'string') out.add(pkg.name.replace(/^@[^/]+\//, ''));
  else if (pkg.bin && typeof pkg.bin === 'object') for (const k of Object.keys(pkg.bin)) out.add(k);
  for (const header of ['[project.scripts]', '[tool.poetry.scripts]'])
    for (const section of tomlSections(manifests['pyproject.toml'] ?? '', header)) for (const m of section.matchAll(/^\s*["']?([\w.-]+)["']?\s*=/gm)) out.add(m[1]);
  const setup = manifests['setup.py'] ?? manifests['setup.cfg'] ?? '';
  for (const m of setup.matchAll(/["']?([\w.-]+)\s*=\s*[\w.]+:[\w.]+/g)) out.add(m[1]);
  for (const name of tomlNames(manifests['Cargo.toml'], '[[bin]]')) out.add(name);
  return [...out].map((n) => n.toLowerCase()).filter((n) => n.length >= 2 && n.length <= 40);
}

/** The package names of framework skeletons, which a project made from one carries until renamed. */
const SKELETON_PACKAGE = /^(?:laravel\/(?:laravel|lumen)|symfony\/(?:skeleton|website-skeleton)|cakephp\/app|codeigniter4\/appstarter|yiisoft\/yii2-app-(?:basic|advanced)|slim\/slim-skeleton|laminas\/laminas-mvc-skeleton)$/i;
/**
 * The names the project is published or imported under, from its manifests: the package's name
 * (npm, with and without its scope; Cargo; pyproject; Composer's package part) and its .NET
 * projects' (`BitFlyer.Apis` from `BitFlyer.Apis/BitFlyer.Apis.csproj`, not the tests' or samples').
 */
export function packageNames(manifests: Record<string, string>): string[] {
  const out = new Set<string>();
  const npm = manifestJson(manifests['package.json']).name;
  if (typeof npm === 'string') out.add(npm).add(npm.replace(/^@[^/]+\//, ''));
  const composer = manifestJson(manifests['composer.json']).name;
  // (A framework's skeleton keeps its own name until renamed: `laravel/laravel` is not this project's.)
  if (typeof composer === 'string' && !SKELETON_PACKAGE.test(composer)) out.add(composer.replace(/^[^/]+\//, ''));
  for (const name of [...tomlNames(manifests['Cargo.toml'], '[package]'), ...tomlNames(manifests['pyproject.toml'], '[project]'), ...tomlNames(manifests['pyproject.toml'], '[tool.poetry]')]) out.add(name);
  for (const path of Object.keys(manifests)) {
    const m = /(?:^|\/)([\w.-]+)\.csproj$/.exec(path);
    if (m && !/(?:^|\.)(?:tests?|specs?|samples?|examples?|benchmarks?|demo)$/i.test(m[1])) out.add(m[1]);
  }
  return [...out].map((n) => n.toLowerCase()).filter((n) => n.length >= 2 && n.length <= 60);
}

/** A link into the repository itself (`tutorials/body.py`, `./docs/setup.md`), not to a site. */
const isRepositoryLink = (l: string) => !/^(?:[a-z][\w+.-]*:|\/\/|#)/i.test(l);

/**
 * A table of contents: its heading, list items that only link to the README's own headings, and
 * an index of the repository's files (list items that are nothing but a link to one).
 */
function isNavigation(b: ReadmeBlock): boolean {
  if (b.kind === 'heading') return TOC_HEADING.test(normalizeHeading(b.text));
  if ((b.place === 'list' || b.place === 'html') && b.links.length > 0 && b.links.every((l) => l.startsWith('#')) && countWords(b.text) <= 8) return true;
  // A link to the API's own description (an OpenAPI file, a Postman collection) is usage, not navigation.
  if (API_DOCS_POINTER.test(b.text) || b.links.some((l) => API_DOCS_FILE.test(l))) return false;
  return isLinkItem(b) && b.links.every(isRepositoryLink);
}
const API_DOCS_FILE = /openapi|swagger|postman|insomnia|\.http$/i;
/** A list item that is only a link ("- [github.com/gin-gonic/gin](…)"): a list of resources, not words about the project. */
function isLinkItem(b: ReadmeBlock): boolean {
  return b.place === 'list' && b.links.length > 0 && b.linked !== '' && squashText(b.text) === squashText(b.linked);
}
const squashText = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
/** A block whose words are only its inline code (an address, a command, a header), punctuation aside. */
const onlyInlineCode = (b: ReadmeBlock) => b.inlineCode.length > 0 && squashText(b.text) === squashText(b.inlineCode.join(''));

/** A list item that opens with a path and a label (`` `/api`: the REST app ``, ``manage.py – Django's script``): the layout of the code, not what it is or where its docs are. */
const STRUCTURE_ITEM = /^[^\w/.]{0,3}`?((?:\.{0,2}\/)?[\w.@-]+(?:\/[\w.@-]+)*\/?)`?\s*(?:[:：]|\s[–—-])\s/;
const FILE_NAME = /\.(?:py|txt|json|ya?ml|toml|lock|md|cfg|ini|env|sql|sh|xml|gradle|properties|csproj|sln|go|rb|php|java|kt|cs|rs|exs?|html|css)$/i;
function isStructureItem(b: ReadmeBlock): boolean {
  if (b.place !== 'list') return false;
  const m = STRUCTURE_ITEM.exec(b.text);
  return !!m && (m[1].includes('/') || FILE_NAME.test(m[1]));
}
/** A code block that only draws files and folders (`docs/`, `  specs/`, `├── main.go`). */
function isFileTree(b: ReadmeBlock): boolean {
  const lines = codeLinesOf(b).filter((l) => l.trim());
  return lines.length >= 2 && lines.every((l) => /^[\s│├└─|`*+-]*[\w.@-]+\/?\s*(?:#.*)?$/.test(l)) && lines.some((l) => /\/\s*(?:#.*)?$|\.\w{1,5}\s*(?:#.*)?$/.test(l.trim()));
}

/** A heading that reads as a sentence about the project ("This repository contains two FastAPI projects"). */
const SENTENCE_START = /^(?:this|these|it|here|a|an|we|i|our|my|the\s+(?:project|app|application|repository|repo|api|service)\s+(?:is|was|provides|contains))\s/i;
const SENTENCE_START_WORDS = 6;

const GENERIC_NAME = /^(npm|go|make|docker|node|python|api|app|server|readme|todo|backend|frontend|client|web|www|core|service|main|project)$/;

/** A shell step written out as a line of a paragraph: copying a file, changing folder, cloning, setting a variable. */
const SHELL_STEP = /^(?:cp|copy|mv|mkdir|cd|export|set|source|chmod|git\s+clone|touch)\s+\S/i;
/** "run", "then" or a prompt before a command written as a line of prose. */
const LINE_LEAD = /^(?:\$|>|#|run|then|and|execute|exec)\s+/i;
/**
 * Commands written as the lines of a paragraph, without a code block ("## Run" over
 * `cp .env.example .env` and `docker compose up -d --build` on lines of their own): those lines are
 * a code block, the rest of the paragraph stays text, in the order written. Only when two lines
 * or more are commands, one of them installs, starts or calls the project, and they are at least
 * half the paragraph.
 */
function commandLinesApart(b: ReadmeBlock): ReadmeBlock[] {
  if (b.kind !== 'text' || (b.place !== 'body' && b.place !== 'list') || b.lines.length < 2) return [b];
  const bare = b.lines.map((l) => l.replace(LINE_LEAD, ''));
  const command = bare.map((l) => isRunCommand(l) || isRequestCommand(l) || SHELL_STEP.test(l));
  const n = command.filter(Boolean).length;
  if (n < 2 || n * 2 < b.lines.length || !bare.some((l, k) => command[k] && (isRunCommand(l) || isRequestCommand(l)))) return [b];
  const out: ReadmeBlock[] = [];
  let prose: string[] = [];
  let code: string[] = [];
  const flush = () => {
    if (prose.length) {
      // (The paragraph's links and pictures stay with its words.)
      const first = !out.some((o) => o.kind === 'text');
      const text = prose.join(' ');
      out.push({ ...b, text, lines: prose, ...(first ? {} : { links: [], images: [], imageAlts: [], badges: 0, badgeLabels: [] }), inlineCode: b.inlineCode.filter((c) => text.includes(c)) });
    }
    if (code.length) out.push({ ...b, kind: 'code', text: '', lines: [], code: code.join('\n'), lang: '', links: [], images: [], imageAlts: [], badges: 0, badgeLabels: [], inlineCode: [], cells: [] });
    prose = [];
    code = [];
  };
  b.lines.forEach((l, k) => {
    if (command[k] ? prose.length : code.length) flush();
    (command[k] ? code : prose).push(command[k] ? bare[k] : l);
  });
  flush();
  return out;
}

function read(input: DocInput): Reading {
  // A table of contents is navigation: its heading, and the list under it (links or not).
  let inContents = false;
  let docPages = 0;
  const parsed = parseReadme(input.readme ?? '', input.readmeName ?? input.readmePath).blocks.filter((b) => {
    if (b.kind === 'heading') inContents = TOC_HEADING.test(normalizeHeading(b.text));
    else if (inContents && b.place === 'list') return false;
    const navigation = isNavigation(b);
    // (An index of the repository's own documentation pages: `- [Database migration](./docs/database-migration.md)`.)
    if (navigation && b.kind !== 'heading' && b.links.some((l) => isRepositoryLink(l) && /\.(?:md|markdown|rst|adoc|txt)(?:#|$)/i.test(l))) docPages++;
    return !navigation;
  }).flatMap(commandLinesApart);
  const count = parsed.map((b) => (b.kind === 'code' ? 0 : countWords(b.text)));
  // A sentence set as a heading (a description under a logo, "This repository contains …") is prose.
  const sentence = (b: ReadmeBlock, n: number) => n >= SENTENCE_HEADING_WORDS || (n >= SENTENCE_START_WORDS && SENTENCE_START.test(b.text.trim()) && !isBareSectionName(normalizeHeading(b.text)));
  // A section's name on a line of its own ("Environment variables" over a list) is a heading not marked as one.
  const unmarked = (b: ReadmeBlock, i: number) =>
    b.kind === 'text' && b.place === 'body' && count[i] <= 4 && !/[.!?,;]$/.test(b.text.trim()) && b.links.length === 0 && isBareSectionName(normalizeHeading(b.text)) && parsed[i + 1] !== undefined && parsed[i + 1].kind !== 'heading';
  // So is a caption about installing over numbered steps ("Installation:" then "1. …").
  const caption = (b: ReadmeBlock, i: number) =>
    b.kind === 'text' && b.place === 'body' && count[i] <= 6 && /:$/.test(b.text.trim()) && b.links.length === 0 && isInstallHeading(normalizeHeading(b.text.trim().slice(0, -1))) && !!parsed[i + 1]?.ordered;
  const blocks = parsed.map((b, i) => (b.kind === 'heading' && sentence(b, count[i]) ? { ...b, kind: 'text' as const } : unmarked(b, i) || caption(b, i) ? { ...b, kind: 'heading' as const, depth: 6 } : b));
  const name = blocks.map((b) => (b.kind === 'heading' ? normalizeHeading(b.text) : ''));
  const section = name.map((n) => !!n && isSectionName(n));
  // The title names the project: the first top-level heading that is not a section name, else a
  // first heading with nothing before it.
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  const proseBefore = blocks.slice(0, Math.max(firstHeading, 0)).some((b, i) => b.kind === 'text' && count[i] >= 4);
  // A first heading with nothing before it names the project even when a section word is in its name ("Support Desk").
  const opening = (i: number) => i === firstHeading && !proseBefore && !isBareSectionName(name[i]);
  const named = blocks.findIndex((b, i) => b.kind === 'heading' && b.depth === 1 && (!section[i] || opening(i)));
  const title = named >= 0 ? named : firstHeading >= 0 && !proseBefore && !section[firstHeading] ? firstHeading : -1;
  const parent: number[] = [];
  const up: number[] = [];
  const open: number[] = [];
  let current = -1;
  for (let i = 0; i < blocks.length; i++) {
    parent.push(current);
    up.push(-1);
    if (blocks[i].kind !== 'heading') continue;
    while (open.length && blocks[open[open.length - 1]].depth >= blocks[i].depth) open.pop();
    up[i] = open.length ? open[open.length - 1] : -1;
    open.push(i);
    current = i;
  }
  const names = new Set<string>();
  const repo = input.fullName?.split('/')[1];
  if (repo) names.add(repo.toLowerCase());
  for (const b of blocks) if (b.kind === 'heading' && b.depth === 1 && /^[\w.-]{2,40}$/.test(b.text.trim())) names.add(b.text.trim().toLowerCase());
  // The names the manifests give the project (its package, its commands).
  const declared = [...commandNames(input.manifests ?? {}), ...packageNames(input.manifests ?? {})];
  for (const name of declared) names.add(name);
  // A command line installed as a tool names itself: `brew install mongo-tool` (for mongo-migration-tool). Only a name made of
  // the repository's own words is the project's: `pipx install poetry` or a starter's `npm install -g @nestjs/mau` installs another tool.
  const repoWords = new Set((repo ?? '').toLowerCase().split(/[^a-z\d]+/).filter(Boolean));
  for (const b of blocks) {
    for (const line of b.kind === 'code' ? b.code.split('\n') : b.inlineCode) {
      const m = TOOL_INSTALL.exec(line.trim());
      const tool = m ? m[1].replace(/^.*\//, '').toLowerCase() : '';
      if (tool && tool.split(/[^a-z\d]+/).every((w) => !w || repoWords.has(w))) names.add(tool);
    }
  }
  const found = templateText(blocks, name, (i) => parent[i] < 0 || parent[i] === title, [...names, ...(title >= 0 ? [blocks[title].text] : [])]);
  // Placeholder text, and the list it introduces ("Things you may want to cover: * Ruby version …").
  let placeholders = 0;
  let guidance = 0;
  /** Inside the list a placeholder introduced, past a command written into it. */
  let placeholderList = false;
  blocks.forEach((b, i) => {
    // (A template's example block, "Da un ejemplo", is a placeholder too.)
    if (PLACEHOLDER.test(b.kind === 'code' ? b.code : b.text)) {
      found.blocks.add(i);
      // A template's word to its writer over a section ("These instructions will get you a copy of the project …") stands above
      // what was written there; a placeholder ("Say what the step will be") stands in its place.
      if (TEMPLATE_GUIDANCE.test(b.text) && !PLACEHOLDER.test(b.text.replace(new RegExp(TEMPLATE_GUIDANCE.source, 'gi'), ' '))) guidance++;
      else placeholders++;
    } else if (b.place === 'list' && i > 0 && (found.blocks.has(i - 1) || placeholderList) && (PLACEHOLDER.test(blocks[i - 1].text) || blocks[i - 1].place === 'list')) {
      // (The commands written into it, "* Configuration" over `bundle install`, are the project's own.)
      if (b.kind === 'code') placeholderList = true;
      else {
        found.blocks.add(i);
        placeholderList = false;
      }
    } else placeholderList = false;
  });
  let words = 0;
  let codeLines = 0;
  blocks.forEach((b, i) => {
    if (found.blocks.has(i)) return;
    // A diagram is a picture: it shows, as screenshots do, but is not text to read.
    if (b.kind === 'code') codeLines += b.lang === 'mermaid' ? 0 : Math.min(codeLinesOf(b).length, CODE_LINES_PER_BLOCK);
    else if (i !== title) words += count[i];
  });
  const sections = name
    .map((n, index) => ({ index, name: n }))
    .filter(({ index, name: n }) => n && (index !== title || isBareSectionName(n)));
  return {
    blocks,
    parent,
    up,
    count,
    name,
    sections,
    title,
    names: [...names].filter((n) => !GENERIC_NAME.test(n)),
    declared,
    repoName: repo ?? null,
    isTemplate: isTemplateRepository(input),
    ecosystems: ecosystemsOf(input),
    template: { of: found.template, generator: found.generator, blocks: found.blocks },
    placeholders,
    guidance,
    docPages,
    words,
    codeLines,
  };
}

/** The indexes of the blocks of a heading's section, its sub-sections included. */
function sectionIndexes(r: Reading, h: number): number[] {
  const out: number[] = [];
  for (let i = h + 1; i < r.blocks.length; i++) {
    if (r.blocks[i].kind === 'heading' && r.blocks[i].depth <= r.blocks[h].depth) break;
    out.push(i);
  }
  return out;
}

/** The blocks of a heading's section, its sub-sections included. */
function sectionOf(r: Reading, h: number): ReadmeBlock[] {
  return sectionIndexes(r, h).map((i) => r.blocks[i]);
}


/**
 * In prose, what follows a verb that runs something, or a colon ("To start it, run: python3 manage.py
 * runserver", "Jalankan php artisan serve"), in the languages of readme-vocabulary.ts.
 */
const RUN_PROSE = /(?:^|[\s,;(])(?:run|execute|type|launch|with|use|then|ejecuta|ejecutar|ejecute|corre|correr|executa|executar|execute|rode|rodar|lancez|lancer|exécutez|exécuter|führe|führen|starte|esegui|eseguire|lancia|uruchom|uruchomić|wykonaj|запустите|запустить|выполните|выполнить|jalankan|ketik|voer|çalıştırın|chạy)\s*:?\s+|:\s+|(?:运行|執行|执行|実行|실행)[:：]?\s*/giu;

/** Text a command may start: inline code, each code line, the start of list items, table cells and short paragraphs, and what follows a run verb in prose. */
function commandCandidates(b: ReadmeBlock): string[] {
  if (b.kind === 'code') {
    if (holdsNoCommands(b.lang)) return [];
    // A command continued over several lines (`docker compose \` … `up -d`) is one command.
    const lines = b.code.replace(/[ \t]\\[ \t]*\r?\n[ \t]*/g, ' ').split('\n');
    // A block whose every line stands behind a root prompt (`# docker run …`): commands, not comments.
    const shown = lines.filter((l) => l.trim());
    if (shown.length > 0 && shown.every((l) => /^\s*#\s+\S/.test(l))) {
      const bare = shown.map((l) => l.replace(/^\s*#\s+/, ''));
      if (bare.every((l) => isRunCommand(l) || isFetchLine(l))) return bare;
    }
    return lines;
  }
  const out = [...b.inlineCode, ...b.cells];
  if (b.kind === 'text') {
    // (A table row's cells stand on their own: `npm run client` over "Vite dev server only" is not `npm run client Vite …`.)
    if (b.place !== 'table') out.push(b.text.split(/\s+(?:--|-|–|—|to|:)\s+/)[0]);
    for (const m of b.text.slice(0, 2000).matchAll(RUN_PROSE)) out.push(b.text.slice(m.index + m[0].length, m.index + m[0].length + 200));
  }
  return out;
}

/** A heading that names an HTTP call by its method: "Método POST", "GET by id", "METODO GET POR ID". */
const METHOD_HEADING = /^(?:(?:m[eé]todo|method|méthode|methode|метод)\s+)?(?:GET|POST|PUT|PATCH|DELETE)\b/i;
/** A heading over the API's endpoints, in the README languages. */
const ENDPOINTS_HEADING = /(?<![\p{L}])(?:endpoints?|rotas|rutas|routes|маршруты|эндпоинты|エンドポイント|端点)(?![\p{L}])/iu;
/** Commands quoted in a sentence, in any language: tinggal menjalankan "mvn clean spring-boot:run". */
function quotedCommands(b: ReadmeBlock): string[] {
  return [...b.text.slice(0, 2000).matchAll(QUOTED_SPAN)].map((m) => m[1]);
}
/** Whether a command's package tool is one the repository's files call for (or they are not known). */
function ownTool(r: Reading, line: string): boolean {
  const tool = TOOL_OF(line);
  return !tool || !r.ecosystems || r.ecosystems.has(tool);
}
/** The bare address of a server running here, with no path: where it listens, not a page or docs. */
// (Its port may be a placeholder, `{PORT}`, and the API's base path, `/api/v1`, names no call either.)
const BARE_LOCAL_ROOT_SOURCE = String.raw`https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::(?:\d+|\{\{?\w+\}?\}|<\w+>|\$\{?\w+\}?))?(?![:\d])(?:\/(?:api(?:\/v\d+)?|v\d+))?\/?`;
const BARE_LOCAL_ROOT = new RegExp(`^${BARE_LOCAL_ROOT_SOURCE}$`, 'i');
/** The same address within a sentence, up to the space or the punctuation after it. */
const BARE_LOCAL_ROOT_IN_TEXT = new RegExp(String.raw`\b${BARE_LOCAL_ROOT_SOURCE}(?=[\s),;!?“”‘’«»"']|[.:](?:\s|$)|$)`, 'gi');
/** A span in quotes within prose: "mvn clean spring-boot:run", “npm start”. */
const QUOTED_SPAN = /["“„«]([^"”“«»\n]{3,160})["”»]/g;
/** Getting the code and moving around it (clone, cd, copy a file, set a variable): not installing or running it. */
// (So is making and entering a virtual environment: `py -m venv .venv`, `.venv\\Scripts\\activate.bat`, `conda activate shop`.)
const FETCH_LINE =
  /^(?:[$%>]\s*)?(?:sudo\s+)?(?:(?:git\s+(?:clone|pull|checkout|fetch)|cd|cp|copy|mv|mkdir|ls|dir|echo|export|set|setx|source|touch|cat|nano|vim?|code|open|rm)\b|(?:py|python3?)\s+-m\s+venv\b|virtualenv\b|conda\s+(?:create|activate)\b|deactivate\b|\.?\.?[\w./\\-]*(?:bin|scripts)[/\\]activate(?:\.bat|\.ps1|\.fish)?\s*$)/i;
/** A line of prose in a code block ("run the project on IntelliJ IDEA and use the endpoints"). */
const PROSE_LINE = /^[\p{L}'’]+(?:\s+[\p{L}'’]+){4,}[.!?]?$/u;
const isFetchLine = (line: string) => FETCH_LINE.test(line.trim());
/** A line that sets something up: not a comment, not fetching the code, not prose. */
const isSetupLine = (line: string) => {
  const t = line.trim();
  return t !== '' && !/^(?:#|\/\/|--|rem\s)/i.test(t) && !FETCH_LINE.test(t) && !PROSE_LINE.test(t) && !DRAWN_LINE.test(t);
};
const isDrawing = (code: string) => {
  const lines = code.split('\n').filter((l) => l.trim());
  return lines.filter((l) => DRAWN_LINE.test(l)).length * 2 > lines.length;
};
/** A line of a drawing, not a command: arrows and box-drawing characters (`main ─▶ production`, `├── src/`). */
const DRAWN_LINE = /[\u2190-\u21FF\u2500-\u257F\u25B6\u25BA\u27A1\u27F6]/;
/** Inline code that reads as a command (`glide install`), not a name (`Node 20`, `.env`). */
const isInlineCommand = (code: string) => /^(?:[$%>]\s*)?[a-z][\w.-]*(?:\s+\S+)+$/.test(code.trim()) && isSetupLine(code);

/** A step that starts a named project or solution, as .NET and Java READMEs write it for an IDE. */
const START_PROJECT_STEP = /^(?:\d+[.)]\s*)?(?:start|run|launch|debug|execute)\s+(?:the\s+)?["“'‘`]?[\w.-]+["”'’`]?\s+(?:project|solution|app|application|service)\b|\b(?:set|select)\s+["“'‘`]?[\w.-]+["”'’`]?\s+as\s+(?:the\s+)?startup project\b/i;

/** A project's built releases on GitHub (`https://github.com/o/r/releases`, `../../releases/latest`). */
const RELEASES_LINK = /^(?:https?:\/\/(?:www\.)?github\.com\/[^/\s]+\/[^/\s]+\/|(?:\.\.\/)*)releases(?:\/|$|#|\?)/i;
/** Downloading, in the languages of readme-vocabulary.ts. */
const DOWNLOAD_VERB = /\b(?:download|grab|get)\b|descarg|baix[ae]|télécharg|herunterlad|scaric|pobierz|скача|unduh|다운로드|ダウンロード|下载|下載/iu;

function hasInstall(r: Reading): boolean {
  // (Not in a section about CI or checks: the runner started there, `./run.sh`, is the pipeline's.)
  // (Nor making a new project from a framework's skeleton, `composer create-project codeigniter4/appstarter`: that installs the framework, not this.)
  // (In a generator's own text, updating the framework, `composer update` "whenever there is a new release", is not running the project either.)
  const foreign = (l: string, i: number) =>
    (isScaffold(l) && !isScaffoldCommand(l, r.repoName, r.isTemplate)) || (r.template.blocks.has(i) && /^(?:composer|npm|yarn|pnpm|bundle)\s+(?:update|upgrade)\b/i.test(l.trim()));
  if (r.blocks.some((b, i) => commandCandidates(b).some((l) => isRunCommand(l) && !foreign(l, i)) && !underChecks(r, i))) return true;
  // A command quoted in a sentence counts when its tool is the repository's ("npm install" in a Flask project is left from another).
  if (r.blocks.some((b, i) => b.kind === 'text' && quotedCommands(b).some((l) => isRunCommand(l) && !foreign(l, i) && ownTool(r, l)) && !underChecks(r, i))) return true;
  // A library is installed by declaring it as a dependency (`notes-kit = "0.3"` in Cargo.toml).
  const dependency = projectDependency(r.names);
  if (r.blocks.some((b) => b.kind === 'code' && b.code.split('\n').some(dependency))) return true;
  // A Compose file of published images, given to run it ("this compose file runs the API and its database"): saving and starting it is installing it.
  if (r.blocks.some((b, i) => b.kind === 'code' && isComposeOfImages(b.code) && RUN_WORD.test(introOf(r, i)))) return true;
  // An Ansible role or collection is run from a playbook: one that applies it (`- hosts: db` … `roles:`) is how to run it.
  if (r.blocks.some((b) => b.kind === 'code' && ANSIBLE_PLAY.test(b.code))) return true;
  // A hosted bot is installed by inviting it to a server, through its OAuth link, wherever that stands.
  if (r.blocks.some((b) => b.links.some((l) => BOT_INVITE.test(l)))) return true;
  // Steps under an install heading: commands that set it up, or numbered steps written out; not a
  // heading over prose alone, nor only cloning the repository and editing its settings.
  return r.sections.some(({ index, name }) => {
    if (!isInstallSection(r, index, name)) return false;
    const section = sectionOf(r, index);
    // (A drawing, most of whose lines are drawn, is not steps: its plain lines are labels, `habits/` over `├── src/`.)
    // (Nor a template's placeholder block, "Give the example".)
    const code = sectionIndexes(r, index)
      .filter((i) => !r.template.blocks.has(i))
      .map((i) => r.blocks[i])
      .filter((b) => b.kind === 'code' && !DATA_LANGS.test(b.lang) && !isDrawing(b.code));
    // (Program code under "Setup", `ApiClient.SetApiKey(…)`, configures a library in use; only the commands in it install anything.)
    if (code.some((b) => b.code.split('\n').some((l) => (PROGRAM_LANGS.test(b.lang) ? isRunCommand(l) : isSetupLine(l)))) || sectionIndexes(r, index).some((i) => r.blocks[i].inlineCode.some((l) => isInlineCommand(l) && !foreign(l, i)))) return true;
    // …or a built release to download ("Download the latest version from [Releases](…/releases)").
    if (section.some((b) => b.kind === 'text' && DOWNLOAD_VERB.test(b.text) && b.links.some((l) => RELEASES_LINK.test(l)))) return true;
    // …or a step that starts a named project in an IDE ("Start the \"Shop.Api\" project", "Run the WebApi project").
    return (code.length === 0 && installStepsIn(r, index) >= 2) || section.some((b) => b.kind === 'text' && START_PROJECT_STEP.test(b.text));
  });
}

/** A play that applies roles or tasks to hosts. */
const ANSIBLE_PLAY = /^\s*-\s+hosts:\s*\S[\s\S]*?^\s+(?:roles|tasks|import_role|include_role|ansible\.builtin\.(?:import|include)_role):/m;
/** A Compose file whose services run published images (not only built from the sources). */
const isComposeOfImages = (code: string) => /^services:\s*$/m.test(code) && /^\s+image:\s*\S/m.test(code);
/** Words that say something is run or started, in the languages the rating reads. */
const RUN_WORD = /\b(?:run|runs|running|start|starts|starting|launch|launches|spin up|bring up|deploy)\b|levant|ejecut|execut|arranc|démarr|lanc(?:er|e)\b|exécut|starten|ausführ|avvi[ao]|esegu|uruchom|запуск|запуст|jalankan|실행|起動|実行|运行|啟動|启动/iu;
/** What a README says just before block `i`, in its section: the section's heading and up to three paragraphs. */
function introOf(r: Reading, i: number): string {
  const parts: string[] = [];
  for (let j = i - 1; j >= 0 && parts.length < 4; j--) {
    const b = r.blocks[j];
    if (b.kind === 'code') continue;
    parts.push(b.text);
    if (b.kind === 'heading') break;
  }
  return parts.join(' ');
}

/** The link that adds a hosted Discord bot to a server. */
const BOT_INVITE = /^https:\/\/(?:www\.)?discord(?:app)?\.com\/(?:api\/)?oauth2\/authorize\?(?:[^#\s]*&)?client_id=\d+/i;

/** A section on installing or running it, for a reader to follow: not about tests, nor the build and deploy steps of a pipeline ("CI/CD" › "Build steps"), which say what the pipeline does. */
/** Steps still to take on the project ("Next steps", "Próximos passos"): a plan, not how to install it. */
const PLANNED_STEPS = /\b(?:next|future|upcoming|further|planned)\s+steps\b|próximos\s+pas(?:s)?os|siguientes\s+pasos|prochaines\s+étapes|nächste\s+schritte|下一步|次のステップ/iu;
function isInstallSection(r: Reading, index: number, name: string): boolean {
  return isInstallHeading(name) && !PLANNED_STEPS.test(name) && !/(?<![\p{L}])test/u.test(name) && !underChecks(r, index) && !/\bci\s*\/\s*cd\b|continuous (?:integration|delivery|deployment)|github actions|pipeline/i.test(name);
}

/** Numbered steps under an install heading (`index`), written out. (Under a sub-heading about settings or the database they configure it; they do not start it.) */
function installStepsIn(r: Reading, index: number): number {
  // (A bulleted list is steps too when the sentence over it says so: "follow these steps to run the application:".)
  let introduced = false;
  const listed = sectionIndexes(r, index).filter((j) => {
    const b = r.blocks[j];
    if (b.place !== 'list') introduced = b.kind === 'text' && STEPS_INTRO.test(b.text);
    // (A step that ends on a colon announces its command: without one under it, "2. Install the Composer dependencies:", it cannot be followed.)
    if (/[:：]\s*$/.test(b.text) && r.blocks[j + 1]?.kind !== 'code') return false;
    return (b.ordered || (introduced && b.place === 'list')) && !(isOtherHeading(r.name[r.parent[j]] ?? '') && !isInstallHeading(r.name[r.parent[j]] ?? ''));
  }).length;
  // (So are three short paragraphs or more, each a step: "Clonar el repositorio", "Restaurar paquetes NuGet", "Ejecutar el proyecto".)
  const paragraphs = sectionIndexes(r, index).filter((j) => r.blocks[j].kind === 'text' && r.blocks[j].place === 'body' && r.count[j] <= STEP_PARAGRAPH_WORDS && STEP_VERB.test(r.blocks[j].text.trim())).length;
  return Math.max(listed, paragraphs >= 3 ? paragraphs : 0);
}
/** A step written as a paragraph of its own is short. */
const STEP_PARAGRAPH_WORDS = 12;
/** A step's verb at its start, imperative or infinitive, in the languages the rating reads most. */
const STEP_VERB =
  /^(?:clone|open|restore|install|configure|set up|create|run|start|build|import|execute|launch|copy|clonar|clona|abrir|abre|abra|restaurar|restaura|instalar|instala|instale|configurar|configura|configure|crear|crea|criar|crie|ejecutar|ejecuta|executar|execute|correr|corre|rodar|rode|iniciar|inicia|importar|importa|compilar|compila|copiar|copia)\b/i;
/** A sentence announcing steps to follow, in the languages the rating reads. */
const STEPS_INTRO = /\b(?:follow(?:ing)? (?:these|the|those)(?: following)? steps|the steps below|steps? to (?:run|install|set up|start))\b|sigue (?:estos|los)(?: siguientes)? pasos|siga (?:estos|os|estes)(?: seguintes)? passos|suivez (?:ces|les)(?: étapes suivantes| étapes)|folgen sie (?:diesen|den)(?: folgenden)? schritten/i;

/** The most numbered steps, written out without commands, that one install section holds. */
function writtenInstallSteps(r: Reading): number {
  let most = 0;
  for (const { index, name } of r.sections) {
    if (!isInstallSection(r, index, name)) continue;
    if (sectionOf(r, index).some((b) => b.kind === 'code' && !DATA_LANGS.test(b.lang))) continue;
    most = Math.max(most, installStepsIn(r, index));
  }
  return most;
}

function endpointsIn(b: ReadmeBlock): string[] {
  const found: string[] = [];
  const texts = b.kind === 'code' ? [b.code] : [b.text, ...b.inlineCode];
  for (const t of texts) {
    for (const m of t.matchAll(ENDPOINT)) found.push(`${m[1].toUpperCase()} ${m[2]}`);
    if (b.kind !== 'code') for (const m of t.matchAll(ENDPOINT_PATH_FIRST)) found.push(`${m[2].toUpperCase()} ${m[1]}`);
  }
  // A method on a line of its own over its path ("GET:" then "/api/products/${id}").
  if (b.kind === 'code') {
    const lines = b.code.split('\n').map((l) => l.trim()).filter(Boolean);
    for (let k = 0; k + 1 < lines.length; k++) {
      const m = /^(GET|POST|PUT|PATCH|DELETE)\s*:?$/i.exec(lines[k]);
      if (m && /^\/[\w{}$?:.-]/.test(lines[k + 1])) found.push(`${m[1].toUpperCase()} ${lines[k + 1].split(/\s/)[0]}`);
    }
  }
  // A table row with a method cell and a path cell.
  const method = b.cells.find((c) => HTTP_METHOD.test(c.replace(/`/g, '').trim()));
  const path = b.cells.find((c) => /^`?\/[\w\-.~{}:<>/@$*]*`?$/.test(c.trim()));
  if (method && path) found.push(`${method.replace(/`/g, '').trim().toUpperCase()} ${path.replace(/`/g, '').trim()}`);
  return found;
}

/**
 * What the nearest heading that says what its section is about makes of a block: a description
 * ("About", "Features"), a step or aside (installing, using, testing, settings), or nothing said
 * (no such heading above it).
 */
function sectionKind(r: Reading, i: number): 'description' | 'other' | null {
  // The nearest one decides ("Using npm" under "Installation" is installing).
  for (let p = r.parent[i]; p >= 0; p = r.up[p]) {
    const name = r.name[p];
    // The title names the project, unless it is itself a step ("How to start the project as a developer?").
    if (p === r.title) return isInstallHeading(name) && TITLE_AS_STEP.test(r.blocks[p].text.trim()) ? 'other' : null;
    const other = isInstallHeading(name) || isUsageHeading(name) || isOtherHeading(name);
    if (isDescriptionHeading(name) && !(other && isProjectWordOnly(name))) return 'description';
    if (other) return 'other';
  }
  return null;
}
/** A title that says what to do ("How to start the project", "Getting started"), not what the project is called. */
const TITLE_AS_STEP = /^\W*(?:how (?:to|do i|can i|do you)|steps? to|getting started|get started|set(?:ting)? up|setup|install(?:ation|ing)?|c[oó]mo (?:iniciar|ejecutar|instalar|rodar|executar|levantar|usar)|comment (?:lancer|installer|démarrer)|wie (?:man )?\w+ (?:startet|installiert))\b/i;
/** A block that says what the project is: prose under no heading, or under one that is not about installing, using, testing or settings. */
function describes(r: Reading, i: number): boolean {
  return sectionKind(r, i) !== 'other';
}

/**
 * Headings of sections about checking the code (linting, CI), not about using it. (Tests are not
 * among them: a Postman collection or a `.http` file run as the API's tests shows its calls.)
 */
const CHECKS_HEADING = /(?<![\p{L}])(?:lint(?:ing|er)?|ci|continuous integration|checks?|validation|code quality|static analysis)(?![\p{L}])/iu;
/** Whether a block stands under a heading about linting or CI. */
function underChecks(r: Reading, i: number): boolean {
  for (let p = r.parent[i]; p >= 0 && p !== r.title; p = r.up[p]) if (CHECKS_HEADING.test(r.name[p])) return true;
  return false;
}

/** Whether the repository is a template others generate projects from (`dotnet new`, cookiecutter, copier). */
function isTemplateRepository(input: DocInput): boolean {
  const names = [...input.rootEntries.map((e) => e.name), ...(input.paths ?? []).filter((p) => !p.replace(/\/$/, '').includes('/')).map((p) => p.replace(/\/$/, ''))];
  return names.some((n) => TEMPLATE_MARKER.test(n));
}

/** An address with no path to go to, and nothing named to look at there (no docs, routes or playground). */
const opensBareRoot = (b: ReadmeBlock) => ![b.text, ...b.links].some((l) => LOCAL_URL_WITH_PATH.test(l)) && !/swagger|docs|graphiql|playground|sandbox|explorer|quer(?:y|ies)|mutations?|routes?|endpoints?|api/i.test(b.text.replace(/https?:\/\/\S+/g, ''));
/** What a server answers to say it is up ("you should see \"Server is running\"", "Hello World", "pong"). */
const LIVENESS =
  /\b(?:(?:server|api|app|service) is (?:up|running|alive|live)|hello,? world|it works|pong|(?:check|verify|make sure|confirm) (?:that )?(?:it|everything|the (?:server|api|app|service)) (?:works|is (?:up|running|working)))\b|\bshould (?:see|get|receive|return|show)\s+(?:a |the )?(?:["“'`]|message\b|response\b|json\b|text\b)|verificar que (?:todo|tudo) (?:funcione|funciona|est[eé])|comprobar que (?:todo )?funciona|vérifier que (?:tout|le serveur) fonctionne|prüfen,? ob (?:alles|der server) (?:funktioniert|läuft)|проверить,? что (?:вс[её]|сервер) работает/i;
/** Create React App's sentence on opening the app it made. */
const CRA_SENTENCE = /\bto view it in (?:the|your) browser\b/i;
/**
 * Whether the package.json files read (the root's, and a workspace's `client/` or `app/`) depend
 * on nothing that serves pages (React, Vue, Next …). Unknown (no package.json) is not "none".
 */
function hasNoFrontEnd(input: DocInput): boolean {
  const manifests = Object.entries(input.manifests ?? {}).filter(([path]) => /(?:^|\/)package\.json$/.test(path)).map(([, text]) => text);
  if (manifests.length === 0) return false;
  return !manifests.some((m) => FRONT_END_DEPENDENCY.test(m));
}
const FRONT_END_DEPENDENCY = /"(?:react-scripts|react|react-dom|vue|next|nuxt|@angular\/core|svelte|@sveltejs\/kit|vite|ejs|pug|hbs|express-handlebars|handlebars)"\s*:/;

/** Whether a package.json read depends on something that serves pages, or the server renders pages of its own (`views/entry.erb`, `templates/index.html`). */
function hasFrontEnd(input: DocInput): boolean {
  return (
    Object.entries(input.manifests ?? {}).some(([path, text]) => /(?:^|\/)package\.json$/.test(path) && FRONT_END_DEPENDENCY.test(text)) ||
    (input.paths ?? []).filter((p) => SERVER_PAGE.test(p)).length >= SERVER_PAGES
  );
}
/** A page the server renders: a view or template file. */
const SERVER_PAGE = /(?:^|\/)(?:views|templates|pages)\/(?:[\w.-]+\/)*[\w.-]+\.(?:erb|haml|slim|ejs|hbs|handlebars|pug|jade|njk|twig|jinja2?|j2|html|cshtml|razor|jsp|gohtml|tmpl|heex|eex|leex|blade\.php|php)$/i;
/** So many pages, at least: an app with screens, not one error page. */
const SERVER_PAGES = 3;
/** A running instance anyone can open: a deployed app's host, or an address with a port. */
const isLiveApp = (url: string) => {
  const m = /^https?:\/\/([^/\s?#:]+)(:\d+)?/i.exec(url);
  return !!m && (/(?:^|\.)(?:herokuapp\.com|vercel\.app|netlify\.app|fly\.dev|onrender\.com|railway\.app|azurewebsites\.net|appspot\.com|web\.app|firebaseapp\.com|surge\.sh|koyeb\.app|pages\.dev|replit\.app)$/i.test(m[1]) || (/^(?:\d{1,3}\.){3}\d{1,3}$/.test(m[1]) && !/^(?:127|10|192\.168|0)\./.test(m[1])));
};

/** The account a local app comes with: "Default login: `admin` / `admin123`", "seeds create a user with email … password …". */
const DEFAULT_LOGIN = /\b(?:default|demo|test|seeded)\s+(?:login|users?|account|credentials)\b|\b(?:e-?mail|login|user(?:name)?)\b.{0,60}\b(?:password|senha|contraseña|mot de passe|passwort)\b/i;
/** The account of a database or its console, not of the app: "POSTGRES_PASSWORD", "pgAdmin: postgres / changeme". */
const DATABASE_ACCOUNT = /\b(?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|pgadmin\d?|database|db|phpmyadmin|adminer)\b|_PASSWORD\b/i;
/** A line that says its link is the app running: "Live demo:", "Frontend:", "Deployed at", "Try it live". */
const LIVE_LABEL = /^\W*(?:live(?:\s+(?:demo|site|app|version|deployment))?|demo|front[\s-]?end|web\s?app|website|deployed(?:\s+(?:at|on|to))?|try it(?:\s+(?:live|out|here))?)\s*(?:[:：-]|\s(?=\[|https?:))/i;
const LIVE_HEADING = /^(?:live(?:\s+(?:demo|site|app|version|deployment))?|demo|deployment|deployed app)$/;
function underLiveHeading(r: Reading, i: number): boolean {
  const p = r.parent[i];
  return p >= 0 && p !== r.title && LIVE_HEADING.test(r.name[p]);
}
/** An address anyone can open: not this machine, not GitHub. */
const isPublicSite = (l: string) => /^https?:\/\/(?!(?:www\.)?github\.com\/|localhost|127\.0\.0\.1|0\.0\.0\.0)[\w-]+\.[\w.-]+/i.test(l);
/** The whole text of a link to documentation: "Documentation", "Full docs", "Read the documentation" (and in other languages). */
const DOCS_LINK_LABEL = /^\W*(?:(?:full|complete|online|read the|see the|api|project)\s+)?(?:documentation|docs)\W*$|^\W*(?:documentación|documentação|dokumentation|documentazione|dokumentacja|документация|문서|ドキュメント|文档|文檔)\W*$/iu;

/** A heading over the first steps of using it, in the languages of readme-vocabulary.ts. */
const QUICK_START_HEADING = /\b(?:quick(?:ly)?[\s-]?start|getting started|get started|first steps|example usage|basic usage)\b|inicio rápido|primeros pasos|início rápido|primeiros passos|démarrage rapide|premiers pas|schnellstart|erste schritte|guida rapida|szybki start|быстрый старт|начало работы|mulai cepat|빠른 시작|시작하기|クイックスタート|はじめに|快速开始|快速上手|快速入门/iu;
/** Fences of programming languages: code in them calls the project, where a shell block starts it. */
const PROGRAM_LANGS = /^(?:c#|cs|csharp|f#|fsharp|java|kotlin|kt|scala|groovy|python|py|js|javascript|jsx|ts|typescript|tsx|go|golang|rust|rs|ruby|rb|php|swift|elixir|ex|exs|dart|clojure|clj|haskell|hs|c|cpp|c\+\+|lua|perl|r|julia|vb|vbnet)$/i;

/** Installing a command line as a tool, with its name: `brew install mongo-tool`, `pipx install habits`. */
const TOOL_INSTALL = /^(?:[$>]\s*)?(?:brew install|cargo install|pipx install|gem install|(?:npm|pnpm) (?:i|install) (?:-g|--global)|yarn global add|scoop install|winget install)\s+(?:--?[\w-]+\s+)*([\w@./-]*[\w-])(?:@[\w.-]+)?\s*$/;

/** A folder or file of the repository, named as such. */
const FOLDER_WORD = /\b(?:folders?|director(?:y|ies)|dir|files?|pasta|carpeta|dossier|ordner|cartella|katalog|arquivos?|archivos?|fichiers?)\b|папк/i;

/** A heading about watching the service run: its metrics, health and traces. */
const MONITORING_HEADING = /(?<![\p{L}])(?:actuator|prometheus|grafana|metrics|métricas|metriken|monitoring|monitoramento|monitoreo|giám sát|observability|health ?checks?|tracing|zipkin|jaeger)(?![\p{L}])/iu;

/** A controller named with its route: "`ClienteController` (`/clientes`)", "UsersController — /api/users". */
const CONTROLLER_ROUTE = /\b[A-Z]\w*Controller\b`?\W{1,6}\/[a-z{][\w{}/-]*/;

/** The reader told to send a request to an address with a path (not what the project itself sends). */
const PROSE_REQUEST = /\b(?:send(?:ing)?|make|making|issue|issuing|do|doing)\s+an?\s+(?:GET|POST|PUT|PATCH|DELETE)\s+request\b[^.]{0,160}?(?:https?:\/\/[^\s/]+\/[\w{:-]|(?<=\s|`)\/[\w{:-]+)/i;

function hasUsage(input: DocInput, r: Reading): boolean {
  const endpoints = new Set<string>();
  const names = r.names;
  const ownCli = names.length ? new RegExp(`^\\s*(?:[$>]\\s*)?(?:(?:sudo|time|\\/usr\\/bin\\/time(?:\\s+-\\w+)*)\\s+)?(?:\\./)?(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s|$)`, 'i') : null;
  const rootFiles = input.rootEntries.map((e) => e.name);
  // A reference of the commands that tend it (`yarn db:<service>:migrate:run`, `make lint`), with the values they take
  // ("Available service: `user`, `order`") and a short word on each, is not how to use it.
  const tendsOnly = (section: readonly ReadmeBlock[]) => {
    const commands = section.flatMap((b) => (b.kind === 'code' ? codeLinesOf(b) : b.inlineCode.filter((c) => /\s/.test(c.trim()))));
    return (
      commands.some((c) => isChoreCommand(c, rootFiles)) &&
      commands.every((c) => isRunCommand(c) || isChoreCommand(c, rootFiles)) &&
      section.every((b) => b.kind === 'heading' || b.kind === 'code' || (b.links.length === 0 && countWords(b.text) <= SETUP_STEP_MAX_WORDS))
    );
  };
  // The repository's folders, which a path in a sentence may name instead of a page (`/docker/dev/`).
  const folders = new Set([...input.rootEntries.filter((e) => e.type === 'tree').map((e) => e.name), ...(input.paths ?? []).filter((p) => p.endsWith('/')).map((p) => p.slice(0, -1))].map((f) => f.toLowerCase()));
  // Script names anywhere in the repository (`scripts/api_client.sh` is run as `./api_client.sh` from its folder).
  const scripts = new Set([...rootFiles, ...(input.paths ?? []).map((p) => p.slice(p.lastIndexOf('/') + 1))]);
  const targets = new Set<string>();
  const imports = projectImport(names);
  const noFrontEnd = hasNoFrontEnd(input);
  for (let i = 0; i < r.blocks.length; i++) {
    const b = r.blocks[i];
    const lines = b.kind === 'code' ? b.code.split('\n') : [b.text, ...b.inlineCode, ...b.cells];
    const candidates = commandCandidates(b);
    if (lines.some(isRequestCommand)) return true;
    // A setting's value (`API_URL=http://localhost:3001/api/v1`) is configuration, not a request; nor is a generator's text.
    // (So is one in a table of settings, a row that starts with the variable's name: `API_BASE_URL | … | http://localhost:3001/api/v1`.)
    const settingRow = b.place === 'table' && /^`?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+`?$/.test((b.cells[0] ?? '').trim());
    // (Nor is an option's value in a command that is not a request: `./app test -Dintegration.url=http://localhost:9090/api`.)
    const asked = lines.filter((l) => !(b.kind === 'code' && SETTING_LINE.test(l))).map((l) => (b.kind === 'code' && !isRequestCommand(l) ? l.replace(OPTION_URL, ' ') : l));
    if (!r.template.blocks.has(i) && !settingRow && [...asked, ...b.links].some((l) => LOCAL_URL_WITH_PATH.test(l))) return true;
    // A command run against the local service, its address set in front (`APIURL=http://localhost:5000/api ./run-api-tests.sh`).
    if (b.kind === 'code' && lines.some((l) => ADDRESS_BEFORE_COMMAND.test(l))) return true;
    for (const e of endpointsIn(b)) endpoints.add(e);
    // An API docs pointer, with somewhere to go; a mention in the description ("follows the X API spec") is not one, nor a link to nothing yet.
    // (Under a heading about linting or CI, the API's description is what is checked, not how to use it.)
    // (A generator's links to its framework's documentation, "API Reference", are not this project's.)
    const generated = r.template.blocks.has(i);
    if (!generated && b.kind === 'text' && API_DOCS_POINTER.test(b.text) && !NOT_YET.test(b.text) && !underChecks(r, i)) {
      // In the description, only with the address of the docs themselves ("Swagger: https://x.example/docs").
      // (Not the server's own address, `http://localhost:3000`, beside "use a tool such as Postman or cURL": that names no docs.)
      const pointed = b.links.filter((l) => isRealLink(l) && !BARE_LOCAL_ROOT.test(l) && !TOOL_SITE.test(l));
      const text = b.text.replace(BARE_LOCAL_ROOT_IN_TEXT, ' ');
      if (!describes(r, i) && (pointed.length > 0 || /https?:\/\/|\s\/\w|\.(json|ya?ml|http)\b/.test(text) || PLACEHOLDER_HOST_PATH.test(text))) return true;
      if ([...b.links, ...(b.text.match(/https?:\/\/\S+/g) ?? [])].some(isApiDocsUrl)) return true;
      // …or a sentence telling the reader to call the API with them ("exercise the application using the Postman collection: [here](…)").
      if (USE_WITH.test(b.text) && b.links.some((l) => /^https?:/i.test(l))) return true;
      // …or its path on the running service ("add /swagger/index.html to the URL").
      if ((b.text.match(/(?<=^|[\s`(])\/[\w\-./]+/g) ?? []).some((p) => API_DOCS_PATH.test(p))) return true;
    }
    // A sentence that names the docs (in words or by a badge) and their path on the service: "Confira a documentação no endpoint `/docs`".
    // (Not the repository's docs folder: "the documentation is in the `/docs` folder".)
    if (!generated && b.kind === 'text' && !NOT_YET.test(b.text) && !FOLDER_WORD.test(b.text) && !isStructureItem(b) && (NAMES_DOCS.test(b.text) || b.badgeLabels.some((l) => API_DOCS_POINTER.test(l))) && (b.text.match(/(?<=^|[\s`(])\/[\w\-./]+/g) ?? []).some((p) => API_DOCS_PATH.test(p)))
      return true;
    // A heading that names the docs and their path on the service ("#### Swagger : `/api-doc/`").
    if (!generated && b.kind === 'heading' && API_DOCS_POINTER.test(b.text) && (b.text.match(/(?<=^|[\s`(:])\/[\w\-./]+/g) ?? []).some((p) => API_DOCS_PATH.test(p))) return true;
    // A badge that names the API's documentation and links to it ("API Doc" → the published docs).
    if (!generated && b.badgeLabels.some((l) => API_DOCS_POINTER.test(l)) && b.links.some((l) => /^https?:/i.test(l) && !TOOL_SITE.test(l))) return true;
    // A GraphQL query or mutation written out; a deployed instance with something to do there.
    if (b.kind === 'code' && !/^(?:json|jsonc|ya?ml|toml|xml|ini|env|dotenv|properties|csv|mermaid)$/.test(b.lang) && isGraphqlOperation(b.code)) return true;
    if (b.kind === 'text' && isDeployedUse(b.text, b.links)) return true;
    // A published collection or spec (Postman's documenter, SwaggerHub) is API docs wherever it is linked.
    // (In a heading too: "### [API Documentation](https://documenter.getpostman.com/view/…) (Postman)".)
    if (!generated && (b.kind === 'text' || b.kind === 'heading') && [...b.links, ...(b.text.match(/https?:\/\/\S+/g) ?? [])].some((u) => PUBLISHED_API_DOCS.test(u))) return true;
    // A paragraph that is only a link to the project's documentation site ("[Documentation](https://…)").
    if (!generated && b.kind === 'text' && b.place !== 'list' && DOCS_LINK_LABEL.test(b.text.trim()) && b.links.some((l) => /^https?:\/\//i.test(l) && !/^https?:\/\/(?:www\.)?github\.com\//i.test(l) && !TOOL_SITE.test(l))) return true;
    // A request told in words, to an address with a path ("get a token by sending a POST request … to http://host/api/tokens").
    if (b.kind === 'text' && PROSE_REQUEST.test(b.text)) return true;
    // A request file or collection the reader is told to open or import ("import it into Postman", "open the API.paw doc").
    if (b.kind === 'text' && REQUEST_FILE_STEP.test(b.text)) return true;
    // A command line's help, shown as it prints it ("usage: habits [-h] …").
    if (b.kind === 'code' && /^\s*usage:\s+[\w.-]+\s+\[/im.test(b.code)) return true;
    // The project's own client called through its task runner (`npm run client get --id 1A`).
    if (candidates.some((l) => OWN_CLIENT.test(l.trim()) || ownClientScript(l.trim(), scripts) || ownToolRun(l.trim(), rootFiles))) return true;
    // The project's own command line in an example, or its import as a library.
    // (Called with something to do: alone, `run`, it only starts; `--action=create-tables` tends its database.)
    if (b.kind === 'code' && ownCli && b.code.split('\n').some((l) => ownCli.test(l) && ownCliCall(l.replace(ownCli, '')))) return true;
    if (b.kind === 'code' && !SHELL_LANGS.test(b.lang) && lines.some(imports)) return true;
    // An app used in a browser: "open http://localhost:3000", "visit http://EXTERNAL_IP".
    // (Create React App's "Open http://localhost:3000 to view it in the browser", copied into a server's README, shows nothing.)
    if (generated) continue;
    // "Open your browser at the url:" over the address on a line of its own, or alone in a code block.
    const next = r.blocks[i + 1];
    const address = !next ? '' : next.kind !== 'code' ? next.text.trim() : codeLinesOf(next).length === 1 ? codeLinesOf(next)[0].trim() : '';
    // (Without the colon too when the sentence names the API's docs: "Acesse a documentação da API no navegador".)
    if (b.kind === 'text' && (/:$/.test(b.text.trim()) || NAMES_DOCS.test(b.text)) && /^\W*(?:https?:\/\/)?(?:localhost|127\.0\.0\.1)[:/]/i.test(address) && isBrowseInstruction(`${b.text} ${address}`, [...b.links, ...(next?.links ?? [])]))
      return true;
    // (Nor, for a server with no pages, opening its bare address "to check that it works".)
    // (Nor opening it to read that it is up, "you should see \"Server is running\"", whatever it serves.)
    if (b.kind === 'text' ? isBrowseInstruction(b.text, b.links) && !((CRA_SENTENCE.test(b.text) || opensBareRoot(b)) && noFrontEnd) && !(opensBareRoot(b) && LIVENESS.test(b.text)) : b.kind === 'code' && !DATA_LANGS.test(b.lang) && lines.some((l) => isBrowseInstruction(l))) return true;
    // A page of the app by its path: "Navigate to `/admin/register` and submit the form".
    if (b.kind === 'text' && opensPagePath(b.text, folders)) return true;
    // A template: making a project from it is using it.
    if (candidates.some((l) => isScaffoldCommand(l, r.repoName, r.isTemplate)) || (b.kind === 'text' && USE_THIS_TEMPLATE.test(b.text))) return true;
    for (const l of candidates) {
      const t = taskTarget(l, rootFiles);
      if (t) targets.add(t);
    }
  }
  if (endpoints.size >= 2 || isTargetReference(targets)) return true;
  // The project's own command line, called with two different things to do in inline code or a table ("Run `mongo-tool status` or `mongo-tool up`").
  if (ownCli) {
    const calls = new Set(r.blocks.flatMap((b) => (b.kind === 'code' ? [] : [...b.inlineCode, ...b.cells])).map((c) => c.trim()).filter((c) => ownCli.test(c) && /^\s*[a-z][\w:-]*/i.test(c.replace(ownCli, ''))));
    if (calls.size >= 2) return true;
  }
  if (isPageWalkthrough(r.blocks.filter((b) => b.kind === 'text' && b.place === 'list').map((b) => b.text), folders)) return true;
  // A list of the paths it answers on, under a line that names them ("5. Current endpoints:" over `/register`, `/books/<int:id>/delete` …).
  if (pathListUnderEndpoints(r)) return true;
  // Steps that name the endpoints they call, three or more, in code: "get a token through the endpoint `/dummyLogin`, or `/register` then `/login`".
  const named = new Set(r.blocks.filter((b) => b.kind === 'text' && ENDPOINT_WORD.test(b.text)).flatMap((b) => b.inlineCode.map((c) => c.trim()).filter((c) => /^\/[\w{:<-][\w{}:<>/.-]*$/.test(c))));
  if (named.size >= ENDPOINT_PATHS) return true;
  // Calls shown one by one under headings that name their method ("Método POST", "GET by id"), each with the request or a picture of it.
  const calls = r.sections.filter(({ index }) => METHOD_HEADING.test(r.blocks[index].text.trim()) && sectionOf(r, index).some((b) => b.kind === 'code' || b.images.length > 0));
  if (calls.length >= 2) return true;
  // The controllers, each with its route ("`ClienteController` (`/clientes`)"): the API's resources, listed.
  if (r.blocks.filter((b) => b.kind === 'text' && (b.place === 'list' || b.place === 'table') && CONTROLLER_ROUTE.test(b.text)).length >= 3) return true;
  // A quick start that shows code calling it (`var ticker = await PublicApi.GetTicker(…)`), not only commands.
  if (r.sections.some(({ index, name }) => QUICK_START_HEADING.test(name) && sectionOf(r, index).some((b) => b.kind === 'code' && PROGRAM_LANGS.test(b.lang) && /\w\s*\(/.test(b.code) && !codeLinesOf(b).every(isRunCommand)))) return true;
  const frontEnd = hasFrontEnd(input);
  // An app with pages, shown screen by screen (three screenshots or more): what it looks like in use is how to use it.
  // (Not a logo, an icon or a badge; not a drawing, `.svg`, which a screenshot never is.)
  if (frontEnd && r.blocks.reduce((n, b) => n + b.images.filter((u) => !/logo|icon|banner|badge|\.svg(?:[?#]|$)/i.test(u)).length, 0) >= SCREENS_SHOWN) return true;
  // An app used through its pages, running where anyone can open it: opening it is using it.
  if (frontEnd && (isLiveApp(input.homepage ?? '') || r.blocks.some((b) => [...b.links, ...(b.text.match(/https?:\/\/[^\s)<>\]`'"]+/g) ?? [])].some(isLiveApp)))) return true;
  // An app with pages run here, with where to open it and an account to sign in with ("Open http://localhost:3000. Default login: `admin` / `admin123`").
  if (frontEnd && r.blocks.some((b) => b.kind === 'text' && [b.text, ...b.links].some((t) => LOCAL_ADDRESS.test(t) || /^https?:\/\/(?:localhost|127\.0\.0\.1)\b/i.test(t))) && r.blocks.some((b) => b.kind === 'text' && b.inlineCode.length > 0 && DEFAULT_LOGIN.test(b.text) && !DATABASE_ACCOUNT.test(b.text))) return true;
  // (On its own domain too, when the link says it is the running app: "Frontend: https://films.example.com", under "Live deployment".)
  if (frontEnd && r.blocks.some((b, i) => b.kind === 'text' && (LIVE_LABEL.test(b.text) || underLiveHeading(r, i)) && b.links.some(isPublicSite))) return true;
  // A library's API reference: its functions listed with what they do ("- `createValidator(...rules)` – returns a validator").
  if (r.blocks.filter((b) => b.place === 'list' && b.inlineCode.length > 0 && SIGNATURE.test(b.inlineCode[0].trim()) && b.text.trim().startsWith(b.inlineCode[0].trim()) && countWords(b.text) > countWords(b.inlineCode[0]) + 1).length >= 3) return true;
  // A gRPC service's methods, named in a list ("Use the ListFiles method").
  if (/\bgrpc\b|\.proto\b/i.test(r.blocks.map((b) => b.text).join(' ')) && rpcMethods(r).size >= 2) return true;
  // A usage section with something in it: a request, an example, a list, a table, a link or real
  // prose. Under a heading that may only name a part ("API"), an example or a table of calls; its
  // install commands are not usage.
  return r.sections.some(({ index, name }) => {
    if ((!isUsageHeading(name) && !API_DOCS_POINTER.test(name)) || CHECKS_HEADING.test(name) || underChecks(r, index)) return false;
    // (Nor one about producing the docs, "How to update the Swagger documentation": that is a chore of the code.)
    if (DOCS_CHORE_HEADING.test(name)) return false;
    // (Endpoints that watch the service, "Endpoints Actuator Prometheus", are how to monitor it, not how to use it.)
    if (MONITORING_HEADING.test(name)) return false;
    // A generator's section ("Micronaut 4.2.4 Documentation") is about its framework.
    if (r.template.blocks.has(index)) return false;
    // What it says is not there yet ("Not available right now"), and links to nothing, do not count.
    const section = sectionOf(r, index)
      .filter((b) => !(b.kind === 'text' && NOT_YET.test(b.text)))
      .map((b) => (b.links.every(isRealLink) ? b : { ...b, links: b.links.filter(isRealLink) }));
    if (endpoints.size >= 1) return true;
    // Pictures of the API's own docs (a Swagger UI's page of calls) show its endpoints.
    if (section.some((b) => b.images.some((u, k) => API_DOCS_PICTURE.test(`${b.imageAlts[k] ?? ''} ${u}`)))) return true;
    if (isAmbiguousUsageHeading(name)) {
      const cut = section.findIndex((b) => b.kind === 'heading');
      const own = cut < 0 ? section : section.slice(0, cut);
      // …or a list of the paths it answers on.
      const paths = own.filter((b) => b.place === 'list' && /^`?\/[\w{:]/.test(b.text)).length;
      // (Not a table of the tasks that set it up, check and start it: `make setup`, `make lint`, `make test`.)
      if (tendsOnly(own)) return false;
      // (Not a drawing of the docs' folders.)
      return paths >= 2 || own.some((b) => b.kind === 'code' && !isFileTree(b) && !b.code.split('\n').some(isRunCommand)) || own.some((b) => b.place === 'table');
    }
    // Only the commands that install and start it, under a usage heading, are not how to use it
    // (running a Postman or Swagger suite is: it calls the API).
    // (A step's caption, "1. Start the server:", and where it then listens, `http://localhost:8080`, are part of starting it.)
    // (Nor the settings written on the way, `DATABASE_URL=…`, and the steps that say what to put in them.)
    // (Nor the library declared as a dependency, `<artifactId>ya-config</artifactId>` in a pom: that is installing it.)
    // (Nor a table of the tasks that set it up, check and start it, `make lint`, with its header row.)
    const startsOnly = (b: ReadmeBlock) =>
      b.kind === 'code'
        ? codeLinesOf(b).every((l) => isRunCommand(l) || FETCH_LINE.test(l.trim()) || SETTING_LINE.test(l) || VERSION_PIN.test(l.trim())) || isDependencyBlock(b.code, r.names)
        : b.kind === 'text' &&
          (b.inlineCode.length > 0
            ? b.inlineCode.every((c) => isRunCommand(c) || isChoreCommand(c, rootFiles) || BARE_LOCAL_ADDRESS.test(c.trim()) || SETTING_FILE.test(c.trim()) || VERSION_PIN.test(c.trim()))
            : (countWords(b.text) <= POINTER_MAX_WORDS && b.links.length === 0 && ((b.place !== 'list' && b.place !== 'table') || countWords(b.text) <= CAPTION_MAX_WORDS)) ||
              (b.links.length === 0 && countWords(b.text) <= SETUP_STEP_MAX_WORDS && SETUP_WORDS.test(b.text)) ||
              // (Nor sending the reader on to another repository, its front end's, to set that up: "follow the directions of the [front end](…)".)
              (countWords(b.text) <= POINTER_MAX_WORDS && b.links.length > 0 && b.links.every((l) => isOtherRepository(l, input.fullName))));
    // (The commands may be fenced or inline: "- Execute on release: `cargo run --release`".)
    if (!API_DOCS_POINTER.test(name) && section.some((b) => b.kind === 'code' || b.inlineCode.some(isRunCommand)) && section.every((b) => b.kind === 'heading' || startsOnly(b))) return false;
    if (tendsOnly(section)) return false;
    // An endpoints section that names none (only the controllers that hold them) shows no call.
    if (ENDPOINTS_HEADING.test(name) && !section.some((b) => b.kind === 'code' || b.links.length > 0 || b.images.length > 0 || /(?:^|[\s`(])\/[\w{:]/.test(b.text))) return false;
    // A section that only sends the reader to documentation elsewhere ("See docs/usage.md") shows nothing itself.
    // (Under a heading that names the API's docs, "API 명세", the link to them is the pointer: "[Go to the GitHub Wiki](…/wiki/docs)".)
    // (So does one naming such a file in code, "Refer to `USAGE.md` on how to use this API", or drawing the docs' folders.)
    const docFile = (l: string) => DOCS_LINK.test(l) || DOC_FILE.test(l);
    if (
      !API_DOCS_POINTER.test(name) &&
      section.some((b) => b.kind === 'text') &&
      section.every(
        (b) =>
          b.kind === 'heading' ||
          (b.kind === 'code' && isFileTree(b)) ||
          (b.kind === 'text' && countWords(b.text) <= SETUP_STEP_MAX_WORDS && (b.links.length > 0 ? b.links.every(docFile) : b.inlineCode.length > 0 && b.inlineCode.every((c) => DOC_FILE.test(c.trim())))),
      )
    )
      return false;
    return (
      section.some((b) => b.kind === 'code' || b.inlineCode.length > 0 || b.links.length > 0 || b.place === 'list' || b.place === 'table') ||
      section.reduce((n, b) => n + (b.kind === 'code' ? 0 : countWords(b.text)), 0) >= 12
    );
  });
}

/** Three list items or more, in a row, each a path, right under a line or heading that names endpoints or routes. */
function pathListUnderEndpoints(r: Reading): boolean {
  for (let i = 0; i < r.blocks.length; i++) {
    let run = 0;
    while (i + run < r.blocks.length && r.blocks[i + run].place === 'list' && /^`?\/[\w{<:]/.test(r.blocks[i + run].text.trim())) run++;
    if (run >= ENDPOINT_PATHS && i > 0 && ENDPOINTS_HEADING.test(r.blocks[i - 1].text) && countWords(r.blocks[i - 1].text) <= CAPTION_MAX_WORDS) return true;
    i += run;
  }
  return false;
}
const ENDPOINT_PATHS = 3;
/** A word for an endpoint or a route, in the README languages, singular or plural. */
const ENDPOINT_WORD = /(?<![\p{L}])(?:endpoints?|routes?|rotas?|rutas?|маршрут\p{L}*|эндпоинт\p{L}*|ендпоінт\p{L}*|エンドポイント|端点|接口|엔드포인트)(?![\p{L}])/iu;
/** What follows the project's own command: something to do with it, not nothing, a help or version flag, or a chore of its database. */
function ownCliCall(rest: string): boolean {
  const args = rest.replace(/\s+#.*$/, '').trim();
  return args !== '' && !/^(?:-h|--help|-v|--version|help|version)$/i.test(args) && !OWN_CLI_CHORE.test(args);
}
const OWN_CLI_CHORE = /^(?:--?(?:action|cmd|command|task)[= ])?(?:create|drop|init|migrate|seed|setup|reset)(?:[-_ ](?:tables?|db|database|schema))?\b/i;
/** A link to the front page of another GitHub repository (not this one, nor a page or file in it). */
function isOtherRepository(link: string, own: string | undefined): boolean {
  const m = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?(?:#.*)?$/i.exec(link.trim());
  return !!m && m[1].toLowerCase() !== own?.toLowerCase();
}

/** A manifest snippet that only declares the project as a dependency (Maven, Gradle, Cargo, npm …), with its scaffolding. */
function isDependencyBlock(code: string, names: readonly string[]): boolean {
  const lines = code.split('\n').map((l) => l.trim()).filter(Boolean);
  const dependency = projectDependency(names);
  // What stands around the line: tags, braces, section headers and the other coordinates (groupId, version).
  const scaffolding = /^(?:<\/?[\w.-]+>(?:[^<]*<\/[\w.-]+>)?|[{}[\]()]+,?|\[[\w.-]+\]|(?:dependencies|implementation|compile|api|testImplementation)\s*[({]?|"?dependencies"?\s*:\s*\{?)$/i;
  return lines.some((l) => dependency(l)) && lines.every((l) => dependency(l) || scaffolding.test(l));
}

/** A function's signature as a reference lists it: `createValidator(...rules)`, `client.get(path, options?)`. */
const SIGNATURE = /^(?:new\s+)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*\([^()]*\)(?:\s*(?::|=>|->)\s*[\w<>[\]|. ]+)?$/;
/** What a picture of API docs is called, or its file: a Swagger UI, ReDoc or Postman page, the endpoints. */
const API_DOCS_PICTURE = /\b(?:swagger|openapi|redoc|postman|insomnia|endpoints?|api[\s_-]?(?:docs?|documentation|reference)|documentaci[óo]n\s+(?:de\s+la\s+)?api|documenta[çc][ãa]o\s+(?:da\s+)?api)\b|swagger[\w-]*\.(?:png|jpe?g|gif|webp)/i;
/** The address of API docs themselves: a Swagger UI, ReDoc, Scalar or GraphiQL path (not a tool's own site, swagger.io), an OpenAPI file, a published Postman collection. */
const API_DOCS_PATH = /^\/(?:.*\/)?(?:docs|swagger[\w\-./]*|api-docs?|redoc|scalar|rapidoc|graphiql|playground|openapi[\w.-]*)(?:[/#?]|$)/i;
const isApiDocsUrl = (url: string) => {
  const m = /^https?:\/\/([^/\s?#]+)(\/[^\s]*)?/i.exec(url);
  if (!m) return false;
  // On a code host, a repository named for a tool (`github.com/someone/swagger-codegen`) is that tool; only an OpenAPI file in one is an API's description.
  if (CODE_HOST.test(m[1])) return /\/(?:blob|raw|tree)\/[^\s]*(?:openapi|swagger|api-docs?)[\w.-]*\.(?:json|ya?ml)(?:[?#]|$)/i.test(m[2] ?? '');
  return /(?:^|\.)(?:documenter\.getpostman\.com|postman\.com|swaggerhub\.com)$/i.test(m[1]) || (!/(?:^|\.)swagger\.io$/i.test(m[1]) && API_DOCS_PATH.test(m[2] ?? ''));
};
const CODE_HOST = /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|raw\.githubusercontent\.com)$/i;
/** A sentence that tells the reader to call the API with something ("exercise it using", "import the collection", "try the requests"). */
const USE_WITH = /\b(?:exercise|try|import|explore|call|test)\b[^.]{0,60}\b(?:using|with|in|from|the)\b|\busing\b[^.]{0,40}\b(?:collection|requests)\b/i;
/** The repository's own client script, run with what to do (`./api_client.sh read students`): a script it holds, named for a client. */
function ownClientScript(line: string, scripts: ReadonlySet<string>): boolean {
  const m = /^(?:[$>]\s*)?(?:(?:bash|sh|python3?)\s+)?(?:\.\/)?(?:[\w.-]+\/)*([\w.-]*(?:client|cli)[\w.-]*\.(?:sh|py|rb|js|mjs|ts))\s+(?!-)[\w-]+/i.exec(line);
  return !!m && scripts.has(m[1].replace(/^.*\//, ''));
}
/**
 * A tool at the root run with what to do, its options spelled out (`pipenv run ./scraper.py --fetch <URL> --download`):
 * a command line is used by running it so. (A script that only starts or sets up the project is not one.)
 */
function ownToolRun(line: string, rootFiles: readonly string[]): boolean {
  const m = /^(?:[$>]\s*)?(?:(?:pipenv|poetry|uv)\s+run\s+|(?:python3?|bash|sh|node|ruby|php|deno\s+run|bun)\s+)?(?:\.\/)?([\w.-]+\.(?:py|sh|rb|js|mjs|php|pl))\s+(.+)$/i.exec(line);
  if (!m || !rootFiles.includes(m[1]) || LIFECYCLE_SCRIPT.test(m[1])) return false;
  return (m[2].match(/(?:^|\s)--?[a-z][\w-]*/gi) ?? []).length >= 2;
}
/** Scripts named for starting, setting up or shipping the project. */
const LIFECYCLE_SCRIPT = /^(?:run|start|serve|server|app|main|manage|setup|install|build|deploy|init|bootstrap|entrypoint|docker-entrypoint|wsgi|asgi|migrate|seed)\.\w+$/i;
/** A project's own client or command line run through its task runner, with what to do. */
const OWN_CLIENT = /^(?:[$>]\s*)?(?:npm|yarn|pnpm)\s+(?:run\s+)?(?:client|cli)(?::\w+)?\s+(?!--?\w+\s*$)\S+/i;
/** An RPC method's name: a verb and a noun in CamelCase (`ListFiles`, `CreateNote`). */
const RPC_METHOD = /\b(?:Get|List|Create|Update|Delete|Upload|Download|Add|Remove|Send|Stream|Watch|Find|Search|Set|Subscribe|Register|Login)[A-Z][A-Za-z]+\b/g;
/** The RPC methods that list items of a README name. */
function rpcMethods(r: Reading): Set<string> {
  const out = new Set<string>();
  for (const b of r.blocks) if (b.place === 'list' || b.place === 'table') for (const m of [b.text, ...b.inlineCode].join(' ').matchAll(RPC_METHOD)) out.add(m[0]);
  return out;
}
/** Opening or importing a file of requests to call the API with. */
const REQUEST_FILE_STEP = /\b(?:import|open|load)\b[^.]{0,80}(?:\bpostman\b|\binsomnia\b|\bcollection\b|\.paw\b|\.http\b|\bbruno\b)/i;
/** The sites of API tools and badge services, not the project's own docs. */
// (And a tool's own documentation, `django-rest-swagger.readthedocs.io`, `drf-spectacular.readthedocs.io`, credited in a list of what it is built with.)
const TOOL_SITE = /^https?:\/\/(?:[\w-]+\.)*(?:swagger\.io|openapis\.org|shields\.io|postman\.com\/downloads|github\.com\/swagger-api)|^https?:\/\/[\w-]*(?:swagger|openapi|spectacular|redoc|postman|insomnia)[\w-]*\.(?:readthedocs\.io|readthedocs\.org|github\.io|org|com|dev)(?:\/|$)/i;
/** Where API docs are published for people to try. */
const PUBLISHED_API_DOCS = /^https?:\/\/(?:documenter\.getpostman\.com|(?:www\.)?postman\.com\/[\w-]+\/|app\.swaggerhub\.com\/apis|(?:app\.)?swaggerhub\.com\/apis|explore\.swaggerhub\.com)/i;
/** An address with a placeholder host (`<HOST>:<PORT>/swagger`, `{host}/docs`). */
const PLACEHOLDER_HOST_PATH = /(?:^|[\s`(])(?:<\w+>+|\{\{?\w+\}?\}|\$\{?\w+\}?|[A-Z][A-Z_]{2,})(?::(?:<\w+>+|\d{2,5}|\{\w+\}|[A-Z][A-Z_]{2,}))?\/\w/;
/** A command with the local service's address set in front of it: `APIURL=http://localhost:5000/api ./run-api-tests.sh`. */
const ADDRESS_BEFORE_COMMAND = /^\s*(?:[$>]\s*)?[A-Z][A-Z0-9_]*=["']?(?:https?:\/\/)?(?:localhost|127\.0\.0\.1)[:/][^\s"']*["']?\s+(?:\.\/|[a-z])\S*/;
/** A line of settings: an assignment (`API_URL="http://…"`, `export BASE_URL=…`) or a YAML key for an address (`base_url: http://…`). */
const SETTING_LINE = /^\s*(?:export\s+|set\s+|\$env:)?[A-Za-z_][\w.]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"']*)\s*(?:#.*)?$|^\s*[a-z_]*(?:url|uri|host|origin|endpoint|address)\w*:\s/i;
/** A settings file named in a step (`.env`, `.env.example`, `appsettings.json`), or a dotfile that pins a tool (`.nvmrc`, `.tool-versions`). */
const SETTING_FILE = /^\.?[\w.-]*(?:\.env(?:\.\w+)?|env\.example|\.ya?ml|\.properties|\.ini|appsettings(?:\.\w+)?\.json|config\.\w+)$|^\.(?:nvmrc|node-version|python-version|ruby-version|tool-versions|sdkmanrc|java-version|go-version)$/i;
/** Choosing the runtime's version with a version manager (`nvm use`, `pyenv local 3.12`, `sdk env`): part of setting it up. */
const VERSION_PIN = /^(?:[$%>]\s*)?(?:nvm|fnm|volta|n|pyenv|rbenv|asdf|mise|rtx|sdk|jenv|goenv|rustup)\s+(?:use|install|local|global|env|default|shell|pin)\b/i;
/** What a setup step is about: the settings file, the database, its password and secrets, in the rating's languages (not "settings" alone: "open the settings page" is using it). */
const SETUP_WORDS = /\.env\b|\benv(?:ironment)? (?:file|variables?)\b|\b(?:database|password|secret|credentials?)\b|banco de dados|base de datos|senha|contraseña|datenbank|passwort|mot de passe|base de données|база данных|пароль|kata sandi|数据库|密码|データベース|パスワード|데이터베이스|비밀번호/iu;
/** A setup step that says what to put in a setting is at most this long. */
const SETUP_STEP_MAX_WORDS = 30;
/** An address given as a command-line option's value (`-Dintegration.url=http://…`, `--base-url http://…`). */
const OPTION_URL = /(?<=^|\s)-{1,2}[A-Za-z][\w.-]*(?:=|\s+)["']?https?:\/\/\S+/g;
/** Where a service listens, without a path: saying so is part of starting it. */
const BARE_LOCAL_ADDRESS = /^(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::\d{2,5})?\/?$/i;
/** Something said to be missing for now ("Not available right now", "coming soon", "TBD"). */
const NOT_YET = /\b(?:not (?:yet |currently )?available|coming soon|to be (?:added|done|written)|tbd|work in progress|wip|under construction|will be added|(?:should|will|to) be (?:generated|documented))\b/i;
/** A sentence that names the API's documentation, in the rating's languages. */
const NAMES_DOCS = /\b(?:api docs?|api documentation|swagger|docs)\b|documenta[çc][ãa]o|documentaci[óo]n|dokumentation|documentazione|документаци/i;
/** A link that goes somewhere (not `#` or empty). */
const isRealLink = (l: string) => l.trim() !== '' && l.trim() !== '#';

/** A paragraph that is a command someone forgot to fence is not prose. */
const COMMAND_LINE = /^(?:\$\s*)?(?:docker(?:-compose)?|npm|npx|yarn|pnpm|git|cargo|pip3?|python3?|node|make|cd|cp|mv|curl|wget|kubectl|helm|mvn|gradle|dotnet|php|composer|bundle|rails|flask|uvicorn|export|sudo|\.\/\S+)\s/;

/** A sentence that only sends the reader elsewhere ("For detailed instructions, please refer to the documentation"). */
const POINTER = /\b(?:see|refer to|check(?: out)?|consult|read|visit|look at|go to)\s+(?:the\s+|our\s+|its\s+)?(?:official\s+|full\s+|online\s+)?(?:documentation|docs|wiki|website|guide|handbook|manual)\b/i;
const POINTER_MAX_WORDS = 16;
/** A step to do: a sentence starting with an imperative to run something. */
const STEP = /^(?:\d+[.)]\s*)?(?:then\s+|now\s+|next,?\s+)?(?:run|execute|type|enter|start|launch|install|invoke|call|use|ejecut[ae]|execut[ae]|lancez|exécutez|führe|starte|esegui|uruchom|запустите|выполните|jalankan)(?![\p{L}])/iu;

/**
 * Words that say nothing of what a project does: what kind of thing it is ("backend", "API",
 * "demo"), how it was made ("built with", "using") and the small words between. With the names of
 * technologies, a description of only these names the stack ("This is backend created in node,
 * express and mongoDb").
 */
const EMPTY_WORDS = new Set(
  (
    'this is a an the it its it’s it\'s in on with and or for of to from by using uses used via built build created made developed written based powered ' +
    'implemented implementation simple basic small little tiny sample example examples test tests testing demo first new own some my our your we i that which ' +
    'be are was has have just project projects app apps application applications api apis rest restful backend back-end server service services microservice microservices ' +
    'codebase code repo repository web http json crud framework stack tech technology technologies program software system template boilerplate starter ' +
    'typescript javascript js ts node.js nodejs core boot db database study studies studying learning learn practice ' +
    // How it is built is not what it does ("Sample repository for implementing a clean architecture with Go").
    'architecture clean layered hexagonal onion pattern patterns implement implementing skeleton skelton demonstrate demonstrates demonstrating ' +
    'demonstration showcase showcasing best practices how ' +
    // The same small words in Spanish and Portuguese, where stack-only one-liners are common ("API REST Nodejs usando MongoDB").
    'es un una el la los las de del en con y e para por usando utilizando hecho hecha creado creada construido construida desarrollado desarrollada ' +
    'proyecto aplicación servidor sencillo sencilla ejemplo prueba estudio estudios aprendizaje é um o os as do da dos das em com feito feita criado ' +
    'criada construído construída desenvolvido desenvolvida projeto aplicação exemplo teste estudo estudos'
  ).split(' '),
);

/** How many words of a description say something of the project (neither an empty word nor a technology's name). */
function contentWords(text: string, stackItem = false): number {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.+#'’-]*/gu) ?? [];
  // One or two Latin letters or digits ("x", "v2") say nothing either.
  return tokens.map((t) => t.replace(/[.'’:-]+$/, '')).filter((t) => !/^[a-z0-9]{1,2}$/.test(t) && !/^v?\d+(?:\.\d+)*\+?$/.test(t) && !EMPTY_WORDS.has(t) && !(stackItem && STACK_LABELS.has(t)) && findTechnology(t) === undefined).length;
}
/**
 * What a stack list labels its items with ("Language: Java 21", "프레임워크 Spring Boot", "DB: H2"):
 * in a short list item they name no more than the technology beside them.
 */
const STACK_LABELS = new Set(
  ('language languages framework frameworks build tool tools database databases db orm runtime library libraries version server gradle maven ' +
    'lenguaje lenguajes base datos herramienta herramientas linguagem banco dados ferramenta langage outil données sprache datenbank werkzeug ' +
    'linguaggio strumento język baza danych narzędzie язык фреймворк база данных сборка инструмент bahasa basis data alat ' +
    '언어 프레임워크 빌드 도구 데이터베이스 라이브러리 런타임 버전 서버 言語 フレームワーク ビルド ツール データベース ライブラリ 语言 框架 构建 工具 数据库 库 語言 資料庫')
    .split(' '),
);
/** A list item or table row this short may be a label and a technology. */
const STACK_ITEM_MAX_WORDS = 6;
/** What to have installed first ("Before starting the project, make sure you have installed the following tools:"), in several languages. */
const PREREQUISITE_LINE = /^\W*(?:before\s+(?:you\s+)?(?:start|run|begin|install|us)\w*[^.:]{0,60},\s*)?(?:please\s+)?(?:make sure|ensure)\s+(?:that\s+)?you(?:'ve|\s+have)\b|^\W*(?:prima di\s+\w+[^.:]{0,60},\s*)?assicurati di (?:avere|aver)\b|^\W*(?:antes de\s+\w+[^.:]{0,60},\s*)?(?:asegúrate|asegurate|asegúrese) de (?:tener|haber)\b|^\W*(?:antes de\s+\w+[^.:]{0,60},\s*)?certifique-se de (?:ter|que)\b|^\W*(?:avant de\s+\w+[^.:]{0,60},\s*)?assurez-vous d['’]avoir\b|^\W*stellen sie sicher, dass\b|^\W*(?:перед\s+\S+[^.:]{0,60},\s*)?убедитесь,? что\b/iu;
/** A note or warning about the repository ("NOTE: this repository is not actively maintained"), in the README languages. */
const NOTE = /^(?:\*\*)?(?:note|notes|nb|warning|caution|disclaimer|attention|important|heads up|nota|aviso|advertencia|atención|atenção|remarque|avertissement|hinweis|achtung|warnung|uwaga|примечание|внимание|catatan|peringatan|注意|警告|참고|주의)(?:\*\*)?\s*[:：!]/iu;
/** A line of code set as a paragraph (`urlpatterns.append(url(…))`, `app.use(cors());`). */
const CODE_STATEMENT = /^[\w$.]+(?:\(.*\)|\[.*\]|\s*=\s*\S.*)\s*;?$/;
/** A line this short ending with a colon introduces what follows; one shorter still, over a code block, labels it. */
const CAPTION_MAX_WORDS = 8;
const LABEL_MAX_WORDS = 4;
/** An address of the service running here, with its port: `localhost:8081`, `127.0.0.1:8000/docs`. */
const LOCAL_ADDRESS = /(?:^|[\s(`'"])(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0):\d{2,5}\b/i;
/** A line this short before a local address only says where to reach it. */
const ADDRESS_LEAD_MAX_WORDS = 10;
/** A label and its link, written out: "[Install Go first] (https://…)", "Postman Doc (https://…)". */
const LABELLED_LINK = /^\W*\[?[^[\]()]{1,100}\]?\s*\(\s*https?:\/\/\S+\s*\)\s*$/i;
/** A sentence about the README or document itself. */
const ABOUT_README = /^\W*(?:this|the following|in this) (?:readme|document|guide|file)\b/i;
/** "To activate X, set Y": how to switch a part on, an instruction. */
const SETTING_STEP = /^\W*to\s+(?:activate|enable|disable|turn on|turn off|use|configure|change|switch)\b.{0,100}?,\s*(?:set|fill|add|put|pass|use|change|edit|export|define|provide|run)\b/i;
/** A sentence about someone else's product ("Sentry.io is a third party service to track errors"). */
const THIRD_PARTY = /^\W*\S+(?:\s+\S+)?\s+(?:is|are)\s+an?\s+(?:third[- ]party|external|hosted|cloud)\s+(?:service|tool|library|platform|provider)\b/i;
/** "Click here to learn more …": a pointer. */
const CLICK_HERE = /^\W*(?:click|tap)\s+(?:here|on\s+the\s+link|this\s+link)\b/i;
/** Whether a command stands in the words of a sentence, from some word on (`mix ecto.setup` in "… with mix ecto.setup"). */
function runsCommandInWords(line: string): boolean {
  const words = line.split(/\s+/);
  // (A command is a few words long: each start is tried with the words that can follow it in one.)
  for (let k = 1; k < words.length; k++) if (isRunCommand(words.slice(k, k + COMMAND_MAX_WORDS).join(' '))) return true;
  return false;
}
const COMMAND_MAX_WORDS = 12;
/** A lesson a line links to: "Same in blog format: [Elixir API](…)", "For tests, this video: […]". */
const LESSON = /\b(?:tutorials?|blog|course|videos?|playlist|lessons?|series|curso|aula|vídeo)\b/i;
/** A line crediting a tutorial or course the project follows, in the README languages. */
const ATTRIBUTION =
  /^\W*(?:(?:also\s+)?(?:following|followed|based on|built following|made following|taking inspiration from|inspired by|adapted from|from the (?:tutorial|course|video|book)|(?:tutorial|course|video|lesson)s?\s*:)|siguiendo|basado en|inspirado en|seguindo|baseado em|inspirado em|d['’]apr[eè]s|inspiré de|nach dem|basierend auf)\b/iu;
/** What the commands below a line are for: "To build the images", "Para rodar o projeto", "Um es zu starten", "Чтобы запустить". */
const PURPOSE_LEAD = /^(?:to|in order to|para|pour|per|um|чтобы|для)\s+\p{L}/iu;
/** The call an example below a line makes: "Create a new product", "Show a specific product by `ID`". */
const CALL_CAPTION = /^(?:create|show|get|list|update|edit|delete|remove|add|fetch|retrieve|find|search|register|log ?in|sign (?:in|up)|upload|download)\s/i;
/** A block that is an example or a command: code, or a list item that is only its command (`` * `docker compose build` ``). */
function isExampleBlock(b: ReadmeBlock): boolean {
  return b.kind === 'code' || (b.kind === 'text' && onlyInlineCode(b) && b.inlineCode.some(isRunCommand));
}
/** What a step does, said after it: "This will start the server", "Esto iniciará el servidor", "Isso vai iniciar a API". */
const STEP_RESULT =
  /^(?:if (?:all|everything) (?:goes|went) (?:well|right)|se tudo (?:der|deu|correr) certo|si todo (?:sale|va|salió) bien|si tout (?:va|s'est bien passé)|wenn alles (?:gut )?(?:geht|klappt))\b|^(?:this|that|it|which) (?:will|should) (?:start|run|launch|install|create|open|build|set up|spin up|bring up)\b|^(?:esto|eso) (?:iniciará|ejecutará|instalará|creará|levantará|arrancará)\b|^(?:isso|isto) (?:irá|vai) (?:iniciar|executar|instalar|criar|subir|levantar)\b|^cela (?:va |lancera|démarrera|installera)|^(?:dies|das) (?:startet|installiert|erstellt)\b|^это (?:запустит|установит|создаст)/i;
/** The header of a table of a call's parameters: a name column and a type or required column, in the README languages. */
const PARAMETER_HEADER = /^(?:param(?:eter|eters)?|parâmetros?|parámetros?|paramètres?|parametr[iy]?|параметр\w*|field|campo|champ|feld|поле|key|name|nome|nombre|nom|attribute|atributo|property|propriedade|propiedad)$/i;
const TYPE_HEADER = /^(?:type|tipo|typ|тип|data ?type|required|requerimento|obrigatório|obligatorio|requerido|requis|erforderlich|pflicht|обязательн\w*|in|location)$/i;
/** Whether a table row belongs to a table whose header names a call's parameters and their types. */
function inParameterTable(r: Reading, i: number): boolean {
  let h = i;
  while (h > 0 && r.blocks[h - 1].place === 'table') h--;
  const header = r.blocks[h].cells.map((c) => c.replace(/[*_`]/g, '').trim());
  return header.some((c) => PARAMETER_HEADER.test(c)) && header.some((c) => TYPE_HEADER.test(c));
}
/** Text that only says the README is not written yet. */
const UNWRITTEN = /^(?:work in progress|wip|coming soon|under construction|to ?do|tbd|in progress)[.!…]*$/i;

/** The README's description: its words, and whether they only name the stack. */
function description(r: Reading): { present: boolean; stackOnly: boolean } {
  let words = 0;
  const texts: string[] = [];
  // What follows "make sure you have the following installed:", up to the next heading, is what to install.
  let prerequisites = false;
  const items = new Set<string>();
  r.blocks.forEach((b, i) => {
    if (b.kind === 'heading') prerequisites = false;
    if (b.kind === 'text' && PREREQUISITE_LINE.test(b.text) && /:\s*$/.test(b.text)) prerequisites = true;
    else if (prerequisites) return;
    if (b.kind !== 'text' || i === r.title || r.template.blocks.has(i) || !describes(r, i) || isRunCommand(b.text) || COMMAND_LINE.test(b.text) || isLinkItem(b) || isStructureItem(b)) return;
    // A numbered step says what to do, a note what state the repository is in, a statement of code what it runs: none says what the project is.
    // (A numbered list under a heading that names what it is — "Features" — still describes it.)
    // (A paragraph that begins with its step's number, a heading made of a step's sentence among them, is a step wherever it stands.)
    if ((b.ordered && sectionKind(r, i) !== 'description') || (b.place === 'body' && STEP_NUMBER.test(b.text)) || NOTE.test(b.text) || PREREQUISITE_LINE.test(b.text) || CODE_STATEMENT.test(b.text.trim())) return;
    // A pointer elsewhere, a step that runs a command ("Run `npm i` to install it") or one that opens it says nothing of what it is.
    if (r.count[i] <= POINTER_MAX_WORDS && (POINTER.test(b.text) || (STEP.test(b.text) && b.inlineCode.some(isRunCommand)) || isBrowseInstruction(b.text, b.links) || opensAddress(b.text))) return;
    // Addresses, alone or each after a label ("RabbitMQ: http://localhost:15673"), say where it runs, not what it is.
    // (So do values in inline code, each after its label: "user: `admin@example.com` password: `admin`".)
    const unaddressed = b.inlineCode
      .reduce((t, c) => t.split(c).join(' '), b.text)
      .replace(/\bhttps?:\/\/\S+/gi, ' ')
      .replace(/[\p{L}\d ._/-]{1,30}:(?=\s|$)/gu, ' ')
      .trim();
    if (unaddressed !== b.text.trim() && countWords(unaddressed) === 0) return;
    // Where it was learnt from ("Following the tutorial from [Elixir API](…)") says whose lesson it is, not what it does.
    if (b.links.length > 0 && r.count[i] <= POINTER_MAX_WORDS && (ATTRIBUTION.test(b.text) || (LESSON.test(b.text) && countWords(b.linked) * 2 >= r.count[i] - countWords(b.linked)))) return;
    // A caption over a command or an example ("Sample mutation query", "In the project directory, you can run:").
    const next = r.blocks[i + 1];
    const line = b.text.trim();
    // Only inline code (an address, a header, a body), or an HTTP method on its own line: an example, not prose.
    if (HTTP_METHOD.test(line) || onlyInlineCode(b)) return;
    if (UNWRITTEN.test(line) || (r.count[i] <= CAPTION_MAX_WORDS && /:$/.test(line)) || (r.count[i] <= LABEL_MAX_WORDS && next?.kind === 'code' && !/[.!?。]$/.test(line))) return;
    // (Nor a longer caption over the code it introduces: "To perform a quick hands-off dry run of this project:".)
    if (r.count[i] <= POINTER_MAX_WORDS && /[:：]$/.test(line) && next?.kind === 'code') return;
    // (Nor "Run the following commands to add ReactJS and its libraries" over the commands, with or without its colon.)
    if (r.count[i] <= SETUP_STEP_MAX_WORDS && next?.kind === 'code' && /^(?:now\s+|then\s+|next,?\s+)?(?:run|execute|type|use|enter)\s+(?:the\s+)?(?:following|these|this|below)\s+(?:commands?|lines?|script)\b/i.test(line)) return;
    // (Nor, with no colon, what the commands below are for, "To create the database and run the migrations", or the call an
    // example below makes, "Delete a specific product by `ID`.")
    // (A paragraph only, not a list item or a table row; past the opening of its own section, where a command or an example stood before it.)
    if (
      b.place === 'body' &&
      r.count[i] <= POINTER_MAX_WORDS &&
      next &&
      isExampleBlock(next) &&
      (PURPOSE_LEAD.test(line) || (CALL_CAPTION.test(line) && r.blocks.slice(0, i).some((p, k) => r.parent[k] === r.parent[i] && (p.kind === 'code' || p.inlineCode.some(isRunCommand)))))
    )
      return;
    // Words about the README itself ("This README will guide you through setting it up"), and how to switch a part on
    // ("To activate the cluster mode, set USE_CLUSTER to true"), say how to work with it, not what it is.
    // (Nor a heading's marks left in a paragraph, "## How to use", nor someone else's product described.)
    if (ABOUT_README.test(line) || SETTING_STEP.test(line) || CLICK_HERE.test(line) || THIRD_PARTY.test(line) || /^#{1,6}\s/.test(line)) return;
    // (Nor the words around steps, "Follow the steps below to set it up:", "This will start the server", nor a tree of its files drawn in a paragraph.)
    if ((r.count[i] <= SETUP_STEP_MAX_WORDS && (STEPS_INTRO.test(line) || STEP_RESULT.test(line))) || /[├└│]──|[├└]─ /.test(line)) return;
    // (Nor a link that names the docs and nothing more, "Документація Postman".)
    if (b.links.length > 0 && squashText(b.text) === squashText(b.linked) && (API_DOCS_POINTER.test(b.text) || NAMES_DOCS.test(b.text))) return;
    // (Nor accounts to sign in with, two e-mail addresses or more: "ADMIN admin@uni.edu admin123 STAFF staff@uni.edu password".)
    if ((b.text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).length >= 2) return;
    // (Nor a row of a table of a call's parameters: "email | string | E-mail de acesso | Obrigatório".)
    if (b.place === 'table' && inParameterTable(r, i)) return;
    // Steps written as one paragraph, two of its sentences running commands ("… należy: Utworzyć środowisko: python -m venv venv. Zainstalować: pip install -r requirements.txt.").
    if (line.split(/(?<=[.!?;:])\s+/).filter(runsCommandInWords).length >= 2 || (b.lines.length >= 3 && b.inlineCode.filter(isRunCommand).length >= 2)) return;
    // A step that runs a command written in its words ("Create and migrate your database with mix ecto.setup",
    // "Развёртка производится командой docker-compose up -d").
    if (r.count[i] <= SETUP_STEP_MAX_WORDS && runsCommandInWords(line)) return;
    // Where it runs ("Доступ к API осуществляется по адресу localhost:8081"), and a label with its link written out
    // ("Postman Doc (https://…)"), say where to go, not what it is.
    const address = LOCAL_ADDRESS.exec(line);
    if ((address && countWords(line.slice(0, address.index)) <= ADDRESS_LEAD_MAX_WORDS) || LABELLED_LINK.test(line)) return;
    words += r.count[i];
    texts.push(b.text);
    if (b.place === 'list' || b.place === 'table') items.add(b.text);
  });
  // (A single short list item, "1. Factory Design pattern", labels a part; a list describes with two items or more.)
  if (words === 0 || (items.size === 1 && texts.length === 1 && words <= STACK_ITEM_MAX_WORDS)) return { present: false, stackOnly: false };
  // The title says what it is for as much as the sentence under it ("Todo API": "A REST API built with Express").
  const own = texts.reduce((n, t) => n + contentWords(t, countWords(t) <= STACK_ITEM_MAX_WORDS && items.has(t)), 0);
  const content = own + (r.title >= 0 ? contentWords(r.blocks[r.title].text) : 0);
  // A few words are enough when they say what it does ("Lending books within a club."); a sentence
  // naming only the stack says it under a title that does.
  return { present: words >= DESCRIPTION_MIN_WORDS && (own >= 2 || (content >= 1 && words >= 6)), stackOnly: content === 0 };
}

/** A documentation file in the repository (`USAGE.md`, `./docs/specs/TRIP.md#flow`). */
const DOC_FILE = /\.(md|rst|adoc|txt)(#|$)/i;
/** A heading about producing the docs rather than reading them: "How to update Swagger documentation", "Generating the OpenAPI spec". */
const DOCS_CHORE_HEADING = /\b(?:updat(?:e|ing)|(?:re)?generat(?:e|ing)|build(?:ing)?|writ(?:e|ing)|edit(?:ing)?|contribut(?:e|ing) to)\b.*\b(?:docs?|documentation|swagger|open\s?api|api spec(?:ification)?)\b/i;
/** Links to documentation kept elsewhere: a docs/ folder, a wiki, a documentation site. */
const DOCS_LINK = /(?:^|\/)(?:docs?|documentation|wiki)(?:\/|$|\.|#)|readthedocs|gitbook|\/\/docs\./i;

/** What the reasons say beyond the signals: a generator's README, a README of links or of pictures only. */
interface ReadmeShape {
  /** "the default README of the NestJS starter", when the README is a generator's and says nothing of its own. */
  defaultReadme: string | null;
  /** The generator whose sections are left in a README that also has its own description. */
  leftTemplate: string | null;
  /** Links to documentation elsewhere. */
  linksDocs: boolean;
  /** Only links (each paragraph a link or two, with a few words). */
  linksOnly: boolean;
  /** Only badges and pictures, no words. */
  picturesOnly: boolean;
  /** Only a diagram's source (Mermaid), no words. */
  diagramOnly: boolean;
  /** Items of the project's own lists (features, stack): a description with a list of them is more than a line or two. */
  listItems: number;
  /** What kinds of content the README's own text holds: prose, a list, code, a picture, a link to its docs. */
  contentKinds: number;
  /** Paragraphs of the README's own prose (not its title, nor a generator's text). */
  paragraphs: number;
  /** It has a heading, a title or a section's. */
  headed: boolean;
  /** Links to the repository's own documentation pages (`docs/setup.md`). */
  docPages: number;
  /** The description names only the kind of project and its stack. */
  stackOnly: boolean;
  /** Its commands fetch the dependencies (`npm install`) but none starts it, though the project is one that is started. */
  installsOnly: boolean;
  /** A README template's placeholders are left in it. */
  placeholders: boolean;
  /** Only a README template's words to its writer are left in it, over what was written. */
  guidanceLeft: boolean;
  /** Numbered install steps written out in words (no commands) in one section. */
  writtenSteps: number;
  /** The repository whose README this is, when it is another project's, copied in whole ("zricethezav/gitleaks"). */
  copiedFrom: string | null;
}

/**
 * Another project's README copied in whole: its title names a repository other than this one,
 * which most of its GitHub links (three or more) point to, and which this project's manifests do
 * not name. Its words and commands are that project's.
 */
function copiedReadme(input: DocInput, r: Reading): string | null {
  const own = input.fullName?.toLowerCase();
  if (!own || r.title < 0) return null;
  const title = squashText(r.blocks[r.title].text);
  if (!title || title === squashText(own.split('/')[1])) return null;
  const counts = new Map<string, number>();
  for (const b of r.blocks) {
    for (const l of [...b.links, ...b.images]) {
      const m = /^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:[/#?]|$)/i.exec(l);
      if (m) counts.set(`${m[1]}/${m[2]}`.toLowerCase(), (counts.get(`${m[1]}/${m[2]}`.toLowerCase()) ?? 0) + 1);
    }
  }
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  // (A repository of the same owner is this one under its former name: GitHub sends its old links here.)
  if (n < COPIED_LINKS || top === own || top.split('/')[0] === own.split('/')[0]) return null;
  const name = top.split('/')[1];
  // (The title itself is among the README's names: only the manifests' names say the project is that one.)
  return squashText(name) === title && !r.declared.some((x) => squashText(x) === title) ? top : null;
}
/** Links to another repository that make its README the one copied. */
const COPIED_LINKS = 3;

/** The kinds of content among the README's own blocks: prose, a list or a table, code, a picture (not a badge), a link to documentation. */
function contentKinds(r: Reading): number {
  const own = r.blocks.filter((b, i) => i !== r.title && !r.template.blocks.has(i));
  return [
    own.some((b) => b.kind === 'text' && b.place === 'body' && countWords(b.text) > 0),
    own.filter((b) => b.kind === 'text' && b.place === 'list' && countWords(b.text) > 0).length >= 3 || own.filter((b) => b.place === 'table').length >= 3,
    own.some((b) => b.kind === 'code'),
    own.some((b) => b.images.length > 0),
    own.some((b) => b.links.some((l) => DOCS_LINK.test(l) || /notion\.(?:so|site)|confluence|docs\.google\.com/i.test(l))),
  ].filter(Boolean).length;
}

/** Every signal the rating rests on, for the rating and for the README draft. */
export function readmeSignals(input: DocInput): { signals: DocSignals; words: number; codeLines: number; shape: ReadmeShape } {
  const r = read(input);
  const hasLicence = !!input.licence || input.rootEntries.some((e) => e.type === 'blob' && LICENCE_FILE.test(e.name));
  // Links, and bare URLs in the text (GitHub links them too).
  const links = r.blocks.flatMap((b) => [...b.links, ...(b.text.match(/https?:\/\/[^\s)<>\]]+/g) ?? [])]);
  const badges = r.blocks.flatMap((b) => b.images.concat(b.links)).join(' ');
  const text = r.blocks.map((b) => b.text).join(' ');
  const described = description(r);
  const signals: DocSignals = {
    description: described.present,
    install: hasInstall(r),
    usage: hasUsage(input, r),
    licence: hasLicence,
    demo: !!input.homepage || links.some((l) => /^https?:/i.test(l) && DEMO_HOST.test(l)) || /\b(live demo|demo:)/i.test(text),
    // Logos are not screenshots; diagrams (images or Mermaid) are.
    screenshots: r.blocks.some((b) => b.images.some((u) => !/logo/i.test(u))) || r.blocks.some((b) => b.kind === 'code' && b.lang === 'mermaid'),
    ciBadge: r.blocks.some((b) => b.badges > 0) && CI_BADGE.test(badges + ' ' + r.blocks.map((b) => b.links.join(' ')).join(' ')),
    docsFolder: input.rootEntries.some((e) => e.type === 'tree' && /^(docs?|documentation)$/i.test(e.name)),
  };
  // Another project's README says nothing of this one, whatever it holds.
  const copiedFrom = copiedReadme(input, r);
  if (copiedFrom) Object.assign(signals, { description: false, install: false, usage: false });
  const { of, generator } = r.template;
  const templateName = of ? `the ${of.name}` : generator;
  const prose = r.blocks.filter((b, i) => b.kind === 'text' && i !== r.title);
  // (A generator's text with the project's own calls and notes added at length, an endpoint list and how to start it, is no longer left as it came.)
  const ownAtLength = signals.usage && r.words + CODE_LINE_WORDS * r.codeLines >= BARE_MAX_WORDS;
  // (Nor is one with only a line of the project's own over it, "Kupidon date app backend": the rest is still the generator's.)
  // (Nor is one whose generator writes no commands, with the project's own steps filled in: "bundle install", "rails db:create".)
  const ownSteps = !!of?.noCommands && signals.install && r.codeLines >= COMMANDS_NOT_STUB;
  const defaultReadme = templateName && !ownAtLength && !ownSteps && (!signals.description || (!signals.usage && r.words <= TEMPLATE_OWN_MAX_WORDS)) ? templateName : null;
  const shape: ReadmeShape = {
    defaultReadme,
    leftTemplate: signals.description && of ? `the ${of.name}` : null,
    linksDocs: r.blocks.some((b) => b.links.some((l) => DOCS_LINK.test(l))),
    linksOnly: prose.length > 0 && prose.every((b) => (b.links.length > 0 && countWords(b.text) <= 12) || (b.text === '' && (b.images.length > 0 || b.badges > 0))) && prose.some((b) => b.links.length > 0 && b.text !== ''),
    picturesOnly: r.words === 0 && r.codeLines === 0 && r.blocks.some((b) => b.images.length > 0 || b.badges > 0),
    diagramOnly: r.words === 0 && r.codeLines === 0 && r.blocks.some((b) => b.kind === 'code' && b.lang === 'mermaid'),
    stackOnly: described.stackOnly,
    docPages: r.docPages,
    listItems: r.blocks.filter((b, i) => b.kind === 'text' && b.place === 'list' && !r.template.blocks.has(i) && !isLinkItem(b) && countWords(b.text) >= 2).length,
    contentKinds: contentKinds(r),
    headed: r.blocks.some((b) => b.kind === 'heading'),
    paragraphs: r.blocks.filter((b, i) => b.kind === 'text' && b.place === 'body' && i !== r.title && !r.template.blocks.has(i) && r.count[i] > 0).length,
    placeholders: r.placeholders > 0 && !defaultReadme,
    guidanceLeft: r.placeholders === 0 && r.guidance > 0 && !defaultReadme,
    writtenSteps: signals.install ? writtenInstallSteps(r) : 0,
    installsOnly: signals.install && installsWithoutStarting(input, r),
    copiedFrom,
  };
  return { signals, words: r.words, codeLines: r.codeLines, shape };
}

/** Which package tool each manifest calls for. */
const ECOSYSTEM_FILES: Array<[string, RegExp]> = [
  ['npm', /(?:^|\/)package\.json$/i],
  ['pip', /(?:^|\/)(?:requirements[\w.-]*\.txt|pyproject\.toml|setup\.py|Pipfile)$/i],
  ['composer', /(?:^|\/)composer\.json$/i],
  ['bundle', /(?:^|\/)Gemfile$/],
  ['maven', /(?:^|\/)(?:pom\.xml|mvnw)$/i],
  ['gradle', /(?:^|\/)(?:build\.gradle(?:\.kts)?|gradlew)$/i],
  ['dotnet', /\.(?:csproj|sln|fsproj)$/i],
  ['cargo', /(?:^|\/)Cargo\.toml$/],
  ['go', /(?:^|\/)go\.mod$/],
];
/** The tool a command line calls, when it is one of those. */
const TOOL_OF = (line: string): string | null => {
  const m = /^\s*(?:npx|npm|yarn|pnpm|pip3?|python3?\s+-m\s+pip|composer|bundle|mvn|\.\/mvnw|gradle|\.\/gradlew|dotnet|cargo|go)\b/i.exec(line);
  if (!m) return null;
  const w = m[0].trim().toLowerCase();
  return /^(?:npx|npm|yarn|pnpm)$/.test(w) ? 'npm' : /pip/.test(w) ? 'pip' : /mvn/.test(w) ? 'maven' : /gradle/.test(w) ? 'gradle' : w === 'bundle' ? 'bundle' : w;
};
function ecosystemsOf(input: DocInput): ReadonlySet<string> | null {
  const files = [...(input.paths ?? []), ...input.rootEntries.filter((e) => e.type === 'blob').map((e) => e.name)];
  if (files.length === 0) return null;
  return new Set(ECOSYSTEM_FILES.filter(([, re]) => files.some((f) => re.test(f))).map(([tool]) => tool));
}

/** Commands that only fetch or build what the project needs, or tend its database: none of them starts it. */
const PREPARES_ONLY = /^(?:npm\s+(?:i|install|ci)\b|yarn(?:\s+install)?\s*$|pnpm\s+(?:i|install)\b|bun\s+install\b|pip3?\s+install\b|python3?\s+-m\s+pip\s+install\b|poetry\s+install\b|pipenv\s+install\b|uv\s+sync\b|composer\s+(?:install|update)\b|bundle(?:\s+install)?\s*$|go\s+(?:mod\s+(?:tidy|download)|get)\b|dotnet\s+(?:restore|build)\b|(?:mvn|\.\/mvnw)\s+(?:clean\s+)?(?:install|package|compile)\b|(?:gradle|\.\/gradlew)\s+build\b|cargo\s+build\b|(?:npm|yarn|pnpm)\s+(?:run\s+)?build\b|git\s+clone\b|python3?\s+-m\s+venv\b|virtualenv\b)/i;
/**
 * Whether the README's commands only install the dependencies (or build it, or migrate its database) and
 * none starts it, for a project its manifests show is started (a server, an app): how to run it is missing.
 */
function installsWithoutStarting(input: DocInput, r: Reading): boolean {
  const rootFiles = input.rootEntries.map((e) => e.name);
  const start = suggestedStartCommand({ rootEntries: input.rootEntries, manifests: input.manifests ?? {} });
  // (A PHP app served by the web server it is put in, XAMPP's or Apache's, has no command of its own to start it.)
  if (start && /(?:^|&&\s*)php\b/.test(start) && r.blocks.some((b) => SERVED_BY_WEB_SERVER.test(b.text))) return false;
  // (Each command with what its block says it starts: "create a Minio server … launch command: `docker-compose up -d`".)
  const commands = r.blocks.flatMap((b, i) => {
    if (r.template.blocks.has(i)) return [];
    const infraBlock = b.kind === 'text' && INFRA_NAME.test(b.text) && !STARTS_THE_APP.test(b.text.replace(INFRA_SERVER, ' '));
    return [...commandCandidates(b), ...(b.kind === 'text' ? [...quotedCommands(b), ...b.lines] : [])]
      .filter(isRunCommand)
      .flatMap(commandParts)
      .map((c) => ({ c, infraBlock }));
  });
  const prepares = ({ c, infraBlock }: { c: string; infraBlock: boolean }) => {
    const target = taskTarget(c, rootFiles);
    return PREPARES_ONLY.test(c) || startsInfrastructure(c, infraBlock) || (target !== null ? PREPARE_TARGET.test(target) : isChoreCommand(c, rootFiles));
  };
  const installs = commands.filter((x) => isRunCommand(x.c));
  // A library installed by its own name (`npm install sliding-window-limiter`, `go get github.com/octo/queue`) is used, not started.
  if (installs.some((x) => installsItself(x.c, r.names, input.fullName))) return false;
  // With no start the manifests show, only a dependency added by name (`composer require vlucas/phpdotenv`) still says nothing of running it.
  if (!start) return installs.length > 0 && installs.every((x) => namedDependencies(x.c).length > 0);
  return commands.length > 0 && installs.every(prepares);
}
/** The packages a command adds by name: `npm install express cors`, `composer require vlucas/phpdotenv`, `pip install flask` (not `-r requirements.txt` or `.`). */
function namedDependencies(command: string): string[] {
  const m = /^(?:npm\s+(?:i|install|add)|yarn\s+add|pnpm\s+(?:add|i|install)|bun\s+add|pip3?\s+install|python3?\s+-m\s+pip\s+install|poetry\s+add|uv\s+(?:add|pip\s+install)|composer\s+require|gem\s+install|go\s+get|go\s+install|cargo\s+(?:add|install)|dotnet\s+add\s+package)\s+(.+)$/i.exec(command.trim());
  if (!m) return [];
  const words = m[1].split(/\s+/);
  if (words.some((w) => /^-(?:r|e|c)$|^--requirement|^--editable/.test(w))) return [];
  return words.filter((w) => w && !w.startsWith('-') && !/^[./]/.test(w) && !/\.(?:txt|toml|lock|json|cfg)$/i.test(w));
}
/** Whether a command installs the project itself, by one of its names or its repository's path. */
function installsItself(command: string, names: readonly string[], fullName: string | undefined): boolean {
  const own = new Set(names.map((n) => n.toLowerCase()));
  return namedDependencies(command).some((d) => {
    const bare = d.toLowerCase().replace(/@[\w.^~<>=*-]+$/, '').replace(/(?<=.)@.*$/, '');
    const last = bare.replace(/\/(?:v\d+|\.\.\.)$/, '').split('/').pop() ?? '';
    return own.has(bare) || own.has(last) || (!!fullName && bare.includes(fullName.toLowerCase()));
  });
}
/** What a project runs beside it: its database, broker, cache or object store. */
const INFRA = String.raw`(?:postgres(?:ql)?|pg|mysql|mariadb|redis|mongo(?:db)?|rabbitmq|minio|elasticsearch|opensearch|kafka|zookeeper|memcached|cassandra|neo4j|localstack|mailhog|mailpit|keycloak|adminer|pgadmin\d?|dynamodb-local|nats|etcd|consul|vault|db|database)`;
/** A line that speaks of the app itself beside its infrastructure ("the API and its database"). */
const STARTS_THE_APP = /\b(?:app|application|api|server and|backend|service itself)\b/i;
const INFRA_NAME = new RegExp(String.raw`\b${INFRA}\b`, 'i');
/** "Minio server", "PostgreSQL server": the infrastructure's own server, not the app's. */
const INFRA_SERVER = new RegExp(String.raw`\b${INFRA}\s+server\b`, 'gi');
const INFRA_IMAGE = new RegExp(String.raw`(?:^|\/)${INFRA}(?::[\w.-]+)?$`, 'i');
const INFRA_SERVICE = new RegExp(String.raw`^${INFRA}(?:[-_]?\d+)?$`, 'i');
/**
 * A command that starts only what the project runs beside: `docker run -p 5672:5672 masstransit/rabbitmq`,
 * `docker compose up -d postgres redis`, or a bare `docker-compose up -d` in a line that says it starts a database or broker.
 */
function startsInfrastructure(command: string, infraBlock: boolean): boolean {
  const words = command.trim().split(/\s+/);
  if (/^docker$/i.test(words[0] ?? '') && /^(?:run|create)$/i.test(words[1] ?? '')) {
    const image = words.slice(2).filter((w, k, all) => !w.startsWith('-') && !(k > 0 && /^-(?:p|e|v|-name|-network|-platform|-env|-publish|-volume)$/.test(all[k - 1])));
    return image.length > 0 && INFRA_IMAGE.test(image[0]);
  }
  // (Read to the end of the command: a line of prose may run on after it, "… up -d Set connection details in .env".)
  const up = /(?:^|[\s:`])(?:docker[\s-]compose|podman[\s-]compose)\s+(?:-f\s+\S+\s+)*up\b(.*)$/i.exec(command.trim());
  if (!up) return false;
  const args = up[1].trim().split(/\s+/);
  const end = args.findIndex((w) => w && !/^(?:-[\w-]+|[a-z\d][\w.-]*)$/.test(w));
  const services = (end < 0 ? args : args.slice(0, end)).filter((w) => w && !w.startsWith('-'));
  return services.length > 0 ? services.every((s) => INFRA_SERVICE.test(s)) : infraBlock;
}
/** A web server a PHP app is put in to run: XAMPP, WAMP, MAMP, Laragon, Apache's htdocs. */
const SERVED_BY_WEB_SERVER = /\b(?:xampp|wamp(?:server)?|mamp|laragon|htdocs|apache)\b/i;
/** Task-runner targets that prepare, check or build it without starting it (`make install`, `make migrate`; not `make up`). */
const PREPARE_TARGET = /^(?:[a-z\d]+[_:.-])?(?:test|tests|lint|fmt|format|clean|install|deps|setup|init|bootstrap|venv|build|migrate|migrations?|seed|db|generate|gen)(?:[_:.-].*)?$/i;

function installExample(input: DocInput): string {
  const command = suggestedStartCommand({ rootEntries: input.rootEntries, manifests: input.manifests ?? {} });
  return command ? ` (here that is \`${command}\`)` : '';
}

export function analyzeDocumentation(input: DocInput): DocStatus {
  const hasLicence = !!input.licence || input.rootEntries.some((e) => e.type === 'blob' && LICENCE_FILE.test(e.name));
  const where = input.readmePath && input.readmePath.includes('/') ? input.readmePath : null;
  if (input.readme === null && !input.readmeUnreadable) {
    return {
      level: 'missing',
      words: 0,
      reasons: ['no README: add a README.md that says what the project is, how to install and run it, and how to use it'],
      strengths: hasLicence ? ['has a licence'] : [],
      version: DOC_RATING_VERSION,
    };
  }
  if (input.readmeUnreadable || input.readme === null) {
    return { level: 'stub', words: 0, reasons: ['the README is not readable text (binary or unreadable encoding): save it as UTF-8 Markdown'], strengths: [], version: DOC_RATING_VERSION };
  }
  const { signals, words, codeLines, shape } = readmeSignals(input);
  const substance = words + CODE_LINE_WORDS * codeLines;
  const reasons: string[] = [];
  const strengths: string[] = [];
  // Delegated to documentation elsewhere: say so, since visitors read the README first.
  const inReadme = shape.linksDocs && !shape.copiedFrom ? ' in the README (it points to documentation elsewhere)' : '';
  if (where) strengths.push(`has a README (${where}, which GitHub shows on the repository page)`);
  if (shape.copiedFrom) reasons.push(`this is the README of another project (github.com/${shape.copiedFrom}), not about this one: replace it with what your project does, how to run it and how to use it`);
  else if (shape.defaultReadme) reasons.push(`this is the default README of ${shape.defaultReadme}, not about this project: replace it with what your project does, how to run it and how to use it`);
  else if (signals.description) strengths.push('says what it is');
  else if (shape.stackOnly) reasons.push('the description only names how it is built (the kind of project and its technologies): add what the project does and for whom, in a sentence or two near the top');
  else reasons.push('no description: add a sentence or two near the top saying what the project is and what it does');
  if (shape.leftTemplate) reasons.push(`parts of it are still the default text of ${shape.leftTemplate}: replace them with what is true of your project`);
  else if (shape.placeholders) reasons.push('parts of it are still a README template’s placeholders (“a brief description of your project”, “Feature 1: describe …”): replace them with what is true of your project');
  else if (shape.guidanceLeft) reasons.push('a README template’s words to its writer are still in it (“These instructions will get you a copy of the project …”): remove them, now that your own text stands under them');
  if (signals.install && shape.installsOnly) reasons.push(`it says how to install what it needs, but not how to start it: add the command that starts it${installExample(input)}`);
  else if (signals.install) strengths.push('explains how to install or run it');
  else reasons.push(`no install or run steps${inReadme}: add the commands that install and start it, in a code block${installExample(input)}`);
  if (signals.usage) strengths.push('explains how to use it (usage, API or endpoints)');
  else reasons.push(`no usage${inReadme}: show how to use it, with example requests (curl), the list of endpoints, or a link to its API docs (Swagger/OpenAPI, Postman)`);
  const essentials = [signals.description, signals.install, signals.usage].filter(Boolean).length;
  // A generator's README says nothing of the project however long it is: a stub, its commands included (they start any project made from it).
  // Without any of the essentials, a README of settings or a diagram's text is still a stub.
  // A description with a list of what the project holds ("Features: …") is more than a line or two.
  // So is one with an index of the repository's documentation pages.
  const describedList = signals.description && (shape.listItems >= LIST_NOT_STUB || shape.docPages >= 2);
  // Steps a reader can follow (the commands that install and start it) are more than a line or two, even untitled.
  // (Numbered steps written out in words are steps too: "1. Create a schema named 'shop'. 2. Run the class gui.Login.")
  const stepsToFollow = signals.install && (codeLines >= COMMANDS_NOT_STUB || shape.writtenSteps >= STEPS_NOT_STUB);
  const stub =
    shape.copiedFrom || shape.defaultReadme
      ? true
      : (substance < STUB_MAX_WORDS && essentials < 2 && !describedList && !stepsToFollow && !(signals.description && shape.contentKinds >= CONTENT_KINDS_NOT_STUB)) ||
        (essentials === 0 && substance < BARE_MAX_WORDS) ||
        // Commands with a caption or two, not a heading in it and nothing on what it is or how to use it ("To run: bun run dev").
        (!signals.description && !signals.usage && !shape.headed && words < COMMANDS_ONLY_MAX_WORDS) ||
        // One paragraph and nothing else is a line or two, if a long one.
        (essentials < 2 && !describedList && !stepsToFollow && shape.paragraphs === 1 && shape.contentKinds === 1 && substance < ONE_PARAGRAPH_MAX_WORDS) ||
      // A README template left unfilled where the steps and the usage go, around a line or a short list of its own.
      (shape.placeholders && !signals.install && !signals.usage && substance < BARE_MAX_WORDS);
  if (substance < GOOD_MIN_WORDS && !stub && !shape.defaultReadme && !shape.copiedFrom) reasons.push(`short README (${words} words, ${codeLines} lines of commands): explain a little more, to about 100 words, of what it does and how it is built`);
  if (hasLicence) strengths.push('has a licence');
  else reasons.push('no licence: add a LICENSE file (MIT, Apache-2.0 …) so others know how they may use the code');
  if (signals.demo) strengths.push('links a demo or homepage');
  else reasons.push('no demo or homepage link: link a running demo, or set the repository’s homepage');
  if (signals.screenshots) strengths.push('shows screenshots or diagrams');
  if (signals.ciBadge) strengths.push('shows a CI badge');
  if (signals.docsFolder) strengths.push('has a docs/ folder');

  let level: DocStatus['level'];
  if (stub) {
    level = 'stub';
    if (input.readme.trim() === '') reasons.unshift('README is empty: add what it is, how to run it and how to use it');
    else if (shape.picturesOnly) reasons.unshift('README is only badges and pictures: add what it is, how to run it and how to use it, in words and commands');
    else if (shape.diagramOnly) reasons.unshift('README is only a diagram: add what it is, how to run it and how to use it, in words and commands');
    else if (shape.linksOnly) reasons.unshift(`README only links elsewhere (${words} words): add what it is, how to run it and how to use it to the README itself, which visitors read first`);
    else if (shape.copiedFrom) {
      // (Said above: it is another project's README.)
    } else if (!shape.defaultReadme && substance >= STUB_MAX_WORDS) reasons.unshift(`README says neither what the project is nor how to run or use it (${words} words): add what it is, how to run it and how to use it`);
    else if (!shape.defaultReadme) reasons.unshift(`README is only a title and a line or two (${words} words): add what it is, how to run it and how to use it`);
  } else if (essentials === 3 && substance >= GOOD_MIN_WORDS && !shape.placeholders && !shape.installsOnly) {
    level = 'good';
  } else {
    level = 'basic';
  }
  return {
    level,
    words,
    codeLines,
    reasons,
    strengths,
    signals,
    version: DOC_RATING_VERSION,
    ...(where ? { readmePath: where } : {}),
    // (A README copied from another project is drafted again whole, as a generator's is.)
    ...(shape.defaultReadme || shape.copiedFrom ? { defaultReadme: shape.defaultReadme ?? `the README of ${shape.copiedFrom}` } : {}),
    ...(shape.installsOnly ? { startMissing: true } : {}),
  };
}
