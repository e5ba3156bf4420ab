/** Detection figures for `npm run bench`: time per repository and per 1,000 repositories. */
import { detectRepository } from '../shared/detection';
import { planFetch } from '../shared/detection/files';
import { readmeEndpoints, readmeMentions } from '../shared/detection/readme';
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
  // README reading: mentions with their guards and alternatives, and endpoint lists, over a long README.
  const sentences = ['It stores data in PostgreSQL and caches it in Redis.', 'You could use Nginx or Apache in front.', 'Deploy with Docker or Podman, e.g. on Fly.io.', '- GET /api/items/{id} returns one item', '| POST | /api/items |'];
  const longReadme = `# Service\n\n${Array.from({ length: 2000 }, (_, i) => sentences[i % sentences.length]).join('\n')}\n`;
  const readme = Array.from({ length: 20 }, () => time(() => { readmeMentions(longReadme); readmeEndpoints(longReadme); }).ms);
  results.push({ name: 'detection, README mentions and endpoints of a 2,000-line README', value: median(readme), unit: 'ms', target: '< 100 ms' });
  // Fetch plans with sub-project probes: a listing of 1,000 course-like trees.
  const trees = Array.from({ length: 1000 }, (_, i) => ['README.md', ...Array.from({ length: 20 }, (_, j) => [`section-${j}/`, `section-${j}/app-${i}/`]).flat()]);
  const plans = Array.from({ length: 5 }, () => time(() => trees.forEach((t) => planFetch(t, undefined, 'Elixir'))).ms);
  results.push({ name: 'fetch plans of 1,000 listings with sub-project probes', value: median(plans), unit: 'ms', target: '< 500 ms' });
}
