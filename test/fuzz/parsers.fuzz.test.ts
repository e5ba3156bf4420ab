/**
 * Fuzzing every parser of outside data: no crash, no hang, and a clear error where the input
 * is refused. `npm test` runs a small sample; `npm run fuzz` runs 10,000 cases each.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/app-context';
import { AppError } from '../../electron/core/errors';
import { buildRecord, type FetchedRepository } from '../../electron/core/github/repository-record';
import { readJsonResume } from '../../electron/core/import/json-resume';
import { parseJsonText } from '../../electron/core/import/json-text';
import { projectInputSchema } from '../../shared/project-schema';
import { storedBasicsSchema, storedEntrySchemas, storedProjectResumeSchema } from '../../shared/resume-schema';
import { SECTION_KEYS } from '../../shared/resume-sections';
import { analyzeDocumentation } from '../../shared/doc-status';
import { summarizeApiSpec } from '../../shared/api-spec';
import { draftReadme } from '../../shared/readme-draft';
import { detectRepository, manifestKind } from '../../shared/detection';
import { extractTechnologies } from '../../shared/job-posting';
import { useTempDir } from '../support/temp';

// `npm run fuzz` is the nightly-sized run; FUZZ_RUNS overrides either.
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 10_000 : 150));
const TIMEOUT = Math.max(60_000, RUNS * 40);
const tempDir = useTempDir();

/** Text that looks like the real thing often enough to get past the first check. */
const textLike = (fragments: string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string(), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 30 }).map((parts) => parts.join(''));

const anyJson = fc.jsonValue({ maxDepth: 4 });

/** Refusals must be our own clear errors, never a TypeError from deep inside. */
function expectCleanFailure(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message.length).toBeGreaterThan(10);
  }
}

