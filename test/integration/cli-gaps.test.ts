import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { RULES } from '../../shared/gaps';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

function sampleDb(): string {
  const db = join(tempDir(), 'gaps.db');
  const core = openCore(db);
  core.portfolio.loadSample();
  core.close();
  return db;
}

describe('showcase gaps', () => {
  it('prints the documented JSON shape with every rule, evidence and suggestions', async () => {
    const db = sampleDb();
    const r = await cli(['gaps', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.role).toBe('backend');
    expect(report.score).toBeGreaterThan(0);
    expect(report.score).toBeLessThanOrEqual(100);
    expect(report.areas.map((a: { id: string }) => a.id)).toEqual(['portfolio', 'skills', 'databases', 'apis', 'auth', 'security', 'devops', 'infrastructure']);
    expect(report.rules.map((x: { id: string }) => x.id).sort()).toEqual(RULES.map((x) => x.id).sort());
    const byId = Object.fromEntries(report.rules.map((x: { id: string }) => [x.id, x]));
    expect(byId['crud-project']).toMatchObject({ area: 'portfolio', status: 'met' });
    expect(byId['crud-project'].evidence).toEqual(expect.arrayContaining([expect.objectContaining({ project: 'Task Tracker API', kind: 'crud', source: 'manual', projectId: expect.any(String) })]));
    expect(byId.authentication.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ project: 'Task Tracker API', tag: 'JWT', source: 'manual' })]));
    expect(byId['graphql-api'].status).toBe('missing');
    expect(byId['graphql-api'].suggestion).toMatch(/GraphQL/);
    expect(byId['search-engine'].status).toBe('missing');
    for (const rule of report.rules) {
      if (rule.status === 'met') expect(rule.evidence.length, rule.id).toBeGreaterThan(0);
      else expect(rule.suggestion.length, rule.id).toBeGreaterThan(10);
    }
    // Hidden projects never count: the Weather pipeline is the only AWS project and it is hidden.
    expect(byId.cloud.status).not.toBe('met');
  });

  it('is deterministic, byte for byte', async () => {
    const db = sampleDb();
    const a = await cli(['gaps', '--json', '--db', db]);
    const b = await cli(['gaps', '--json', '--db', db]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('weighs rules per role', async () => {
    const db = sampleDb();
    const scores: Record<string, number> = {};
    for (const role of ['backend', 'lead-backend', 'solutions-architect', 'devops']) {
      const r = await cli(['gaps', '--role', role, '--json', '--db', db]);
      expect(r.code, role).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.role).toBe(role);
      scores[role] = report.score;
      const weights = Object.fromEntries(report.rules.map((x: { id: string; weight: string }) => [x.id, x.weight]));
      if (role === 'devops') expect(weights.orchestration).toBe('essential');
      if (role === 'backend') expect(weights.orchestration).not.toBe('essential');
    }
    // The sample has no orchestration and no cloud among showcased projects: devops scores lower.
    expect(scores.devops).toBeLessThan(scores.backend);
    const bad = await cli(['gaps', '--role', 'wizard', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown role "wizard"/);
  });

  it('tailors to a job posting: demonstrated and missing technologies, targeted-tech', async () => {
    const db = sampleDb();
    const posting = join(tempDir(), 'job.txt');
    writeFileSync(posting, 'We are hiring a backend engineer (Java, Spring Boot, Kafka, Kubernetes). You will go the extra mile. Nice to have: JavaScript.');
    const r = await cli(['gaps', '--job', posting, '--json', '--db', db]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const techs = Object.fromEntries(report.target.technologies.map((t: { name: string }) => [t.name, t]));
    expect(Object.keys(techs)).toEqual(expect.arrayContaining(['Java', 'Spring Boot', 'Apache Kafka', 'Kubernetes', 'JavaScript']));
    expect(Object.keys(techs)).not.toContain('Go');
    expect(techs['Apache Kafka']).toMatchObject({ demonstrated: true, projects: [expect.objectContaining({ project: 'Payments Microservices' })] });
    expect(techs.Kubernetes).toMatchObject({ demonstrated: false, projects: [] });
    const targeted = report.rules.find((x: { id: string }) => x.id === 'targeted-tech');
    expect(targeted.status).toBe('partial');
    expect(targeted.reason).toMatch(/Kubernetes/);

    const text = await cli(['gaps', '--job', posting, '--db', db]);
    expect(text.stdout).toMatch(/✗ Kubernetes/);
    expect(text.stdout).toMatch(/✓ Apache Kafka \(Payments Microservices\)/);
  });

  it('saves named targets and reuses them', async () => {
    const db = sampleDb();
    const posting = join(tempDir(), 'acme.txt');
    writeFileSync(posting, 'Acme needs GraphQL and Elasticsearch experience, plus PostgreSQL.');
    const saved = await cli(['targets', '--save', 'Acme backend role', '--job', posting, '--db', db]);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toMatch(/Saved "Acme backend role": GraphQL, Elasticsearch, PostgreSQL/);
    const listed = JSON.parse((await cli(['targets', '--json', '--db', db])).stdout);
    expect(listed).toHaveLength(1);
    const r = JSON.parse((await cli(['gaps', '--target', 'acme backend role', '--json', '--db', db])).stdout);
    expect(r.target.name).toBe('Acme backend role');
    expect(r.target.technologies.map((t: { name: string }) => t.name)).toEqual(['GraphQL', 'Elasticsearch', 'PostgreSQL']);
    expect((await cli(['gaps', '--target', 'Nope', '--db', db])).stderr).toMatch(/no saved target named "Nope"/);
    expect((await cli(['targets', '--delete', 'Acme backend role', '--db', db])).code).toBe(0);
    expect(JSON.parse((await cli(['targets', '--json', '--db', db])).stdout)).toEqual([]);
  });
});
