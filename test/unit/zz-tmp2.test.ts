import { it } from 'vitest';
import { projectFacts } from '../../shared/gaps/facts';
import { evaluateRule } from '../../shared/gaps/evaluate';
import { RULES } from '../../shared/gaps/model';
import { analyzeGaps } from '../../shared/gaps';
import { syntheticProjects } from '../../bench/util';
it('t', () => {
  const ps = syntheticProjects(10000);
  for (let k = 0; k < 4; k++) {
    const t0 = performance.now();
    const facts = ps.filter((p) => p.showcased).map(projectFacts);
    const t1 = performance.now();
    const times: [string, number][] = [];
    for (const r of RULES) { const a = performance.now(); evaluateRule(r.id, { projects: facts, repoDoc: () => undefined, target: null }); times.push([r.id, performance.now() - a]); }
    const t2 = performance.now();
    analyzeGaps({ projects: ps, role: 'backend', target: { technologies: ['Kafka', 'Kubernetes', 'PostgreSQL', 'GraphQL'] } });
    const t3 = performance.now();
    console.log(`facts ${(t1 - t0).toFixed(1)} rules ${(t2 - t1).toFixed(1)} full ${(t3 - t2).toFixed(1)}`, times.sort((a, b) => b[1] - a[1]).slice(0, 8).map(([r, t]) => `${r}:${t.toFixed(1)}`).join(' '));
  }
});
