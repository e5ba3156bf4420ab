/** The gap analysis says what rests on detections the user has not reviewed. */
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../shared/gaps';
import { projects } from '../support/gap-projects';

const detected = (name: string, extra: Record<string, unknown> = {}) => ({ name, source: 'detected' as const, state: 'suggested' as const, evidence: `me/app: ${name} evidence`, strength: 'demonstrated' as const, ...extra });
const accepted = (name: string, extra: Record<string, unknown> = {}) => ({ ...detected(name, extra), state: 'accepted' as const });
const rule = (input: Parameters<typeof analyzeGaps>[0], id: string) => analyzeGaps(input).rules.find((r) => r.id === id)!;

describe('findings resting on unreviewed detection', () => {
  it('a rule met only by a pending suggestion is marked unreviewed, with what the confirmed evidence alone gives', () => {
    const f = rule({ projects: projects({ tags: [detected('Redis')] }) }, 'caching');
    expect(f).toMatchObject({ id: 'caching', status: 'met', unreviewed: true, confirmedStatus: 'missing' });
    const ok = rule({ projects: projects({ tags: [accepted('Redis')] }) }, 'caching');
    expect(ok.status).toBe('met');
    expect(ok.unreviewed).toBeUndefined();
    expect(ok.confirmedStatus).toBeUndefined();
  });

  it('a rule met by the user’s own tag as well is not marked', () => {
    const f = rule({ projects: projects({ tags: ['Redis', detected('Memcached')] }) }, 'caching');
    expect(f.status).toBe('met');
    expect(f.unreviewed).toBeUndefined();
  });

  it('a README-only mention is partial and unreviewed until accepted, then met', () => {
    const mention = { strength: 'mentioned', evidence: 'me/shop: README mentions Redis: “Sessions live in Redis.”' };
    const f = rule({ projects: projects({ tags: [detected('Redis', mention)] }) }, 'caching');
    expect(f).toMatchObject({ status: 'partial', unreviewed: true, confirmedStatus: 'missing' });
    const after = rule({ projects: projects({ tags: [accepted('Redis', mention)] }) }, 'caching');
    expect(after.status).toBe('met');
    expect(after.unreviewed).toBeUndefined();
  });

  it('a rule a pending kind meets is marked, and the kind’s evidence says it is unreviewed', () => {
    const f = rule({ projects: projects({ kinds: [{ kind: 'crud', source: 'detected', evidence: 'me/app: migrations and routes', state: 'suggested' }] }) }, 'crud-project');
    expect(f).toMatchObject({ status: 'met', unreviewed: true, confirmedStatus: 'missing' });
    expect(f.evidence[0]).toMatchObject({ kind: 'crud', unreviewed: true });
  });

  it('a missing rule stays as it was: nothing to mark', () => {
    const f = rule({ projects: projects({ tags: [detected('Redis')] }) }, 'graphql-api');
    expect(f.status).toBe('missing');
    expect(f.unreviewed).toBeUndefined();
  });

  it('a target technology shown only by a pending suggestion is marked unreviewed', () => {
    const report = analyzeGaps({ projects: projects({ tags: ['Go', detected('Redis')] }), target: { technologies: ['Go', 'Redis'] } });
    expect(report.target!.technologies).toEqual([
      { name: 'Go', demonstrated: true, projects: [expect.any(Object)] },
      { name: 'Redis', demonstrated: true, unreviewed: true, projects: [expect.any(Object)] },
    ]);
    expect(report.rules.find((r) => r.id === 'targeted-tech')).toMatchObject({ status: 'met', unreviewed: true, confirmedStatus: 'partial' });
  });
});
