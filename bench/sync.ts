/**
 * GitHub sync benchmark: Showcase's sync against a naive REST client fetching the same data
 * (repository list, then languages, README, root tree and manifests per repository), both
 * against the fake GitHub with 50 ms latency on every response. Requests and wall time, for
 * 100 and 1,000 repositories, full sync and a no-change re-sync.
 * Targets: 1,000 repos in ≤ 25 requests and ≤ 3 s; re-sync ≤ ceil(N/100) + 1 requests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../electron/core/app-context';
import { manifestKind } from '../shared/detection';
import { startFakeGitHub, type FakeGitHub } from '../test/fakes/fake-github';
import { generatedRepos } from '../test/fakes/fixtures';

export interface SyncBenchResult {
  client: 'showcase' | 'naive-rest';
  scenario: 'full' | 'resync';
  repos: number;
  requests: number;
  wallMs: number;
}

const TOKEN = 'ghp_bench';
/** The naive client runs as many requests at once as Octokit's throttling allows (10). */
const NAIVE_CONCURRENCY = 10;

async function naiveSync(gh: FakeGitHub): Promise<void> {
  const headers = { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json' };
  const getJson = async (url: string) => {
    const res = await fetch(url, { headers });
    return res.status === 200 ? res.json() : null;
  };
  const repos: Array<{ full_name: string }> = [];
  for (let page = 1; ; page++) {
    const batch = (await getJson(`${gh.apiUrl}/user/repos?per_page=100&page=${page}`)) as Array<{ full_name: string }>;
    repos.push(...batch);
    if (batch.length < 100) break;
  }
  let next = 0;
  const worker = async () => {
    while (next < repos.length) {
      const base = `${gh.apiUrl}/repos/${repos[next++].full_name}`;
      await getJson(`${base}/languages`);
      await getJson(`${base}/readme`);
      const root = ((await getJson(`${base}/contents/`)) ?? []) as Array<{ name: string; type: string }>;
      for (const e of root) if (e.type === 'file' && manifestKind(e.name)) await getJson(`${base}/contents/${e.name}`);
    }
  };
  await Promise.all(Array.from({ length: NAIVE_CONCURRENCY }, worker));
}

async function measure(gh: FakeGitHub, fn: () => Promise<unknown>): Promise<{ requests: number; wallMs: number }> {
  const before = gh.log.length;
  const start = performance.now();
  await fn();
  return { requests: gh.log.length - before, wallMs: Math.round(performance.now() - start) };
}

export async function benchSync(sizes: number[] = [100, 1000], latencyMs = 50): Promise<SyncBenchResult[]> {
  const results: SyncBenchResult[] = [];
  for (const n of sizes) {
    const gh = await startFakeGitHub({ latencyMs, authenticatedLimit: 1_000_000 });
    gh.addUser({ login: 'bench' }, { token: TOKEN, scopes: ['repo'] });
    for (const r of generatedRepos('bench', n)) gh.addRepo(r);
    const dir = mkdtempSync(join(tmpdir(), 'showcase-bench-sync-'));
    const core = openCore(join(dir, 'bench.db'));
    try {
      const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
      for (const scenario of ['full', 'resync'] as const) {
        let status = '';
        const m = await measure(gh, async () => (status = (await core.github.sync.sync(account.id)).status));
        if (status !== 'complete') throw new Error(`showcase ${scenario} sync of ${n} repos ended ${status}`);
        results.push({ client: 'showcase', scenario, repos: n, ...m });
      }
      for (const scenario of ['full', 'resync'] as const) {
        // The naive client keeps nothing between runs: a re-sync fetches everything again.
        results.push({ client: 'naive-rest', scenario, repos: n, ...(await measure(gh, () => naiveSync(gh))) });
      }
    } finally {
      core.close();
      await gh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

/** Prints the results: `{ "results": [...] }` with --json, else a table with the targets. */
export function printSyncBench(results: SyncBenchResult[], json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
    return;
  }
  process.stdout.write('client      scenario  repos  requests   wall ms  target\n');
  for (const r of results) {
    const target = r.client !== 'showcase' ? '' : r.scenario === 'full' ? (r.repos >= 1000 ? '≤ 25 requests, ≤ 3000 ms' : '') : `≤ ${Math.ceil(r.repos / 100) + 1} requests`;
    process.stdout.write(`${r.client.padEnd(10)}  ${r.scenario.padEnd(8)}  ${String(r.repos).padStart(5)}  ${String(r.requests).padStart(8)}  ${String(r.wallMs).padStart(8)}  ${target}\n`);
  }
}
