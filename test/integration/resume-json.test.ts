/** JSON Resume export: lossless for everything held, schema-valid, and export → import → export identical. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type AppCore } from '../../electron/core/app-context';
import { readImportFile } from '../../electron/core/import/import-service';
import { resumeSchemaProblems } from '../../electron/core/export/render-json-resume';
import { SECTION_KEYS, SECTION_SPECS } from '../../shared/resume-sections';
import type { JsonObject, SectionKey } from '../../shared/resume-types';
import { PROJECT_KINDS, PROJECT_STATUSES, type ProjectInput } from '../../shared/types';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const fixtures = join(__dirname, '../fixtures/resume');
const clock = { now: () => new Date('2026-02-03T04:05:06.000Z') };

function core(name: string): AppCore {
  return openCore(join(tempDir(), name), clock);
}

async function exportJson(c: AppCore): Promise<string> {
  return new TextDecoder().decode((await c.exports.export({ format: 'json-resume' })).content);
}

function importText(c: AppCore, text: string): void {
  const result = c.imports.importData(JSON.parse(text), { confirm: true });
  expect(result.applied).toBe(true);
}

describe('JSON Resume export', () => {
  it('writes back every section of an imported resume as it was, unknown fields included, and stays schema-valid', async () => {
    const c = core('full.db');
    const file = readImportFile(join(fixtures, 'full.json'));
    c.imports.importData(file.data);
    const exported = JSON.parse(await exportJson(c));
    expect(resumeSchemaProblems(exported)).toEqual([]);
    const original = JSON.parse(readFileSync(join(fixtures, 'full.json'), 'utf8'));
    for (const section of ['basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'custom']) {
      expect(exported[section], section).toEqual(original[section]);
    }
    const { 'x-showcase': showcase, ...project } = exported.projects[0];
    // The technology its text names ("A REST API") is a suggestion: no export shows it until the user accepts it.
    expect(project).toEqual(original.projects[0]);
    expect(showcase).toEqual({ kinds: [] });
    expect(exported.meta).toEqual({ ...original.meta, lastModified: '2026-02-03T00:00:00', generator: 'Showcase' });
    c.close();
  });

  it('keeps what the schema would refuse under x-showcase, so the file stays valid and imports back', async () => {
    const c = core('loose.db');
    c.imports.importData(readImportFile(join(fixtures, 'addresses.json')).data);
    c.imports.importData(readImportFile(join(fixtures, 'loose-values.json')).data, { confirm: true });
    const text = await exportJson(c);
    const exported = JSON.parse(text);
    expect(resumeSchemaProblems(exported)).toEqual([]);
    expect(exported.basics['x-showcase']).toEqual({ asWritten: { email: 'lee at example' } });
    expect(exported.work[3]).toEqual({ name: 'D', position: 'Dev', endDate: '2019', 'x-showcase': { asWritten: { startDate: 'last spring' } } });
    const clock = exported.projects.find((p: any) => p.name === 'Clock');
    expect(clock).toMatchObject({ 'x-showcase': { asWritten: { url: '/projects/clock/index.html' } } });
    expect(clock.url).toBeUndefined();

    const again = core('again.db');
    importText(again, text);
    expect(await exportJson(again)).toBe(text);
    c.close();
    again.close();
  });
});

/** What a database holds, ids and timestamps aside, in the terms the export promises to keep. */
function held(c: AppCore, withSkills: boolean) {
  const strip = (list: Array<{ id: string }>) => list.map(({ id: _id, ...rest }) => rest);
  const resume = c.resume.get();
  const sections = Object.fromEntries(SECTION_KEYS.filter((k) => k !== 'skills' || withSkills).map((k) => [k, strip(resume[k])]));
  const projects = c.portfolio
    .list({ sort: 'title' })
    .projects.map((p) => ({
      title: p.title,
      summary: p.summary,
      highlights: p.highlights,
      results: p.results,
      links: p.links,
      startDate: p.startDate,
      endDate: p.endDate,
      status: p.status,
      kinds: p.kinds.filter((k) => k.state !== 'rejected').map((k) => k.kind),
      tags: p.tags.filter((t) => t.state !== 'rejected').map((t) => t.name),
      fields: { ...c.resume.repo.projectFields(p.id), type: '' },
    }));
  const { lastModified: _l, version: _v, generator: _g, ...meta } = resume.meta as Record<string, unknown>;
  return { basics: resume.basics, meta, extra: resume.extra, sections, projects };
}

// ── The round trip, on arbitrary held data ──────────────────────────────────────────────
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 .,&'’()-]{0,24}$/);
const textOrEmpty = fc.oneof(fc.constant(''), word, fc.string({ maxLength: 30 }).filter((s) => s.trim().length > 0), fc.constantFrom('שלום (עולם)', 'Zoë 🚀', '東京', 'line one\nline two'));
const isoDate = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
  fc.record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const urlText = fc.oneof(fc.constant(''), fc.webUrl(), fc.constantFrom('example.org/me', '/projects/a.html', 'mailto:me@example.org'));
