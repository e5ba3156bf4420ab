/** Documentation rating figures for `npm run bench`: one README of each kind, 1,000 READMEs, and the longest README read. */
import { analyzeDocumentation, type DocInput } from '../shared/doc-status';
import { MAX_README_CHARS } from '../shared/readme-parse';
import { generatedRepos, todoApi } from '../test/fakes/fixtures';
import { median, time, type BenchResult } from './util';

const input = (readme: string | null): DocInput => ({ readme, licence: null, homepage: null, rootEntries: [], fullName: 'bench/repo' });

/** A README as long as the rating reads: sections of prose, commands, lists and tables. */
function longReadme(): string {
  const part = (i: number) => `## Part ${i}\n\nHow habit logs are stored and indexed in part ${i}, and why.\n\n\`\`\`sh\nmake part${i}\n\`\`\`\n\n- one\n- two\n\n| a | b |\n| - | - |\n| x | y |\n\n`;
  let text = '# habits\n\n';
  for (let i = 0; text.length < MAX_README_CHARS; i++) text += part(i);
  return text;
}

export function benchDocs(results: BenchResult[]): void {
  const readmeOf = (files: Record<string, unknown> | undefined) => Object.entries(files ?? {}).find(([p]) => /(^|\/)readme\.md$/i.test(p))?.[1];
  const thousand = generatedRepos('bench', 1000).map((r) => input(String(readmeOf(r.files) ?? '')));
  const rich = input(String(readmeOf(todoApi('bench').files) ?? ''));
  const long = input(longReadme());
  for (let i = 0; i < 2; i++) thousand.forEach((s) => analyzeDocumentation(s));
  results.push({ name: 'documentation rating, one README', value: median(Array.from({ length: 200 }, () => time(() => analyzeDocumentation(rich)).ms)), unit: 'ms' });
  results.push({ name: 'documentation rating, 1,000 READMEs', value: median(Array.from({ length: 5 }, () => time(() => thousand.forEach((s) => analyzeDocumentation(s))).ms)), unit: 'ms' });
  results.push({ name: `documentation rating, a ${MAX_README_CHARS.toLocaleString('en')}-character README`, value: median(Array.from({ length: 5 }, () => time(() => analyzeDocumentation(long)).ms)), unit: 'ms' });
}
