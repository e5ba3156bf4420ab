/**
 * Property tests: on generated manifests, each parser finds exactly the dependencies the
 * generator declared, whatever comments, commented-out entries, spacing and markers surround
 * them. For the data formats the generator writes through the format's own serializer
 * (smol-toml, JSON), so what the real parser reads is what the manifest parser must read.
 */
import fc from 'fast-check';
import { stringify as toToml, parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { manifestKind } from '../../shared/detection';

const RUNS = 150;
const name = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6})?$/);
const names = fc.uniqueArray(name, { minLength: 0, maxLength: 8 });
const version = fc.constantFrom('>=1.0', ' >=2.1', '~=3.4', '==0.9.1', ' <4');
const comment = fc.constantFrom('', '  # pinned', ' # see issue 12', '  #');
const parse = (file: string, text: string) => manifestKind(file)!.parse(text).dependencies.map((d) => d.name);

describe('manifest parsers agree with what the generator declared', () => {
  it('requirements.txt: comments, markers, options and commented-out lines', () => {
    fc.assert(
      fc.property(names, names, fc.array(comment), (declared, commented, comments) => {
        const lines = [
          '# requirements',
          ...declared.map((n, i) => `${n}${i % 2 ? ' >= 1.0' : ''}${i % 3 === 0 ? ' ; python_version >= "3.9"' : ''}${comments[i] ?? ''}`),
          ...commented.map((n) => `# ${n}==1.0`),
          '--index-url https://pypi.example.org/simple',
          '-r base.txt',
        ];
        expect(parse('requirements.txt', lines.join('\n'))).toEqual(declared);
      }),
      { numRuns: RUNS },
    );
  });

  it('pyproject.toml (PEP 621 and Poetry): what smol-toml reads back', () => {
    fc.assert(
      fc.property(names, names, fc.array(version, { maxLength: 8 }), (pep, poetry, versions) => {
        const doc = {
          project: { name: 'x', dependencies: pep.map((n, i) => `${n}${versions[i] ?? ''}`) },
          tool: { poetry: { dependencies: Object.fromEntries([['python', '^3.12'], ...poetry.map((n, i) => [n, (versions[i] ?? '*').trim()])]) } },
        };
        // Comments between entries: the TOML parser drops them; so must the manifest parser.
        const text = toToml(doc).replace(/\n/g, '\n# a comment line\n');
        const real = parseToml(text) as typeof doc;
        const expected = [...real.project.dependencies.map((s) => /^[a-z0-9-]+/.exec(s)![0]), ...Object.keys(real.tool.poetry.dependencies).filter((k) => k !== 'python')];
        expect(parse('pyproject.toml', text)).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('Cargo.toml: tables and workspace inheritance as smol-toml reads them', () => {
    fc.assert(
      fc.property(names, names, (plain, inherited) => {
        const doc = {
          package: { name: 'x' },
          dependencies: Object.fromEntries([...plain.map((n) => [n, '1']), ...inherited.filter((n) => !plain.includes(n)).map((n) => [n, { workspace: true }])]),
        };
        expect(parse('Cargo.toml', toToml(doc))).toEqual(Object.keys(doc.dependencies));
      }),
      { numRuns: RUNS },
    );
  });

  it('package.json: every dependency field, as JSON.parse reads it', () => {
    fc.assert(
      fc.property(names, names, (prod, dev) => {
        const doc = { name: 'x', dependencies: Object.fromEntries(prod.map((n) => [n, '^1'])), devDependencies: Object.fromEntries(dev.map((n) => [n, '^1'])) };
        expect(parse('package.json', JSON.stringify(doc, null, 2))).toEqual([...prod, ...dev]);
      }),
      { numRuns: RUNS },
    );
  });

  it('go.mod: direct requirements only, in blocks or alone', () => {
    const mod = fc.stringMatching(/^(github\.com|gitlab\.com)\/[a-z]{1,6}\/[a-z]{1,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(mod, { maxLength: 6 }), fc.uniqueArray(mod, { maxLength: 6 }), (direct, indirect) => {
        const onlyIndirect = indirect.filter((m) => !direct.includes(m));
        const text = ['module example.com/app', '', 'go 1.22', '', 'require (', ...direct.map((m) => `\t${m} v1.2.3`), ...onlyIndirect.map((m) => `\t${m} v0.1.0 // indirect`), ')', '// require github.com/x/commented v1.0.0', ''].join('\n');
        expect(parse('go.mod', text)).toEqual(direct);
      }),
      { numRuns: RUNS },
    );
  });

  it('Gemfile and build.gradle: commented-out declarations are not read', () => {
    fc.assert(
      fc.property(names, names, (kept, commented) => {
        const gemfile = ["source 'https://rubygems.org'", ...kept.map((n, i) => (i % 2 ? `gem "${n}", "~> 1.0"` : `gem '${n}'`)), ...commented.map((n) => `# gem '${n}'`)].join('\n');
        expect(parse('Gemfile', gemfile)).toEqual(kept);
        const gradle = ['dependencies {', ...kept.map((n) => `  implementation("org.example:${n}:1.0")`), ...commented.map((n) => `  // implementation("org.example:${n}-old:1.0")`), '  /*', ...commented.map((n) => `  implementation 'org.example:${n}-older:1.0'`), '  */', '}'].join('\n');
        expect(parse('build.gradle.kts', gradle)).toEqual(kept.map((n) => `org.example:${n}`));
      }),
      { numRuns: RUNS },
    );
  });

  it('pom.xml: commented-out dependencies are not read', () => {
    fc.assert(
      fc.property(names, names, (kept, commented) => {
        const dep = (n: string) => `<dependency><groupId>org.example</groupId><artifactId>${n}</artifactId></dependency>`;
        const pom = `<project><dependencies>${kept.map(dep).join('\n')}${commented.map((n) => `<!-- ${dep(n)} -->`).join('')}</dependencies></project>`;
        expect(parse('pom.xml', pom)).toEqual(kept.map((n) => `org.example:${n}`));
      }),
      { numRuns: RUNS },
    );
  });
});