describe('fuzzing parsers of outside data', () => {
  it('JSON Resume import: any JSON object imports, into values the app can hold; a broken text is refused clearly', () => {
    const resumeish = fc.record(
      {
        basics: fc.oneof(anyJson, fc.record({ name: fc.string() })),
        work: fc.oneof(
          anyJson,
          fc.array(
            fc.record(
              {
                company: fc.oneof(fc.string(), anyJson),
                endDate: fc.oneof(fc.constantFrom('Present', '', '2023-9-28', 'Sep 2020', '2024-13', null), anyJson),
                highlights: fc.oneof(fc.array(fc.string()), fc.string(), anyJson),
                url: fc.oneof(fc.webUrl(), fc.constantFrom('example.com', '/x', ''), anyJson),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 4 },
          ),
        ),
        skills: fc.oneof(anyJson, fc.array(fc.oneof(fc.string(), fc.record({ name: fc.string(), keywords: fc.oneof(fc.array(fc.string()), anyJson) })), { maxLength: 4 })),
        projects: fc.oneof(
          anyJson,
          fc.array(
            fc.record(
              {
                name: fc.oneof(fc.string(), anyJson),
                description: fc.oneof(textLike(['CRUD', 'online shop', 'Postgres', 'k8s', 'microservices', '<script>']), anyJson),
                highlights: fc.oneof(fc.array(fc.string()), anyJson),
                keywords: fc.oneof(fc.array(fc.constantFrom('Go', 'Java', 'C#', 'node', 'e-commerce', '')), anyJson),
                url: fc.oneof(fc.webUrl(), fc.string(), fc.constant('javascript:alert(1)')),
                startDate: fc.oneof(fc.constantFrom('2024', '2024-02', '2024-02-30', 'yesterday'), fc.string()),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 5 },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(resumeish, fc.dictionary(fc.string(), anyJson)), (data) => {
        const read = readJsonResume(data as Record<string, any>);
        for (const p of read.projects) {
          expect(projectInputSchema.safeParse(p.input).success).toBe(true);
          expect(storedProjectResumeSchema.safeParse(p.fields).success).toBe(true);
        }
        expect(storedBasicsSchema.safeParse(read.resume.basics).success).toBe(true);
        for (const k of SECTION_KEYS) for (const e of read.resume[k]) expect(storedEntrySchemas[k].safeParse(e).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
    fc.assert(fc.property(fc.string(), (text) => expectCleanFailure(() => parseJsonText(text, 'file.json'))), { numRuns: RUNS });
  }, TIMEOUT);

  it('backup restore: any JSON is restored or refused, and nothing changes on refusal', () => {
    const core = openCore(join(tempDir(), 'fuzz.db'));
    core.portfolio.create({ title: 'Keep me' });
    const good = core.backups.create();
    const mutated = fc.record({
      format: fc.oneof(fc.constant('showcase-backup'), fc.string()),
      formatVersion: fc.oneof(fc.constant(1), fc.integer(), anyJson),
      schemaVersion: fc.oneof(fc.constant(good.schemaVersion), fc.integer({ min: -1, max: 9 }), anyJson),
      app: fc.string(),
      createdAt: fc.string(),
      tables: fc.oneof(
        fc.constant(good.tables),
        anyJson,
        fc.dictionary(fc.constantFrom('projects', 'project_tags', 'settings', 'nope'), fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'key', 'value', 'created_at', 'updated_at', 'x'), fc.oneof(fc.string(), fc.integer(), fc.constant(null))), { maxLength: 3 })),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(mutated, anyJson), (data) => {
        expectCleanFailure(() => core.backups.plan(data));
        return true;
      }),
      { numRuns: Math.min(RUNS, 2000) },
    );
    expect(core.portfolio.list({}).projects.map((p) => p.title)).toEqual(['Keep me']);
    core.close();
  }, TIMEOUT);

  it('manifests of every ecosystem: any text parses to a result or a warning', () => {
    const files = [
      'package.json', 'requirements.txt', 'pyproject.toml', 'Pipfile', 'setup.cfg', 'setup.py', 'pom.xml', 'build.gradle', 'build.gradle.kts',
      'gradle/libs.versions.toml', 'build.sbt', 'Gemfile', 'composer.json', 'App.csproj', 'Directory.Packages.props', 'go.mod', 'Gopkg.toml',
      'Cargo.toml', 'mix.exs', 'docker-compose.yml', 'Dockerfile', '.github/workflows/ci.yml', 'k8s/app.yaml', 'main.tf', 'serverless.yml',
      'nginx.conf', '.env.example', 'openapi.yaml', 'Chart.yaml', 'Procfile',
    ];
    const fragments = ['{"dependencies":{"express":"^4"}}', '[tool.poetry.dependencies]', 'django>=4\n', '<dependency><artifactId>spring-boot-starter-web</artifactId>', 'gem "rails"', 'require (\n', '[dependencies]\ntokio = "1"', '<PackageReference Include="Npgsql" />', '"', '{', '\u0000', '\ufffd'];
    fc.assert(
      fc.property(fc.constantFrom(...files), textLike(fragments), (file, text) => {
        // The parser itself refuses unreadable text with a message…
        try {
          const kind = manifestKind(file);
          if (kind) expect(kind.parse(text).dependencies).toBeInstanceOf(Array);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message.length).toBeGreaterThan(0);
        }
        // …and detection turns that into a warning on the repository, never a crash.
        const detection = detectRepository({
          fullName: 'o/r', description: null, homepage: null, topics: [], languages: [], licence: null, readme: null, readmeName: null,
          rootEntries: [{ name: file, type: 'blob' }], workflowFiles: [], manifests: { [file]: text },
        });
        expect(detection).toBeTruthy();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('README analysis and repository detection: any snapshot gives a rating with reasons', () => {
    const readme = textLike(['# Title\n', '## Install\n', 'npm install\n', '## Usage\n', '```bash\n', '<script>alert(1)</script>', '![shot](x.png)', '[demo](https://x)', 'Postgres', 'Redis']);
    fc.assert(
      fc.property(fc.option(readme), fc.option(fc.string()), fc.option(fc.string()), fc.array(fc.record({ name: fc.string(), type: fc.constantFrom('blob' as const, 'tree' as const, 'commit' as const) }), { maxLength: 8 }), (text, licence, homepage, rootEntries) => {
        const status = analyzeDocumentation({ readme: text, licence, homepage, rootEntries });
        expect(['missing', 'stub', 'basic', 'good']).toContain(status.level);
        if (status.level !== 'good') expect(status.reasons.length).toBeGreaterThan(0);
        const detection = detectRepository({
          fullName: 'o/r',
          description: text,
          homepage,
          topics: rootEntries.map((e) => e.name),
          languages: [{ name: 'TypeScript', bytes: 10 }],
          licence,
          readme: text,
          readmeName: text === null ? null : 'README.md',
          rootEntries,
          workflowFiles: [],
          manifests: text ? { 'package.json': text } : {},
        });
        expect(detection).toBeTruthy();
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('READMEs in any markup, OpenAPI files and manifests: a rating, a summary or null, and a draft, never a crash', () => {
    const markup = textLike(['Title\n=====\n', '.. code-block:: bash\n\n    ', '::\n\n    pip install x\n', '.. image:: x.png\n', '== Section\n', '----\n', '<h2>Usage</h2>', '| GET | /x |\n', '`make up`', 'curl http://localhost:1/x', '* Headline\n', '#+BEGIN_SRC sh\n', '#+END_SRC\n', '[[x][y]]', '<tt>x</tt>', '{x}[y]']);
    const spec = textLike(['openapi: 3.0.0\n', 'swagger: "2.0"\n', 'paths:\n', '  /x:\n', '    get:\n', '      summary: ', '&a ', '*a ', '{', '}', '- ', ': ']);
    fc.assert(
      fc.property(markup, fc.constantFrom('README.rst', 'README.adoc', 'README.md', 'README', 'README.org', 'README.rdoc'), spec, fc.constantFrom('openapi.yaml', 'swagger.json'), (readme, name, specText, specName) => {
        const status = analyzeDocumentation({ readme, readmeName: name, licence: null, homepage: null, rootEntries: [] });
        expect(['stub', 'basic', 'good']).toContain(status.level);
        const summary = summarizeApiSpec(specText, specName);
        if (summary) expect(summary.endpoints.length).toBeGreaterThan(0);
        const draft = draftReadme({
          fullName: 'o/r',
          description: readme.slice(0, 50),
          homepage: null,
          licence: null,
          languages: [],
          technologies: [],
          snapshot: { fullName: 'o/r', description: null, homepage: null, topics: [], languages: [], licence: null, readme, readmeName: name, rootEntries: [{ name: 'package.json', type: 'blob' }], workflowFiles: [], manifests: { 'package.json': readme, 'docker-compose.yml': specText }, apiSpec: summary },
        });
        expect(draft.needed ? draft.markdown.length : 0).toBeGreaterThanOrEqual(draft.needed ? 1 : 0);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('job-posting extraction: any text, fast, found names come from the taxonomy', () => {
    const posting = textLike(['Java', 'JavaScript', ' Go ', 'go to', 'C#', 'C++', '.NET', 'Node.js', 'Express', 'express your', 'k8s', 'Postgres', '\n', '•', '(', ')', '/']);
    fc.assert(
      fc.property(posting, (text) => {
        const found = extractTechnologies(text);
        for (const t of found) {
          expect(t.count).toBeGreaterThan(0);
          expect(t.mentions.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('GitHub API answers: any shape becomes a repository record with warnings, never a crash', () => {
    const weird = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string(), fc.integer(), fc.double(), fc.boolean(), anyJson);
    const file = fc.record({ name: fc.string(), text: fc.option(fc.string()), binary: fc.boolean(), replaced: fc.boolean(), truncated: fc.boolean() });
    const fetched = fc.record({
      nodeId: fc.string(),
      owner: weird,
      name: weird,
      fullName: fc.oneof(weird, fc.constant('octo/<img src=x onerror=alert(1)>')),
      url: fc.oneof(weird, fc.webUrl(), fc.constant('javascript:alert(1)')),
      description: fc.oneof(weird, fc.constant('<script>alert(1)</script>\u0000\u202e')),
      homepage: fc.oneof(weird, fc.constant('javascript:alert(1)')),
      stars: weird,
      forks: weird,
      visibility: weird,
      isFork: weird,
      isArchived: weird,
      licence: weird,
      topics: fc.oneof(weird, fc.array(weird, { maxLength: 5 })),
      defaultBranch: weird,
      pushedAt: weird,
      createdAt: weird,
      languages: fc.array(fc.record({ name: weird, bytes: weird, color: weird }), { maxLength: 5 }),
      readme: fc.option(file),
      paths: fc.array(fc.oneof(weird, fc.constantFrom('src/', 'src/app.py', '../etc/passwd', '/abs', 'a//b', 'docs/README.md')), { maxLength: 8 }),
      files: fc.array(file, { maxLength: 3 }),
      commits: fc.option(fc.record({ authored: weird, total: weird })),
      warnings: fc.array(fc.string(), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fetched, (f) => {
        const record = buildRecord(f as FetchedRepository, 'acct', 'github.com');
        expect(record).toBeTruthy();
        const json = JSON.stringify(record);
        expect(json).not.toMatch(/"homepage":"javascript:/);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
