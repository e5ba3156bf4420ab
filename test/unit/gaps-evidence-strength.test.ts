/** How the gap analysis weighs evidence: demonstrated or only mentioned, the user's work or others'. */
import { describe, expect, it } from 'vitest';
import { analyzeGaps, ROLES, ruleWeight } from '../../shared/gaps';
import { projects } from '../support/gap-projects';

const detected = (name: string, extra: Record<string, unknown> = {}) => ({ name, source: 'detected' as const, state: 'suggested' as const, evidence: `me/app: ${name} evidence`, ...extra });
const rule = (input: Parameters<typeof analyzeGaps>[0], id: string) => analyzeGaps(input).rules.find((r) => r.id === id)!;

describe('evidence strength in the gap analysis', () => {
  it('a technology only a README mentions makes its rule partial until the user accepts it', () => {
    const mentioned = projects({ title: 'Shop', tags: [detected('Redis', { strength: 'mentioned', evidence: 'me/shop: README mentions Redis: “Sessions live in Redis.”' })] });
    const f = rule({ projects: mentioned }, 'caching');
    expect(f.status).toBe('partial');
    expect(f.reason).toMatch(/Only a README or topics mention .*Redis \(Shop\)/);
    expect(f.suggestion).toMatch(/Check Redis on your Shop.*Accept the tag/);
    expect(f.evidence[0]).toMatchObject({ tag: 'Redis', strength: 'mentioned', unreviewed: true });

    const accepted = projects({ title: 'Shop', tags: [{ ...detected('Redis', { strength: 'mentioned' }), state: 'accepted' as const }] });
    expect(rule({ projects: accepted }, 'caching').status).toBe('met');
  });

  it('demonstrated detected evidence counts unreviewed, and says so', () => {
    const f = rule({ projects: projects({ tags: [detected('Redis', { strength: 'demonstrated' })] }) }, 'caching');
    expect(f.status).toBe('met');
    expect(f.evidence[0]).toMatchObject({ unreviewed: true });
    expect(f.evidence[0].strength).toBeUndefined();
  });

  it('reads the strength of tags stored before strengths existed from their evidence', () => {
    const old = projects({ tags: [{ name: 'RabbitMQ', source: 'detected', state: 'suggested', evidence: 'me/x: README mentions RabbitMQ' }] });
    expect(rule({ projects: old }, 'message-queue').status).toBe('partial');
    const manifest = projects({ tags: [{ name: 'RabbitMQ', source: 'detected', state: 'suggested', evidence: 'me/x: package.json depends on amqplib' }] });
    expect(rule({ projects: manifest }, 'message-queue').status).toBe('met');
  });

  it('technologies from a repository the user barely contributed to count only once confirmed', () => {
    const minor = projects({ title: 'Fork', tags: [detected('Kafka', { minorContribution: true, evidence: 'them/lib (you authored 3 of 120 commits): pom.xml depends on spring-kafka' })] });
    const f = rule({ projects: minor }, 'message-queue');
    expect(f.status).toBe('missing');
    expect(f.reason).toMatch(/Apache Kafka \(Fork\) comes only from repositories you barely contributed to; confirm the tag/);
    const confirmed = projects({ title: 'Fork', tags: [{ ...detected('Kafka', { minorContribution: true }), state: 'accepted' as const }] });
    expect(rule({ projects: confirmed }, 'message-queue').status).toBe('met');
  });

  it('a mention never outweighs what the user wrote', () => {
    const both = projects({ tags: ['PostgreSQL', detected('MySQL', { strength: 'mentioned' })] });
    const f = rule({ projects: both }, 'sql-database');
    expect(f.status).toBe('met');
    expect(f.evidence.map((e) => e.tag)).toEqual(['PostgreSQL']);
  });
});

describe('automated-tests', () => {
  it('is weighted in every role as the advice says', () => {
    expect(ROLES.map((r) => [r.id, ruleWeight(r.id, 'automated-tests')])).toEqual([
      ['backend', 'important'], ['lead-backend', 'essential'], ['solutions-architect', 'nice'], ['devops', 'important'],
    ]);
  });
  it('is met by a test framework and partial with only a pipeline', () => {
    expect(rule({ projects: projects({ tags: ['Jest'] }) }, 'automated-tests')).toMatchObject({ status: 'met' });
    const partial = rule({ projects: projects({ title: 'Api', tags: ['GitHub Actions', 'Python'] }) }, 'automated-tests');
    expect(partial).toMatchObject({ status: 'partial', reason: expect.stringMatching(/CI pipeline runs/) });
    expect(partial.suggestion).toMatch(/pytest/);
  });
});
