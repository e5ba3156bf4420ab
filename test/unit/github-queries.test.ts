import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { ALL_QUERIES, buildDetailsQuery } from '../../electron/core/github/queries';

describe('GraphQL documents against GitHub’s published schema', () => {
  for (const [name, query] of Object.entries(ALL_QUERIES)) {
    it(`${name} is valid`, () => {
      expect(validate(query).map((e) => e.message)).toEqual([]);
    });
  }
  it('the details query builder makes valid documents, whatever the number of files', () => {
    for (const counts of [[0], [1, 3], Array.from({ length: 100 }, (_, i) => i % 41)]) {
      expect(validate(buildDetailsQuery(counts)).map((e) => e.message)).toEqual([]);
    }
  });
  it('the listing reads the tree two levels deep and conventional folders by alias', () => {
    const q = ALL_QUERIES.REPOSITORY_LIST_QUERY;
    // The mode says which entries are symbolic links (a README may be one).
    expect(q).toMatch(/entries \{\s*name\s*type\s*mode\s*object \{ \.\.\. on Tree \{ entries \{ name type mode \} \} \}/);
    expect(q).toContain('object(expression: "HEAD:src")');
    expect(q).toContain('object(expression: "HEAD:.github/workflows")');
    expect(q).toContain('updatedAt');
  });
  it('file paths travel as variables, never inside the document', () => {
    expect(buildDetailsQuery([2])).toMatch(/f1: object\(expression: \$e0_1\)/);
    expect(buildDetailsQuery([2])).not.toMatch(/HEAD:/);
  });
  it('a wrong field is caught (the check can fail)', () => {
    expect(validate(ALL_QUERIES.REPOSITORY_LIST_QUERY.replace('pushedAt', 'pushedOn')).length).toBeGreaterThan(0);
    expect(validate(buildDetailsQuery([1]).replace('history(first: 1)', 'history(frist: 1)')).length).toBeGreaterThan(0);
  });
});
