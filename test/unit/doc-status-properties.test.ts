/**
 * Properties of the documentation rating over generated READMEs: adding an install or usage
 * section (anywhere a section may go) never lowers the rating, and every reason says what to add.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocumentation } from '../../shared/doc-status';
import type { DocLevel } from '../../shared/github-types';

const RANK: Record<DocLevel, number> = { missing: 0, stub: 1, basic: 2, good: 3 };

const word = fc.constantFrom('notes', 'tags', 'search', 'service', 'stores', 'team', 'fast', 'Go', 'PostgreSQL', 'API', 'todo', 'usage', 'install', 'docs', 'Übersicht', 'notatki', 'заметки', '笔记', 'メモ', '메모', 'GET', '/notes', '`npm`', 'http://localhost:8080');
const sentence = fc.array(word, { minLength: 1, maxLength: 18 }).map((w) => `${w.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
const command = fc.constantFrom('npm ci', 'npm start', 'docker compose up', 'go run .', './gradlew bootRun', 'pip install -r requirements.txt', 'make up', 'make test', 'echo hi', '# a comment', 'curl http://localhost:8080/notes', 'cargo run', 'export X=1');
const codeBlock = fc.array(command, { minLength: 1, maxLength: 6 }).map((c) => `\`\`\`sh\n${c.join('\n')}\n\`\`\``);
const list = fc.tuple(fc.boolean(), fc.array(sentence, { minLength: 1, maxLength: 4 })).map(([ordered, items]) => items.map((t, i) => `${ordered ? `${i + 1}.` : '-'} ${t}`).join('\n'));
const table = fc.array(fc.tuple(fc.constantFrom('GET', 'POST', '`make up`', 'name'), fc.constantFrom('/notes', '`/tags/{id}`', 'starts it', 'x')), { minLength: 1, maxLength: 4 }).map((rows) => ['| A | B |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));
const content = fc.oneof(paragraph, codeBlock, list, table);
const headingText = fc.constantFrom('Overview', 'Features', 'Installation', 'Usage', 'API', 'Endpoints', 'Local Development', 'Object Requirements', 'Tests', 'License', 'Configuration', 'Architecture', 'Descripción', 'Установка', '使い方', '설치', 'Notes API');
const section = fc.tuple(headingText, fc.array(content, { minLength: 0, maxLength: 3 }), fc.option(fc.tuple(headingText, content), { nil: null })).map(
  ([h, body, sub]) => [`## ${h}`, ...body, ...(sub ? [`### ${sub[0]}`, sub[1]] : [])].join('\n\n'),
);
// A generator's default text may stand at the top: a README is still only raised by what is added.
const starter = fc.constantFrom('', '[Nest](https://github.com/nestjs/nest) framework TypeScript starter repository.\n\n<p>A progressive Node.js framework.</p>', 'This project was bootstrapped with Create React App.', 'Laravel is a web application framework with many tools.');
const readme = fc.tuple(fc.constantFrom('# notes-api', '# Notes API', 'notes\n=====', '<h1>notes</h1>', ''), starter, fc.array(content, { maxLength: 2 }), fc.array(section, { maxLength: 5 })).map(([title, start, intro, sections]) => ({
  head: [title, start, ...intro].filter(Boolean).join('\n\n'),
  sections,
}));

const installSection = fc.oneof(
  fc.tuple(fc.constantFrom('Installation', 'Getting started', 'Instalación', 'Установка', '安装', '설치'), fc.array(command, { minLength: 1, maxLength: 3 })).map(([h, c]) => `## ${h}\n\n\`\`\`sh\n${c.join('\n')}\n\`\`\``),
  fc.constantFrom('## Setup\n\n1. Download the archive.\n2. Unpack it next to the data folder.', '## Run\n\n```sh\ndocker compose up\n```'),
);
const usageSection = fc.oneof(
  fc.constantFrom(
    '## Usage\n\n```sh\ncurl -X POST http://localhost:8080/notes -d \'{"text":"milk"}\'\n```',
    '## Endpoints\n\n- `GET /notes` lists notes\n- `POST /notes` adds one',
    '## API docs\n\nSwagger UI runs at http://localhost:8080/swagger-ui/index.html once started.',
    '## Uso\n\n- Crea una nota nueva desde la página principal.\n- Busca notas por etiqueta.',
    '## Try it\n\nOpen http://localhost:8080 in your browser and write a note with a #tag.',
    '## Commands\n\n```sh\nmake api\nmake worker\nmake web\n```',
    '## Create a project\n\n```sh\ndotnet new install Notes.Template\ndotnet new notes -o MyNotes\n```',
  ),
);

function text(r: { head: string; sections: string[] }): string {
  return [r.head, ...r.sections].filter(Boolean).join('\n\n');
}
const rate = (md: string) => analyzeDocumentation({ readme: md, licence: null, homepage: null, rootEntries: [{ name: 'Makefile', type: 'blob' }] });

describe('documentation rating properties', () => {
  it('adding an install or usage section never lowers the rating', () => {
    fc.assert(
      fc.property(readme, fc.oneof(installSection, usageSection), fc.nat(), (r, added, at) => {
        const before = rate(text(r));
        const sections = [...r.sections];
        sections.splice(at % (sections.length + 1), 0, added);
        const after = rate(text({ head: r.head, sections }));
        expect(RANK[after.level]).toBeGreaterThanOrEqual(RANK[before.level]);
        for (const k of ['description', 'install', 'usage'] as const) if (before.signals![k]) expect(after.signals![k]).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('every reason says what to add', () => {
    fc.assert(
      fc.property(readme, (r) => {
        for (const reason of rate(text(r)).reasons) expect(reason).toMatch(/: (add|show|explain|link|save|replace)\b/);
      }),
      { numRuns: 200 },
    );
  });
});
