/**
 * The exported resume.json rendered by a real JSON Resume theme (jsonresume-theme-even, a dev
 * dependency: never part of the app), as resume sites and `resume-cli` do: every section shows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from 'jsonresume-theme-even';
import { openCore } from '../../electron/core/app-context';
import { readImportFile } from '../../electron/core/import/import-service';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

/** The page's text, tags and entities aside. */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

describe('an exported resume in a JSON Resume theme', () => {
  it('shows every section: basics, work, volunteering, education, awards, certificates, publications, skills, languages, interests, references, projects', async () => {
    const core = openCore(join(tempDir(), 'theme.db'));
    core.imports.importData(readImportFile(join(__dirname, '../fixtures/resume/full.json')).data);
    core.portfolio.create({ title: 'Ledger Sync', summary: 'Nightly sync of ledgers to the warehouse.', tags: ['Go', 'Kafka'], results: ['Sync time 2 h → 9 min'], links: [{ type: 'repository', url: 'https://github.com/rui-m/ledger-sync' }] });
    const json = JSON.parse(new TextDecoder().decode((await core.exports.export({ format: 'json-resume' })).content));
    core.close();

    const html = render(json);
    const text = textOf(html);
    const expected = [
      'Rui Marques', 'Backend engineer', 'Eight years of payment systems.', 'rui@example.org', 'Porto',
      'Ledgerly', 'Senior backend engineer', 'Cut invoice run time from 40 to 6 minutes', 'Tramway',
      'Code Club Porto', 'Mentor', 'Taught 40 children Python',
      'Universidade do Porto', 'Informatics', 'Distributed systems',
      'Best hack', 'Porto Hackathon',
      'CKA', 'CNCF',
      'Idempotent payments', 'Dev Journal',
      'Databases', 'PostgreSQL', 'Redis',
      'Portuguese', 'Native speaker',
      'Cycling', 'gravel',
      'Ana Costa', 'Rui made our on-call rota quiet.',
      'Invoice API', 'Idempotency keys on every write', 'Ledger Sync', 'Sync time 2 h → 9 min',
    ];
    for (const t of expected) expect(text, t).toContain(t);
    // What only Showcase reads stays out of the page.
    expect(text).not.toContain('x-showcase');
    expect(html).toContain('href="https://github.com/rui-m/ledger-sync"');
  });
});
