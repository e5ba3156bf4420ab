/**
 * Forms met on repositories the rating had not seen, each on a fixture written for it: commands
 * in a block marked `text`, a library installed by declaring it as a dependency, settings that
 * hold a local address, a generator's sentence on opening the app, and a "commands" section that
 * only builds and starts the project.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocumentation, type DocInput } from '../../shared/doc-status';

const ABOUT =
  'Habit tracker API: members log daily habits, keep streaks and get a weekly summary by e-mail. It is written in Rust on axum, keeps its data in PostgreSQL through SQLx and signs members in with short-lived tokens, so a stolen token is worth little.';
const USAGE = '## Endpoints\n\n- `POST /habits` adds a habit\n- `GET /habits/{id}/streak` shows its streak';

function rate(readme: string, extra: Partial<DocInput> = {}) {
  return analyzeDocumentation({ readme, licence: null, homepage: null, rootEntries: [], ...extra });
}

describe('forms met on unseen repositories', () => {
  it('commands in a code block marked `text` are install steps', () => {
    const readme = `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`text\ndocker compose up -d\ncargo run\n\`\`\`\n\n${USAGE}\n`;
    const status = rate(readme);
    expect(status.signals!.install).toBe(true);
    expect(status.level).toBe('good');
    // A block of plain output is still not a command.
    expect(rate(`# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`text\nListening on 0.0.0.0:8080\n\`\`\`\n\n${USAGE}\n`).signals!.install).toBe(false);
  });

  it('a library is installed by declaring it as a dependency, in the manifest forms people paste', () => {
    const lib = (snippet: string) =>
      rate(`# habit-kit\n\nA small library that computes streaks and weekly summaries from a list of habit logs, with time zones handled.\n\n## Install\n\n${snippet}\n\n## Use\n\nSee the example below.\n`, { fullName: 'octo/habit-kit' }).signals!.install;
    expect(lib('```toml\n[dependencies]\nhabit-kit = "0.4"\n```')).toBe(true);
    expect(lib('```json\n{ "dependencies": { "habit-kit": "^2.1.0" } }\n```')).toBe(true);
    expect(lib('```xml\n<dependency>\n  <groupId>org.example</groupId>\n  <artifactId>habit-kit</artifactId>\n</dependency>\n```')).toBe(true);
    expect(lib("```kotlin\nimplementation(\"org.example:habit-kit:1.2.0\")\n```")).toBe(true);
    expect(lib('```elixir\n{:habit_kit, "~> 0.4"}\n```')).toBe(true);
    expect(lib('```sh\ncargo add habit-kit\n```')).toBe(true);
    // Another crate's line is not this library's install.
    expect(lib('```toml\n[dependencies]\nserde = "1"\n```')).toBe(false);
  });

  it('a setting that holds a local address is configuration, not a request', () => {
    const readme = (block: string) => `# habits\n\n${ABOUT}\n\n## Setup\n\n\`\`\`sh\nnpm ci\nnpm start\n\`\`\`\n\nCreate a .env file:\n\n${block}\n`;
    expect(rate(readme('```bash\nVITE_API_URL="http://localhost:3001/api/v1"\nbase_url: http://localhost:3001/app\n```')).signals!.usage).toBe(false);
    // The address said as where to go is still usage.
    expect(rate(readme('Then open http://localhost:3001/api/v1/habits to list the habits.')).signals!.usage).toBe(true);
  });

  it('a generator’s sentence on opening the app in a browser shows nothing of this project', () => {
    const readme = `# Habits API\n\nSample API for tracking habits.\n\n## Start\n\n* Install dependencies with \`mix deps.get\`\n* Start the endpoint with \`mix phx.server\`\n\nNow you can visit [\`localhost:4000\`](http://localhost:4000) from your browser.\n`;
    const status = rate(readme);
    expect(status.signals!.usage).toBe(false);
    expect(status.level).toBe('basic');
  });

  it('a "commands" section that only builds, starts and stops the project is not how to use it', () => {
    const readme = (commands: string) => `# habits\n\n${ABOUT}\n\n### API Commands\n\n${commands}\n`;
    const onlyRun = readme('  - Compile for development\n\n    `cargo build`\n\n  - Start it with cargo-make\n\n    `makers dev`\n\n  - Stop the database\n\n    `podman stop postgres`');
    expect(rate(onlyRun).signals!.usage).toBe(false);
    expect(rate(onlyRun).level).toBe('basic');
    expect(rate(readme('  - List the habits\n\n    `curl http://localhost:8080/habits`')).signals!.usage).toBe(true);
  });

  it('a title that reads like a section name ("go-habits-api-example") is the title, not a usage section', () => {
    const readme = `# go-habits-api-example\n\nA sample Go API for habits, with MySQL and Kafka.\n\n## Dependencies\n\n- MySQL – primary database\n- Kafka – events\n\n## Running\n\n\`\`\`bash\ndocker-compose up -d\ngo run cmd/api/main.go\n\`\`\`\n`;
    const status = rate(readme);
    expect(status.signals!.usage).toBe(false);
    expect(status.level).toBe('basic');
  });

  it('a linter fetched with npx, and the API description it checks, are neither install nor usage', () => {
    const readme = `# habits\n\nA habit tracking web API for teams: members log habits, keep streaks and share a weekly summary with their team lead, who sees who is on track.\n\n## OpenAPI Lint\n\n\`api/openapi.yaml\` is checked with Spectral on every pull request.\n\n\`\`\`bash\nnpx --yes @stoplight/spectral-cli@6 lint api/openapi.yaml\n\`\`\`\n`;
    const status = rate(readme);
    expect(status.signals!.install).toBe(false);
    expect(status.signals!.usage).toBe(false);
    expect(status.level).toBe('basic');
    // The same pointer where it is offered to the reader is usage; npx running the project's own tooling is running it.
    expect(rate(`# habits\n\nA habit tracking web API for teams.\n\n## API\n\nThe contract is in \`api/openapi.yaml\`.\n`).signals!.usage).toBe(true);
    expect(rate('# habits\n\nA habit tracking web API for teams.\n\n```bash\nnpx prisma migrate dev\n```\n').signals!.install).toBe(true);
  });

  it('"Open your browser at the url:" over the address on a line of its own is using it', () => {
    const readme = (after: string) => `# habits\n\n${ABOUT}\n\n# Run\n\n\`\`\`shell\ngradle bootRun\n\`\`\`\n\n${after}\n`;
    expect(rate(readme('Open your browser at the url:<br>\n### **http://localhost:8080**')).signals!.usage).toBe(true);
    expect(rate(readme('Logs go to the console:\n\nlevel=info')).signals!.usage).toBe(false);
  });

  it('endpoints written without a leading slash ("`POST api/authors`") are endpoints', () => {
    const readme = `# library\n\n${ABOUT}\n\n\`\`\`sh\ndotnet ef database update\n\`\`\`\n\n1. Add authors with \`POST api/authors\`.\n2. List books with \`GET api/books?title=foo\`.\n`;
    expect(rate(readme).signals!.usage).toBe(true);
    // Words after a method are not a path.
    expect(rate(`# library\n\n${ABOUT}\n\nWe GET api keys from the vault.\n`).signals!.usage).toBe(false);
  });

  it('a step that starts a named project in the IDE is how to run it', () => {
    const readme = (steps: string) => `# Shop\n\n${ABOUT}\n\n## Project Setup\n\n${steps}\n\nThe API can be used via Swagger on "https://localhost:5001/swagger/index.html".\n`;
    expect(rate(readme('- Start "Shop.Web.Api" Project (the database is created on first start)')).signals!.install).toBe(true);
    expect(rate(readme('- Set Shop.Api as the startup project and press F5')).signals!.install).toBe(true);
    expect(rate(readme('- Read the wiki before you begin')).signals!.install).toBe(false);
  });

  it('a line of description with a list of what the project holds is more than a stub; a title and a line are not', () => {
    const list = '\n\nContents:\n\n- Relational database\n- Sign-in with access tokens\n- Input validated with zod\n- Swagger documentation\n- Unit tests with node-tap';
    const status = rate(`# Fastify + Prisma\n\nPractice API for learning backend development with Fastify.${list}\n`);
    expect(status.level).toBe('basic');
    expect(status.reasons.join(' ')).toMatch(/no install or run steps/);
    expect(rate('# Fastify + Prisma\n\nPractice API for learning backend development with Fastify.\n').level).toBe('stub');
    // A title over a few names of its stack is still a stub.
    expect(rate('# symfony-rest\n\nSimple rest api\n\n- PHP 8.2\n- MongoDB\n- JWT\n').level).toBe('stub');
  });

  it('a byte order mark before the first heading hides neither the title nor what follows', () => {
    const readme = `\uFEFF# Exercise: Beer rating\n\n${ABOUT}\n\n## Project start\n\n\`\`\`sh\n1. dotnet restore\n2. dotnet run --project Brewery.API\n\`\`\`\n\nUse the Swagger interface to reach the endpoints by adding **/swagger/index.html** to the URL.\n`;
    const status = rate(readme);
    expect(status.signals).toMatchObject({ description: true, install: true, usage: true });
    expect(status.level).toBe('good');
  });

  it('a command quoted in prose ("use \\"make docker-run\\" command") is a command', () => {
    const readme = (line: string) => `# habits\n\n${ABOUT}\n\n${USAGE}\n\n## Local Deployment\n\n${line}\n`;
    expect(rate(readme('To run it on your machine use "make docker-run" command.')).signals!.install).toBe(true);
    expect(rate(readme('To run it on your machine ask "the ops team" for access.')).signals!.install).toBe(false);
  });

  it('numbered steps that configure the database, under its own sub-heading, do not start the project', () => {
    const readme = (sub: string) => `# Catálogo\n\n${ABOUT}\n\n${USAGE}\n\n## Configuração e Execução\n\n### ${sub}\n\n1. Abra o MySQL Workbench e conecte-se ao servidor.\n2. Crie um novo banco de dados para o projeto.\n3. Execute os scripts SQL do diretório \`sql\`.\n`;
    expect(rate(readme('Configuração do Banco de Dados')).signals!.install).toBe(false);
    expect(rate(readme('Configuração do Banco de Dados')).level).toBe('basic');
    // The same steps under the install heading itself are how to set it up.
    expect(rate(readme('Passo a passo')).signals!.install).toBe(true);
  });

  it('an Ansible role is installed with ansible-galaxy and used in an example playbook', () => {
    const readme = (install: string) => `# ansible-role-habits\n\n${ABOUT}\n\n## Installation\n\n${install}\n\n## Example Playbook\n\n\`\`\`yaml\n- hosts: servers\n  roles:\n    - role: octo.habits\n\`\`\`\n`;
    expect(rate(readme('```sh\nansible-galaxy install octo.habits\n```')).level).toBe('good');
    expect(rate(readme('```sh\nansible-playbook -i inventory site.yml\n```')).signals!.install).toBe(true);
    // Without the playbook, nothing says how to apply it (with it, the playbook is how it is run: see below).
    expect(rate(readme('Ask the platform team for access.').replace(/## Example Playbook[\s\S]*$/, '')).signals!.install).toBe(false);
  });

  it('a short README with real run steps and what they start is basic, not a stub; a title over one command is a stub', () => {
    const readme = '# habits-grpc\n\n### Instructions to run in a local environment\n\n1. Install Docker Desktop.\n2. Clone the project.\n3. Run in the root folder:\n\n```shell\ndocker-compose up\n```\n\nBy default, the port of each application is:\n\n* Habit service: 6566\n* Streak service: 6567\n';
    expect(rate(readme).level).toBe('basic');
    expect(rate('# habits-grpc\n\n```shell\ndocker-compose up\n```\n').level).toBe('stub');
  });

  it('a command run with a local address in front (`APIURL=http://localhost:5000/api ./run-api-tests.sh`) calls the API; the setting alone does not', () => {
    const readme = (code: string) => `# habits\n\n${ABOUT}\n\n## Setup\n\n\`\`\`sh\ncargo run\n\`\`\`\n\n## Run the API test suite\n\n\`\`\`sh\n${code}\n\`\`\`\n`;
    expect(rate(readme('APIURL=http://localhost:5000/api ./run-api-tests.sh')).signals!.usage).toBe(true);
    expect(rate(readme('APIURL=http://localhost:5000/api')).signals!.usage).toBe(false);
  });

  it('a sentence telling the reader to exercise the API with a collection, linked, is usage; saying it follows a spec is not', () => {
    const readme = (line: string) => `# habits\n\n${ABOUT}\n\n${line}\n\n## Setup\n\n\`\`\`sh\ncargo run\n\`\`\`\n`;
    expect(rate(readme('You can also exercise the application using the shared Postman collection: [here](https://example.org/habits/api).')).signals!.usage).toBe(true);
    expect(rate(readme('It adheres to the [Habits](https://example.org/habits) spec and API.')).signals!.usage).toBe(false);
  });

  it('a badge that names the API docs and links to them is a pointer to the API docs', () => {
    const readme = (badge: string) => `${badge}\n\n# habits\n\n${ABOUT}\n\n## Setup\n\n\`\`\`sh\ncargo run\n\`\`\`\n`;
    expect(rate(readme('[![API Doc](https://img.shields.io/badge/api-doc-green.svg)](https://octo.github.io/habits)')).signals!.usage).toBe(true);
    expect(rate(readme('[![Build](https://img.shields.io/badge/build-passing-green.svg)](https://octo.github.io/habits)')).signals!.usage).toBe(false);
    expect(rate(readme('[![Swagger Validator](https://img.shields.io/swagger/valid/3.0.svg)](https://validator.swagger.io/)')).signals!.usage).toBe(false);
  });

  it('a title over a list of links to libraries, or over a table of contents, says nothing of the project: a stub', () => {
    const links = '# Habits API template\n\n- [github.com/gin-gonic/gin](https://github.com/gin-gonic/gin)\n- [github.com/spf13/viper](https://github.com/spf13/viper)\n- [github.com/jinzhu/gorm](https://github.com/jinzhu/gorm)\n- [github.com/go-sql-driver/mysql](https://github.com/go-sql-driver/mysql)\n';
    expect(rate(links).level).toBe('stub');
    const contents = '# Habit service in an hour\n\n## 목차\n\n* REST API development\n  * first RestController\n  * Swagger settings\n  * Lombok settings\n* Service development\n  * splitting layers\n  * H2 database settings\n';
    expect(rate(contents).level).toBe('stub');
    // The same list with words about each library describes how it is built.
    expect(rate('# Habits API\n\n- [Gin](https://gin-gonic.com/) – the HTTP framework serving the habit routes\n- [GORM](https://gorm.io/) – keeps habits and streaks in MySQL\n- [Viper](https://github.com/spf13/viper) – reads the settings\n- [zap](https://github.com/uber-go/zap) – structured logs\n').level).toBe('basic');
  });

  it('a README of commit conventions says nothing of the project', () => {
    const readme = '### 커밋 컨벤션\n\n| Type | Description |\n| --- | --- |\n| feat | a new feature is added to the service |\n| fix | a bug in the service is fixed |\n| refactor | code is restructured without changing what it does |\n| docs | documentation is added or changed |\n\n### Commit message format\n\n- Format: `type(#issue) :: summary of the change`\n- Keep the title within fifty characters and wrap the body at seventy-two.\n';
    const status = rate(readme, { rootEntries: [{ name: 'build.gradle', type: 'blob' }] });
    expect(status.signals!.description).toBe(false);
    expect(status.level).toBe('stub');
  });

  it('for a server with no pages, opening its bare address "to check it works" is not usage; opening its docs is', () => {
    const manifests = { 'package.json': '{ "dependencies": { "express": "^4.19.0" } }' };
    const readme = (line: string) => `# habits\n\n${ABOUT}\n\n## Installazione\n\n\`\`\`sh\nnpm install\nnpm start\n\`\`\`\n\n${line}\n`;
    expect(rate(readme('Aprire su browser il link http://localhost:4000 per verificare il funzionamento.'), { manifests }).signals!.usage).toBe(false);
    expect(rate(readme('Aprire su browser il link http://localhost:4000/api-docs per provare le API.'), { manifests }).signals!.usage).toBe(true);
    // An app with pages is used by opening it.
    const withPages = { 'package.json': '{ "dependencies": { "express": "^4.19.0", "react": "^18.3.0" } }' };
    expect(rate(readme('Aprire su browser il link http://localhost:4000 per usare il negozio.'), { manifests: withPages }).signals!.usage).toBe(true);
  });

  it('numbered steps, a note on the repository’s state and a line of code are not a description', () => {
    const steps = '# Istruzioni per eseguire il progetto\n\n1. Scaricare il progetto dal repository con il link del sito, poi aprire la cartella scaricata.\n2. Installare la versione LTS consigliata di Node.js dal sito ufficiale, se non è già installata.\n3. Lanciare il seguente comando per installare tutte le dipendenze del progetto:\n\n```bash\nnpm install\nnpm start\n```\n';
    expect(rate(steps).signals!.description).toBe(false);
    const note = `# habits\n\n**NOTE**: This repository is not actively maintained because the example is complete and does what it set out to do.\n\n## Quickstart\n\n\`\`\`sh\nuvicorn app.main:app\n\`\`\`\n`;
    expect(rate(note).signals!.description).toBe(false);
    expect(rate("# apiview\n\nurlpatterns.append(url(r'^test/', include(\"myapp.views\")))\n\n```sh\npip install apiview\n```\n").signals!.description).toBe(false);
    // A numbered list of features still describes it.
    expect(rate('# habits\n\n## Features\n\n1. Members log daily habits and keep streaks.\n2. A weekly summary goes out by e-mail.\n\n```sh\nnpm start\n```\n').signals!.description).toBe(true);
    // A sentence about the project, even one with a name in brackets, still describes it.
    expect(rate('# habits\n\nHabits (a habit tracker for teams) keeps streaks and mails a weekly summary.\n\n```sh\nnpm start\n```\n').signals!.description).toBe(true);
  });

  it('where it starts ("Start the app at `http://localhost:3000/`:") and a database console are not usage', () => {
    const readme = (line: string) => `# habits\n\n${ABOUT}\n\n${line}\n\n\`\`\`bash\nnpm start\n\`\`\`\n`;
    expect(rate(readme('Start the Express app at `http://localhost:3000/`:')).signals!.usage).toBe(false);
    expect(rate(readme('The H2 console is at localhost:8080/h2-console (user sa, no password).')).signals!.usage).toBe(false);
    expect(rate(readme('List the habits at `http://localhost:3000/habits`.')).signals!.usage).toBe(true);
  });

  it('a request collection the reader is told to import or open is usage', () => {
    const readme = (line: string) => `# Booking Engine API\n\nA booking engine that speeds up hotel room reservations, checking availability by hotel and dates.\n\n- Run the command: java -jar booking-api.jar\n- ${line}\n`;
    expect(rate(readme('Download the Booking API.postman_collection.json file and import it into Postman.')).signals!.usage).toBe(true);
    expect(rate(readme('Now you can open the [API.paw](./API.paw) doc to make API requests.')).signals!.usage).toBe(true);
    expect(rate(readme('Open the logs folder to see what happened.')).signals!.usage).toBe(false);
  });

  it('a command line shown with its help, or called by the name its manifest installs, is used', () => {
    const help = '# Python CLI Example\n\nA simple example of a Python command line application with an installer, for people who want one to copy.\n\n## Installation\n\n    $ python3 -m venv env\n    $ ./env/bin/pip3 install .\n\n## Running\n\n    ./env/bin/habits-cli -h\n    usage: habits-cli [-h] [--version] Command ...\n';
    expect(rate(help).signals!.usage).toBe(true);
    const called = (manifests: Record<string, string>) =>
      rate('# Python CLI Example\n\nA simple command line application that keeps a list of habits and their streaks.\n\n```sh\npip install .\nhbt add "read"\n```\n', { manifests, fullName: 'octo/python-cli-example' }).signals!.usage;
    expect(called({ 'pyproject.toml': '[project]\nname = "habits"\n\n[project.scripts]\nhbt = "habits.cli:main"\n' })).toBe(true);
    expect(called({ 'package.json': '{ "name": "habits", "bin": { "hbt": "bin/hbt.js" } }' })).toBe(true);
    expect(called({})).toBe(false);
  });

  it('a description over an index of the repository’s documentation pages is basic, not a stub', () => {
    const readme = (index: string) => `# Go TODO API\n\nA loose implementation of a todo app using some concepts of DDD and clean architecture.\n\n${index}\n`;
    const status = rate(readme('## Architecture\n\n- [Application architecture](./docs/application-architecture.md)\n- [Application structure](./docs/application-structure.md)\n\n## Development\n\n- [Database migration](./docs/database-migration.md)'));
    expect(status.level).toBe('basic');
    expect(status.reasons.join(' ')).toMatch(/no install or run steps/);
    // The description alone is still a line or two.
    expect(rate(readme('')).level).toBe('stub');
  });

  it('a gRPC service is used through its own client or its methods', () => {
    const base = '# gRPC Notes\n\nThis project includes both a server and a client for a simple note service which uses the gRPC framework.\n\n## Run Server\n\nThe command below starts the server on port 50051.\n\n    npm run start\n\n';
    expect(rate(`${base}## Make Request\n\n    npm run client list\n    npm run client get --id '1A'\n`).signals!.usage).toBe(true);
    expect(rate(`${base}## Methods\n\n- Listing files: use the ListFiles method.\n- Uploading a file: use the UploadFile method.\n`).signals!.usage).toBe(true);
    // Starting the client alone, or a single method named, shows no call.
    expect(rate(`${base}## Client\n\n    npm run client\n`).signals!.usage).toBe(false);
    expect(rate(`${base}## Methods\n\n- Listing files: use the ListFiles method.\n`).signals!.usage).toBe(false);
  });

  it('an untitled README of install and run steps a reader can follow is basic, not a stub', () => {
    const steps = '## Instalacja\n\n1. **Sklonuj repozytorium:**\n\n   ```bash\n   git clone <URL>\n   cd habits\n   ```\n\n2. **Zainstaluj zależności:**\n\n   ```bash\n   pip install -r requirements.txt\n   ```\n\n3. **Uruchom:**\n\n   ```bash\n   python manage.py runserver\n   ```\n';
    const status = rate(steps);
    expect(status.level).toBe('basic');
    expect(status.reasons.join(' ')).toMatch(/no description/);
    // One command is still a line or two.
    expect(rate('# habits\n\nRun it with `python manage.py runserver`.\n').level).toBe('stub');
  });

  it('a paragraph under a heading about settings or local work, in other languages, does not say what the project is', () => {
    const install = '```\npip install -r requirements.txt\npython manage.py runserver\n```';
    const usage = '## API\n\n- `GET /api/habits/` список привычек\n- `POST /api/habits/` новая привычка';
    const readme = (heading: string) => `# Habits\n\n## ${heading}\n\nДля локальной работы необходимо создать файл local_settings.py с настройками базы данных и почты рядом с settings.py.\n\n## Установка\n\n${install}\n\n${usage}\n`;
    for (const heading of ['Локальная работа', 'Переменные окружения', 'Variables de entorno', 'Umgebungsvariablen', '環境変数']) {
      expect(rate(readme(heading)).signals!.description, heading).toBe(false);
    }
    // Under a heading about the project, the same paragraph does.
    expect(rate(readme('О проекте')).signals!.description).toBe(true);
  });

  it('a serverless function invoked from the command line is used', () => {
    const readme = (call: string) =>
      `# billing-report\n\nSends a daily report of the AWS bill to a Slack channel, with the cost per service and the change since yesterday, from a Lambda function run on a schedule.\n\n## Deploy\n\n\`\`\`sh\nnpm ci\nnpx serverless deploy\n\`\`\`\n\n## Try it\n\n\`\`\`sh\n${call}\n\`\`\`\n`;
    expect(rate(readme('npx serverless invoke -f report --stage prod')).signals!.usage).toBe(true);
    expect(rate(readme('sam local invoke ReportFunction')).signals!.usage).toBe(true);
    expect(rate(readme('aws lambda invoke --function-name report out.json')).signals!.usage).toBe(true);
    // Reading its logs is not calling it.
    expect(rate(readme('npx serverless logs -f report')).signals!.usage).toBe(false);
  });

  it('a request told in words, to an address with a path, is usage; what the project itself sends is not', () => {
    const readme = (sentence: string) =>
      `# habits-api\n\nA Symfony API for a habit tracker: members keep habits and streaks, and get a weekly summary.\n\n## Setup\n\n\`\`\`sh\ncomposer install\nsymfony server:start\n\`\`\`\n\n## Trying it\n\n${sentence}\n`;
    expect(rate(readme('First get a token by sending a POST request with Basic authorisation to http://habits.example.org/api/tokens like this.')).signals!.usage).toBe(true);
    expect(rate(readme('The service sends a POST request to https://hooks.slack.com/services/T000 every morning.')).signals!.usage).toBe(false);
  });

  it('a library is found under the names its manifests publish it by, and used by them', () => {
    const about = 'A client for the habit tracker API: it lists habits, logs a day and reads streaks, with retries and typed answers.';
    const lib = (readme: string, manifests: Record<string, string>) => rate(`# habits-client\n\n${about}\n\n${readme}`, { fullName: 'octo/habits-client', manifests }).signals!;
    const cargo = { 'Cargo.toml': '[package]\nauthors = ["Octo <o@example.org>"]\nname = "habits"\nversion = "0.1.0"\n' };
    expect(lib('## Install\n\n```toml\n[dependencies.habits]\ngit = "https://example.org/habits.git"\n```\n', cargo).install).toBe(true);
    expect(lib('## Example\n\n```rust\nextern crate habits;\n```\n', cargo).usage).toBe(true);
    const csproj = { 'Habits.Client/Habits.Client.csproj': '<Project Sdk="Microsoft.NET.Sdk" />', 'Habits.Client.Tests/Habits.Client.Tests.csproj': '<Project />' };
    expect(lib('## Example\n\n```csharp\nusing Habits.Client;\n```\n', csproj).usage).toBe(true);
    expect(lib('## Notes\n\n```csharp\nusing Habits.Client.Tests;\n```\n', { 'Habits.Client.Tests/Habits.Client.Tests.csproj': '<Project />' }).usage).toBe(false);
    const npm = { 'package.json': '{ "name": "@octo/habit-tracker-middleware" }' };
    expect(lib('## Example\n\n```js\nimport tracker from "@octo/habit-tracker-middleware";\n```\n', npm).usage).toBe(true);
    expect(lib('## Example\n\n```js\nconst tracker = new HabitTrackerMiddleware({ db });\napp.use(tracker.log);\n```\n', npm).usage).toBe(true);
    // Another library's class is not this one.
    expect(lib('## Notes\n\n```js\nconst app = new ExpressApplication();\n```\n', npm).usage).toBe(false);
  });

  it('the project’s own command behind a prompt or a timing wrapper, named by its manifest, is used', () => {
    const readme = (line: string) => `# rust-client\n\nA command line HTTP client with sensible defaults, colours and JSON pretty-printing, for trying APIs by hand.\n\n\`\`\`sh\ncargo install rust_client\n\`\`\`\n\n## Benchmarks\n\n\`\`\`\n${line}\n\`\`\`\n`;
    const manifests = { 'Cargo.toml': '[package]\nname = "rust_client"\n\n[[bin]]\npath = "src/main.rs"\nname = "rc"\n' };
    expect(rate(readme('> /usr/bin/time -l rc get localhost:8000'), { manifests, fullName: 'octo/rust-client' }).signals!.usage).toBe(true);
    expect(rate(readme('> /usr/bin/time -l other get localhost:8000'), { manifests, fullName: 'octo/rust-client' }).signals!.usage).toBe(false);
  });

  it('commands behind a root prompt and an iex node started with options are run steps', () => {
    const root = rate('# payment\n\nA payment service that charges cards and refunds them, for a shop of my own, written in OCaml with Dream.\n\n## Run\n\n```\n# docker build -t payment .\n# docker run -p 8080:8080 payment\n```\n');
    expect(root.signals!.install).toBe(true);
    // Comments are still comments.
    expect(rate('# payment\n\nA payment service that charges cards and refunds them, for a shop of my own.\n\n```\n# start it with the script\n```\n').signals!.install).toBe(false);
    expect(rate('# chat\n\nA distributed chat: messages sent to another node are printed there.\n\n## Usage\n\nIn one terminal window, start the chat in a named iex session:\n\n```\niex --sname alex@localhost -S mix\n```\n', { rootEntries: [{ name: 'mix.exs', type: 'blob' }] }).signals!.install).toBe(true);
  });

  it('template text left by other generators and in other languages is a placeholder', () => {
    const lein = rate('# notes\n\nA Clojure library designed to ... well, that part is up to you.\n\n## Usage\n\nFIXME\n\n## License\n\nCopyright © 2024 FIXME\n');
    expect(lein.reasons.join(' ')).toMatch(/placeholders/);
    const es = rate('# API de Nombre del Proyecto\n\nDescripción breve de la API y su propósito.\n\n## Descripción\n\nEsta API proporciona [descripción detallada de lo que hace la API y su objetivo].\n\n## Instalación\n\n```\nnpm install\nnpm run dev\n```\n\n## Endpoints\n\n- `GET /api/v1/habits`\n- `POST /api/v1/habits`\n');
    expect(es.reasons.join(' ')).toMatch(/placeholders/);
    expect(es.level).toBe('basic');
  });

  it('"open it in the browser:" over the address alone in a code block is usage, in any language; the address without the words is not', () => {
    const app = (tail: string) =>
      rate(`# huerto\n\nAplicación web para repartir las parcelas de un huerto urbano entre vecinos, con turnos de riego y avisos por correo.\n\n## Instalación\n\n\`\`\`bash\npip install -r requirements.txt\npython app.py\n\`\`\`\n\n${tail}\n`, {
        rootEntries: [{ name: 'requirements.txt', type: 'blob' }, { name: 'templates', type: 'tree' }],
      }).signals!.usage;
    expect(app('1. Acceder a la aplicación web en el navegador:\n\n```bash\nhttp://localhost:5000\n```')).toBe(true);
    expect(app('Open it in your browser:\n\n```\nhttp://127.0.0.1:5000/\n```')).toBe(true);
    expect(app('La aplicación queda en:\n\n```\nhttp://localhost:5000\n```')).toBe(false);
    expect(app('Acceder en el navegador:\n\n```\nhttp://localhost:5000\npython seed.py\n```')).toBe(false);
  });

  it('a to-do for the README’s own essentials is a placeholder; one for an extra (a diagram) is not', () => {
    const readme = (todo: string) => `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\ncargo run\n\`\`\`\n\n${USAGE}\n\n${todo}\n`;
    expect(rate(readme('TODO: Add Excalidraw system diagram')).level).toBe('good');
    expect(rate(readme('TODO: add usage examples')).level).toBe('basic');
    expect(rate(readme('TODO: write the description')).level).toBe('basic');
  });

  it('numbered install steps written out in words, under a caption of their own, are more than a stub', () => {
    const steps = '1. Create a MySQL schema named `garden`.\n2. Make sure the MySQL server listens on port 3306.\n3. Create a user with write access to the schema.\n4. Run the class `ui.LoginFrame`.\n5. Sign in with that user.\n';
    const de = rate(`Installations- und Ausführungsanweisung:\n${steps.replace('Create a MySQL', 'Lege ein MySQL')}`);
    expect(de.signals!.install).toBe(true);
    expect(de.level).toBe('basic');
    expect(rate(`Installation:\n${steps}`).level).toBe('basic');
    // Two steps are still a line or two; and a caption alone installs nothing.
    expect(rate(`Installation:\n${steps.split('\n').slice(0, 2).join('\n')}\n`).level).toBe('stub');
    expect(rate('Installation:\n\nAsk the team for access.\n').signals!.install).toBe(false);
  });

  it('a Terraform module is installed by declaring it, from its repository or the registry (terraform init fetches it)', () => {
    const tf = (source: string) =>
      rate(`# terraform-aws-static-site\n\nTerraform module that creates an S3 bucket, a CloudFront distribution and a DNS record to serve a static site over HTTPS.\n\n## Usage\n\n\`\`\`hcl\nmodule "site" {\n  source      = "${source}"\n  domain_name = "example.org"\n}\n\`\`\`\n`, { fullName: 'octo/terraform-aws-static-site' }).signals!.install;
    expect(tf('github.com/octo/terraform-aws-static-site?ref=v1.2.0')).toBe(true);
    expect(tf('git::https://github.com/octo/terraform-aws-static-site.git?ref=v1')).toBe(true);
    expect(tf('octo/static-site/aws')).toBe(true);
    expect(tf('terraform-aws-modules/s3-bucket/aws')).toBe(false);
  });

  it('a generator’s README that only links its framework’s documentation (an “API Reference” among them) is a stub', () => {
    const readme = '## Micronaut 4.2.4 Documentation\n\n- [User Guide](https://docs.micronaut.io/4.2.4/guide/index.html)\n- [API Reference](https://docs.micronaut.io/4.2.4/api/index.html)\n\n## Feature http-client documentation\n\n- [Micronaut HTTP Client documentation](https://docs.micronaut.io/latest/guide/index.html#httpClient)\n';
    const status = rate(readme, { rootEntries: [{ name: 'build.gradle', type: 'blob' }] });
    expect(status.signals!.usage).toBe(false);
    expect(status.level).toBe('stub');
    // Its documentation section, however it ends, is the framework's.
    expect(rate('## Micronaut 4.2.4 Documentation\n\n- [User Guide](https://docs.micronaut.io/4.2.4/guide/index.html)\n- [Micronaut Guides](https://guides.micronaut.io/index.html)\n').signals!.usage).toBe(false);
    // The project's own API reference, linked from its own text, is still usage.
    expect(rate(`# habits\n\n${ABOUT}\n\n\`\`\`sh\ncargo run\n\`\`\`\n\n## Documentation\n\n[API Reference](https://habits.example.org/api/index.html)\n`).signals!.usage).toBe(true);
  });

  it('the repository’s own client script run with what to do is usage; another script, or one that is not there, is not', () => {
    const readme = (code: string) => `# habits\n\n${ABOUT}\n\n\`\`\`sh\ncargo run\n\`\`\`\n\n## Highlights\n\n\`\`\`bash\n${code}\n\`\`\`\n`;
    const root = { rootEntries: [{ name: 'api_client.sh', type: 'blob' as const }, { name: 'setup.sh', type: 'blob' as const }] };
    expect(rate(readme('./api_client.sh read habits\n./api_client.sh create streaks'), root).signals!.usage).toBe(true);
    expect(rate(readme('bash api_client.sh read habits'), root).signals!.usage).toBe(true);
    expect(rate(readme('./setup.sh install'), root).signals!.usage).toBe(false);
    expect(rate(readme('./api_client.sh read habits')).signals!.usage).toBe(false);
    // Kept in a folder, it is still the repository's own.
    expect(rate(readme('./api_client.sh read habits'), { rootEntries: [], paths: ['scripts/api_client.sh'] }).signals!.usage).toBe(true);
    expect(rate(readme('scripts/api_client.sh read habits'), { rootEntries: [], paths: ['scripts/api_client.sh'] }).signals!.usage).toBe(true);
  });

  it('a drawing under a deployment heading (a branch flow, a folder tree) is not a step to run', () => {
    const readme = (code: string) => `# habits\n\n${ABOUT}\n\n## Deployment\n\n\`\`\`\n${code}\n\`\`\`\n`;
    expect(rate(readme('1. feature/x ─▶ main      # review and merge\n2. main ─▶ production    # deploy')).signals!.install).toBe(false);
    expect(rate(readme('habits/\n├── src/\n└── migrations/')).signals!.install).toBe(false);
    expect(rate(readme('fly deploy')).signals!.install).toBe(true);
  });

  it('an address in a table of settings is a setting, not a request', () => {
    const readme = (row: string) => `# habits\n\n${ABOUT}\n\n\`\`\`sh\nnpm ci && npm start\n\`\`\`\n\n## Environment\n\n| Name | Required | Default |\n|---|---|---|\n${row}\n`;
    expect(rate(readme('| REACT_APP_API_BASE_URL | no | http://localhost:3001/api/v1 |')).signals!.usage).toBe(false);
    expect(rate(readme('| Habits of a member | GET | http://localhost:3001/api/v1/members/1/habits |')).signals!.usage).toBe(true);
  });

  it('the build and deploy steps of a CI/CD pipeline are what the pipeline does, not steps a reader runs', () => {
    const ci = rate(`# habits\n\n${ABOUT}\n\n## Deployment (CI/CD)\n\n### Build steps\n\n* The pipeline builds the image, tagged \`commit SHA\` and \`latest\`\n* It pushes it to the registry\n`);
    expect(ci.signals!.install).toBe(false);
    expect(rate(`# habits\n\n${ABOUT}\n\n## Deployment\n\n### Build steps\n\n* Build the image with \`docker build -t habits .\`\n`).signals!.install).toBe(true);
  });

  it('a tool at the root run with its options spelled out is usage; a script that starts the project is not', () => {
    const readme = (line: string) => `# album-scraper\n\nDownloads the photos, captions and map of a public photo album, and renders them as one static HTML page to keep.\n\n## Installation\n\n\`pipenv install\`\n\n## Running\n\nTypical usage: \`${line}\`\n`;
    const root = { rootEntries: ['scraper.py', 'app.py', 'Pipfile'].map((name) => ({ name, type: 'blob' as const })) };
    expect(rate(readme('pipenv run ./scraper.py --fetch <URL> --download --output-directory <PATH>'), root).signals!.usage).toBe(true);
    expect(rate(readme('python scraper.py --fetch <URL> --render'), root).signals!.usage).toBe(true);
    expect(rate(readme('python app.py --host 0.0.0.0 --port 8000'), root).signals!.usage).toBe(false);
    expect(rate(readme('./scraper.py --fetch <URL> --render'), { rootEntries: [] }).signals!.usage).toBe(false);
    expect(rate(readme('./scraper.py --verbose'), root).signals!.usage).toBe(false);
  });

  it('a hosted Discord bot is installed by inviting it to a server through its OAuth link', () => {
    const readme = (link: string) => `# habits-bot\n\nA Discord bot that keeps each member's habit streaks and posts a weekly summary in the channel you choose.\n\n## Configuration\n\n1. Invite the bot: [Add to my server](${link}).\n2. Run \`/setup\` once and pick the channel.\n`;
    expect(rate(readme('https://discord.com/api/oauth2/authorize?client_id=1149421904428544081&permissions=8&scope=bot')).signals!.install).toBe(true);
    expect(rate(readme('https://discord.gg/habits')).signals!.install).toBe(false);
  });

  // (Once basic: reviewers of unseen repositories, two of them agreeing each time, rate a filled-in template good with its framing sentences left.)
  it("a popular README template's words to its writer, left over the steps written under them, are a note, not a gap; its placeholders are a gap", () => {
    const readme = (setup: string) =>
      `# habits\n\n${ABOUT}\n\n## Getting Started\n\n${setup}\n\n\`\`\`sh\ncargo run\n\`\`\`\n\n${USAGE}\n`;
    expect(rate(readme('Install Rust, then start the server:')).level).toBe('good');
    for (const words of [
      'This is an example of how you may give instructions on setting up your project locally. To get a local copy up and running follow these simple example steps.',
      'These instructions will get you a copy of the project up and running on your local machine for development and testing purposes.',
    ]) {
      const left = rate(readme(words));
      expect(left.level).toBe('good');
      expect(left.reasons).toContainEqual(expect.stringMatching(/^a README template’s words to its writer are still in it/));
    }
    // A placeholder where the steps go keeps it below good.
    const unfilled = rate(readme('Say what the step will be\n\n```\nGive the example\n```\n\nAnd repeat\n\n```\nuntil finished\n```'));
    expect(unfilled.level).toBe('basic');
    expect(unfilled.reasons).toContainEqual(expect.stringMatching(/^parts of it are still a README template’s placeholders/));
  });

  it('a README template left unfilled where the steps and the usage go, around a line of its own, is a stub', () => {
    const readme = [
      '# RestApi-Basic Node.js',
      '',
      '_Conceptos básicos de una API REST en Node.js_',
      '',
      '## Comenzando',
      '',
      '_Estas instrucciones te permitirán obtener una copia del proyecto en funcionamiento en tu máquina local para propósitos de desarrollo y pruebas._',
      '',
      '### Instalación',
      '',
      '_Dí cómo será ese paso_',
      '',
      '```\nDa un ejemplo\n```',
      '',
      '_Y repite_',
      '',
      '```\nhasta finalizar\n```',
      '',
      '## Construido con',
      '',
      '* [Express](https://expressjs.com/) - el servidor web',
      '* [Morgan](https://www.npmjs.com/package/morgan) - registra cada petición',
    ].join('\n');
    const status = rate(readme, { fullName: 'octo/restapi-basic' });
    expect(status.signals).toMatchObject({ install: false, usage: false });
    expect(status.level).toBe('stub');
    expect(status.reasons).toContainEqual(expect.stringMatching(/^parts of it are still a README template’s placeholders/));
  });

  it('a workspace’s front end is found in its own package.json, and opening the app on it is usage', () => {
    const readme = `# Planning poker\n\n${ABOUT}\n\n## Start\n\n\`\`\`sh\npnpm i\npnpm run start\n\`\`\`\n\nThen open \`localhost:5173\` to see the top page.\n`;
    const root = '{ "name": "poker", "dependencies": { "turbo": "2.0.0" } }';
    const withApp = rate(readme, { manifests: { 'package.json': root, 'app/package.json': '{ "dependencies": { "react": "19.0.0" } }' } });
    expect(withApp.signals!.usage).toBe(true);
    expect(withApp.level).toBe('good');
    // A server with no pages anywhere: its bare address is only where it listens.
    expect(rate(readme, { manifests: { 'package.json': root, 'server/package.json': '{ "dependencies": { "express": "4.0.0" } }' } }).signals!.usage).toBe(false);
    // "to view the application" names what is seen there, as "the top page" does.
    expect(rate(readme.replace('to see the top page', 'to view the application'), { manifests: { 'client/package.json': '{ "dependencies": { "vue": "3.0.0" } }' } }).signals!.usage).toBe(true);
  });

  it('an app with pages, running where anyone can open it, is used by opening it', () => {
    const readme = (link: string) => `# Flashcards\n\nApp: ${link}\n\nA flashcard web app: make decks, study them and keep a streak.\n\n## Features\n\n- Decks and cards\n- Spaced review\n- Sign-in\n\n## Setup\n\n\`\`\`sh\nnpm install\nnpm run dev\n\`\`\`\n`;
    const manifests = { 'ui/package.json': '{ "dependencies": { "react": "18.2.0" } }' };
    expect(rate(readme('https://flashcards-demo.netlify.app/'), { manifests }).signals!.usage).toBe(true);
    expect(rate(readme('http://203.0.113.7:5173/'), { manifests }).signals!.usage).toBe(true);
    // Not an API with no pages, nor a link to the code.
    expect(rate(readme('https://flashcards-demo.netlify.app/'), { manifests: { 'package.json': '{ "dependencies": { "express": "4.0.0" } }' } }).signals!.usage).toBe(false);
    expect(rate(readme('https://github.com/octo/flashcards'), { manifests }).signals!.usage).toBe(false);
  });

  it('a paragraph that is only a link to the documentation site points to how to use it', () => {
    const readme = (line: string) => `# Brewery API\n\n${ABOUT}\n\n${line}\n\n## Getting started\n\n1. Run \`bundle install\`\n2. Run \`bundle exec rails s\`\n`;
    expect(rate(readme('[Documentation](https://www.brewery.example/)')).signals!.usage).toBe(true);
    expect(rate(readme('[Dokumentation](https://docs.brewery.example/)')).signals!.usage).toBe(true);
    // A sentence that mentions documentation, or a link to a file in the repository, is not that.
    expect(rate(readme('Documentation is kept by the [team](https://www.brewery.example/team) on its site.')).signals!.usage).toBe(false);
    expect(rate(readme('[Documentation](https://github.com/octo/brewery/blob/main/NOTES.md)')).signals!.usage).toBe(false);
  });

  it('a library published under another artifact name is installed by its coordinates', () => {
    const lib = (line: string) =>
      rate(`# spring-boot-starter-ledger\n\nA Spring Boot starter for the Ledger exchange API: quotes and orders, sync and async.\n\n## Download\n\n\`\`\`kotlin\ndependencies {\n    ${line}\n}\n\`\`\`\n`, { fullName: 'octo/spring-boot-starter-ledger' }).signals!.install;
    expect(lib('implementation("io.github.octo:ledger-service-spring-boot-starter:1.0.0")')).toBe(true);
    // Coordinates that share only the common words of a starter's name are another library.
    expect(lib('implementation("org.springframework.boot:spring-boot-starter-web:3.2.0")')).toBe(false);
  });

  it('usage headings in the words more READMEs use: "Using the package", 사용하기', () => {
    const readme = (heading: string) => `# ledger-kit\n\n${ABOUT}\n\n## Install\n\n\`\`\`sh\ncomposer require octo/ledger-kit\n\`\`\`\n\n## ${heading}\n\n\`\`\`php\n$ledger->book($entry);\n\`\`\`\n`;
    expect(rate(readme('Using the package')).signals!.usage).toBe(true);
    expect(rate(readme('사용하기')).signals!.usage).toBe(true);
    expect(rate(readme('Changelog')).signals!.usage).toBe(false);
  });

  it('a quick start that shows code calling the library is usage; one of commands only is not', () => {
    const readme = (code: string, lang: string) => `# ledger-client\n\nA .NET client for the Ledger exchange API, public and private calls.\n\n## Install\n\n* PM> Install-Package Ledger.Client\n\n## Quick Start\n\n\`\`\`${lang}\n${code}\n\`\`\`\n`;
    expect(rate(readme('var ticker = await PublicApi.GetTicker(ProductCode.BtcJpy);', 'csharp')).signals!.usage).toBe(true);
    expect(rate(readme('dotnet build\ndotnet run', 'sh')).signals!.usage).toBe(false);
  });

  it('downloading a built release is how a command line is installed', () => {
    const readme = (line: string) => `# ledger-cli\n\nA command line for the Ledger exchange API: quotes, orders and balances from a terminal.\n\n## Install\n\n${line}\n`;
    expect(rate(readme('Download the latest version from [Releases](https://github.com/octo/ledger-cli/releases).')).signals!.install).toBe(true);
    expect(rate(readme('Descarga la última versión desde [Releases](../../releases/latest).')).signals!.install).toBe(true);
    // Release notes are not a download.
    expect(rate(readme('What changed is in the [release notes](https://github.com/octo/ledger-cli/blob/main/CHANGES.md).')).signals!.install).toBe(false);
  });

  it('what to have installed first, and where to open it, do not say what the project is', () => {
    const readme = `Prima di avviare il progetto, assicurati di avere installato i seguenti strumenti:\n\nPython 3.9+ pip Visual Studio Code Git\n\n# Avvio del server\n\n\`\`\`sh\npip install -r requirements.txt\npython app.py\n\`\`\`\n\n# Pannello\n\naccedi al link http://127.0.0.1:5000/admin/\n`;
    expect(rate(readme).signals!.description).toBe(false);
    expect(rate(`Make sure you have the following installed:\n\nDocker Compose and the Java 21 runtime\n\n## Run\n\n\`\`\`sh\ndocker compose up\n\`\`\`\n`).signals!.description).toBe(false);
    // A description after the list still describes.
    expect(rate(`${readme}\n# Cos’è\n\nUn gestionale per palestre: iscritti, abbonamenti e ingressi, con un pannello per lo staff.\n`).signals!.description).toBe(true);
  });

  it('a list that only labels the stack ("언어 Java 21", "DB H2") is not a description', () => {
    const readme = (items: string) => `## 1. 프로젝트 개요 및 환경\n${items}\n\n## 2. 빌드 및 실행 방법\n\n\`\`\`sh\n./gradlew build\n./gradlew bootRun\n\`\`\`\n`;
    const stack = rate(readme('- 언어 Java 21\n- 프레임워크 Spring Boot 3.4\n- 빌드 도구 Gradle\n- DB H2 Database'));
    expect(stack.signals!.description).toBe(false);
    expect(stack.reasons.join('\n')).toMatch(/only names how it is built/);
    expect(rate(readme('- Language: Java 21\n- Framework: Spring Boot 3.4\n- Database: PostgreSQL 16')).signals!.description).toBe(false);
    // Items that say what it does are a description.
    expect(rate(readme('- 공휴일 정보를 국가별로 조회하고 저장하는 API\n- 매년 1월 자동 동기화')).signals!.description).toBe(true);
  });

  it('screenshots of the API docs under an endpoints heading show the endpoints', () => {
    const readme = (heading: string, body: string) => `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\ncargo run\n\`\`\`\n\n## ${heading}\n\n${body}\n`;
    const shots = '![Swagger documentation](https://img.example/a.jpg)\n![Swagger documentation](https://img.example/b.jpg)';
    expect(rate(readme('Endpoints API', shots)).signals!.usage).toBe(true);
    expect(rate(readme('API Endpoints', shots)).level).toBe('good');
    expect(rate(readme('API', '<img src="docs/swagger-ui.png" alt="endpoints">')).signals!.usage).toBe(true);
    // A picture of the architecture, or of the app, is not the API's calls.
    expect(rate(readme('API', '![Architecture diagram](https://img.example/arch.png)')).signals!.usage).toBe(false);
    expect(rate(readme('Endpoints', '![screenshot](https://img.example/home.png)')).signals!.usage).toBe(false);
  });

  it('a Compose file given to run it, with published images, is how to run it', () => {
    const compose = '```yaml\nservices:\n  api:\n    image: octo/habits-api:latest\n    ports:\n      - "8080:8080"\n  db:\n    image: postgres:16\n```';
    const readme = (intro: string) => `# habits\n\n${ABOUT}\n\n## Docker Compose\n\n${intro}\n\n${compose}\n\n${USAGE}\n`;
    expect(rate(readme('This compose file runs the API and its database on Docker.')).signals!.install).toBe(true);
    expect(rate(readme('Este docker-compose.yml levanta la API y su base de datos.')).level).toBe('good');
    // A file that only builds from sources, or a settings file shown for reference, is not a way to run it.
    expect(rate(readme('The services of the stack, for reference.')).signals!.install).toBe(false);
    expect(rate(`# habits\n\n${ABOUT}\n\n## Settings\n\nThe application reads:\n\n\`\`\`yaml\nserver:\n  port: 8080\n\`\`\`\n`).signals!.install).toBe(false);
  });

  it('going to a page of the app by its path ("Navigate to `/admin/register`") is using it', () => {
    const readme = (step: string) => `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\ncomposer install\nphp artisan serve\n\`\`\`\n\n## Sign up\n\n1. ${step}\n`;
    expect(rate(readme('Navigate to `/admin/register` and submit the form.')).signals!.usage).toBe(true);
    expect(rate(readme('Acesse /cadastro e preencha o formulário.')).level).toBe('good');
    expect(rate(readme('Log in at `/login` with the admin e-mail and password.')).signals!.usage).toBe(true);
    // A folder of the repository is not a page.
    expect(rate(readme('Go to the `/src` folder and open `main.php`.')).signals!.usage).toBe(false);
    expect(rate(readme('Open `/config/app.php` and set the name.')).signals!.usage).toBe(false);
    expect(rate(readme('Open /etc/hosts and add the name of the site.')).signals!.usage).toBe(false);
  });

  it('a table of the tasks that set up, lint and test it is not how to use it', () => {
    const readme = (rows: string) => `# habits\n\n${ABOUT}\n\n## Setup\n\n\`\`\`sh\nmake setup\n\`\`\`\n\n## Comandos locais\n\n| Comando | Finalidade |\n| --- | --- |\n${rows}\n`;
    const dev = readme('| `make setup` | Preparar o ambiente |\n| `make format` | Formatar os arquivos |\n| `make lint` | Executar Ruff e ESLint |\n| `make test` | Executar os testes |\n| `make terraform-check` | Verificar o Terraform |');
    const withMakefile = { rootEntries: [{ name: 'Makefile', type: 'blob' as const }] };
    expect(rate(dev, withMakefile).signals!.usage).toBe(false);
    expect(rate(dev, withMakefile).level).toBe('basic');
    // Nor are the targets that start and stop its containers, and run its checks.
    const containers = `# jwt-kit\n\nA JWT library for PHP that refuses unsafe algorithms and binds each key to one algorithm.\n\n## Quickstart\n\n\`\`\`sh\nmake build\nmake up\nmake install\nmake test\nmake qa\n\`\`\`\n`;
    expect(rate(containers, withMakefile).signals!.usage).toBe(false);
    // Targets that run parts of it are its command reference.
    expect(rate(readme('| `make api` | Sobe a API |\n| `make worker` | Sobe o worker |\n| `make seed-demo` | Carrega dados |\n| `make lint` | Lint |'), withMakefile).signals!.usage).toBe(true);
  });

  it('a runner started in a section about CI is the pipeline’s, not how to run the project', () => {
    const readme = (heading: string) => `# habits\n\n${ABOUT}\n\n## ${heading}\n\nPull requests build and test it.\n\n### How to\n\n1. Go to \`actions-runner\` and run \`./run.sh\` so the job is picked up.\n`;
    expect(rate(readme('CI/CD Workflow')).signals!.install).toBe(false);
    expect(rate(readme('CI/CD Workflow')).signals!.usage).toBe(false);
    expect(rate(readme('Getting started')).signals!.install).toBe(true);
  });

  it('an address given as an option of a test run is configuration, not a request', () => {
    const readme = (line: string) => `# habits\n\n${ABOUT}\n\n## Build\n\n\`\`\`sh\n./backend build\n./backend run\n${line}\n\`\`\`\n`;
    expect(rate(readme('./backend test -Dintegration.url=http://localhost:9090/habits-api/api')).signals!.usage).toBe(false);
    expect(rate(readme('npm run e2e -- --base-url http://localhost:9090/api')).signals!.usage).toBe(false);
    // A request is still one, whatever options it takes.
    expect(rate(readme('curl --url http://localhost:9090/habits -H "Accept: application/json"')).signals!.usage).toBe(true);
  });

  it('opening the running app with something to do there ("… and create your first inbox") is using it', () => {
    const readme = (line: string) => `# hooktrap\n\nA self-hosted webhook inspector: every inbox gets its own address, and each request sent to it is kept with its headers and body, so a failing integration can be replayed and compared. It is written in TypeScript, keeps its data in PostgreSQL and pushes new requests to the open page over a WebSocket, so nothing needs a refresh.\n\n## Quick start\n\n\`\`\`sh\ndocker compose up\n\`\`\`\n\n${line}\n`;
    const web = { manifests: { 'apps/web/package.json': '{ "dependencies": { "react": "^19.0.0", "react-dom": "^19.0.0" } }' } };
    expect(rate(readme('Visit **http://localhost:7777** and create your first inbox.'), web).level).toBe('good');
    expect(rate(readme('Abre http://localhost:7777 y crea tu primera bandeja.'), web).signals!.usage).toBe(true);
    // Only the address, with nothing to do there, is where it listens.
    expect(rate(readme('It listens on **http://localhost:7777**.'), web).signals!.usage).toBe(false);
  });

  it('a playbook that applies an Ansible role is how to run it', () => {
    const readme = (block: string) => `# Ansible Role: Redis\n\nInstalls and configures Redis on Debian and Ubuntu servers, with persistence and a password.\n\n## Role Variables\n\n- \`redis_port\`: the port it listens on (6379)\n- \`redis_password\`: required\n\n## Example Playbook\n\n${block}\n`;
    expect(rate(readme('    - hosts: cache\n      become: yes\n      roles:\n        - octo.redis')).signals!.install).toBe(true);
    // Variables alone are not a play.
    expect(rate(readme('    redis_port: 6380\n    redis_password: secret')).signals!.install).toBe(false);
  });

  it('program code under a "Setup" heading configures a library in use; it does not install it', () => {
    const readme = (setup: string) => `# Ledger API client for .NET\n\nTyped C# methods for the Ledger exchange's REST API: quotes, orders and balances, with retries and cancellation built in, and the answers turned into records.\n\n## Setup\n\n${setup}\n\n## Usage\n\n\`\`\`csharp\nvar quote = await client.GetQuoteAsync("BTC-EUR");\n\`\`\`\n`;
    const configured = rate(readme('```csharp\nLedgerClient.SetApiKey("your key");\nvar client = new LedgerClient();\n```'));
    expect(configured.signals!.install).toBe(false);
    expect(configured.level).toBe('basic');
    expect(rate(readme('```sh\ndotnet add package Ledger.Client\n```')).signals!.install).toBe(true);
  });

  it('a generated README whose overview and features still say REPLACE-ME is not good', () => {
    const readme = (overview: string) => `# HABITS\n\n## Overview\n\n${overview}\n\n## Features\n\n<code>❯ REPLACE-ME</code>\n\n## Getting Started\n\n\`\`\`sh\ndocker build -t habits .\ndocker run -p 8080:8080 habits\n\`\`\`\n\n## Usage\n\n\`\`\`sh\ncurl http://localhost:8080/habits\n\`\`\`\n\n${ABOUT}\n`;
    const s = rate(readme('<code>❯ REPLACE-ME</code>'));
    expect(s.level).toBe('basic');
    expect(s.reasons.join('\n')).toMatch(/placeholders/);
  });

  it("a library's functions listed with what they do are its API reference", () => {
    const readme = (items: string) => `# streaks\n\nA tiny library that computes habit streaks and weekly summaries from a list of check-ins, with time zones handled and no dependencies.\n\n## Installation\n\n\`\`\`sh\nnpm i @octo/streaks\n\`\`\`\n\n## Functions\n\n${items}\n`;
    const api = '- `streakOf(checkIns, zone)` – the current streak, in days\n- `longestStreak(checkIns)` – the longest streak there has been\n- `weekly(checkIns, { from })` – counts per week, oldest first';
    expect(rate(readme(api)).signals!.usage).toBe(true);
    expect(rate(readme(api)).level).toBe('good');
    // Names alone, or files, are not a reference.
    expect(rate(readme('- `streakOf()`\n- `longestStreak()`\n- `weekly()`')).signals!.usage).toBe(false);
    expect(rate(readme('- `src/streaks.ts` – the streak code\n- `src/weekly.ts` – weekly counts\n- `test/` – the tests')).signals!.usage).toBe(false);
  });

  it('two start commands, each under its own heading, are steps to follow: basic, not a stub', () => {
    const readme = '### Dev\n\nFor the development environment\n\n```\ndocker compose -f compose.dev.yml --env-file .env.dev up --build\n```\n\n### Prod\n\nFor the production environment\n\n```\ndocker compose -f compose.prod.yml --env-file .env.prod up --build\n```\n';
    expect(rate(readme).level).toBe('basic');
    // One command under a title is still a stub.
    expect(rate('# habits\n\n```\ndocker compose up\n```\n').level).toBe('stub');
  });

  it('a link to the live API reference at its Scalar address, up top, is how to use it', () => {
    const readme = (line: string) => `# Habits API\n\n${ABOUT}\n\n${line}\n\n## Getting Started\n\n\`\`\`bash\ndotnet run --project src/Habits.Api\n\`\`\`\n`;
    expect(rate(readme('**Live API Docs**: https://habits-api.example.net/scalar/v1')).signals!.usage).toBe(true);
    // The app's own address is not its API reference.
    expect(rate(readme('**Dashboard**: https://habits-dashboard.example.net/v1')).signals!.usage).toBe(false);
  });

  it('an app with pages, shown screen by screen, is shown in use', () => {
    const readme = (shots: string) => `# Habit board\n\n${ABOUT}\n\n## Screens\n\n${shots}\n\n## Run\n\n\`\`\`sh\nnpm install\nnpm run dev\n\`\`\`\n`;
    const web = { manifests: { 'package.json': '{ "dependencies": { "react": "^19.0.0", "vite": "^6.0.0" } }' } };
    const three = '![Board](shots/board.png)\n![Streaks](shots/streaks.png)\n![Settings](shots/settings.png)';
    expect(rate(readme(three), web).signals!.usage).toBe(true);
    // One picture, or a server with no pages, is not the app in use.
    expect(rate(readme('![Board](shots/board.png)'), web).signals!.usage).toBe(false);
    expect(rate(readme(three), { manifests: { 'package.json': '{ "dependencies": { "express": "^5.0.0" } }' } }).signals!.usage).toBe(false);
  });

  it('a heading that names the API docs and their path on the service ("#### Swagger : `/api-doc/`") is how to use it', () => {
    const readme = (heading: string) => `# habits\n\n${ABOUT}\n\nRun \`docker compose up\` in the folder of the compose file to start it.\n\n#### Port: \`4000\`\n\n${heading}\n`;
    expect(rate(readme('#### Swagger : `/api-doc/`')).signals!.usage).toBe(true);
    expect(rate(readme('#### Swagger : `/api-doc/`')).level).toBe('good');
    // A heading that only names a tool, with no path, is not.
    expect(rate(readme('#### Swagger')).signals!.usage).toBe(false);
  });

  it("the Gitee README template's placeholders (软件架构说明, xxxx) left in a README keep it below good", () => {
    const readme = (arch: string) => `# habits-server\n\n#### 介绍\n习惯打卡服务：记录每日习惯、连续天数和每周汇总，支持邮件提醒。\n\n#### 软件架构\n${arch}\n\n#### 安装教程\n\n1. git clone https://example.com/octo/habits-server.git\n2. npm install\n\n#### 使用说明\n\n1. npm start 启动\n2. 访问 http://127.0.0.1:3000/habits 查看习惯列表\n`;
    const s = rate(readme('软件架构说明'));
    expect(s.level).toBe('basic');
    expect(s.reasons.join('\n')).toMatch(/placeholders/);
    expect(rate(readme('Express + MongoDB，按用户分库。')).signals!.usage).toBe(true);
  });

  it('install steps under a "how to use" heading, with the settings they write, are not how to use it', () => {
    const readme = (extra: string) => `# Habits\n\n${ABOUT}\n\n### Como usar\n\n1. **Clonar o repositório**:\n   \`\`\`bash\n   git clone https://example.com/octo/habits.git\n   \`\`\`\n2. **Instalar as dependências**\n   \`\`\`bash\n   npm i\n   \`\`\`\n3. **Configurar o .env**:\n   - Encontre o arquivo .env.example e, a partir dele, crie um arquivo .env.\n   \`\`\`env\n   DATABASE_URL=postgres://user:password@localhost:5432/habits\n   JWT_SECRET=your_secret\n   \`\`\`\n   - Substitua os dados pelos do seu banco de dados.\n4. **Executar**:\n   \`\`\`bash\n   npm run dev\n   \`\`\`\n${extra}`;
    expect(rate(readme('')).signals!.install).toBe(true);
    expect(rate(readme('')).signals!.usage).toBe(false);
    expect(rate(readme('')).level).toBe('basic');
    // A step on a page of the app is still using it.
    expect(rate(readme('5. Open the settings page and add the habits you want to track.\n')).signals!.usage).toBe(true);
    // A request in the same section is still usage.
    expect(rate(readme('5. **Listar os hábitos**:\n   ```bash\n   curl http://localhost:3333/habits\n   ```\n')).signals!.usage).toBe(true);
  });

  it('a title that is itself a step ("How to start the project as a developer?") is not the project’s name: the settings under it do not describe it', () => {
    const readme = (title: string) => `# ${title}\n\nIf you look at \`application.properties\` you can see the variables the application reads from the environment. Those without a default have to be set by the developer before the first start:\n\n- \`DATASOURCE_URL\` - the database connection string\n- \`JWT_KEY\` - the key the tokens are signed with\n\n\`\`\`sh\n./mvnw spring-boot:run\n\`\`\`\n\n# Documentation\n\nGo to http://localhost:8080/swagger-ui.html\n`;
    expect(rate(readme('How to start the project as a developer?')).signals!.description).toBe(false);
    expect(rate(readme('How to start the project as a developer?')).level).toBe('basic');
    // A short title is the project's name: what stands under it describes it.
    expect(rate('# Run Tracker\n\nLogs your runs, keeps your personal bests and shows how far you went each week.\n').signals!.description).toBe(true);
  });

  it('choosing the Node version with nvm, then installing and starting it, under "Usage", is not how to use it', () => {
    const readme = (extra: string) => `# Habits server\n\n${ABOUT}\n\n## Usage\n\nSet the Node.js version from \`.nvmrc\`\n\n\`\`\`\nnvm use\n\`\`\`\n\nInstall the dependencies\n\n\`\`\`\nnpm install\n\`\`\`\n\nRun it in development mode\n\n\`\`\`\nnpm run dev\n\`\`\`\n${extra}`;
    expect(rate(readme('')).signals!.usage).toBe(false);
    expect(rate(readme('')).level).toBe('basic');
    expect(rate(readme('\nThen list the habits:\n\n```\ncurl http://localhost:3000/habits\n```\n')).signals!.usage).toBe(true);
  });

  it('a Laravel skeleton left as it came, with its package badges, is not about this project, though its composer.json still says laravel/laravel', () => {
    const readme = '<p align="center"><img src="https://laravel.example/img/logo-laravel.svg"></p>\n\n<p align="center"><a href="https://packagist.org/packages/laravel/framework"><img src="https://poser.pugx.org/laravel/framework/d/total.svg" alt="Total Downloads"></a> <a href="https://packagist.org/packages/laravel/framework"><img src="https://poser.pugx.org/laravel/framework/v/stable.svg" alt="Latest Stable Version"></a> <a href="https://packagist.org/packages/laravel/framework"><img src="https://poser.pugx.org/laravel/framework/license.svg" alt="License"></a></p>\n\n## About Laravel\n\nLaravel is a web application framework with expressive, elegant syntax.\n\n## Learning Laravel\n\nLaravel has the most extensive and thorough [documentation](https://laravel.com/docs) and video tutorial library of any modern web application framework.\n\n## Contributing\n\nThe contribution guide can be found in the [Laravel documentation](https://laravel.com/docs/contributions).\n';
    const skeleton = rate(readme, { manifests: { 'composer.json': '{ "name": "laravel/laravel", "type": "project" }', 'package.json': '{ "devDependencies": { "vite": "^5.0.0", "vue": "^3.4.0" } }' } });
    expect(skeleton.signals!.usage).toBe(false);
    expect(skeleton.level).toBe('stub');
    // The framework's sentence about itself does not describe a project that kept the skeleton's package name.
    const blurb = '# shop\n\nLaravel is a web application framework with expressive, elegant syntax and tools for large applications.\n\n## Run\n\n```\ncomposer install\nphp artisan serve\n```\n';
    expect(rate(blurb, { manifests: { 'composer.json': '{ "name": "laravel/laravel" }' } }).signals!.description).toBe(false);
  });

  it('an endpoint written as its method on one line and its path on the next is an endpoint', () => {
    const readme = (block: string) => `# habits\n\n${ABOUT}\n\n## Instalación\n\n\`\`\`sh\nnpm install\nnpm run dev\n\`\`\`\n\n## Métodos\n\n1 . Obtener los hábitos\n\n\`\`\`\n${block}\n\`\`\`\n`;
    const two = 'GET:\n/api/habits/${id?}\n```\n\n2 . Agregar un hábito\n\n```\nPOST:\n/api/habits\n\nBody:\n{ "name": "read" }';
    expect(rate(readme(two)).signals!.usage).toBe(true);
    expect(rate(readme(two)).level).toBe('good');
    // A method word over something else is not one.
    expect(rate(readme('GET:\nthe habits of the day')).signals!.usage).toBe(false);
  });

  it('"open the API docs in the browser" over the address alone is how to use it, colon or not; docs that "should be generated" are not there', () => {
    const readme = (usage: string) => `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`bash\ndotnet watch run\n\`\`\`\n\n${usage}\n`;
    expect(rate(readme('Acesse a documentação da API no navegador\n\n```bash\nhttp://localhost:5288\n```')).signals!.usage).toBe(true);
    expect(rate(readme('## API Documentation\n\nDetailed API documentation should be generated using tools like Swagger or Postman.')).signals!.usage).toBe(false);
  });

  it('running the tests (`npm run jest`) installs and starts nothing', () => {
    const readme = (line: string) => `# habits\n\n${ABOUT}\n\n## Testing\n\n- Tests are integration tests: run them with ${line}\n\n## Endpoints\n\n- \`GET /habits\` lists them\n- \`POST /habits\` adds one\n`;
    expect(rate(readme('`npm run jest`')).signals!.install).toBe(false);
    expect(rate(readme('`yarn run lint`')).signals!.install).toBe(false);
    expect(rate(readme('`npm run dev`')).signals!.install).toBe(true);
    // Nor does naming the restarter's settings file.
    expect(rate(readme('the settings in `nodemon.json`')).signals!.install).toBe(false);
    expect(rate(readme('`nodemon src/index.js`')).signals!.install).toBe(true);
  });

  it('a table of scripts is read cell by cell: `npm run client` beside "the dev server" does not call the client', () => {
    const readme = (row: string) => `# habits\n\n${ABOUT}\n\n## Scripts\n\n| Script | Purpose |\n| --- | --- |\n| \`npm run dev\` | API and web client together |\n${row}\n`;
    expect(rate(readme('| `npm run client` | Vite dev server only |')).signals!.usage).toBe(false);
    // The client run with what to do, in its own cell, is still using it.
    expect(rate(readme('| `npm run client list --today` | Lists the habits of the day |')).signals!.usage).toBe(true);
  });

  it("the API's base address alone (`http://localhost:8080/api`) names no endpoint; a path under it does", () => {
    const readme = (urls: string) => `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\ndocker compose up\n\`\`\`\n\n| URL | Application |\n| --- | --- |\n${urls}\n`;
    expect(rate(readme('| http://localhost:8080/api | main app api |\n| http://localhost:5050 | pgAdmin |')).signals!.usage).toBe(false);
    expect(rate(readme('| http://localhost:8080/api/v1/ | the API |')).signals!.usage).toBe(false);
    expect(rate(readme('| http://localhost:8080/api/habits | the habits |')).signals!.usage).toBe(true);
    expect(rate(readme('| http://localhost:8080/graphql | the GraphQL playground |')).signals!.usage).toBe(true);
  });

  it('steps that each do something at a page of the app ("upload your file at `/import`") walk through using it', () => {
    const readme = (steps: string) => `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\nnpm install\nnpm run dev\n\`\`\`\n\n## First run\n\n${steps}\n`;
    expect(rate(readme('1. Sign in, then upload your old tracker export at `/import`\n2. Pick the habits to keep at `/habits`\n3. Set the reminder hour on `/settings`')).signals!.usage).toBe(true);
    // One place alone may be on disk; folders and negations are not pages.
    expect(rate(readme('1. Keep your exports at `/backups`\n2. Restart the service')).signals!.usage).toBe(false);
    expect(rate(readme('1. Put the seed file in the folder at `/seed`\n2. Copy the config file at `/config`')).signals!.usage).toBe(false);
  });

  it("checking that the site is up (`curl -I https://…`, a health check) is not using it", () => {
    const readme = (check: string) => `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\ndocker compose up -d\n\`\`\`\n\n### After deploying\n\n\`\`\`bash\n${check}\ndocker compose logs -f\n\`\`\`\n`;
    expect(rate(readme('curl -I https://habits.example.com')).signals!.usage).toBe(false);
    expect(rate(readme('curl -sI https://habits.example.com/')).signals!.usage).toBe(false);
    expect(rate(readme('curl http://localhost:8080/healthz')).signals!.usage).toBe(false);
    // A request that reads or writes data is using it, headers shown or not.
    expect(rate(readme('curl -i http://localhost:8080/habits')).signals!.usage).toBe(true);
    expect(rate(readme('curl -I https://habits.example.com/habits/42')).signals!.usage).toBe(true);
  });

  it("Nx's generated workspace README says nothing of the project, and its chores install nothing", () => {
    const nx = '# Init\n\n✨ **This workspace has been generated by [Nx, a Smart, fast and extensible build system.](https://nx.dev)** ✨\n\n## Understand this workspace\n\nRun `nx graph` to see a diagram of the dependencies of the projects.\n\n## Remote caching\n\nRun `npx nx connect-to-nx-cloud` to enable [remote caching](https://nx.app) and make CI faster.\n\n## Further help\n\nVisit the [Nx Documentation](https://nx.dev) to learn more.\n';
    const status = rate(nx);
    expect(status.level).toBe('stub');
    expect(status.signals).toMatchObject({ description: false, install: false });
    // The workspace's own app, served through it, is still how to run it.
    expect(rate(`# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\nnpx nx serve api\n\`\`\`\n`).signals!.install).toBe(true);
  });

  it("a framework's starter README left as it came (CodeIgniter 4) is a stub: making a new skeleton or updating the framework installs nothing of the project", () => {
    // Our own wording, in the shape of that starter: the framework's blurb, its create-project line, its settings step.
    const starter = (install: string) =>
      `# CodeIgniter 4 Application Starter\n\n## What is CodeIgniter?\n\nCodeIgniter is a PHP full-stack web framework that stays small and quick.\n\nThis repository holds a composer-installable app starter, built from the framework's main repository.\n\n## Installation & updates\n\n${install}\n\n## Setup\n\nCopy \`env\` to \`.env\` and set the base URL and the database.\n\n## Server Requirements\n\nPHP 8.1 or newer, with the intl and mbstring extensions.\n`;
    const status = rate(starter('`composer create-project codeigniter4/appstarter` then `composer update` whenever a new release of the framework is out.'));
    expect(status.defaultReadme).toBe('the CodeIgniter 4 starter');
    expect(status.level).toBe('stub');
    // Its commands that do run this code still count.
    expect(rate(starter('```sh\ncomposer install\nphp spark serve\n```')).signals!.install).toBe(true);
    // And outside a generator's text, updating the dependencies is a step like any other.
    expect(rate(`# habits\n\n${ABOUT}\n\n## Install\n\nRun \`composer update\` and then \`php -S localhost:8000 -t public\`.\n`).signals!.install).toBe(true);
  });

  it('a list of the controllers, each with its route, names the API’s resources', () => {
    const readme = (items: string) => `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\n./mvnw spring-boot:run\n\`\`\`\n\nHTTP entry points:\n\n${items}\n`;
    expect(rate(readme('- `HabitController` (`/habits`)\n- `StreakController` (`/habits/{id}/streaks`)\n- `MemberController` (`/members`)')).signals!.usage).toBe(true);
    // Fewer than three, or controllers without their routes, say too little.
    expect(rate(readme('- `HabitController` (`/habits`)\n- `MemberController` (`/members`)')).signals!.usage).toBe(false);
    expect(rate(readme('- `HabitController`\n- `StreakController`\n- `MemberController`')).signals!.usage).toBe(false);
  });

  it('addresses, bare or after a label, and a lone short list item do not say what the project is', () => {
    const run = '## Run\n\n```sh\ndocker compose build\ndocker compose up -d\n```';
    const readme = (top: string) => `# HB-MQ-Habits\n\n${top}\n\n${run}\n`;
    expect(rate(readme('## Pattern\n\n1. Factory pattern\n\n## Browser\n\nhttp://localhost:5673/ http://localhost:15673/#/\n\n- Broker: http://localhost:15673\n- Export: http://localhost:801/habits/export')).signals!.description).toBe(false);
    expect(rate(readme('## Design pattern\n\n1. Factory Design pattern')).signals!.description).toBe(false);
    // A sentence that says what it is, an address in it or not, still does.
    expect(rate(readme('Exports members\' habit logs to CSV through a RabbitMQ queue; the export page is at http://localhost:801/habits/export.')).signals!.description).toBe(true);
    // And so does a list of two features or more.
    expect(rate(readme('## Features\n\n- Streaks per habit\n- Weekly summary by e-mail')).signals!.description).toBe(true);
  });

  it('docs said to be about something else ("Docs on test frameworks") are not how to use the project', () => {
    const readme = (heading: string, items: string) => `# habits\n\n${ABOUT}\n\n## Running\n\n\`\`\`sh\nbin/rackup\n\`\`\`\n\n### ${heading}\n\n${items}\n`;
    expect(rate(readme('Docs on test frameworks', '* [RSpec matchers](https://rspec.example.org/matchers)\n* [Mailer in tests](https://mail.example.org/testing)')).signals!.usage).toBe(false);
    // The same heading over calls of this API is still usage, and the API's own docs are too.
    expect(rate(readme('Docs on test frameworks', '```http\nGET /habits HTTP/1.1\n```')).signals!.usage).toBe(true);
    expect(rate(readme('Docs for the API', '* [Swagger UI](https://habits.example.org/swagger)')).signals!.usage).toBe(true);
  });

  it('endpoints that watch the service (Actuator, Prometheus) are how to monitor it, not how to use it', () => {
    const readme = (heading: string) => `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\ndocker compose up -d\n\`\`\`\n\n### ${heading}\n\nOpen these to read the metrics:\n\n- Gateway: \`http://localhost:8080/actuator/prometheus\`\n- Habits: \`http://localhost:8081/actuator/prometheus\`\n`;
    expect(rate(readme('Endpoints Actuator Prometheus')).signals!.usage).toBe(false);
    expect(rate(readme('Metrics endpoints')).signals!.usage).toBe(false);
  });

  it('a bulleted list is install steps when the sentence over it says to follow these steps', () => {
    const readme = (intro: string) =>
      `# habits\n\n${ABOUT}\n\n<h2>Getting Started</h2>\n\n${intro}\n\n- Make sure Java 17 is installed on your machine.\n- Open the project in IntelliJ IDEA or another IDE of your choice.\n- Each service keeps its own settings in its folder, to be filled in first.\n\n${USAGE}\n`;
    expect(rate(readme('To get started, follow these steps to run the application on your machine:')).signals!.install).toBe(true);
    // Bullets under a heading alone may be anything: notes, requirements.
    expect(rate(readme('Some notes:')).signals!.install).toBe(false);
  });

  it('a sentence that names the docs (in words or by a badge) with their path on the service points to the API docs; the docs folder does not', () => {
    const readme = (line: string) => `# habits\n\n${ABOUT}\n\n## Rodando\n\n- Instale as dependências com \`npm install\`\n- Rode o projeto com \`npm run start:dev\`\n- ${line}\n`;
    expect(rate(readme('Confira a documentação no endpoint `/docs`')).signals!.usage).toBe(true);
    expect(rate(readme('Disponibilizada por meio do [![Swagger](https://img.shields.io/badge/Swagger-85EA2D)](https://swagger.io/) no endpoint `/api-docs`')).signals!.usage).toBe(true);
    expect(rate(readme('A documentação do projeto fica na pasta `/docs`')).signals!.usage).toBe(false);
  });

  it('make targets that run or start its parts (`make run_books`) start it; they are not a command reference', () => {
    const readme = `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`\nmake build_db\nmake build_api\nmake run_db\nmake run_api\nmake run_worker\n\`\`\`\n`;
    expect(rate(readme, { rootEntries: [{ name: 'Makefile', type: 'blob' }] }).signals!.usage).toBe(false);
  });

  it('a library declared as a dependency under "Usage" is installed, not used', () => {
    const readme = (usage: string) => `# habit-kit\n\nA small Java library that computes streaks and weekly summaries from a list of habit logs, with time zones handled.\n\n## Usage\n\n${usage}\n`;
    const pom = '```xml\n<dependencies>\n  <dependency>\n    <groupId>org.example</groupId>\n    <artifactId>habit-kit</artifactId>\n    <version>0.2.0</version>\n  </dependency>\n</dependencies>\n```';
    const status = rate(readme(pom), { fullName: 'octo/habit-kit' });
    expect(status.signals).toMatchObject({ install: true, usage: false });
    // The same with a call of the library is using it.
    expect(rate(readme(`${pom}\n\n\`\`\`java\nStreak s = HabitKit.streakOf(logs);\n\`\`\``), { fullName: 'octo/habit-kit' }).signals!.usage).toBe(true);
  });

  it('"Quickly start" with code calling the library is a quick start', () => {
    const readme = `# habit-kit\n\nA small C++ library that computes streaks and weekly summaries from a list of habit logs.\n\n## Build\n\n\`\`\`sh\ncmake -B build && cmake --build build\n\`\`\`\n\n## Quickly start\n\n\`\`\`cpp\nauto streak = habit_kit::streak_of(logs);\n\`\`\`\n`;
    expect(rate(readme, { fullName: 'octo/habit-kit' }).signals!.usage).toBe(true);
  });

  it('a command line installed as a tool (`brew install habits-tool`) is called by that name: two of its commands inline are how to use it', () => {
    const readme = (steps: string, tool = 'habits-tool') => `# habits\n\n${ABOUT}\n\n## Installation\n\n1. **Homebrew** – \`brew install ${tool}\`\n\n## Quick Start\n\n${steps}\n`;
    const repo = { fullName: 'octo/habits-migration-tool' };
    expect(rate(readme('1. Run `habits-tool status` or `habits-tool up` to see and apply the changes.'), repo).signals!.usage).toBe(true);
    expect(rate(readme('| Command | Purpose |\n| --- | --- |\n| `habits-tool status` | Shows the state |\n| `habits-tool down` | Rolls back |'), repo).signals!.usage).toBe(true);
    // One call alone may only start it.
    expect(rate(readme('1. Run `habits-tool` once.'), repo).signals!.usage).toBe(false);
    // Another tool installed on the way (not named with the repository's words) is not the project's command line.
    expect(rate(readme('1. Run `poetry install` then `poetry shell`.', 'poetry'), repo).signals!.usage).toBe(false);
  });

  it('a "Download latest binaries" section with its release files is how to install it ("latest" is not a test)', () => {
    const readme = `# smtp-kit\n\nA small SMTP client library in C++ with authentication and TLS, for Linux, Windows and macOS.\n\n## Download latest binaries\n\n[Download v1.2.0 (x64)](https://github.com/octo/smtp-kit/releases/download/v1.2.0/smtp-kit-x64.zip)\n`;
    expect(rate(readme).signals!.install).toBe(true);
  });

  it('chore scripts run from scripts/ (`node scripts/import-csv.js <table>`) and a "Next steps" plan do not install or start it', () => {
    const readme = (more: string) => `# habits\n\n${ABOUT}\n\n## Data\n\n- Import the members: \`node scripts/import-members.js <csv>\`\n- Move old ids to UUIDs: \`node scripts/migrate-ids.js <table>\`\n\n${more}\n`;
    expect(rate(readme('## Next steps\n\n1. Refine the tables in the design notes and mark which keep only history.\n2. Move the reminders from the old service to this one.')).signals!.install).toBe(false);
    // A start script kept there still starts it, and steps under a setup heading are still steps.
    expect(rate(readme('## Run\n\n`node scripts/start-server.js`')).signals!.install).toBe(true);
    expect(rate(readme('## Setup steps\n\n1. Create the database named habits in PostgreSQL.\n2. Open the solution and start the Api project.')).signals!.install).toBe(true);
  });

  it('install steps written as short paragraphs of their own ("Clonar el repositorio", "Restaurar paquetes NuGet") are steps', () => {
    const readme = (steps: string) => `# habits\n\n${ABOUT}\n\n${USAGE}\n\n## Ejecución del proyecto\n\n${steps}\n`;
    expect(rate(readme('Clonar el repositorio\n\nAbrir la solución en Visual Studio\n\nRestaurar paquetes NuGet\n\nEjecutar el proyecto')).signals!.install).toBe(true);
    // Two, or paragraphs that are prose, are not.
    expect(rate(readme('Clonar el repositorio\n\nEjecutar el proyecto')).signals!.install).toBe(false);
    expect(rate(readme('El proyecto se ejecuta en un servidor local.\n\nLa base de datos es MySQL.\n\nLos datos de prueba están en la carpeta sql.')).signals!.install).toBe(false);
  });

  it("another project's README copied in whole is a stub, however thorough: its words and commands are that project's", () => {
    const copied = [
      '# Lintkit',
      '',
      '[![Tests](https://github.com/someone/lintkit/actions/workflows/test.yml/badge.svg)](https://github.com/someone/lintkit/actions/workflows/test.yml)',
      '',
      'Lintkit finds secrets committed to a repository and stops them at the pre-commit hook.',
      '',
      '## Install',
      '',
      '```sh\nbrew install lintkit\n```',
      '',
      'Binaries are on the [releases page](https://github.com/someone/lintkit/releases).',
      '',
      '## Usage',
      '',
      '```sh\nlintkit detect --source . -v\nlintkit protect --staged\n```',
      '',
      'See the [rules](https://github.com/someone/lintkit/blob/main/config/rules.toml) for what it looks for.',
    ].join('\n');
    const status = rate(copied, { fullName: 'octo/booking-api' });
    expect(status.level).toBe('stub');
    expect(status.reasons[0]).toContain('README of another project (github.com/someone/lintkit)');
    // The project's own README, or a fork that keeps the name, is its own.
    expect(rate(copied, { fullName: 'octo/lintkit' }).signals).toMatchObject({ description: true, install: true, usage: true });
    expect(rate(copied, { fullName: 'octo/booking-api', manifests: { 'package.json': '{"name":"lintkit"}' } }).signals).toMatchObject({ description: true, install: true, usage: true });
    // A README that links another repository often but is titled for itself is its own too.
    expect(rate(copied.replace('# Lintkit', '# booking-api'), { fullName: 'octo/booking-api' }).level).not.toBe('stub');
  });

  it('a command continued over several lines (`docker compose \\` … `up -d --build`) is one command', () => {
    const readme = (code: string) => `# habits\n\n${ABOUT}\n\n## Notes\n\n\`\`\`bash\n${code}\n\`\`\`\n\n${USAGE}\n`;
    expect(rate(readme('docker compose \\\n  -f docker-compose.yml \\\n  -f docker-compose.dev.yml \\\n  up -d --build')).signals!.install).toBe(true);
    // Without the verb that starts it, it is still not one.
    expect(rate(readme('docker compose \\\n  -f docker-compose.yml \\\n  config')).signals!.install).toBe(false);
  });

  it("a starter's README left as it came is a stub, its commands included: they would start any project made from it", () => {
    // Our own wording, in the shape of the newer NestJS starter: its logo, its one-line description, deployment and resources sections.
    const nest = [
      '<p align="center"><a href="http://nestjs.com/"><img src="https://nestjs.com/img/logo-small.svg" width="120" alt="Nest Logo" /></a></p>',
      '',
      '## Description',
      '',
      '[Nest](https://github.com/nestjs/nest) framework TypeScript starter repository.',
      '',
      '## Project setup',
      '',
      '```bash\n$ npm install\n```',
      '',
      '## Compile and run the project',
      '',
      '```bash\n$ npm run start\n$ npm run start:dev\n```',
      '',
      '## Deployment',
      '',
      'When your NestJS application is ready for production, a few steps make it run well there; the deployment guide explains them.',
      '',
      'To deploy it on AWS from the command line, the official platform [Mau](https://mau.nestjs.com) takes two commands:',
      '',
      '```bash\n$ npm install -g @nestjs/mau\n$ mau deploy\n```',
      '',
      '## Resources',
      '',
      '- The [NestJS Documentation](https://docs.nestjs.com) explains the framework in depth.',
      '- Video [courses](https://courses.nestjs.com/) give hands-on practice.',
      '- [NestJS Devtools](https://devtools.nestjs.com) draws the application graph while it runs.',
    ].join('\n');
    const status = rate(nest, { fullName: 'octo/blog-api' });
    expect(status.defaultReadme).toBe('the NestJS starter');
    expect(status.signals!.description).toBe(false);
    expect(status.level).toBe('stub');
    // With the project's own description and endpoints put in, it is the project's README.
    const own = nest.replace('## Description\n\n', `## Description\n\n${ABOUT}\n\n`).replace('## Deployment', `${USAGE}\n\n## Deployment`);
    expect(rate(own, { fullName: 'octo/blog-api' }).level).toBe('good');
  });

  it("a course's project brief left as the README (learning goals, what the student must build) says nothing of the project", () => {
    // Our own wording, in the shape of a bootcamp's project template.
    const brief = [
      '# Phase 4 Project Guidelines',
      '',
      '## Learning Goals',
      '',
      '- Build an API with Sinatra and Active Record that a React frontend calls',
      '',
      '## Introduction',
      '',
      'Well done on finishing this phase! Now put it all together and build something of your own from scratch.',
      '',
      '## Requirements',
      '',
      'For this project, you must:',
      '',
      '- Use Active Record to talk to a database.',
      '- Have at least two models related one-to-many.',
      '- Follow RESTful conventions in your routes.',
      '',
      '## Getting Started',
      '',
      '[Fork and clone](https://github.com/learn-co-curriculum/phase-4-sinatra-project/fork) this repository to get started, then run `bundle install`.',
      '',
      '```console\n$ bundle exec rake server\n```',
      '',
      'Then fetch from the frontend:',
      '',
      '```js\nfetch("http://localhost:9292/todos").then((r) => r.json())\n```',
    ].join('\n');
    const status = rate(brief, { fullName: 'octo/petdates-api' });
    expect(status.defaultReadme).toBe("the course's project template");
    expect(status.signals!.description).toBe(false);
    expect(status.level).toBe('stub');
    expect(status.reasons[0]).toMatch(/^this is the default README of the course's project template, not about this project/);
    // The student's own description on top makes it theirs, with a note on the brief left in.
    const own = rate(brief.replace('# Phase 4 Project Guidelines', `# PetDates\n\n${ABOUT}`), { fullName: 'octo/petdates-api' });
    expect(own.level).not.toBe('stub');
    expect(own.signals!.description).toBe(true);
    expect(own.reasons).toContainEqual(expect.stringMatching(/^parts of it are still the default text of the course's project template/));
    // A project's own requirements and getting-started sections are not a course's brief.
    const plain = rate(`# habits\n\n${ABOUT}\n\n## Requirements\n\n- Rust 1.80\n- PostgreSQL 16\n\n## Getting Started\n\n\`\`\`sh\ncargo run\n\`\`\`\n\n${USAGE}\n`);
    expect(plain.defaultReadme).toBeUndefined();
    expect(plain.level).toBe('good');
  });

  it('a numbered step written as a long heading ("### 3. Open the folder in your editor …") is a step, not a description', () => {
    const steps = [
      '### 1. Install Node.js',
      '### 2. Make a folder for the project',
      '### 3. Open that folder in your editor, then open a terminal of this folder in the editor',
      '```\n$ git clone https://github.com/octo/shop.git\n$ cd shop\n```',
      '### 4. Install the libraries',
      '```\n$ npm install\n```',
      '### 5. Start it',
      '```\n$ node main.js\n```',
    ].join('\n');
    const status = rate(steps, { fullName: 'octo/shop' });
    expect(status.signals).toMatchObject({ description: false, install: true });
    expect(status.level).toBe('basic');
    // A long heading that is a sentence of its own still describes it.
    expect(rate(`### A small shop that sells second-hand books and keeps its stock in PostgreSQL for the owner\n\n${steps}`, { fullName: 'octo/shop' }).signals!.description).toBe(true);
  });

  it('a heading that only adds "project" to how to run it ("How to run the project", "Làm sao để chạy project") is about running it, not a description', () => {
    const readme = (heading: string) => `## ${heading}\n\nOpen the folder in your editor first.\n\n\`\`\`sh\nnpm install\nnode main.js\n\`\`\`\n`;
    for (const heading of ['How to run the project', 'Project setup', 'Làm sao để chạy project', 'Cách chạy']) {
      const status = rate(readme(heading), { fullName: 'octo/shop' });
      expect(status.signals, heading).toMatchObject({ description: false, install: true });
    }
    // "About the project" is still a description's heading.
    expect(rate(`## About the project\n\nA shop for second-hand books that keeps its stock in PostgreSQL.\n\n## Run\n\n\`\`\`sh\nnpm start\n\`\`\`\n`).signals!.description).toBe(true);
  });

  it('values in inline code after their labels ("user: `admin@…` password: `admin`") do not say what the project is', () => {
    const readme = (line: string) => `# shop-api\n\n${line}\n\n## Seed\n\n\`\`\`bash\nnpm run command init\n\`\`\`\n`;
    expect(rate(readme('user: `admin@example.com` \\\npassword: `admin`'), { fullName: 'octo/shop-api' }).signals!.description).toBe(false);
    expect(rate(readme('A shop API that sells second-hand books: `admin@example.com` is its first seller.'), { fullName: 'octo/shop-api' }).signals!.description).toBe(true);
  });

  it('a line crediting the tutorial it follows ("Following the tutorial from [Elixir API](…)") is not a description', () => {
    const readme = (lines: string) => `# RealDealApi\n\n${lines}\n\n## Run\n\n\`\`\`sh\nmix setup\nmix phx.server\n\`\`\`\n`;
    const credited = rate(readme('Following the tutorial from [Phoenix APIs](https://videos.example.com/phoenix-apis)\n\nAlso taking inspiration from [APIs from scratch](https://blog.example.com/apis)'));
    expect(credited.signals!.description).toBe(false);
    expect(rate(readme('Siguiendo el curso de [APIs con Phoenix](https://cursos.example.com/phoenix)')).signals!.description).toBe(false);
    // Nor the lessons it links, one to a line ("Same in blog format: […]", "For tests, this video: […]").
    expect(rate(readme('Same in blog format: [Phoenix APIs, the blog](https://blog.example.com/phoenix-apis)\n\nFor tests following this tutorial: [Phoenix APIs: Testing](https://videos.example.com/testing)')).signals!.description).toBe(false);
    // A sentence that says what it is, with a link in it, describes it.
    expect(rate(readme('An API that signs members in with passwords and tokens, built on [Phoenix](https://phoenixframework.org).')).signals!.description).toBe(true);
  });

  it('"Commands" in another language ("Comandos") is a usage heading, and a table of chores under it (`make lint`) is still not usage', () => {
    const readme = (heading: string, rows: string) => `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\nmake up\n\`\`\`\n\n## ${heading}\n\n| Command | What it does |\n| --- | --- |\n${rows}\n`;
    const root = { rootEntries: [{ name: 'Makefile', type: 'blob' as const }] };
    const calls = '| `habits add "read" --daily` | adds a habit |\n| `habits streak read` | shows its streak |';
    const chores = '| `make setup` | prepares the machine |\n| `make format` | formats the files |\n| `make lint` | runs the linters |\n| `make test` | runs the tests |';
    expect(rate(readme('Comandos', calls), root).signals!.usage).toBe(true);
    for (const heading of ['Comandos', 'Local commands', 'Comandos locais']) expect(rate(readme(heading, chores), root).signals!.usage, heading).toBe(false);
  });

  it('commands written as lines of a paragraph, without a code block, are commands', () => {
    const readme = (run: string) => `# Compose stack: API, Postgres and Nginx\n\nA small stack that shows how three services find each other by their compose names.\n\n## What this shows\n- an API container built from its Dockerfile\n- Postgres with a named volume\n- Nginx in front, the only public port\n\n## Run\n${run}\n\n## Try it\ncurl -s http://localhost:8080/api/items\ncurl -s -X POST http://localhost:8080/api/items -d '{"name":"pen"}'\n`;
    const status = rate(readme('cp .env.example .env\ndocker compose up -d --build'));
    expect(status.signals).toMatchObject({ description: true, install: true, usage: true });
    expect(status.level).toBe('good');
    // Steps in words, a line each, are still words; and one command among prose lines is prose.
    expect(rate(readme('Copy the example settings file first\nThen start everything with compose')).signals!.install).toBe(false);
    expect(rate(readme('Start it as you would any compose stack\nwith the usual docker compose up -d --build\nand wait for the health checks to pass')).signals!.install).toBe(false);
  });

  it('steps under "How to use" that only install and start it (`bundle install`, `rails s`, as lines of text) are not how to use it', () => {
    const readme = `# Movie Keeper\n\nThe backend of a movie watch-list app: members save films and rate them.\n\n## How to use\nFork and clone\nBundle install\nRun rails db:migrate db:seed\nrun rails s\nThen follow the directions of the [front end](https://github.com/octo/movie-keeper-web)\n`;
    const status = rate(readme);
    expect(status.signals).toMatchObject({ install: true, usage: false });
    expect(status.level).toBe('basic');
  });

  it('opening its bare address to read that it is up ("you should see \\"Server is running\\"") is starting it, not using it', () => {
    const readme = (line: string) => `# recipes-api\n\nA recipes API in Kotlin on Ktor: get or create recipes with their ingredients and steps.\n\n## Run\n- Start the database with \`docker compose up\`\n- Open the project in your IDE and run it\n- ${line}\n`;
    expect(rate(readme('Open a browser at http://0.0.0.0:8080/ and you should see "Server is running" :)')).signals!.usage).toBe(false);
    expect(rate(readme('Open http://localhost:8080/ and you should get a JSON message saying it is up')).signals!.usage).toBe(false);
    // Opening a page of it is using it.
    expect(rate(readme('Open http://localhost:8080/recipes to see the recipes')).signals!.usage).toBe(true);
  });

  it("a renamed repository's README, whose links name its former name under the same owner, is its own", () => {
    const readme = [
      '<h3 align="center">Django Social Backend</h3>',
      '<p align="center">A social media backend in Django: posts, follows and a news feed built for many users.',
      '<a href="https://github.com/octo/django-social-backend"><strong>Explore the docs »</strong></a>',
      '<a href="https://github.com/octo/django-social-backend/issues/new?labels=bug">Report Bug</a>',
      '<a href="https://github.com/octo/django-social-backend/issues/new?labels=enhancement">Request Feature</a></p>',
      '',
      '## Installation',
      '',
      '```bash\npip install -r requirements.txt\npython manage.py runserver\n```',
    ].join('\n');
    const status = rate(readme, { fullName: 'octo/social-media-backend' });
    expect(status.signals).toMatchObject({ description: true, install: true });
    expect(status.level).not.toBe('stub');
    // Another owner's repository, linked as often, is still another project's README.
    expect(rate(readme.replaceAll('github.com/octo/', 'github.com/someone/'), { fullName: 'octo/social-media-backend' }).level).toBe('stub');
  });

  it("CodeIgniter 3's README left as it came is not about this project", () => {
    // Our own wording, in the shape of that README (reStructuredText, its section names, its links).
    const readme = [
      '###################', 'What is CodeIgniter', '###################', '',
      'CodeIgniter is an Application Development Framework for people who build web sites in PHP, with libraries for the usual tasks.', '',
      '**************************', 'Changelog and New Features', '**************************', '',
      'The changes of each release are in the `change log <https://github.com/bcit-ci/CodeIgniter/blob/develop/changelog.rst>`_.', '',
      '*******************', 'Server Requirements', '*******************', '', 'PHP 5.6 or newer.', '',
      '************', 'Installation', '************', '', 'See the `installation guide <https://codeigniter.com/user_guide/installation/index.html>`_.',
    ].join('\n');
    const status = rate(readme, { readmeName: 'readme.rst', fullName: 'octo/php-blog' });
    expect(status.defaultReadme).toBe('the CodeIgniter 3 application');
    expect(status.level).toBe('stub');
  });

  it('a reference of the commands that tend the database (`yarn db:<service>:migrate:run`), with the values they take, is not how to use it', () => {
    const readme = `# habits\n\n${ABOUT}\n\n## Setup\n\n\`\`\`sh\nyarn install\nyarn start:all\n\`\`\`\n\n## Database Commands\n\n| Command | Description |\n| --- | --- |\n| \`yarn db:<service>:migrate:run\` | Run the migrations |\n| \`yarn db:<service>:migrate:revert\` | Revert the last one |\n| \`yarn db:<service>:seed\` | Seed the data |\n\nAvailable service: \`habits\`, \`members\` or \`all\`\n`;
    expect(rate(readme).signals!.usage).toBe(false);
    // The project's own calls in such a table are.
    expect(rate(readme.replace('| `yarn db:<service>:seed` | Seed the data |', '| `curl http://localhost:8080/habits` | Lists the habits |')).signals!.usage).toBe(true);
  });

  it('make targets that generate, build and publish it (`make buf`, `make docker-push`) are chores, not a command reference', () => {
    const readme = (targets: string) => `# shop\n\nMicroservices for a shop: accounts, orders and products behind one gateway.\n\n## Example Usage\n\n${targets}\n`;
    const root = { rootEntries: [{ name: 'Makefile', type: 'blob' as const }] };
    expect(rate(readme('```bash\nmake buf\nmake run-all\nmake docker-build\nmake docker-push\n```'), root).signals!.usage).toBe(false);
    // Targets that run its parts still are its command reference.
    expect(rate(readme('```bash\nmake orders\nmake gateway\nmake accounts\n```'), root).signals!.usage).toBe(true);
  });

  it("a repository on GitHub named for a tool (`swagger-gradle-codegen`) is that tool, not the project's API docs", () => {
    const readme = (item: string) => `# recipes-api\n\nA recipes API in Kotlin on Ktor: get or create recipes with their ingredients and steps.\n\n## Libraries\n\n- ${item}\n- **[Koin](https://github.com/InsertKoinIO/koin)**: dependency injection\n`;
    expect(rate(readme('**[Swagger-gradle-codegen](https://github.com/Yelp/swagger-gradle-codegen)**: makes client code from a Swagger file')).signals!.usage).toBe(false);
    // The OpenAPI file in a repository is an API's description.
    expect(rate(readme('The API: [openapi.yaml](https://github.com/octo/recipes-api/blob/main/docs/openapi.yaml)')).signals!.usage).toBe(true);
  });

  it('a path that names a folder of the repository ("Go to /docker/dev/ and run …") is not a page of the app', () => {
    const readme = `# recipes-api\n\nA recipes API in Kotlin on Ktor: get or create recipes with their ingredients and steps.\n\n## Run\n\n- Go to /docker/dev/ and run the following command to start the database: \`docker-compose up\`\n`;
    expect(rate(readme, { paths: ['docker/', 'docker/dev/', 'docker/dev/docker-compose.yml'] }).signals!.usage).toBe(false);
    // A path the repository has no folder for may be a page.
    expect(rate(readme.replace('/docker/dev/', '/admin/recipes'), { paths: ['docker/', 'docker/dev/'] }).signals!.usage).toBe(true);
  });

  it("a course's brief is known in other shapes too: an assessment's review and requirements, a diploma project's goals and grading (Russian)", () => {
    const assessment = `# Sinatra CMS App\n\n## Overview\n\nFor this assessment you'll be creating a CRUD app with Sinatra that tracks something you care about.\n\n## What to expect from the Project Review\n\nDuring your project review, be ready to walk through your app and to live code.\n\n## Project Requirements\n\n1. Build an MVC Sinatra application.\n2. Use ActiveRecord.\n3. Validate user input.\n`;
    expect(rate(assessment, { fullName: 'octo/sinatra-cms-app' }).defaultReadme).toBe("the course's project template");
    expect(rate(assessment, { fullName: 'octo/sinatra-cms-app' }).level).toBe('stub');
    const diploma = `# Дипломный проект курса «Python-разработчик»\n\n### Цель дипломного проекта\n\nСоздать сервис заказа товаров для розничной сети.\n\nВам нужно:\n\n* разработать backend,\n* подготовить документацию.\n\n## Инструкция к работе над проектом\n\n### Общее описание приложения\n\nПриложение автоматизирует закупки в розничной сети через REST API.\n\n## Критерии оценки\n\nПроект принимается, когда все этапы выполнены.\n`;
    const status = rate(diploma, { fullName: 'octo/diplom' });
    expect(status.defaultReadme).toBe("the course's project template");
    expect(status.level).toBe('stub');
  });

  it("a GraphQL server's one endpoint, where it listens (`http://localhost:4000/graphql`), names no operation; a query or a playground does", () => {
    const readme = (usage: string) => `# habits-graphql\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\nnpm ci\nnpm run dev\n\`\`\`\n\n${usage}\n`;
    expect(rate(readme('The GraphQL server will be available at `http://localhost:4000/graphql`')).signals!.usage).toBe(false);
    expect(rate(readme('GraphQL endpoint:\n\n- `http://localhost:4001/graphql`')).signals!.usage).toBe(false);
    expect(rate(readme('Open the GraphQL Playground at http://localhost:4000/graphql to explore the schema.')).signals!.usage).toBe(true);
    expect(rate(readme('## Example\n\n```graphql\nquery {\n  habits { id name streak }\n}\n```')).signals!.usage).toBe(true);
    // A REST path under the same server is an endpoint as before.
    expect(rate(readme('Then call `http://localhost:4000/habits` to list the habits.')).signals!.usage).toBe(true);
  });

  it('one paragraph and nothing else is a line or two, however long its sentences; a description with a list, a picture and its docs is more', () => {
    const paragraph = 'A full-stack e-commerce web application built with MongoDB, Express, React and Node. It gives a complete shopping experience with secure sign-in, product management, a cart, orders and payments.';
    expect(rate(`# MERN shop\n\n${paragraph}\n\n## Features\n`).level).toBe('stub');
    const more = `# Virtual wallet\n\nThis is the back end of a virtual wallet project, made with the following technologies:\n\n- Go\n- PostgreSQL\n- Redis\n- gRPC\n\n### Documentation\n\nEverything about it is in [the project's Notion](https://www.notion.so/virtual-wallet-0123456789abcdef)\n\n![architecture](https://example.com/architecture.png)\n`;
    expect(rate(more).level).toBe('basic');
    // So is the paragraph with a table of its parts beside it.
    expect(rate(`# MERN shop\n\n${paragraph}\n\n| Part | Technology |\n| --- | --- |\n| Web | React |\n| API | Express |\n| Data | MongoDB |\n`).level).toBe('basic');
  });

  it('an endpoint written with a dash between its method and path ("1.GET - /auth/login") is an endpoint', () => {
    const readme = `# habits\n\n${ABOUT}\n\n## Run\n\n\`\`\`sh\nnpm ci\nnpm run dev\n\`\`\`\n\n## Auth\n\n1.GET - /auth/login: sign in\n2.POST - /auth/signup - make an account\n`;
    expect(rate(readme).signals!.usage).toBe(true);
  });

  it('a command behind a prompt that shows the folder (`/shop$ ./console.py`, `user@box:~/shop$ npm start`) is a command', () => {
    const readme = (line: string) => `# shop console\n\n${ABOUT}\n\n## General use\n\nRun it as follows:\n\n\`\`\`\n${line}\n\`\`\`\n`;
    expect(rate(readme('/AirBnB_clone$ ./console.py')).signals!.install).toBe(true);
    expect(rate(readme('user@box:~/shop$ npm start')).signals!.install).toBe(true);
    expect(rate(readme('(shop) 42 items in stock')).signals!.install).toBe(false);
  });

  it('a command quoted in a sentence ("mvn clean spring-boot:run") installs it, when its tool is the repository\'s', () => {
    const readme = (line: string) => `# blog service\n\nini merupakan service Restful API blogspot dengan Spring Boot, H2 dan JWT.\n\n${line}\n`;
    const maven = { paths: ['pom.xml', 'src/', 'src/main/'] };
    expect(rate(readme('untuk menjalankan aplikasi ini tinggal menjalankan "mvn clean spring-boot:run"'), maven).signals!.install).toBe(true);
    // The Node commands left in a Flask project's README are another project's.
    const flask = { paths: ['requirements.txt', 'main.py'] };
    expect(rate(readme('- write on the terminal "npm install"\n- start the back end "npm run dev"'), flask).signals!.install).toBe(false);
    expect(rate(readme('- write on the terminal "npm install"\n- start the back end "npm run dev"'), { paths: ['package.json', 'server.js'] }).signals!.install).toBe(true);
  });

  it('install steps that each end on a colon with no command under them cannot be followed', () => {
    const readme = (steps: string) => `# library\n\nThe back end of a library: authors, books, members and loans.\n\n## Instalación\n\nSigue estos pasos para instalar y configurar el proyecto:\n\n${steps}\n`;
    expect(rate(readme('1. Clona el repositorio:\n2. Instala las dependencias de Composer:\n3. Copia el archivo de entorno y configura tus variables:\n4. Inicia el servidor de desarrollo:')).signals!.install).toBe(false);
    expect(rate(readme('1. Clona el repositorio.\n2. Instala las dependencias de Composer.\n3. Copia el archivo de entorno y configura tus variables.\n4. Inicia el servidor de desarrollo.')).signals!.install).toBe(true);
  });

  it("the server's bare address beside \"use Postman or cURL\" names no docs; an endpoints section that names only controllers shows no call", () => {
    const tools = `# tasks\n\nA task API with categories and states, kept in MongoDB.\n\n## Run\n\n\`\`\`bash\nnpm install\nnpm start\n\`\`\`\n\n- The server runs at [http://localhost:3000](http://localhost:3000). You can use tools such as Postman or cURL to create, read, update and delete tasks.\n`;
    expect(rate(tools).signals!.usage).toBe(false);
    expect(rate(tools.replace('[http://localhost:3000](http://localhost:3000)', '[http://localhost:3000](http://localhost:3000), with its Postman collection at [docs/tasks.postman.json](docs/tasks.postman.json)')).signals!.usage).toBe(true);
    const controllers = `# clinic\n\nAn API for doctors and patients, with sign-in and Flyway migrations.\n\n## Run\n\n\`\`\`bash\n./mvnw spring-boot:run\n\`\`\`\n\n## Main endpoints\n\nThe endpoints live in the controllers named above, for example:\n\n- Sign-in: AuthController\n- Doctors: DoctorController\n- Patients: PatientController\n`;
    expect(rate(controllers).signals!.usage).toBe(false);
    expect(rate(controllers.replace('- Sign-in: AuthController', '- Sign-in: `POST /login`')).signals!.usage).toBe(true);
  });

  it('calls shown one by one under headings that name their method ("Método POST"), each with a picture of the request, are how to use it', () => {
    const readme = `# products\n\nA products API in Spring Boot; ids are made automatically.\n\n## Run\n\n\`\`\`sh\nmvn spring-boot:run\n\`\`\`\n\n## Pruebas\n\nAhora las pruebas en Postman.\n\n## Método POST\n\n![post](https://example.com/post.png)\n\nCrea el producto y lo devuelve con su id.\n\n## Método GET\n\n![get](https://example.com/get.png)\n\nDevuelve todos los productos.\n`;
    expect(rate(readme).signals!.usage).toBe(true);
    // Headings alone, with nothing shown under them, are not.
    expect(rate(readme.replace(/!\[\w+\]\([^)]*\)\n\n/g, '')).signals!.usage).toBe(false);
  });

  it("the Slim Framework skeleton's README left as it came is not about this project", () => {
    const readme = `# Slim Framework 4 Skeleton Application\n\nUse this skeleton application to quickly setup and start working on a new Slim Framework 4 application, with a container and a logger.\n\nThis skeleton application was built for Composer, so a new application is quick to set up.\n\n## Install the Application\n\n\`\`\`bash\ncomposer create-project slim/slim-skeleton [my-app-name]\n\`\`\`\n\nTo run it in development:\n\n\`\`\`bash\ncd [my-app-name]\ncomposer start\n\`\`\`\n`;
    const status = rate(readme, { fullName: 'octo/reimburse-api' });
    expect(status.defaultReadme).toBe('the Slim Framework skeleton');
    expect(status.level).toBe('stub');
  });

  it('words about the README, how to switch a part on, a pointer, a caption over code and a step that runs a command do not say what the project is', () => {
    const readme = (lines: string) => `# LSARP API\n\n${lines}\n\n## Run\n\n\`\`\`sh\nmake install\nmake server\n\`\`\`\n`;
    for (const lines of [
      'This README will guide you through the process of setting up and running the application.',
      'To activate Sentry.io integration, fill the SENTRY_DSN environment variable with a valid value.',
      'Sentry.io is a third party service to track errors and monitor performance.',
      "Click here to learn more about the provisioning of a virtual machine hosted on the university's cloud platform",
      'To perform a quick hands off dry run on this project:\n\n```sh\nmake dry-run\n```',
      '- Create and migrate your database with mix ecto.setup',
    ]) {
      expect(rate(readme(lines)).signals!.description, lines).toBe(false);
    }
    // A sentence that says what it is still does.
    expect(rate(readme('An API that registers laboratory samples and tracks them from collection to analysis.')).signals!.description).toBe(true);
  });

  it("a generator's text with the project's own calls and notes added at length is the project's README, rated on what it says", () => {
    const phoenix = `# TimeManager API\n\nTo start your Phoenix server:\n\n* Run \`mix setup\` to install and set up dependencies\n* Start Phoenix endpoint with \`mix phx.server\`\n\nNow you can visit [\`localhost:4000\`](http://localhost:4000) from your browser.\n`;
    expect(rate(phoenix).level).toBe('stub');
    const notes = `${phoenix}\n## Routes\n\n| Method | Path | What it does |\n| --- | --- | --- |\n| GET | /api/users | finds users by their e-mail or name |\n| POST | /api/users | adds a user with a role |\n| PUT | /api/users/:id | changes a user's e-mail or name |\n| DELETE | /api/users/:id | removes a user and their times |\n| GET | /api/workingtimes/:userID | lists a user's working times in a range |\n| POST | /api/workingtimes/:userID | adds a working time to a user |\n| GET | /api/clocks/:userID | shows whether a user is clocked in |\n| POST | /api/clocks/:userID | clocks a user in or out |\n\n\`\`\`sh\nmix ecto.create\nmix ecto.migrate\nmix phx.server\nmix test\nmix format\n\`\`\`\n`;
    const status = rate(notes);
    expect(status.defaultReadme).toBeUndefined();
    expect(status.signals).toMatchObject({ description: false, install: true, usage: true });
    expect(status.level).toBe('basic');
  });

  it("a bootcamp's project template (\"Project Template: React/Rails API\") kept as the README is not about the project", () => {
    const readme = `# Project Template: React/Rails API\n\n## Description\n\nThis project is scaffolded so that you can build a React frontend and Rails backend together, and deploy them to Heroku.\n\n## Requirements\n\n- Ruby 2.7\n- Node 16\n\n## Setup\n\n\`\`\`console\n$ git clone git@github.com:learn-co-curriculum/project-template-react-rails-api.git your-project-name\n$ cd your-project-name\n$ bundle install\n$ npm install --prefix client\n\`\`\`\n`;
    const status = rate(readme, { fullName: 'octo/phase-4-project' });
    expect(status.defaultReadme).toBe("the course's project template");
    expect(status.level).toBe('stub');
    // Its long sections on deploying, setting up the machine and troubleshooting are the template's too.
    const deploying = `\n## Deploying\n\nThis template comes ready to deploy to Heroku. Run these commands from the root of the project, then open the app:\n\n\`\`\`console\n$ heroku create my-app\n$ git push heroku main\n$ heroku open\n\`\`\`\n\n## Environment Setup\n\n${'Install the latest Ruby with rvm, then Node with nvm, then PostgreSQL from your package manager, and sign up for a Heroku account before you deploy for the first time. '.repeat(3)}\n\nOpen http://localhost:4000/api/hello to check that the API answers once it runs.\n\n## Troubleshooting\n\n${'If the build fails on Heroku, check the Ruby version in the Gemfile and the buildpacks set on the app. '.repeat(3)}\n`;
    const long = rate(readme + deploying, { fullName: 'octo/phase-4-project' });
    expect(long.defaultReadme).toBe("the course's project template");
    expect(long.level).toBe('stub');
  });

  it('commands that install what it needs but never start it (`npm install`, `npm run migrate`) leave how to run it missing, for a project that is started', () => {
    const readme = (steps: string) => `# simple-express-api\n\n${ABOUT}\n\n## Getting started\n\n${steps}\n\n${USAGE}\n`;
    const app = { manifests: { 'package.json': '{ "name": "simple-express-api", "scripts": { "start": "node server.js", "migrate": "knex migrate:latest" }, "dependencies": { "express": "4.19.0" } }' }, rootEntries: [{ name: 'package.json', type: 'blob' as const }] };
    const installOnly = rate(readme('1. Create the database\n2. `npm install`\n3. `npm run migrate` to create the tables\n4. `npm run test` to run the tests'), app);
    expect(installOnly.level).toBe('basic');
    expect(installOnly.reasons).toContainEqual(expect.stringMatching(/^it says how to install what it needs, but not how to start it: add the command that starts it \(here that is `npm install && npm start`\)/));
    // With the command that starts it, it is good.
    expect(rate(readme('1. `npm install`\n2. `npm run migrate`\n3. `npm start`'), app).level).toBe('good');
    // A command that starts it written on a line of its own counts too.
    expect(rate(readme('- npm install\n- node server.js'), app).level).toBe('good');
    // A PHP app put in the web server it runs in (XAMPP, Apache) has no command of its own to start it.
    const php = { manifests: { 'composer.json': '{ "require": { "php": ">=8.2", "phpmailer/phpmailer": "^6.9" } }' }, rootEntries: [{ name: 'composer.json', type: 'blob' as const }, { name: 'index.php', type: 'blob' as const }] };
    expect(rate(readme('Requirements: PHP 8.2, MySQL and XAMPP (or Apache with mod_rewrite).\n\n1. `composer install`\n2. Import `database.sql`'), php).level).toBe('good');
  });

  it('a caption or two over commands, with no heading and nothing on what it is ("To run: bun run dev"), is a stub', () => {
    const readme = 'To install dependencies:\n```sh\nbun install\n```\n\nTo run:\n```sh\nbun run dev\n```\n\nopen http://localhost:3000\n';
    expect(rate(readme).level).toBe('stub');
    // With a heading over numbered steps it is steps a reader can follow.
    expect(rate(`## Install\n\n1. Install the packages:\n\n\`\`\`sh\nbun install\n\`\`\`\n\n2. Start it:\n\n\`\`\`sh\nbun run dev\n\`\`\`\n\n3. Open http://localhost:3000\n`).level).toBe('basic');
  });

  it('steps written as one paragraph, a line each, with their commands inline, do not say what the project is', () => {
    const readme = 'Po pobraniu repozytorium należy:  \nPobrać Pythona w wersji 3.12.  \nUtworzyć środowisko: `python -m venv venv`  \nPobrać zależności: `pip install -r requirements.txt`  \nUruchomić aplikację: `uvicorn app.main:app --reload`  \nPod adresem http://127.0.0.1:8000/docs jest Swagger.\n';
    const status = rate(readme);
    expect(status.signals).toMatchObject({ description: false, install: true });
    expect(status.level).toBe('basic');
    // Nor in English, as sentences.
    expect(rate('After cloning, create a virtual environment with python -m venv venv. Then install it with pip install -r requirements.txt. Then start it with uvicorn app.main:app.\n').signals!.description).toBe(false);
  });

  it('a line that runs a command in its words, one that says where it is reached, and a label with its link written out do not describe it', () => {
    const readme = (lines: string) => `# medods_testcase\n\n${lines}\n\n## API\n\n- \`GET /tokens/{guid}\` issues a pair of tokens\n- \`POST /tokens/refresh\` refreshes them\n`;
    for (const lines of [
      '- Развёртка производится командой docker-compose -f docker-compose.yml up -d из директории репозитория',
      '- Доступ к веб-сервису API осуществляется по адресу localhost:8081',
      '- [Follow this source to install Go first] (https://go.example.org/install)\n- Postman Doc (https://documenter.getpostman.com/view/1234/abcd)',
    ]) {
      expect(rate(readme(lines)).signals!.description, lines).toBe(false);
    }
    // A sentence about what it does, with where it runs at its end, still describes it.
    expect(rate(readme('Issues and refreshes pairs of access tokens for the users of a small authentication service; it listens on localhost:8081.')).signals!.description).toBe(true);
  });
});

describe('forms met on unseen repositories, round five', () => {
  it("the Ktor generator's README, its opening links included, is a stub, and one line of the project's own over it does not make it basic", () => {
    const generated =
      'This project was created using the [Ktor Project Generator](https://start.ktor.io).\n\nHere are some useful links to get you started:\n\n- [Ktor Documentation](https://ktor.io/docs/home.html)\n- [Ktor GitHub page](https://github.com/ktorio/ktor)\n- The [Ktor Slack chat](https://app.slack.com/client/T0/C0). Ask for an invite to join.\n\n## Features\n\n| Name | Description |\n| --- | --- |\n| [Routing](https://start.ktor.io/p/routing) | Routing with a DSL |\n\n## Building & Running\n\n| Task | Description |\n| --- | --- |\n| `./gradlew test` | Run the tests |\n| `./gradlew run` | Run the server |\n\nWhen the server starts you see:\n\n```\nINFO  Application - Responding at http://0.0.0.0:8080\n```\n';
    const untouched = rate(`# bestgame\n\n${generated}`, { fullName: 'octo/bestgame' });
    expect(untouched.level).toBe('stub');
    expect(untouched.signals!.description).toBe(false);
    expect(rate(`# kupidon\n\nDating app backend\n\n${generated}`, { fullName: 'octo/kupidon' }).level).toBe('stub');
    // The project's own description and endpoints over the generator's text make it more than a stub.
    const own = rate(
      `# bestgame\n\nA leaderboard service for a browser game: players post their scores, see the top ten of the week and their own rank. Scores are kept in PostgreSQL through Exposed, and a nightly job archives old weeks.\n\n## Endpoints\n\n- \`POST /scores\` posts a score\n- \`GET /scores/top\` lists the week's top ten\n\n${generated}`,
      { fullName: 'octo/bestgame' },
    );
    expect(own.signals).toMatchObject({ description: true, usage: true });
    expect(own.level).not.toBe('stub');
  });

  const STOCK = 'A stock keeper for a small shop: staff record deliveries and sales, see what runs low and export a weekly report for the owner.';
  const START = '## Run\n\n```sh\npip install -r requirements.txt\npython manage.py runserver\n```\n';

  it("an installer piped to an interpreter is not a request, nor are make targets that update or start it a reference of its tasks", () => {
    const readme = (extra: string) => `# stock\n\n${STOCK}\n\n${START}\n${extra}`;
    expect(rate(readme('Install Poetry first:\n\n```sh\ncurl -sSL https://install.python-poetry.org | python3 -\n```\n')).signals!.usage).toBe(false);
    // A request to the running service still is one.
    expect(rate(readme('```sh\ncurl http://localhost:8000/api/items/\n```\n')).signals!.usage).toBe(true);
    const make = rate(readme('## Make\n\n```sh\nmake install\nmake update\nmake run-server\nmake dev-docker\n```\n'), { rootEntries: [{ name: 'Makefile', type: 'blob' }] });
    expect(make.signals!.usage).toBe(false);
    // Targets that do what the project is for are how to use it.
    expect(rate(readme('```sh\nmake stock-report\nmake import-deliveries\nmake low-stock\n```\n'), { rootEntries: [{ name: 'Makefile', type: 'blob' }] }).signals!.usage).toBe(true);
  });

  it('the API\'s base address in curly quotes, with the paths left to the routes folder, shows no call', () => {
    const readme = `# ledger\n\n${STOCK}\n\n${START}\n## Test\n\nTo test, the URI is “http://localhost:{PORT}/api” + a path found in the “routes” directory. Use Postman.\n`;
    expect(rate(readme).signals!.usage).toBe(false);
    expect(rate(readme.replace('/api” + a path', '/api/items” or another path')).signals!.usage).toBe(true);
  });

  it("a list of the repository's folders and files says neither what it is nor where its docs are", () => {
    const readme = `# Capstone\n\n${START}\n## Structure\n\n- \`/api\`: Django app for RESTful APIs.\n- \`/frontend\`: Frontend resources.\n- \`/docs\`: Documentation.\n- \`/manage.py\`: Django management script.\n`;
    expect(rate(readme).signals).toMatchObject({ description: false, usage: false });
    // A stack list of names still describes it.
    expect(rate(`# Capstone\n\n${START}\n## Stack\n\n- Django: the web framework and its REST toolkit\n- PostgreSQL: where the stock is kept\n`).signals!.description).toBe(true);
  });

  it('a usage section that only names a file elsewhere, or draws the folders of the docs, shows no call', () => {
    const pointer = rate(`# stock\n\n${STOCK}\n\n${START}\n## Usage\n\nRefer to \`USAGE.md\` on how to use this API\n`);
    expect(pointer.signals!.usage).toBe(false);
    expect(pointer.reasons.join(' ')).toMatch(/no usage/);
    const tree = rate(`# stock\n\n${STOCK}\n\n${START}\n## Documentation\n\n[\`docs/GUIDE.md\`](./docs/GUIDE.md) is where the design and the specs are kept, one file for each part of the system.\n\n\`\`\`text\ndocs/\n  GUIDE.md\n  specs/\n  adr/\n\`\`\`\n\n- [Trip spec](./docs/specs/TRIP.md) — how a trip moves from request to payment\n`);
    expect(tree.signals!.usage).toBe(false);
    // The calls written out under the same heading are usage.
    expect(rate(`# stock\n\n${STOCK}\n\n${START}\n## Documentation\n\n\`\`\`http\nGET /api/items?low=true\n\`\`\`\n`).signals!.usage).toBe(true);
  });

  it('a section on regenerating the Swagger docs is a chore, not where to read them', () => {
    const readme = `# xpend\n\nAn expense tracker API: members log what they spend, by category, and see a monthly summary.\n\n## Run\n\n\`\`\`sh\nbundle install\nrails s\n\`\`\`\n\n## How to update Swagger documentation\n\n\`\`\`sh\nrake rswag:specs:swaggerize\n\`\`\`\n`;
    expect(rate(readme).signals!.usage).toBe(false);
    expect(rate(readme.replace('## How to update Swagger documentation\n\n```sh\nrake rswag:specs:swaggerize\n```', '## Swagger documentation\n\nOpen http://localhost:3000/api-docs to read and try every call.')).signals!.usage).toBe(true);
  });

  it('captions over commands and over example calls, with no colon, do not describe it', () => {
    const readme = '# Ecommerce\n\nTo build the images of `postgres` and `phoenix`\n\n  * `docker compose build`\n\nTo create the database and run the migrations\n\n  * `docker compose run --rm app mix ecto.migrate`\n\nCreate a new product\n```graphql\nmutation { createProduct(input: {name: "Pen", price: 1.5}) { id } }\n```\n\nDelete a specific product by `ID`.\n```graphql\nmutation { deleteProduct(id: 1) { id } }\n```\n';
    const status = rate(readme);
    expect(status.signals).toMatchObject({ description: false, install: true, usage: true });
    expect(status.level).toBe('basic');
    // A line at the top that says what it does, over an example, still describes it.
    expect(rate('# invoicer\n\nCreate and send invoices to your clients from the terminal, and see which ones are still unpaid.\n\n```sh\ninvoicer new --client acme\n```\n').signals!.description).toBe(true);
  });

  it('a full-stack app linked as running on its own domain ("Frontend: https://…") shows how it is used', () => {
    const manifests = { 'frontend/package.json': '{ "dependencies": { "react": "^19.0.0" } }' };
    const readme = (links: string) => `# films\n\nA film catalogue: browse films, rate them, keep a watchlist and get picks for tonight.\n\n## Run\n\n\`\`\`sh\ndocker compose up -d\nnpm --prefix frontend start\n\`\`\`\n\n## Live deployment\n\n${links}\n`;
    expect(rate(readme('- Frontend: [https://films.example.com/](https://films.example.com/)'), { manifests }).signals!.usage).toBe(true);
    // Not a link to the code, nor without a front end to open.
    expect(rate(readme('- Code: [github.com/octo/films](https://github.com/octo/films)'), { manifests }).signals!.usage).toBe(false);
    expect(rate(readme('- Frontend: [https://films.example.com/](https://films.example.com/)')).signals!.usage).toBe(false);
  });

  it('the words around steps ("Sigue los siguientes pasos", "Esto iniciará el servidor") and a ping to see it is up say neither what it is nor how to use it', () => {
    const readme =
      '# security-backend\n\n## Instalación y ejecución\n\nSigue los siguientes pasos para configurar y ejecutar el proyecto:\n\n```sh\nnpm install\ncp .env.example .env\nnpm run dev\n```\n\nEsto iniciará el servidor y estará listo para recibir peticiones.\n\nUna vez levantado el servidor, prueba con el siguiente endpoint para verificar que todo funcione correctamente: http://localhost:3000/api/ping\n';
    const status = rate(readme);
    expect(status.signals).toMatchObject({ description: false, install: true, usage: false });
    expect(status.level).toBe('basic');
    // A call that does something is still usage.
    expect(rate(readme.replace('/api/ping', '/api/users/1')).signals!.usage).toBe(true);
  });

  it("a tree of files drawn in a paragraph, a link that only names the docs, and the rows of a call's parameter table do not describe it", () => {
    const readme = (body: string) => `# practice-api\n\n${body}\n\n## Run\n\n\`\`\`sh\ncomposer install\nphp -S localhost:8000 -t public\n\`\`\`\n`;
    for (const body of [
      'API_Project/ ├── app/ │ ├── cat.py │ ├── notes.py │ ├── quotes.py ├── static/ │ ├── index.html ├── main.py ├── requirements.txt',
      '[Документація Postman](https://documenter.getpostman.com/view/1234/abcd)',
      '| Parâmetro | Tipo | Descrição | Requerimento |\n| --- | --- | --- | --- |\n| email | string | E-mail de acesso | Obrigatório |\n| password | string | Senha de acesso | Obrigatório |',
    ]) {
      expect(rate(readme(body)).signals!.description, body).toBe(false);
    }
    // A table of what it offers still describes it.
    expect(rate(readme('| Feature | What it does |\n| --- | --- |\n| Wallet | keeps the balance of each member |\n| Goals | saves toward a target date |')).signals!.description).toBe(true);
  });

  it('endpoints written path first with the methods after a space ("/pets/{uuid} GET, PATCH, DELETE") are usage', () => {
    const readme = '# pets-api\n\nPets REST API: shelters list their pets, people find and adopt them.\n\n## Run\n\n```sh\ndocker compose up -d\n```\n\n## Pets and shelters\n\n- /**pets** GET, POST - List all pets, create new\n- /**pets/{uuid}** GET, PATCH, DELETE - Retrieve, update or delete pet\n';
    expect(rate(readme).signals!.usage).toBe(true);
  });

  it("a server that renders its own pages, linked live, is used by opening it", () => {
    const readme = '**[Live site](https://phrasebook.herokuapp.com/)**\n\n# Phrasebook\n\nA language learner\'s phrasebook: record phrases and your answers, add notes to each and review them later.\n\n## Instructions\n\n- Run `bundle install`\n- Create the database with `createdb entries`\n- Run with `bundle exec ruby phrasebook.rb`\n';
    const paths = ['views/layout.erb', 'views/entry.erb', 'views/add_entry.erb', 'views/signin.erb', 'phrasebook.rb', 'Gemfile'];
    expect(rate(readme, { paths }).signals!.usage).toBe(true);
    // Without pages of its own, a link to where an API runs shows no call.
    expect(rate(readme, { paths: ['phrasebook.rb', 'Gemfile'] }).signals!.usage).toBe(false);
  });

  it("Hanami's and Dart's generated READMEs, and Turborepo's example text, are stubs", () => {
    const hanami = '# Todo Api\n\nWelcome to your new Hanami project!\n\n## Setup\n\nHow to run tests:\n\n```\n% bundle exec rake\n```\n\nHow to run the development server:\n\n```\n% bundle exec hanami server\n```\n\nExplore Hanami [guides](http://hanamirb.org/guides/), [API docs](http://docs.hanamirb.org/1.2.0/), or jump in [chat](http://chat.hanamirb.org) for help.\n';
    expect(rate(hanami, { fullName: 'octo/todo-api' }).level).toBe('stub');
    const dart = 'A sample command-line application with an entrypoint in `bin/`, library code\nin `lib/`, and example unit test in `test/`.\n\n## packages\n\n* [shelf](https://pub.dev/packages/shelf)\n* [mysql1](https://pub.dev/packages/mysql1)\n';
    expect(rate(dart, { fullName: 'octo/dart-backend' }).level).toBe('stub');
    const turbo = '# Turborepo starter\n\nThis is a community-maintained example. If you experience a problem, please submit a pull request with a fix. GitHub Issues will be closed.\n\n## Using this example\n\n```bash\nnpx create-turbo@latest -e with-nestjs\n```\n\n### Build\n\n```bash\npnpm run build\n```\n\n### Develop\n\n```bash\npnpm run dev\n```\n';
    expect(rate(turbo, { fullName: 'octo/fullstack-test-task' }).level).toBe('stub');
  });

  it("the project's own command with nothing to do, or only a chore of its database, is starting it, not using it", () => {
    const readme = (call: string) => `# tasker\n\nA to-do list service: lists, items with due dates, and a reminder the day before.\n\n## Run\n\n\`\`\`sh\nuv sync\n${call}\n\`\`\`\n`;
    const manifests = { 'pyproject.toml': '[project]\nname = "tasker"\n\n[project.scripts]\nrun = "tasker.app:main"\ntasker = "tasker.cli:main"\n' };
    expect(rate(readme('run'), { manifests }).signals!.usage).toBe(false);
    expect(rate(readme('tasker --action=create-tables'), { manifests }).signals!.usage).toBe(false);
    expect(rate(readme('tasker add "buy milk" --due tomorrow'), { manifests }).signals!.usage).toBe(true);
  });

  it('a file name or "for example" in a step\'s heading is not an example of use', () => {
    const readme = (h: string) => `# flask-api\n\nUsers and the Word and PDF files made for them.\n\n## Install\n\n### ${h}\n\n\`\`\`\n127.0.0.1 flask-api.local\n\`\`\`\n\n### 4. Build and run\n\n\`\`\`sh\nmake local.build\nmake local.start\n\`\`\`\n`;
    expect(rate(readme('1. Copy `.env.example` to `.env` and `.env.test`')).signals!.usage).toBe(false);
    expect(rate(readme('3. Add the hostname in your hosts file, for example:')).signals!.usage).toBe(false);
  });

  it("commands behind zsh's prompt, with the folder before it (`Open-Weather-API % docker compose up`), are commands", () => {
    const readme = '# weather\n\nCurrent weather for a list of cities, fetched every minute and e-mailed to subscribers.\n\n## Step 4 - Create Docker image\n\n```\nOpen-Weather-API % docker compose up\n```\n\n## Step 5 - Available Endpoints\n\n- http://localhost:8080/weather\n- http://localhost:8080/weather/pune\n';
    expect(rate(readme).signals!.install).toBe(true);
  });

  it("steps that do something at the app's pages are a walk through it, in Spanish too", () => {
    const readme = '# carga\n\nCarga de ficheros CSV procesados en segundo plano.\n\n## Flujo\n\n1. El usuario sube sus datos desde `/upload/`.\n2. El worker los procesa.\n3. El usuario ve el progreso desde `/dashboard/`.\n';
    expect(rate(readme).signals!.usage).toBe(true);
  });

  it('steps that start only its database or broker never start the project: not good, with the command to add', () => {
    const readme = (steps: string) =>
      `# bank\n\nA mobile banking API: accounts, transfers between them and monthly statements saved as PDF files to an object store, so members can download them later.\n\n## Preparation\n\n${steps}\n\n## Endpoints\n\n- \`GET /accounts\` lists the accounts\n- \`POST /transfers\` moves money between two of them\n- \`GET /statements/{month}\` downloads a statement\n`;
    const manifests = { 'go.mod': 'module github.com/octo/bank\n\ngo 1.22\n' };
    const rootEntries = [{ name: 'go.mod', type: 'blob' as const }, { name: 'main.go', type: 'blob' as const }];
    for (const steps of [
      '```sh\ndocker run -p 5672:5672 -p 15672:15672 masstransit/rabbitmq\n```',
      '```sh\ndocker compose up -d postgres redis\n```',
      '- Create a Minio server. You can do it with the docker-compose.yaml file, launch command: `docker-compose up -d`',
    ]) {
      const status = rate(readme(steps), { manifests, rootEntries });
      expect(status.level, steps).toBe('basic');
      expect(status.reasons.join(' '), steps).toMatch(/go run/);
    }
    // Starting the app itself makes it good.
    expect(rate(readme('```sh\ndocker compose up -d postgres\ngo run .\n```'), { manifests, rootEntries }).level).toBe('good');
    expect(rate(readme('```sh\ndocker compose up -d\n```'), { manifests, rootEntries }).level).toBe('good');
  });

  it('a library installed by its own name is used, not started; a dependency added by name alone does not say how to run an app', () => {
    const lib = '# sliding-limiter\n\nA sliding-window rate limiter with a Redis or an in-memory backend, for APIs that must cap calls per client.\n\n## Install\n\n```sh\nnpm install sliding-limiter\n```\n\n## Usage\n\n```js\nconst { Limiter } = require("sliding-limiter")\nconst limiter = new Limiter({ interval: 60, limit: 100 })\nconst left = await limiter.check("client-1")\n```\n\nThe limiter keeps one sorted set per key in Redis and trims it on every check, so the window slides with time instead of resetting each minute. Several processes can share one limiter through the same Redis.\n';
    const manifests = { 'package.json': '{ "name": "sliding-limiter", "main": "lib/index.js" }' };
    const status = rate(lib, { manifests, fullName: 'octo/sliding-limiter', rootEntries: [{ name: 'package.json', type: 'blob' }] });
    expect(status.startMissing).toBeUndefined();
    expect(status.level).toBe('good');
    const goLib = '# queue\n\nA job queue for Go with Redis, SQS and in-memory drivers, retries with backoff and workflows of dependent jobs, so a service can hand slow work to workers and follow it to the end.\n\n## Install\n\n```sh\ngo get github.com/octo/queue\n```\n\n## Quick start\n\n```go\nq := queue.New(queue.Redis("localhost:6379"))\nq.Enqueue(ctx, "emails", payload)\n```\n';
    expect(rate(goLib, { manifests: { 'go.mod': 'module github.com/octo/queue\n' }, fullName: 'octo/queue', rootEntries: [{ name: 'go.mod', type: 'blob' }] }).startMissing).toBeUndefined();
    // An app whose only step adds one library by name, with nothing that runs it.
    const app = '# bookstore-api\n\nA REST API for a bookstore written in plain PHP, without a framework: books, authors and categories, with their own routes and JSON answers for every call.\n\n## Install\n\n```sh\ncomposer require vlucas/phpdotenv\n```\n\n## Endpoints\n\n- `GET http://localhost/bookstore-api/api/books` lists the books\n- `POST http://localhost/bookstore-api/api/books` adds one\n';
    const appStatus = rate(app, { rootEntries: [{ name: 'index.php', type: 'blob' }] });
    expect(appStatus.startMissing).toBe(true);
    expect(appStatus.level).toBe('basic');
  });

  it("making and entering a virtual environment, beside installing and starting, is not how to use it", () => {
    const readme = '# pointwatch\n\nBackend API for PointWatch, which tracks the points students earn at university events.\n\n## Usage\n\n```sh\npy -m venv .venv\n.venv/scripts/activate.bat\n# or\nsource .venv/bin/activate\npip install -r requirements.txt\nflask run\n```\n';
    expect(rate(readme).signals!.usage).toBe(false);
  });

  it("Azure DevOps' README template and the Cloud Run sample's text are not the project's, nor is a list of accounts to sign in with", () => {
    const azure = '# Introduction\nTODO: Give a short introduction of your project. Let this section explain the objectives or the motivation behind this project.\n\n# Getting Started\nTODO: Guide users through getting your code up and running on their own system.\n\n# Build and Test\nTODO: Describe and show how to build your code and run the tests.\n\n# Contribute\nTODO: Explain how other users and developers can contribute to make your code better.\n';
    expect(rate(azure, { fullName: 'octo/clinic-backend' }).level).toBe('stub');
    const cloudRun = '# Node + Express Service Starter\n\nThis is a simple API sample in Node.js with express.js based on Google Cloud Run Quickstart.\n\n## Getting Started\n\n```sh\nnpm run dev\n```\n';
    expect(rate(cloudRun, { fullName: 'octo/parts-server' }).level).toBe('stub');
    const accounts = '```sh\nnode ace serve --watch\n```\n\nADMIN (Quản trị viên) admin@university.example admin123 STAFF (Phòng Khoa học) staff@university.example password REVIEWER reviewer@university.example password\n';
    expect(rate(accounts).signals!.description).toBe(false);
  });

  it('paths listed under a line that names them endpoints, or named in steps, are how to use it', () => {
    const base = '# bookshop\n\nA bookshop backend on Flask-RESTful: customers order books and pay with Stripe, staff process or reject the orders.\n\n## Setup\n\n1. `pip install -r requirements.txt`\n2. `flask db upgrade`\n3. `flask run`\n';
    const listed = `${base}4. Current endpoints:\n    - /register\n    - /login\n    - /books\n    - /books/<int:_id>/delete\n`;
    expect(rate(listed).signals!.usage).toBe(true);
    // Two paths, or paths under a line about something else, are not a list of its endpoints.
    expect(rate(`${base}4. Folders:\n    - /app\n    - /migrations\n    - /scripts\n`).signals!.usage).toBe(false);
    const steps = `${base}\n## Как это работает\n\n1. Получите токен через эндпоинт \`/dummyLogin\` или зарегистрируйтесь через \`/register\`, затем войдите через \`/login\`.\n2. Модератор создаёт ПВЗ через эндпоинт \`/pvz\`.\n`;
    expect(rate(steps).signals!.usage).toBe(true);
  });

  it("Rails' README template with the project's own setup commands written into its list is more than the template", () => {
    const template = (filled: boolean) =>
      `# README\n\nThis README would normally document whatever steps are necessary to get the\napplication up and running.\n\nThings you may want to cover:\n\n* Ruby version\n\n* Configuration${filled ? '\n  ```sh\n    gem install bundler\n    bundle install\n  ```' : ''}\n\n* Database creation${filled ? '\n  ```sh\n    rails db:create db:migrate\n    rails db:seed\n  ```' : ''}\n\n* How to run the test suite\n\n* Deployment instructions\n`;
    expect(rate(template(false), { fullName: 'octo/sales-pitcher' }).level).toBe('stub');
    const filled = rate(template(true), { fullName: 'octo/sales-pitcher' });
    expect(filled.signals!.install).toBe(true);
    expect(filled.level).toBe('basic');
  });

  it("a tool's own site in the list of what it is built with is not its API docs; a published collection linked in a heading is", () => {
    const base = '# crm-api\n\nA customer relationship management API: companies, their contacts and the deals in progress with each.\n\n## Run\n\n```sh\npip install -r requirements.txt\npython manage.py runserver\n```\n';
    expect(rate(`${base}\n## Built with\n\n[Django](https://www.djangoproject.com)\n\n[Swagger](https://django-rest-swagger.readthedocs.io/en/latest/)\n`).signals!.usage).toBe(false);
    expect(rate(`${base}\n> ### [API Documentation](https://documenter.getpostman.com/view/1234/abcd) (Postman)\n`).signals!.usage).toBe(true);
  });

  it('what a step leads to ("Se tudo der certo, você verá…") and "Run the following commands to …" over them do not describe it', () => {
    for (const line of ['Se tudo der certo, você verá o usuário que criou na resposta do Postman e terá acesso a todas as funcionalidades da API.', 'If everything goes well, you will see the new user in the answer.']) {
      expect(rate(`## Setup\n\n\`\`\`sh\nphp artisan serve\n\`\`\`\n\n${line}\n`).signals!.description, line).toBe(false);
    }
    expect(rate('## Setup\n\nRun the following commands to add ReactJS and some of its essential libraries\n\n```sh\nyarn add react react-dom\n```\n').signals!.description).toBe(false);
  });

  it("making a project from an app's own package is installing it; only a starter's is using it", () => {
    const readme = (name: string) => `# ${name}\n\nA CRM built in Laravel and Vue: companies, contacts and deals.\n\n## Installation\n\n\`\`\`bash\ncomposer create-project octo/${name} .\n\`\`\`\n`;
    expect(rate(readme('laravel-vue-crm'), { fullName: 'octo/laravel-vue-crm' }).signals!.usage).toBe(false);
    expect(rate(readme('laravel-vue-starter'), { fullName: 'octo/laravel-vue-starter' }).signals!.usage).toBe(true);
  });

  it('a section on the technologies it uses is not how to use it, in Vietnamese or Portuguese', () => {
    for (const h of ['Công nghệ sử dụng', 'Tecnologias utilizadas']) {
      const readme = `# shop-backend\n\nBackend cho cửa hàng: quản lý người dùng, sản phẩm và thanh toán.\n\n## ${h}\n\n- Node.js, Express\n- MongoDB\n\n## Cài đặt\n\n\`\`\`sh\nnpm install\nnpm start\n\`\`\`\n`;
      expect(rate(readme).signals!.usage, h).toBe(false);
    }
  });

  it('an app with pages run here, with where to open it and the account it comes with, shows how to use it; a database account does not', () => {
    const manifests = { 'client/package.json': '{ "dependencies": { "react": "^19.0.0" } }' };
    const readme = (account: string) => `# staff\n\nAn employee manager: departments, people and their roles, with search, filters and paging.\n\n## Run\n\n\`\`\`sh\ndotnet run --project Api\nnpm --prefix client start\n\`\`\`\n\nOpen [http://localhost:3000](http://localhost:3000).\n${account}\n`;
    expect(rate(readme('Default login: `admin` / `admin123`.'), { manifests }).signals!.usage).toBe(true);
    expect(rate(readme('PostgreSQL: username `postgres`, password `changeme`.'), { manifests }).signals!.usage).toBe(false);
    expect(rate(readme('Default login: `admin` / `admin123`.')).signals!.usage).toBe(false);
  });
});
