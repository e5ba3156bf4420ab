/**
 * READMEs beyond the common API project, each on a fixture written for it: a generator's default
 * README left in place, projects used in a browser, templates and workspaces, libraries, and the
 * shapes a reviewer meets that say little (one curl call, a link to docs/, badges and a
 * screenshot, a table of contents, a very long README).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocumentation, countWords, type DocInput } from '../../shared/doc-status';
import { draftReadme } from '../../shared/readme-draft';
import type { RepoSnapshot } from '../../shared/github-types';

const DESC = 'Habit tracker API: members log daily habits, keep streaks and get a weekly summary by e-mail.';
/** A description of real length, so that a README with install and usage too is good. */
const ABOUT = `${DESC} It is written in TypeScript on NestJS, keeps its data in PostgreSQL through Prisma, signs members in with short-lived JWTs and sends the weekly mail from a queue worker, so a slow mail server never holds up a request.`;
const INSTALL = '## Getting started\n\n```sh\nnpm ci\nnpm run start:dev\n```';
const USAGE = '## Endpoints\n\n- `POST /habits` adds a habit\n- `GET /habits/{id}/streak` shows its streak';

function rate(readme: string, extra: Partial<DocInput> = {}) {
  return analyzeDocumentation({ readme, licence: null, homepage: null, rootEntries: [], ...extra });
}
const root = (...names: string[]) => names.map((name) => ({ name, type: name.includes('.') || /^[A-Z]/.test(name) ? ('blob' as const) : ('tree' as const) }));

// Default READMEs, in the shape each generator writes them: our own filler text around the few
// short fragments that tell each generator apart.
const NEST_DEFAULT = [
  '<p align="center"><a href="http://nestjs.com/"><img src="https://nestjs.com/img/logo-small.svg" width="120" alt="Nest Logo" /></a></p>',
  '<p align="center">A progressive Node.js framework for server-side applications.</p>',
  '',
  '## Description',
  '',
  '[Nest](https://github.com/nestjs/nest) framework TypeScript starter repository.',
  '',
  '## Installation',
  '',
  '```bash\n$ npm install\n```',
  '',
  '## Running the app',
  '',
  '```bash\n# development\n$ npm run start\n\n# watch mode\n$ npm run start:dev\n```',
  '',
  '## Test',
  '',
  '```bash\n$ npm run test\n```',
  '',
  '## Support',
  '',
  'Nest is an MIT-licensed open source project, carried by its sponsors and backers.',
  '',
  '## License',
  '',
  'Nest is MIT licensed.',
].join('\n');

const LARAVEL_DEFAULT = [
  '<p align="center"><a href="https://laravel.com"><img src="https://raw.githubusercontent.com/laravel/art/master/logo-lockup/laravel-logo.svg" width="300" alt="Laravel Logo"></a></p>',
  '',
  '## About Laravel',
  '',
  'Laravel is a web application framework with a pleasant syntax, meant to make development enjoyable. It takes care of the chores found in most web projects:',
  '',
  '- a quick routing engine',
  '- a dependency injection container',
  '- several back-ends for sessions and caches',
  '- an ORM and schema migrations that work with many databases',
  '- queued background jobs and real-time events',
  '',
  'It is approachable, yet strong enough for large applications, and comes with thorough documentation.',
  '',
  '## Learning Laravel',
  '',
  'The [documentation](https://laravel.com/docs) and a library of video tutorials cover every part of the framework, from the first route to deployment.',
  '',
  '## Laravel Sponsors',
  '',
  'Companies who fund the framework are listed on the [Patreon page](https://patreon.com/example).',
  '',
  '## Contributing',
  '',
  'The contribution guide is in the [documentation](https://laravel.com/docs/contributions).',
  '',
  '## License',
  '',
  'The framework is open-source software licensed under the MIT license.',
].join('\n');

