/**
 * Bidi embedding, override and isolate controls (Trojan Source) never reach stored
 * third-party text or any export; right-to-left text stays as written, isolated by the export.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { cli } from '../support/cli';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const RLO = '\u202e';
const LRI = '\u2066';
const PDI = '\u2069';
const ARABIC = 'واجهة برمجة الطلبات';
const HEBREW = 'שירות תשלומים';

describe('bidirectional control characters', () => {
  it('are removed from an imported JSON Resume, and right-to-left text is kept', async () => {
    const dir = tempDir();
    const db = join(dir, 'bidi.db');
    const resume = join(dir, 'resume.json');
    writeFileSync(
      resume,
      JSON.stringify({
        projects: [
          { name: `Invoice ${RLO}fdp.exe`, description: `${ARABIC} ${LRI}admin${PDI}`, keywords: [`Go${RLO}`, `${LRI}Kafka${PDI}`], highlights: [`${HEBREW}\u200f ok`] },
        ],
      }),
    );
    expect((await cli(['import', resume, '--db', db])).code).toBe(0);
    const core = openCore(db);
    const [p] = core.portfolio.list({}).projects;
    core.close();
    expect(JSON.stringify(p)).not.toMatch(BIDI);
    expect(p.title).toBe('Invoice fdp.exe');
    expect(p.summary).toBe(`${ARABIC} admin`);
    expect(p.tags.map((t) => t.name)).toEqual(expect.arrayContaining(['Go', 'Apache Kafka']));
    // A right-to-left mark is not a control that reorders text: it stays.
    expect(p.highlights).toEqual([`${HEBREW}\u200f ok`]);
  });

  it('never reach an export in any format; the HTML isolates user text with dir="auto" and keeps RTL text', async () => {
    const dir = tempDir();
    const core = openCore(join(dir, 'typed.db'));
    core.exports.profile.set({ name: `Dana ${RLO}repoleveD`, headline: HEBREW });
    core.portfolio.create({
      title: `${ARABIC} ${RLO}lmth.exe`,
      summary: `Payments ${LRI}for ${HEBREW}${PDI}`,
      tags: [`Go${RLO}`, 'PostgreSQL'],
      highlights: [`Cut ${RLO}%04 latency`],
      links: [{ type: 'demo', url: 'https://example.com/demo', label: `Demo ${RLO}olleh` }],
    });
    const texts: Record<string, string> = {};
    for (const format of ['markdown', 'html', 'json-resume'] as const) texts[format] = new TextDecoder().decode((await core.exports.export({ format })).content);
    const pdf = join(dir, 'p.pdf');
    await core.exports.exportToFile({ format: 'pdf' }, pdf);
    texts.pdf = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    core.close();
    for (const [format, text] of Object.entries(texts)) {
      // pdftotext marks right-to-left runs with its own embeddings (U+202B…U+202C); what was typed must be gone.
      expect(text, format).not.toMatch(format === 'pdf' ? /[\u202e\u2066\u2069]/ : BIDI);
      expect(text, format).toContain('Dana repoleveD');
    }
    for (const format of ['markdown', 'html', 'json-resume']) expect(texts[format], format).toContain(ARABIC);
    expect(texts.html).toContain(`<h3 dir="auto">${ARABIC} lmth.exe</h3>`);
    expect(texts.html).toContain(`<p class="headline" dir="auto">${HEBREW}</p>`);
    expect(texts.html).toContain(`<li dir="auto">Cut %04 latency</li>`);
    expect(texts.html).toMatch(/<a href="https:\/\/example\.com\/demo" [^>]*dir="auto">Demo olleh<\/a>/);
    expect(texts.html).toMatch(/<span class="skill"><bdi>Go<\/bdi> <span class="by">\(<bdi>/);
    expect(JSON.parse(texts['json-resume']).projects[0].keywords).toEqual(['Go', 'PostgreSQL']);
  });
});
