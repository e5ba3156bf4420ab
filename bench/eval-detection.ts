/**
 * `npm run eval:detection -- --data FILE [--json] [--labels FILE] [--repo NAME] [--authored 0.1]`
 *
 * Loads a repository dump into the fake GitHub, runs a real sync through the app's core, and
 * prints per repository what was detected: each technology with its strength (● demonstrated,
 * ○ mentioned) and first evidence, the kinds, the authorship and the warnings. With `--labels`
 * (a JSON file `{ "repo": { "uses": [...], "unsure": [...], "ecosystem": "..." } }` kept
 * outside the project), it also measures recall and false claims against those labels.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../electron/core/app-context';
import { createMemoryTokenStore } from '../electron/core/github/token-store';
import { techStrength } from '../shared/detection';
import type { SyncedRepository } from '../shared/github-types';
import { resolveTag } from '../shared/taxonomy';
import { startFakeGitHub } from '../test/fakes/fake-github';
import { loadDump, parseDump } from '../test/fakes/dump-loader';

interface Labels {
  [repo: string]: { uses: string[]; unsure?: string[]; ecosystem?: string };
}

interface RepoScore {
  repo: string;
  ecosystem: string;
  expected: number;
  found: number;
  missed: string[];
  falseClaims: string[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const key = (name: string) => resolveTag(name).name.toLowerCase();

function score(repo: SyncedRepository, labels: Labels[string]): RepoScore {
  const detected = new Set(repo.technologies.map((t) => key(t.name)));
  const uses = new Set(labels.uses.map(key));
  const unsure = new Set((labels.unsure ?? []).map(key));
  const missed = [...uses].filter((u) => !detected.has(u));
  const falseClaims = repo.technologies.map((t) => t.name).filter((n) => !uses.has(key(n)) && !unsure.has(key(n)));
  return { repo: repo.name, ecosystem: labels.ecosystem ?? 'other', expected: uses.size, found: uses.size - missed.length, missed, falseClaims };
}

function printRepo(r: SyncedRepository, s: RepoScore | null): void {
  const a = r.authorship;
  const who = a && a.authored !== null && a.total !== null ? `you authored ${a.authored} of ${a.total} commits${a.minor ? ' (barely yours)' : ''}` : 'authorship unknown';
  const owner = r.ownerType === 'Organization' ? ', organisation' : '';
  const fork = r.isFork ? `, fork of ${r.parent ?? '?'}` : '';
  process.stdout.write(`\n${r.fullName}  [${who}${owner}${fork}; README ${r.docStatus?.level ?? '?'}]\n`);
  const width = Math.min(28, Math.max(8, ...r.technologies.map((t) => t.name.length)));
  for (const t of r.technologies) {
    const mark = techStrength(t) === 'demonstrated' ? '●' : '○';
    process.stdout.write(`  ${mark} ${t.name.padEnd(width)}  ${t.evidence[0].slice(0, 110)}\n`);
  }
  if (r.kinds.length) process.stdout.write(`  kinds: ${r.kinds.map((k) => k.kind).join(', ')}\n`);
  if (r.warnings.length) process.stdout.write(`  ⚠ ${r.warnings.slice(0, 3).join(' | ').slice(0, 300)}\n`);
  if (s) process.stdout.write(`  labels: ${s.found}/${s.expected}${s.missed.length ? `  missed: ${s.missed.join(', ')}` : ''}${s.falseClaims.length ? `  FALSE: ${s.falseClaims.join(', ')}` : ''}\n`);
}

async function main(): Promise<void> {
  const data = arg('--data');
  if (!data) {
    process.stderr.write('usage: npm run eval:detection -- --data FILE [--json] [--labels FILE] [--repo NAME] [--authored SHARE]\n');
    process.exit(2);
  }
  const dump = parseDump(readFileSync(data, 'utf8'));
  const labels = arg('--labels') ? (JSON.parse(readFileSync(arg('--labels')!, 'utf8')) as Labels) : null;
  const only = arg('--repo');
  const authored = arg('--authored') ? Number(arg('--authored')) : undefined;
  const gh = await startFakeGitHub({ authenticatedLimit: 1_000_000 });
  const token = 'ghp_eval';
  loadDump(gh, dump, token, { authoredShare: authored });
  const dir = mkdtempSync(join(tmpdir(), 'showcase-eval-'));
  const core = openCore(join(dir, 'eval.db'), undefined, { tokens: createMemoryTokenStore() });
  try {
    const account = await core.github.accounts.addWithToken({ token, apiUrl: gh.apiUrl });
    const started = performance.now();
    const result = await core.github.sync.sync(account.id);
    const ms = Math.round(performance.now() - started);
    const repos = core.github.repositories.list().filter((r) => !only || r.name === only).sort((a, b) => a.name.localeCompare(b.name));
    const scores = labels ? repos.filter((r) => labels[r.name]).map((r) => score(r, labels[r.name])) : [];
    if (process.argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify({ sync: { status: result.status, requests: result.requests, repositories: result.reposListed, ms }, repositories: repos.map((r) => ({ name: r.fullName, authorship: r.authorship, ownerType: r.ownerType, isFork: r.isFork, docStatus: r.docStatus?.level ?? null, technologies: r.technologies.map((t) => ({ name: t.name, techId: t.techId, strength: techStrength(t), evidence: t.evidence })), kinds: r.kinds, warnings: r.warnings })), scores }, null, 2)}\n`);
      return;
    }
    const byRepo = new Map(scores.map((s) => [s.repo, s]));
    for (const r of repos) printRepo(r, byRepo.get(r.name) ?? null);
    process.stdout.write(`\nsync: ${result.status}, ${result.reposListed} repositories, ${result.requests} requests, ${ms} ms\n`);
    if (scores.length) {
      const sum = (xs: RepoScore[]) => ({ expected: xs.reduce((s, x) => s + x.expected, 0), found: xs.reduce((s, x) => s + x.found, 0), false: xs.reduce((s, x) => s + x.falseClaims.length, 0) });
      const ecosystems = [...new Set(scores.map((s) => s.ecosystem))].sort();
      for (const e of ecosystems) {
        const t = sum(scores.filter((s) => s.ecosystem === e));
        process.stdout.write(`  ${e.padEnd(10)} recall ${t.found}/${t.expected} (${Math.round((100 * t.found) / Math.max(1, t.expected))}%), false claims ${t.false}\n`);
      }
      const t = sum(scores);
      process.stdout.write(`  ${'all'.padEnd(10)} recall ${t.found}/${t.expected} (${((100 * t.found) / Math.max(1, t.expected)).toFixed(1)}%), false claims ${t.false}\n`);
    }
  } finally {
    core.close();
    await gh.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: Error) => {
  process.stderr.write(`eval:detection failed: ${error.message}\n`);
  process.exit(1);
});
