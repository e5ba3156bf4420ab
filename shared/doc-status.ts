/**
 * Documentation status of a repository, from its README and root (advice-rules.md):
 * `missing` (no README), `stub` (a title and a line or two), `basic`, `good`. `good` needs a
 * description, how to install or run it and how to use it, in a README of real length. Every
 * rating comes with the reasons that hold it back, so the user knows what to add. Pure.
 */
import type { DocStatus, RepoSnapshot } from './github-types';

/** Below this many words a README is a stub. */
export const STUB_MAX_WORDS = 40;
/** A good README has at least this many words. */
export const GOOD_MIN_WORDS = 200;

const INSTALL_HEADING = /\b(install(ation|ing)?|setup|set up|getting started|get started|quick ?start|running|run (it|locally)|how to run|build(ing)?|deploy(ment|ing)?|requirements|prerequisites|development)\b/i;
const USAGE_HEADING = /\b(usage|how to use|api|endpoints?|routes?|examples?|documentation|docs|features|commands?|reference|graphql schema)\b/i;
const INSTALL_COMMAND = /^\s*(\$\s*)?(npm (install|ci|i)|yarn( install)?|pnpm (install|i)|pip install|poetry install|go (build|install|run)|cargo (build|install|run)|mvn |\.\/gradlew|gradle |bundle install|composer install|dotnet (run|restore|build)|docker(-| )compose up|docker run|make( |$))/im;
const IMAGE = /!\[[^\]]*\]\([^)]+\)|<img\s/i;
const CI_BADGE = /(badge\.svg|shields\.io|\/actions\/workflows\/|travis-ci\.(org|com)|circleci\.com|codecov\.io)/i;
const LINK = /https?:\/\/[^\s)>\]]+/gi;
const LICENCE_FILE = /^(LICEN[CS]E|COPYING)(\.\w+)?$/i;

export interface DocInput {
  readme: string | null;
  readmeUnreadable?: boolean;
  licence: string | null;
  homepage: string | null;
  rootEntries: RepoSnapshot['rootEntries'];
}

/** Strips Markdown/HTML syntax enough to count words of prose. */
function proseOf(readme: string): string {
  return readme
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|~-]+/g, ' ');
}

export function countWords(text: string): number {
  return (proseOf(text).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
}

function headings(readme: string): string[] {
  const atx = [...readme.matchAll(/^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]);
  const setext = [...readme.matchAll(/^(.+)\n\s{0,3}(=+|-+)\s*$/gm)].map((m) => m[1]);
  const html = [...readme.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/gi)].map((m) => m[1].replace(/<[^>]+>/g, ''));
  const rst = [...readme.matchAll(/^(.+)\n[=\-~^"]{3,}\s*$/gm)].map((m) => m[1]);
  return [...atx, ...setext, ...html, ...rst].map((h) => h.trim());
}

/** A paragraph of prose (not a heading, badge or list) of a sentence or more near the top. */
function hasDescription(readme: string): boolean {
  const paragraphs = readme.split(/\n\s*\n/).slice(0, 12);
  return paragraphs.some((p) => {
    const t = p.trim();
    if (!t || /^\s{0,3}#/.test(t) || /^(\[!\[|!\[|<)/.test(t) || /^[-*+]\s/.test(t) || /^```/.test(t)) return false;
    return countWords(t) >= 8;
  });
}

export function analyzeDocumentation(input: DocInput): DocStatus {
  const hasLicence = !!input.licence || input.rootEntries.some((e) => e.type === 'blob' && LICENCE_FILE.test(e.name));
  const hasDocsFolder = input.rootEntries.some((e) => e.type === 'tree' && /^docs?$/i.test(e.name));
  if (input.readme === null && !input.readmeUnreadable) {
    return { level: 'missing', words: 0, reasons: ['no README: add one that says what it is, how to run it and how to use it'], strengths: hasLicence ? ['has a licence'] : [] };
  }
  if (input.readmeUnreadable || input.readme === null) {
    return { level: 'stub', words: 0, reasons: ['the README is not readable text (binary or unreadable encoding)'], strengths: [] };
  }
  const readme = input.readme;
  const words = countWords(readme);
  // The title ("# todo-api") names the project; only section headings say what is documented.
  const hs = headings(readme).slice(/^\s*(#\s|<h1|.+\n=+)/i.test(readme.trimStart()) ? 1 : 0);
  const install = hs.some((h) => INSTALL_HEADING.test(h)) || INSTALL_COMMAND.test(readme);
  const usage = hs.some((h) => USAGE_HEADING.test(h)) || /\b(GET|POST|PUT|PATCH|DELETE)\s+\/[\w/{}:-]*/.test(readme);
  const description = hasDescription(readme);
  const links = readme.match(LINK) ?? [];
  const demo = !!input.homepage || links.some((l) => /demo|herokuapp|vercel\.app|netlify\.app|fly\.dev|onrender\.com|pages\.dev|github\.io/i.test(l)) || /\b(live )?demo\b/i.test(readme);
  // Badges are images too; they are counted as badges, not screenshots.
  const screenshots = IMAGE.test(readme.replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/g, ''));
  const badge = CI_BADGE.test(readme);

  const reasons: string[] = [];
  const strengths: string[] = [];
  if (description) strengths.push('says what it is'); else reasons.push('no description of what it is near the top');
  if (install) strengths.push('explains how to install or run it'); else reasons.push('no install or run section');
  if (usage) strengths.push('explains how to use it (usage, API or endpoints)'); else reasons.push('no usage/API section');
  if (words < GOOD_MIN_WORDS) reasons.push(`README under ${GOOD_MIN_WORDS} words (${words})`);
  if (hasLicence) strengths.push('has a licence'); else reasons.push('no licence');
  if (demo) strengths.push('links a demo or homepage'); else reasons.push('no demo or homepage link');
  if (screenshots) strengths.push('shows screenshots or diagrams');
  if (badge) strengths.push('shows a CI badge');
  if (hasDocsFolder) strengths.push('has a docs/ folder');

  const essentials = [description, install, usage].filter(Boolean).length;
  let level: DocStatus['level'];
  if (words < STUB_MAX_WORDS && essentials < 2) {
    level = 'stub';
    reasons.unshift(`README is only a title and a line or two (${words} words)`);
  } else if (essentials === 3 && words >= GOOD_MIN_WORDS) {
    level = 'good';
  } else {
    level = 'basic';
  }
  return { level, words, reasons, strengths };
}
