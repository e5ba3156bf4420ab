import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { ALL_QUERIES, buildExtraFilesQuery } from '../../electron/core/github/queries';

describe('GraphQL documents against GitHub’s published schema', () => {
  for (const [name, query] of Object.entries(ALL_QUERIES)) {
    it(`${name} is valid`, () => {
      expect(validate(query).map((e) => e.message)).toEqual([]);
    });
  }
  it('the extra-files query builder makes valid documents', () => {
    expect(validate(buildExtraFilesQuery([1, 3])).map((e) => e.message)).toEqual([]);
  });
  it('a wrong field is caught (the check can fail)', () => {
    expect(validate(ALL_QUERIES.REPOSITORY_LIST_QUERY.replace('pushedAt', 'pushedOn')).length).toBeGreaterThan(0);
  });
});
