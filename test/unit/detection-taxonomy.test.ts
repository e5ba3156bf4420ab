/** Every technology a detection rule can name is one the taxonomy knows, so gaps and job targets can use it. */
import { describe, expect, it } from 'vitest';
import { DEPENDENCY_RULES, FEATURE_RULES, PASSWORD_LIBRARIES } from '../../shared/detection/dependency-rules';
import { COMMAND_RULES, IMAGE_RULES } from '../../shared/detection/images';
import { LANGUAGE_RULES } from '../../shared/detection/languages';
import { rulesOf, type RuleValue } from '../../shared/detection/model';
import { README_WORDS } from '../../shared/detection/readme';
import { PATH_RULES } from '../../shared/detection/tree-rules';
import { findTechnology, resolveTag } from '../../shared/taxonomy';

function named(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (value: RuleValue, where: string) => rulesOf(value).forEach((r) => out.set(r.tech, where));
  for (const [eco, rules] of Object.entries(DEPENDENCY_RULES)) for (const [k, v] of Object.entries(rules)) add(v, `${eco}:${k}`);
  for (const [k, v] of Object.entries({ ...FEATURE_RULES, ...PASSWORD_LIBRARIES, ...IMAGE_RULES, ...LANGUAGE_RULES })) add(v, k);
  for (const [re, v] of COMMAND_RULES) add(v, String(re));
  for (const w of README_WORDS) add(w.rule, String(w.pattern));
  for (const p of PATH_RULES) add(p.rule, String(p.test));
  return out;
}

describe('detection rules and the taxonomy', () => {
  it('names only technologies the taxonomy knows', () => {
    // Payment providers have no category of their own in the taxonomy; they stay custom tags (and show an e-commerce kind).
    const PAYMENTS = new Set(['Stripe', 'PayPal']);
    const unknown = [...named()].filter(([tech]) => !findTechnology(tech) && !PAYMENTS.has(tech)).map(([tech, where]) => `${tech} (${where})`);
    expect(unknown).toEqual([]);
  });
  it('a user’s own keyword is never renamed into another technology: "ECS" stays as typed', () => {
    expect(resolveTag('ECS')).toEqual({ name: 'ECS', techId: null });
    expect(resolveTag('Amazon ECS')).toEqual({ name: 'Amazon ECS', techId: 'ecs' });
    expect(resolveTag('aws ecs').techId).toBe('ecs');
    expect(resolveTag('postgres')).toEqual({ name: 'PostgreSQL', techId: 'postgresql' });
  });
});
