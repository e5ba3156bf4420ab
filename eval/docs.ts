/**
 * `npm run eval:docs -- --data FILE [--labels FILE] [--json]`: the documentation rating of
 * every repository of a dump, through the same record builder the sync uses, with its reasons
 * and the words counted; with labels (an object of repository name or owner/name → level), how
 * often it agrees and by how many levels it misses.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { DocLevel, DocStatus } from '../shared/github-types';
import { buildRecord } from '../electron/core/github/repository-record';
import { fetchedFromDump, parseDump } from './dump-repository';
import { processIo, safeIo } from '../electron/cli/io';

const LEVELS: DocLevel[] = ['missing', 'stub', 'basic', 'good'];

export interface Rated {
  repository: string;
  readme: string | null;
  status: DocStatus;
  label: DocLevel | null;
}

export function rateDump(text: string, labels: Record<string, string> = {}): Rated[] {
  return parseDump(text).repos.map((repo) => {
    const fetched = fetchedFromDump(repo);
    const record = buildRecord(fetched, 'eval', 'github.com');
    const raw = labels[`${repo.owner}/${repo.name}`] ?? labels[repo.name];
    const label = LEVELS.includes(raw as DocLevel) ? (raw as DocLevel) : null;
    return { repository: record.fullName, readme: record.snapshot.readmePath ?? record.snapshot.readmeName, status: record.docStatus, label };
  });
}

export function agreement(rated: Rated[]) {
  const labelled = rated.filter((r) => r.label !== null);
  const distance = (r: Rated) => Math.abs(LEVELS.indexOf(r.status.level) - LEVELS.indexOf(r.label!));
  const agree = labelled.filter((r) => distance(r) === 0).length;
  return {
    labelled: labelled.length,
    agree,
    share: labelled.length ? agree / labelled.length : null,
    twoLevelsApart: labelled.filter((r) => distance(r) >= 2).map((r) => r.repository),
    disagreements: labelled.filter((r) => distance(r) > 0).map((r) => ({ repository: r.repository, rated: r.status.level, label: r.label })),
  };
}

function main(argv: string[]): number {
  // (A reader that goes away, `| head`, ends it quietly: see processIo.)
  const io = safeIo(processIo());
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, labels: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
  if (!values.data) {
    io.err('usage: npm run eval:docs -- --data FILE [--labels FILE] [--json]');
    return 2;
  }
  let rated: Rated[];
  try {
    const labels = values.labels ? (JSON.parse(readFileSync(values.labels, 'utf8')) as Record<string, string>) : {};
    rated = rateDump(readFileSync(values.data, 'utf8'), labels);
  } catch (error) {
    io.err(`eval:docs: ${(error as Error).message}`);
    return 1;
  }
  const summary = values.labels ? agreement(rated) : null;
  if (values.json) {
    io.out(JSON.stringify({ repositories: rated, agreement: summary }, null, 2));
    return 0;
  }
  for (const r of rated) {
    const mark = r.label === null ? '' : r.label === r.status.level ? '  = label' : `  ≠ label ${r.label}`;
    io.out(`${r.repository.padEnd(48)} ${r.status.level.padEnd(7)} ${String(r.status.words).padStart(5)} words ${String(r.status.codeLines ?? 0).padStart(4)} code lines  ${r.readme ?? '(no README)'}${mark}`);
    for (const reason of r.status.reasons) io.out(`    - ${reason}`);
  }
  if (summary) {
    io.out(`\nagreement: ${summary.agree}/${summary.labelled}${summary.share === null ? '' : ` (${(summary.share * 100).toFixed(1)}%)`}; two levels apart: ${summary.twoLevelsApart.length ? summary.twoLevelsApart.join(', ') : 'none'}\n`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