const listOf = fc.array(word.filter((s) => s.trim().length > 0), { maxLength: 3 });
const customKey = fc.stringMatching(/^custom[A-Z][a-z]{0,6}$/);
const json = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)));
const extraArb: fc.Arbitrary<JsonObject> = fc.dictionary(customKey, json, { maxKeys: 2 });

/** An entry of a section as the database may hold it: every field present, unknown fields in `extra`. */
function entryArb(section: SectionKey): fc.Arbitrary<Record<string, unknown>> {
  const spec = SECTION_SPECS[section];
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of spec.fields) {
    shape[f.key] = f.kind === 'list' ? listOf : f.kind === 'date' ? fc.option(isoDate, { nil: null }) : f.kind === 'url' ? urlText : textOrEmpty;
  }
  return fc.record({ ...shape, extra: extraArb }).map((e) => {
    const out: Record<string, unknown> = { ...e, id: 'x' };
    // An entry always names something (an import leaves an empty one out).
    if (!out[spec.titleField]) out[spec.titleField] = 'Named';
    // A date an import could not read is kept as written, with the field itself empty.
    if ((section === 'work' || section === 'education') && out.startDate === null) (out.extra as JsonObject).startDate = 'last spring';
    return out;
  });
}

const projectArb: fc.Arbitrary<ProjectInput> = fc.record({
  title: word.filter((s) => s.trim().length > 0),
  summary: fc.oneof(fc.constant(''), word),
  kinds: fc.uniqueArray(fc.constantFrom(...PROJECT_KINDS), { maxLength: 2 }),
  tags: fc.uniqueArray(fc.constantFrom('PostgreSQL', 'Go', 'Redis', 'Docker', 'Kafka', 'Home automation', 'Rust'), { maxLength: 3 }),
  highlights: listOf,
  results: listOf,
  links: fc.array(fc.record({ type: fc.constantFrom('repository' as const, 'demo' as const, 'docs' as const), url: fc.webUrl() }), { maxLength: 2 }),
  startDate: fc.option(fc.constantFrom('2021', '2022-03', '2022-03-04'), { nil: null }),
  endDate: fc.option(fc.constantFrom('2023', '2023-11'), { nil: null }),
  status: fc.constantFrom(...PROJECT_STATUSES),
});

const resumeArb = fc.record({
  basics: fc.record({ name: textOrEmpty, label: textOrEmpty, image: urlText, email: fc.oneof(fc.constant(''), fc.emailAddress(), fc.constant('not an email')), phone: textOrEmpty, url: urlText, summary: textOrEmpty }),
  location: fc.record({ address: textOrEmpty, postalCode: textOrEmpty, city: textOrEmpty, countryCode: textOrEmpty, region: textOrEmpty }),
  sections: fc.record(Object.fromEntries(SECTION_KEYS.map((k) => [k, fc.array(entryArb(k), { maxLength: 2 })])) as Record<SectionKey, fc.Arbitrary<Array<Record<string, unknown>>>>),
  projects: fc.array(fc.record({ input: projectArb, roles: listOf, entity: textOrEmpty, type: textOrEmpty, urlText: fc.constantFrom('', 'portfolio.example.org/x'), keywords: fc.uniqueArray(fc.constantFrom('CRUD', 'e-commerce'), { maxLength: 1 }), extra: extraArb }), { maxLength: 3 }),
  meta: fc.dictionary(fc.stringMatching(/^m[a-z]{1,5}$/), json, { maxKeys: 2 }),
  extra: extraArb,
});

describe('JSON Resume round trip', () => {
  it('export → import into an empty database → export is identical, for any resume held', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(resumeArb, async (r) => {
        const a = core(`a${++n}.db`);
        const b = core(`b${n}.db`);
        try {
          const repo = a.resume.repo;
          const parts = repo.basicsParts();
          repo.saveBasicsParts({ basics: { ...parts.basics, ...r.basics, location: { ...r.location, extra: {} }, extra: {} }, meta: r.meta, extra: r.extra });
          let id = 0;
          for (const k of SECTION_KEYS) repo.replaceSection(k, r.sections[k].map((e) => ({ ...e, id: `e${++id}` })) as never);
          const seen = new Set<string>();
          for (const p of r.projects) {
            if (seen.has(p.input.title.trim().toLowerCase())) continue;
            seen.add(p.input.title.trim().toLowerCase());
            const input = { ...p.input, endDate: p.input.startDate && p.input.endDate && p.input.endDate < p.input.startDate ? null : p.input.endDate };
            const created = a.portfolio.create(input);
            repo.saveProjectFields(created.id, { roles: p.roles, entity: p.entity, type: p.type, urlText: created.links.length ? '' : p.urlText, keywords: p.keywords, extra: p.extra });
          }
          const first = await exportJson(a);
          expect(resumeSchemaProblems(JSON.parse(first))).toEqual([]);
          importText(b, first);
          expect(await exportJson(b)).toBe(first);
          // And nothing held was lost on the way: the second database holds what the first did.
          // (Without a skills section of its own, the export writes the projects' skills, which then are one.)
          const own = a.resume.get().skills.length > 0;
          expect(held(b, own)).toEqual(held(a, own));
        } finally {
          a.close();
          b.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
