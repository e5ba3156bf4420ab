/**
 * `npm run eval:docs`: a dump's repositories rated as the sync rates them (root listing, the
 * README GitHub shows, licence, the root manifests), and agreement against labels.
 */
import { describe, expect, it } from 'vitest';
import { agreement, rateDump } from '../../eval/docs';

const GOOD = '# notes\n\nA REST API for short notes with tags, written in Go with PostgreSQL, and a full-text index over every note so any word finds it. Accounts sign in with a password; each note belongs to one account and can be shared read-only with a link.\n\n## Running\n\n```sh\ncp .env.sample .env\ndocker compose up --build\n```\n\n## Endpoints\n\n- `POST /login` returns a token that lasts an hour\n- `GET /notes` lists your notes, newest first\n- `POST /notes` adds a note\n- `DELETE /notes/:id` removes one for good\n';

const dump = JSON.stringify({
  version: 1,
  repos: [
    { owner: 'octo', name: 'notes', license: 'MIT', files: { 'README.md': GOOD, LICENSE: 'MIT', 'go.mod': 'module notes\n' } },
    { owner: 'octo', name: 'docs-only', license: null, files: { 'docs/README.md': '# docs-only\n\nA small CLI that renames photos by the date they were taken.\n\n## Install\n\n```\ngo install ./...\n```\n', 'main.go': 'package main' } },
    { owner: 'octo', name: 'dot-github', license: null, files: { '.github/README.md': '# profile\n\nHello.', 'README.md': GOOD } },
    { owner: 'octo', name: 'none', license: null, files: { 'package.json': '{"scripts":{"start":"node ."}}', 'package-lock.json': '{}' } },
    { owner: 'octo', name: 'binary', license: null, files: { 'README.md': { base64: Buffer.from([0x89, 0x50, 0, 1]).toString('base64') } } },
  ],
});

describe('eval:docs', () => {
  it('rates each repository through the sync’s record builder, README from .github/, the root or docs/', () => {
    const rated = rateDump(dump);
    const by = Object.fromEntries(rated.map((r) => [r.repository, r]));
    expect(by['octo/notes']).toMatchObject({ readme: 'README.md', status: { level: 'good' } });
    expect(by['octo/docs-only']).toMatchObject({ readme: 'docs/README.md', status: { level: 'basic', readmePath: 'docs/README.md' } });
    // GitHub shows .github/README.md before the root one.
    expect(by['octo/dot-github']).toMatchObject({ readme: '.github/README.md', status: { level: 'stub' } });
    expect(by['octo/none'].status).toMatchObject({ level: 'missing' });
    expect(by['octo/binary'].status).toMatchObject({ level: 'stub', reasons: [expect.stringMatching(/not readable text/)] });
    expect(by['octo/notes'].status.words).toBeGreaterThan(40);
  });

  it('measures agreement with labels by name or owner/name, and what is two levels apart', () => {
    const rated = rateDump(dump, { notes: 'good', 'octo/docs-only': 'good', 'dot-github': 'good', none: 'missing', binary: 'nonsense' });
    expect(agreement(rated)).toEqual({
      labelled: 4,
      agree: 2,
      share: 0.5,
      twoLevelsApart: ['octo/dot-github'],
      disagreements: [
        { repository: 'octo/docs-only', rated: 'basic', label: 'good' },
        { repository: 'octo/dot-github', rated: 'stub', label: 'good' },
      ],
    });
  });

  it('refuses what is not a dump with a clear message', () => {
    expect(() => rateDump('{')).toThrow(/not JSON/);
    expect(() => rateDump('{"repos": [{"name": 1}]}')).toThrow(/not a repository dump/);
  });
});
