import { describe, expect, it } from 'vitest';
import { analyzeDocumentation, GOOD_MIN_WORDS } from '../../shared/doc-status';
import { GOOD_README } from '../fakes/fixtures';

const root = [{ name: 'LICENSE', type: 'blob' as const }];

describe('documentation status', () => {
  it('missing without a README', () => {
    const s = analyzeDocumentation({ readme: null, licence: null, homepage: null, rootEntries: [] });
    expect(s.level).toBe('missing');
    expect(s.reasons[0]).toMatch(/^no README: add a README\.md/);
  });
  it('stub for a title and a line', () => {
    const s = analyzeDocumentation({ readme: '# my-api\n\nAn API.', licence: null, homepage: null, rootEntries: [] });
    expect(s.level).toBe('stub');
    expect(s.reasons).toEqual(
      expect.arrayContaining([expect.stringMatching(/^no install or run steps: add the commands/), expect.stringMatching(/^no usage: show how to use it/), expect.stringMatching(/^no licence: add a LICENSE file/)]),
    );
  });
  it('good with description, install, usage and real length; strengths listed', () => {
    const s = analyzeDocumentation({ readme: GOOD_README, licence: 'MIT', homepage: 'https://todo.example.com', rootEntries: [...root, { name: 'docs', type: 'tree' }] });
    expect(s.level).toBe('good');
    expect(s.words).toBeGreaterThanOrEqual(GOOD_MIN_WORDS);
    expect(s.strengths).toEqual(expect.arrayContaining(['has a licence', 'links a demo or homepage', 'shows screenshots or diagrams', 'has a docs/ folder']));
    expect(s.reasons).toEqual([]);
  });
  it('basic when nothing shows how to use it, and says so', () => {
    // The API section lists the endpoints: that is usage too, so it goes with the Usage section.
    const readme = GOOD_README.replace(/## Usage[\s\S]*?## Design notes/, '## Design notes').replace(/GET|POST|PATCH|DELETE/g, 'call');
    const s = analyzeDocumentation({ readme, licence: null, homepage: null, rootEntries: [] });
    expect(s.level).toBe('basic');
    expect(s.reasons).toContain('no usage: show how to use it, with example requests (curl), the list of endpoints, or a link to its API docs (Swagger/OpenAPI, Postman)');
    expect(s.reasons).toContainEqual(expect.stringMatching(/^no licence: /));
  });
  it('basic when everything is there but short', () => {
    const s = analyzeDocumentation({ readme: '# X\n\nX is a service that stores and serves short links for teams.\n\n## Install\n\nnpm install\n\n## Usage\n\nnpm start then open it in a browser and paste a long link.', licence: 'MIT', homepage: null, rootEntries: [] });
    expect(s.level).toBe('basic');
    expect(s.reasons.join()).toMatch(new RegExp(`short README \\(\\d+ words, \\d+ lines of commands\\): explain a little more, to about 100 words`));
  });
  it('an unreadable README is a stub with a reason', () => {
    const s = analyzeDocumentation({ readme: null, readmeUnreadable: true, licence: null, homepage: null, rootEntries: [] });
    expect(s).toMatchObject({ level: 'stub', reasons: [expect.stringMatching(/not readable text.*save it as UTF-8/)] });
  });
  it('suggests the install command the manifests show', () => {
    const s = analyzeDocumentation({
      readme: '# shortener\n\nA link shortener for teams, with expiring links and click counts per link.',
      licence: null,
      homepage: null,
      rootEntries: [{ name: 'package.json', type: 'blob' }, { name: 'package-lock.json', type: 'blob' }],
      manifests: { 'package.json': JSON.stringify({ scripts: { start: 'node server.js' } }) },
    });
    expect(s.reasons).toContainEqual(expect.stringContaining('here that is `npm ci && npm start`'));
  });
  it('names no command the repository does not show: a .NET solution gets its own, an unknown stack none', () => {
    const readme = '# shop\n\nAn online shop back end with carts, orders and payments, written for a course.';
    const dotnet = analyzeDocumentation({
      readme,
      licence: null,
      homepage: null,
      rootEntries: [{ name: 'Shop.sln', type: 'blob' }, { name: 'src', type: 'tree' }],
      manifests: { 'src/Shop.Api/Shop.Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>' },
    });
    const install = (s: { reasons: string[] }) => s.reasons.find((r) => r.startsWith('no install or run steps'));
    expect(install(dotnet)).toContain('here that is `dotnet restore && dotnet run --project src/Shop.Api/Shop.Api.csproj`');
    const unknown = analyzeDocumentation({ readme, licence: null, homepage: null, rootEntries: [{ name: 'shop.c', type: 'blob' }] });
    expect(install(unknown)).toBe('no install or run steps: add the commands that install and start it, in a code block');
    expect(unknown.reasons.join('\n')).not.toMatch(/npm/);
  });
});