const SERVERLESS_DEFAULT = [
  '# Serverless - AWS Node.js Typescript',
  '',
  'This project has been generated using the `aws-nodejs-typescript` template from the [Serverless framework](https://www.serverless.com/).',
  '',
  'For detailed instructions, please refer to the [documentation](https://www.serverless.com/framework/docs/providers/aws/).',
  '',
  '## Installation/deployment instructions',
  '',
  '### Using NPM',
  '',
  '- Run `npm i` to install the dependencies',
  '- Run `npx sls deploy` to deploy the stack',
  '',
  '## Test your service',
  '',
  'The template holds one function answering `POST /hello`; a body without a `name` gets a 400 answer and a body with one gets a greeting back.',
  '',
  '### Locally',
  '',
  '- `npx sls invoke local -f hello --path src/functions/hello/mock.json`',
  '',
  '### Remotely',
  '',
  '```\ncurl --request POST https://myApiEndpoint/dev/hello --data \'{"name": "Ada"}\'\n```',
  '',
  '## Template features',
  '',
  '### Project structure',
  '',
  'The code lives in `src`: one folder per function, and shared helpers for API Gateway and the handlers beside them.',
  '',
  '### 3rd party libraries',
  '',
  '- a JSON-Schema to TypeScript converter, for typed handler input',
  '- a middleware engine that parses JSON bodies before the handler runs',
].join('\n');

