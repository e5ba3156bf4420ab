/**
 * The Dashboard's data with 5,000 projects: the calls the screen makes when the window has
 * loaded, through the same dispatch and handlers as IPC (arguments parsed, answers cloned as
 * Electron's structured clone does), on a portfolio whose projects each link a synced repository.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type AppCore } from '../electron/core/app-context';
import { createCoreHandlers, dispatch } from '../electron/core/ipc-handlers';
import type { IpcHandlers } from '../shared/ipc-contract';
import { analyzeDocumentation } from '../shared/doc-status';
import type { RepoSnapshot } from '../shared/github-types';
import { createGitHubStore } from '../electron/core/github/repository-store';
import { median, syntheticPortfolio, type BenchResult } from './util';

const READMES = [
  '# Orders API\n\nTakes orders over HTTP and publishes them to Kafka.\n\n## Running\n\n```sh\ndocker compose up\n```\n\n## Usage\n\n```sh\ncurl localhost:8080/orders\n```\n',
  '# tool\n\nTODO\n',
  '# Billing\n\nA Go service that bills customers monthly, with PostgreSQL and Redis.\n\n## Setup\n\nRun `make run`.\n',
  '',
];

const PATHS = Array.from({ length: 300 }, (_, i) => (i % 10 === 0 ? `internal/pkg${i}/` : `internal/pkg${i - (i % 10)}/file_${i}.go`));
const GO_MOD = `module example.com/repo\n\ngo 1.22\n\nrequire (\n${Array.from({ length: 40 }, (_, i) => `\tgithub.com/example/dependency-${i} v1.${i}.0\n`).join('')})\n`;
const COMPOSE = `services:\n${Array.from({ length: 12 }, (_, i) => `  service-${i}:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n    ports:\n      - "${5432 + i}:5432"\n`).join('')}`;

/**
 * The calls made when the window has loaded and opens on the Dashboard, in order: the shell's
 * (which screen to open), then the Dashboard's (the number of projects, the analysis, targets,
 * what the last sync changed). It lists no project: that is the Projects screen's.
 */
export const DASHBOARD_CALLS: ReadonlyArray<[keyof IpcHandlers, unknown]> = [
  ['app:info', {}],
  ['app:info', {}],
  ['gaps:analyze', { role: 'backend', targetId: null }],
  ['targets:list', {}],
  ['sync:last-changes', {}],
];

function seed(core: AppCore, n: number): void {
  const store = createGitHubStore(core.db);
  const docs = READMES.map((readme) => analyzeDocumentation({ fullName: 'o/r', readme: readme || null, readmeName: readme ? 'README.md' : null, rootEntries: [], licence: null, homepage: null }));
  core.db.transaction(() => {
    store.insertAccount({ id: 'a1', kind: 'public', login: 'octo', name: null, avatarUrl: null, apiUrl: 'https://api.github.com', scopes: [], canReadPrivate: false, includeOrgRepos: false, addedAt: '2026-01-01T00:00:00.000Z', lastSyncedAt: null });
    syntheticPortfolio(n).forEach((input, i) => {
      const project = core.portfolio.create(input);
      const readme = READMES[i % READMES.length];
      const snapshot: RepoSnapshot = {
        fullName: `octo/repo-${i}`,
        description: input.summary ?? null,
        homepage: null,
        topics: ['api'],
        languages: [{ name: 'Go', bytes: 1000 }],
        licence: 'MIT',
        readme: readme || null,
        readmeName: readme ? 'README.md' : null,
        rootEntries: [{ name: 'README.md', type: 'blob' }, { name: 'go.mod', type: 'blob' }],
        workflowFiles: ['ci.yml'],
        // What a real snapshot holds besides: the paths the sync saw and the manifests it read.
        paths: PATHS,
        manifests: { 'go.mod': GO_MOD, 'docker-compose.yml': COMPOSE },
      };
      const id = store.upsertRepository(
        {
          accountId: 'a1', host: 'github.com', nodeId: `R_${i}`, owner: 'octo', name: `repo-${i}`, fullName: `octo/repo-${i}`, url: `https://github.com/octo/repo-${i}`,
          description: input.summary ?? null, homepage: null, stars: i % 50, forks: 0, visibility: 'public', isFork: false, isArchived: false, parent: null, ownerType: 'User',
          licence: 'MIT', topics: ['api'], defaultBranch: 'main', pushedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', createdAt: '2025-01-01T00:00:00.000Z',
          languages: [{ name: 'Go', bytes: 1000, color: null }], authorship: null, docStatus: docs[i % docs.length], technologies: [], kinds: [], warnings: [], snapshot,
        },
        '2026-01-01T00:00:00.000Z',
      );
      store.link(project.id, id, '2026-01-01T00:00:00.000Z');
    });
  })();
}

export async function benchDashboard(results: BenchResult[], n = 5_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'showcase-bench-'));
  const dbPath = join(dir, 'dashboard.db');
  try {
    const seeded = openCore(dbPath);
    seed(seeded, n);
    seeded.close();

    const dialogs = { chooseSavePath: async () => null, chooseOpenPath: async () => null };
    const firstRuns: number[] = [];
    const againRuns: number[] = [];
    const perCall = new Map<string, number[]>();
    const sizes = new Map<string, number>();
    let bytes = 0;
    for (let round = 0; round < 5; round++) {
      // A new process each round: the database opened, nothing cached, as when the app starts.
      const core = openCore(dbPath);
      const handlers = createCoreHandlers(core, dialogs) as IpcHandlers;
      const load = async (record: boolean): Promise<number> => {
        let size = 0;
        for (const [channel, args] of DASHBOARD_CALLS) {
          const start = process.hrtime.bigint();
          const response = structuredClone(await dispatch(handlers, channel, args));
          if (!response.ok) throw new Error(`${channel} failed: ${response.error.message}`);
          if (record) perCall.set(channel, [...(perCall.get(channel) ?? []), Number(process.hrtime.bigint() - start) / 1e6]);
          const length = JSON.stringify(response.value).length;
          if (record) sizes.set(channel, length);
          size += length;
        }
        return size;
      };
      const first = process.hrtime.bigint();
      bytes = await load(true);
      firstRuns.push(Number(process.hrtime.bigint() - first) / 1e6);
      const again = process.hrtime.bigint();
      await load(false);
      againRuns.push(Number(process.hrtime.bigint() - again) / 1e6);
      core.close();
    }
    const label = n.toLocaleString('en');
    results.push({ name: `dashboard data, ${label} projects: first load after start`, value: median(firstRuns), unit: 'ms', target: '< 1000 ms' });
    for (const [channel, runs] of perCall) {
      results.push({ name: `dashboard data, ${label} projects: ${channel}`, value: median(runs), unit: 'ms' });
      results.push({ name: `dashboard data, ${label} projects: ${channel} answer`, value: (sizes.get(channel) ?? 0) / 1024, unit: 'KiB' });
    }
    results.push({ name: `dashboard data, ${label} projects: loaded again`, value: median(againRuns), unit: 'ms' });
    results.push({ name: `dashboard data, ${label} projects: size of the answers`, value: bytes / 1024, unit: 'KiB' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
