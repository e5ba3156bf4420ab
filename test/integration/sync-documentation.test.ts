/**
 * The documentation rating through the sync, end to end against the fake GitHub: a README the
 * earlier rating under-rated (Polish, with its commands in a table and an endpoint table) is
 * good, an OpenAPI file is kept as its summary, and the gap engine's `documented` rule and the
 * repositories list read that rating.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github';
import { TOKEN } from '../fakes/fixtures';
import { useTempDir } from '../support/temp';

const POLISH_README = `# Firmy API

Interfejs API do zarządzania firmami oraz ich pracownikami, napisany w Symfony z bazą PostgreSQL.

## Dokumentacja API

Dostępna pod adresem \`http://localhost:8000/\` po uruchomieniu.

| Metoda | Endpoint | Opis |
| --- | --- | --- |
| GET | \`/company/\` | Pobierz listę wszystkich firm |
| POST | \`/company/\` | Utwórz nową firmę |
| GET | \`/company/{id}\` | Pobierz szczegóły firmy po ID |
| PUT | \`/company/{id}\` | Aktualizuj dane firmy |
| DELETE | \`/company/{id}\` | Usuń firmę po ID |
| GET | \`/company/{id}/employee\` | Pobierz listę pracowników firmy |
| POST | \`/company/{id}/employee\` | Utwórz nowego pracownika w firmie |

## Komendy Makefile

| Komenda | Opis |
| --- | --- |
| \`make up\` | Uruchomienie środowiska Docker Compose w tle |
| \`make install\` | Instalacja zależności PHP w kontenerze |
| \`make phpunit\` | Uruchomienie testów PHPUnit |

## Wymagania

- Docker i Docker Compose
- Composer (w środowisku kontenera)
`;

const tempDir = useTempDir();
let gh: FakeGitHub;
let core: AppCore;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addUser({ login: 'octo' }, { token: TOKEN, scopes: ['repo'] });
  gh.addRepo({ owner: 'octo', name: 'firmy-api', pushedAt: '2026-03-01T00:00:00Z', languages: { PHP: 9000 }, files: { 'README.md': POLISH_README, 'composer.json': '{"require":{"symfony/framework-bundle":"^7"}}', 'openapi.json': JSON.stringify({ openapi: '3.1.0', info: { title: 'Firmy' }, paths: { '/company/': { get: { summary: 'Lista firm' } } } }) } });
  gh.addRepo({ owner: 'octo', name: 'scratch', pushedAt: '2026-02-01T00:00:00Z', languages: { PHP: 100 }, files: { 'README.md': '# scratch\n\nNotatki.' } });
  core = openCore(join(tempDir(), 'docs.db'));
});
afterEach(async () => {
  core.close();
  await gh.close();
});

describe('documentation rating at sync', () => {
  it('rates, keeps the OpenAPI summary, and feeds the documented rule', async () => {
    const account = await core.github.accounts.addWithToken({ token: TOKEN, apiUrl: gh.apiUrl });
    expect((await core.github.sync.sync(account.id)).status).toBe('complete');
    const repos = core.github.repositories.list();
    const firmy = repos.find((r) => r.name === 'firmy-api')!;
    const scratch = repos.find((r) => r.name === 'scratch')!;
    expect(firmy.docStatus).toMatchObject({ level: 'good', signals: { description: true, install: true, usage: true } });
    expect(scratch.docStatus?.level).toBe('stub');
    const snapshot = core.github.repositories.readmeDraft(scratch.id);
    expect(snapshot.needed).toBe(true);
    expect(core.db.prepare('SELECT snapshot FROM github_repositories WHERE id = ?').pluck().get(firmy.id)).toContain('"apiSpec":{"path":"openapi.json"');

    core.github.linking.createProjectsFromRepositories([firmy.id]);
    const met = core.gaps.analyze({}).rules.find((r) => r.id === 'documented')!;
    expect(met, JSON.stringify(met)).toMatchObject({ status: 'met' });
    core.github.linking.createProjectsFromRepositories([scratch.id]);
    const partial = core.gaps.analyze({}).rules.find((r) => r.id === 'documented')!;
    expect(partial.status).toBe('partial');
    expect(JSON.stringify(partial)).toContain('README is only a title and a line or two');
  });
});
