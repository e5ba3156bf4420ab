/** Detection figures for `npm run bench`: time per repository and per 1,000 repositories. */
import { detectRepository } from '../shared/detection';
import { planFetch } from '../shared/detection/files';
import type { RepoSnapshot } from '../shared/github-types';
import { generatedRepos, todoApi } from '../test/fakes/fixtures';
import type { FakeRepo } from '../test/fakes/fake-github';
import { median, time, type BenchResult } from './util';

/** A snapshot as a sync would build it: the tree's paths, the README and the planned files' text. */
function snapshotOf(repo: FakeRepo): RepoSnapshot {
  const files = Object.entries(repo.files ?? {}).filter(([, c]) => typeof c === 'string') as Array<[string, string]>;
  const paths = [...new Set(files.flatMap(([p]) => p.split('/').map((_, i, parts) => (i < parts.length - 1 ? `${parts.slice(0, i + 1).join('/')}/` : p))))];
  const plan = planFetch(paths);
  const text = new Map(files);
  return {
    fullName: `${repo.owner}/${repo.name}`, description: repo.description ?? null, homepage: null, topics: repo.topics ?? [],
    languages: Object.entries(repo.languages ?? {}).map(([name, bytes]) => ({ name, bytes })), licence: null,
    readme: plan.readme ? (text.get(plan.readme) ?? null) : null, readmeName: plan.readme, readmePath: plan.readme,
    rootEntries: [], workflowFiles: [], paths,
    manifests: Object.fromEntries(plan.files.filter((p) => text.has(p)).map((p) => [p, text.get(p)!])),
  };
}

export function benchDetection(results: BenchResult[]): void {
  const thousand = generatedRepos('bench', 1000).map(snapshotOf);
  const rich = snapshotOf(todoApi('bench'));
  for (let i = 0; i < 2; i++) thousand.forEach((s) => detectRepository(s));
  const one = Array.from({ length: 200 }, () => time(() => detectRepository(rich)).ms);
  results.push({ name: 'detection, one repository (README, manifest, compose, workflow)', value: median(one), unit: 'ms', target: '< 5 ms' });
  const all = Array.from({ length: 5 }, () => time(() => thousand.forEach((s) => detectRepository(s))).ms);
  results.push({ name: 'detection, 1,000 repositories of varied layouts', value: median(all), unit: 'ms', target: '< 2000 ms' });
}
