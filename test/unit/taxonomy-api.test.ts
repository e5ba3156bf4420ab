import { describe, expect, it } from 'vitest';
import { findTechnology, resolveTag, suggestTechnologies } from '../../shared/taxonomy';

describe('taxonomy lookup', () => {
  it('resolves aliases to canonical names', () => {
    expect(findTechnology('Postgres')?.name).toBe('PostgreSQL');
    expect(findTechnology('psql')?.name).toBe('PostgreSQL');
    expect(findTechnology('k8s')?.name).toBe('Kubernetes');
    expect(findTechnology('Node')?.name).toBe('Node.js');
    expect(findTechnology('node js')?.name).toBe('Node.js');
  });
  it('keeps unknown tags as custom tags', () => {
    expect(resolveTag('  My  Framework ')).toEqual({ name: 'My Framework', techId: null });
    expect(resolveTag('postgres')).toEqual({ name: 'PostgreSQL', techId: 'postgresql' });
  });
  it('suggests through aliases, exact match first', () => {
    const s = suggestTechnologies('k8s');
    expect(s[0].tech.name).toBe('Kubernetes');
    expect(s[0].matched).toBe('k8s');
    expect(suggestTechnologies('')).toEqual([]);
  });
});