describe('a generator’s default README says nothing about the project, however long it is', () => {
  // (Once basic when its commands applied; reviewers of unseen repositories rate every starter's README left as it came a stub.)
  it('the NestJS starter’s README: a stub, its commands included, and the reason names it', () => {
    const s = rate(NEST_DEFAULT, { fullName: 'octo/habit-api' });
    expect(s.level).toBe('stub');
    expect(s.signals).toMatchObject({ description: false, install: true });
    expect(s.defaultReadme).toBe('the NestJS starter');
    expect(s.reasons[0]).toMatch(/^this is the default README of the NestJS starter, not about this project: replace it with what your project does/);
    expect(s.reasons.join(' ')).not.toMatch(/only a title/);
  });

  it('the Laravel application’s README, with no command of the project: a stub, long as it is', () => {
    const s = rate(LARAVEL_DEFAULT, { fullName: 'octo/notes-api' });
    expect(countWords(LARAVEL_DEFAULT)).toBeGreaterThan(100);
    expect(s.level).toBe('stub');
    expect(s.defaultReadme).toBe('the Laravel application');
  });

  it('the Serverless template’s README, documenting a function the project does not have: a stub', () => {
    const s = rate(SERVERLESS_DEFAULT, { fullName: 'octo/todo-api' });
    expect(s.signals).toMatchObject({ description: false, install: true, usage: true });
    expect(s.level).toBe('stub');
    expect(s.defaultReadme).toBe('the Serverless Framework template');
  });

  it.each([
    ['Create React App', '# Getting Started with Create React App\n\nThis project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).\n\n## Available Scripts\n\nIn the project directory, you can run `npm start`; it serves the app in development mode.', 'the Create React App'],
    ['a generator it does not know', '# habit-web\n\nThis project was generated with [Acme CLI](https://acme.example) version 2.1.0.\n\n## Development server\n\nRun `npm start` and open the printed address.', 'Acme CLI'],
    ['Phoenix', '# habits\n\nTo start your Phoenix server:\n\n* Run `mix setup` to install its dependencies\n* Start it with `mix phx.server`\n\nNow you can visit [`localhost:4000`](http://localhost:4000) from your browser.', 'the Phoenix application'],
    ['GitLab', '# habits\n\n## Getting started\n\nTo make it easy for you to get started with GitLab, here is a list of next steps.\n\n## Description\n\nLet people know what your project can do specifically, and why it exists.', 'the GitLab project template'],
    ['a solution template, said of "the project"', '# Bookings\n\nThe project was generated using the [Layered.Solution.Template](https://example.org/layered) version 3.2.1.\n\n## Build\n\nRun `dotnet build` to build the solution.\n\n## Run\n\n```sh\ncd src/Web\ndotnet watch run\n```\n\nNavigate to https://localhost:5001 to see it.\n\n## Code Scaffolding\n\n```sh\ndotnet new lt-usecase --name CreateBooking --feature-name Bookings\n```', 'Layered.Solution.Template'],
    ['Clean Architecture', '# Bookings\n\n## Run\n\n```sh\ndotnet watch run\n```\n\n## Code Scaffolding\n\nThe template includes support to scaffold new commands and queries.\n\n```sh\ndotnet new ca-usecase --name CreateBooking --feature-name Bookings --usecase-type command\n```', 'the Clean Architecture solution template'],
    ['Rails', '# README\n\nThis README would normally document whatever steps are necessary to get the application up and running.\n\nThings you may want to cover:\n\n* Ruby version\n* Database creation', 'the Rails application'],
  ])('%s: recognised, and the reason says whose README it is', (_, readme, whose) => {
    const s = rate(readme);
    expect(s.signals!.description).toBe(false);
    expect(s.defaultReadme).toBe(whose);
    expect(['stub', 'basic']).toContain(s.level);
  });

  it('a starter README with the project’s own description and endpoints added is the project’s: good, with a note on what is left', () => {
    const own = NEST_DEFAULT.replace('## Description', `# habit-api\n\n${DESC} Built with NestJS and PostgreSQL; sessions use JWT.\n\n${USAGE}\n\n## Description`);
    const s = rate(own, { fullName: 'octo/habit-api' });
    expect(s.level).toBe('good');
    expect(s.defaultReadme).toBeUndefined();
    expect(s.reasons).toContainEqual(expect.stringMatching(/^parts of it are still the default text of the NestJS starter: replace them/));
  });

  it('a README of its own that mentions how it was bootstrapped is not a default README', () => {
    const s = rate(`# habit-web\n\n${ABOUT}\n\n${INSTALL}\n\n${USAGE}\n\n## Notes\n\nThis project was bootstrapped with Vite.`);
    expect(s.level).toBe('good');
    expect(s.defaultReadme).toBeUndefined();
  });

  it('a description that mentions its tooling in passing is still the project’s', () => {
    const s = rate(`# habits\n\nHabits is a FastAPI service scaffolded with Poetry that stores daily habit logs in PostgreSQL and mails a weekly summary.\n\n${INSTALL}\n`);
    expect(s.signals!.description).toBe(true);
    expect(s.defaultReadme).toBeUndefined();
    expect(rate('# habits\n\nCreated by Ada Lovelace as a weekend project.\n').defaultReadme).toBeUndefined();
  });

  it('a framework’s description of itself is not the project’s; a framework’s own README still describes it', () => {
    const blurb = '# habits\n\nLaravel is a web application framework with a pleasant syntax and many tools.\n\n' + INSTALL;
    expect(rate(blurb).signals!.description).toBe(false);
    expect(rate(blurb.replace('# habits', '# laravel'), { fullName: 'octo/laravel' }).signals!.description).toBe(true);
    expect(rate('# habits\n\nThis is a small framework for tracking habits from the command line.\n').signals!.description).toBe(true);
    expect(rate('# Taskly – team tasks\n\nTaskly is a lightweight framework for sharing tasks across a team.\n').signals!.description).toBe(true);
  });

  it('a pointer to documentation, or a step running a command, is not a description', () => {
    expect(rate(`# habits\n\nFor detailed instructions, please refer to the [documentation](https://example.com/docs).\n\n${INSTALL}`).signals!.description).toBe(false);
    expect(rate('# habits\n\n## Installation\n\n### Using npm\n\n- Run `npm i` to install the dependencies of the project\n').signals!.description).toBe(false);
  });

  it('the README draft of a default README is a whole new README', () => {
    const snapshot: RepoSnapshot = { fullName: 'octo/habit-api', description: null, homepage: null, topics: [], languages: [], licence: null, readme: NEST_DEFAULT, readmeName: 'README.md', rootEntries: root('package.json'), workflowFiles: [], manifests: { 'package.json': '{"scripts":{"start":"nest start"}}' } };
    const draft = draftReadme({ fullName: 'octo/habit-api', description: null, homepage: null, licence: null, languages: [], technologies: [], snapshot });
    expect(draft.whole).toBe(true);
    expect(draft.markdown).toMatch(/^# habit-api\n/);
  });
});

describe('how to use a project that is not an HTTP API', () => {
  const demo = (usage: string) => `# boutique\n\nA shop made of small services that talk over gRPC; the web front lets visitors browse products, fill a cart and check out. Each service is written in the language that suits it, and the whole shop runs on any Kubernetes cluster, so it serves as a demo of tracing, service meshes and autoscaling.\n\n## Quickstart\n\n1. Create a cluster.\n2. Deploy it:\n\n   \`\`\`sh\n   kubectl apply -f ./release/manifests.yaml\n   \`\`\`\n\n3. ${usage}\n`;
  it.each([
    ['the external IP, in a browser', 'Visit `http://EXTERNAL_IP` in a web browser to reach your shop.'],
    ['a metrics page on localhost', 'Navigating to `localhost:9090` brings you to the metrics page.'],
    ['a link to open', 'Then open [the shop](http://localhost:8080) and add something to the cart.'],
    ['a dashboard', 'Head over to http://localhost:3001 for the dashboard.'],
    ['a host with a port', 'Go to http://192.168.49.2:30080 to see the front page.'],
    ['Spanish', 'Abre http://localhost:8080 en tu navegador para ver la tienda.'],
    ['German', 'Öffne http://localhost:8080 im Browser, um den Shop zu sehen.'],
    ['Chinese', '在浏览器中打开 http://localhost:8080 即可访问商店。'],
    ['Russian', 'Откройте http://localhost:8080 в браузере.'],
  ])('a deployable demo: opening it (%s) is using it', (_, usage) => {
    const s = rate(demo(usage));
    expect(s.signals!.usage).toBe(true);
    expect(s.level).toBe('good');
  });

  it.each([
    ['where it runs, said in passing', 'The application will now be running at `http://localhost:3000`.'],
    ['a negation', 'This is a backend only: you will not be able to go to localhost:4000 and see a page.'],
    ['a documentation site', 'For the full guide, visit https://boutique.example.org/guide.'],
    ['an address to open, with nothing to look at', 'Then open http://localhost:3000 and the API answers.'],
  ])('not a usage: %s', (_, usage) => {
    expect(rate(demo(usage)).signals!.usage).toBe(false);
  });

  it('a project template: installing it and generating a project is using it', () => {
    const readme = `# Clean Slate\n\nA solution template for ASP.NET Core with a layered architecture, tests and CI already wired. Pick the front end (Angular, React or none) and the database (PostgreSQL, SQLite or SQL Server) when you create a solution; the template writes the projects, the migrations and the pipeline for you.\n\n## Install the template\n\n\`\`\`sh\ndotnet new install CleanSlate.Solution.Template\n\`\`\`\n\n## Create a solution\n\n\`\`\`sh\ndotnet new cs-sln -o MyShop\n\`\`\`\n`;
    expect(rate(readme).signals).toMatchObject({ install: true, usage: true });
    expect(rate(readme).level).toBe('good');
  });

  it('a cookiecutter template: generating from this repository is using it; from another one is not', () => {
    const readme = (source: string) => `# service-template\n\nA template for Python services: FastAPI, PostgreSQL, Alembic and a CI pipeline ready to go.\n\n## Start a project\n\n\`\`\`sh\npip install cookiecutter\ncookiecutter ${source}\n\`\`\`\n`;
    expect(rate(readme('gh:octo/service-template'), { fullName: 'octo/service-template' }).signals!.usage).toBe(true);
    expect(rate(readme('gh:someone/other-thing'), { fullName: 'octo/service-template' }).signals!.usage).toBe(false);
    expect(rate(readme('gh:someone/other-thing'), { fullName: 'octo/service-template', rootEntries: root('cookiecutter.json') }).signals!.usage).toBe(true);
    expect(rate(`# service-template\n\n${DESC}\n\nClick **Use this template** on GitHub, then clone your copy.\n`).signals!.usage).toBe(true);
  });

  it('a workspace: several targets of its own task runner that run its parts are its command reference', () => {
    const readme = `# conduit\n\nA full-stack app in a Cargo workspace: an axum API, a yew front end and shared domain crates.\n\n\`\`\`sh\ncargo make docker\ncargo make integration\ncargo make web\ncargo make dev\n\`\`\`\n`;
    expect(rate(readme, { rootEntries: root('Cargo.toml', 'Makefile.toml') }).signals!.usage).toBe(true);
    // The same commands without the runner's file at the root name nothing the project defines.
    expect(rate(readme, { rootEntries: root('Cargo.toml') }).signals!.usage).toBe(false);
    // Chores (install, test, lint) are not how to use it.
    const chores = `# conduit\n\n${DESC}\n\n\`\`\`sh\nmake install\nmake test\nmake lint\nmake run\n\`\`\`\n`;
    expect(rate(chores, { rootEntries: root('Makefile') }).signals!.usage).toBe(false);
    const just = `# conduit\n\n${DESC}\n\n| Command | What it does |\n| --- | --- |\n| \`just api\` | starts the API |\n| \`just worker\` | starts the mail worker |\n| \`just test\` | runs every test |\n`;
    expect(rate(just, { rootEntries: root('justfile') }).signals!.usage).toBe(true);
  });

  it('a gRPC or WebSocket service: a call with its client is using it', () => {
    const readme = (call: string) => `# habits\n\n${ABOUT}\n\n${INSTALL}\n\n\`\`\`sh\n${call}\n\`\`\`\n`;
    expect(rate(readme('grpcurl -plaintext -d \'{"id": 1}\' localhost:50051 habits.Habits/GetStreak')).level).toBe('good');
    expect(rate(readme('wscat -c ws://localhost:8080/live')).level).toBe('good');
  });

  it('a usage section holding only the commands that start it is not how to use it', () => {
    const readme = (usage: string) => `# habits\n\n${ABOUT}\n\n## Installation\n\n\`\`\`sh\nnpm install\n\`\`\`\n\n${usage}\n`;
    expect(rate(readme('## Usage\n\nStart the database first, then:\n\n```sh\nnpm run start\n```')).signals!.usage).toBe(false);
    expect(rate(readme('## Usage\n\n```sh\nnpm run start\nhabits add "read 10 pages"\n```')).signals!.usage).toBe(true);
    expect(rate(readme('## Running the Postman collection\n\n```sh\n./collections/run-api-tests.sh\n```')).signals!.usage).toBe(true);
  });

  it('a usage section that only links to documentation elsewhere shows nothing itself', () => {
    const readme = (usage: string) => `# habits\n\n${ABOUT}\n\n${INSTALL}\n\n## Usage\n\n${usage}\n`;
    expect(rate(readme('See [docs/usage.md](docs/usage.md).')).signals!.usage).toBe(false);
    expect(rate(readme('Send a habit with `POST /habits`, then read its streak back; see [docs/usage.md](docs/usage.md) for more.')).signals!.usage).toBe(true);
  });

  it('a library: importing it in an example is using it', () => {
    const readme = (code: string) => `# habit-kit\n\nA small library that computes streaks and weekly summaries from a list of habit logs.\n\n\`\`\`sh\nnpm install habit-kit\n\`\`\`\n\n${code}\n`;
    expect(rate(readme("```ts\nimport { streak } from 'habit-kit';\nconsole.log(streak(logs));\n```"), { fullName: 'octo/habit-kit' }).signals!.usage).toBe(true);
    expect(rate(readme('```python\nfrom habit_kit import streak\n```'), { fullName: 'octo/habit-kit' }).signals!.usage).toBe(true);
    expect(rate(readme("```ts\nimport { streak } from 'other-kit';\n```"), { fullName: 'octo/habit-kit' }).signals!.usage).toBe(false);
  });
});

describe('what a reviewer sees that says little', () => {
  it('a README of one curl call is a stub', () => {
    const s = rate('# habits\n\n```sh\ncurl http://localhost:3000/habits\n```\n');
    expect(s.signals!.usage).toBe(true);
    expect(s.level).toBe('stub');
  });

  it('a README that only links to docs/ is a stub, and says to bring the essentials into the README', () => {
    const s = rate('# habits\n\nSee the [documentation](docs/README.md).\n', { rootEntries: root('docs') });
    expect(s.level).toBe('stub');
    expect(s.reasons[0]).toMatch(/^README only links elsewhere .*: add what it is, how to run it and how to use it to the README itself/);
  });

  it('a README of badges and a screenshot is a stub, and says so', () => {
    const s = rate('[![CI](https://github.com/octo/habits/actions/workflows/ci.yml/badge.svg)](https://github.com/octo/habits/actions)\n\n![screenshot](docs/screen.png)\n');
    expect(s.level).toBe('stub');
    expect(s.reasons[0]).toMatch(/^README is only badges and pictures: add/);
  });

  it('a table of contents is navigation, not a description nor words', () => {
    const toc = '# habits\n\n## Table of contents\n\n- [Overview](#overview)\n- [Installation](#installation)\n- [Usage](#usage)\n- [API reference](#api-reference)\n- [Contributing](#contributing)\n- [License](#license)\n';
    const s = rate(toc);
    expect(s.level).toBe('stub');
    expect(s.signals!.description).toBe(false);
    expect(s.words).toBe(0);
    const full = `${toc}\n## Overview\n\n${DESC}\n\n${INSTALL}\n\n${USAGE}\n`;
    expect(rate(full).words).toBe(rate(full.replace(/^- \[.*$/gm, '')).words);
  });

  it('installation and usage delegated to documentation elsewhere: the reasons say to bring them into the README', () => {
    const s = rate(`# habits\n\n${ABOUT}\n\nInstallation, configuration and the API are described in the [documentation](https://habits.example.org/docs/).\n`);
    expect(s.level).toBe('basic');
    expect(s.reasons).toContainEqual(expect.stringMatching(/^no install or run steps in the README \(it points to documentation elsewhere\): add/));
    expect(s.reasons).toContainEqual(expect.stringMatching(/^no usage in the README \(it points to documentation elsewhere\): show/));
    // A link to the contribution guide is not documentation kept elsewhere.
    expect(rate(`# habits\n\n${ABOUT}\n\nSee [CONTRIBUTING.md](CONTRIBUTING.md) before opening a pull request.\n`).reasons).toContainEqual(expect.stringMatching(/^no usage: show/));
  });

  it('a very long README is read to its end', () => {
    const part = (i: number) => `## Part ${i}\n\nThis part explains how habit logs are stored and indexed, and why the schema looks the way it does.\n\n`;
    const filler = Array.from({ length: 900 }, (_, i) => part(i)).join('');
    expect(filler.length).toBeGreaterThan(100_000);
    const s = rate(`# habits\n\n${DESC}\n\n${filler}${INSTALL}\n\n${USAGE}\n`);
    expect(s.signals).toMatchObject({ description: true, install: true, usage: true });
    expect(s.level).toBe('good');
  });

  it('a project whose name holds a section word ("Support Desk") is still the title, and the text under it describes it', () => {
    const s = rate(`# Enterprise Support Desk\n\n${ABOUT}\n\n${INSTALL}\n\n${USAGE}\n`);
    expect(s.signals!.description).toBe(true);
    expect(s.level).toBe('good');
  });

  it('a URL in a sentence is read as a word', () => {
    expect(countWords('API server and website for https://hex.example.org.')).toBe(6);
  });
});
