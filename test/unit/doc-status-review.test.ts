/**
 * Where a careful reviewer and the rating parted on real repositories, each on a fixture written
 * for it: a short README concrete everywhere is good; features and a stack at length without a
 * concrete install or usage are not; a paragraph and a run command are basic, not a stub; the
 * forms usage takes for APIs one tries in a browser or a playground (Swagger UI, GraphQL, a
 * deployed instance); prose under an about-like heading is the description.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocumentation, type DocInput } from '../../shared/doc-status';

function rate(readme: string, extra: Partial<DocInput> = {}) {
  return analyzeDocumentation({ readme, licence: null, homepage: null, rootEntries: [], ...extra });
}
const signals = (readme: string, extra: Partial<DocInput> = {}) => rate(readme, extra).signals!;

const FEATURES = [
  '## Features',
  '',
  '- Products with categories, tags, images and stock tracking',
  '- Orders with billing details, delivery tracking and history',
  '- Carts for guests and registered customers, kept in the database',
  '- Customers and employees with roles, password recovery and refresh tokens',
  '- Stripe payments with payment methods and an event log',
  '',
  '## Technology stack',
  '',
  '- Spring Boot and Java 21',
  '- PostgreSQL through Spring Data JPA',
  '- Stripe for payments',
].join('\n');

describe('short and concrete is good', () => {
  it('about a hundred words of prose with the commands and a Swagger UI address is good', () => {
    const readme = [
      '# shelf-api',
      '',
      'Shelf keeps track of the books a reading club owns: who borrowed which copy, when it is due back, and who is waiting for it next.',
      '',
      '## Run it',
      '',
      '```bash\npip install -r requirements.txt\nuvicorn shelf.main:app --reload\n```',
      '',
      '## Try it',
      '',
      'The interactive documentation is at http://localhost:8000/docs once it runs; sign up, then borrow a copy from the list.',
    ].join('\n');
    const s = rate(readme);
    expect(s.signals).toMatchObject({ description: true, install: true, usage: true });
    expect(s.level).toBe('good');
  });

  it('a few lines that say what it does, how to run it and where its Swagger UI is, with the commands counted, are good', () => {
    const readme = [
      '# ChargeHub',
      '',
      'ChargeHub is a .NET 8 Web API for managing the smart charging of electric cars.',
      'Used tools:',
      '* SQLite',
      '* Entity Framework Core',
      '* xUnit',
      '',
      '## Build and run',
      '',
      '```\ndotnet build\ndotnet run\n```',
      '',
      '## Swagger',
      '',
      'https://localhost:5001/swagger/index.html',
      '',
      '## Tests',
      '',
      '```\ndotnet test\ndotnet ef database update\n```',
    ].join('\n');
    const s = rate(readme);
    expect(s.words).toBeLessThan(40);
    expect(s.level).toBe('good');
  });

  it('a one-line description of a few words is a description when it says what the project does', () => {
    expect(signals('# shelf\n\nLending books within a club.\n\n```sh\nnpm ci && npm start\n```\n').description).toBe(true);
  });
});

describe('a description that only names the stack says nothing of what the project does', () => {
  it('"a backend built with Node, Express and MongoDB" is not a description, and the reason says what to write', () => {
    const readme = '# Backend\n\nThis is backend created in node, express and mongoDb\n\n## Scripts\n\n```sh\nnpm install\nnpm run start\n```\n\n## Api doc\n\nhttp://localhost:4000/api-docs/\n';
    const s = rate(readme);
    expect(s.signals!.description).toBe(false);
    expect(s.level).toBe('basic');
    expect(s.reasons).toContainEqual(expect.stringMatching(/^the description only names how it is built .*: add what the project does and for whom/));
  });

  it('"Simple test app." and "GraphQL server demo" say nothing either; a sentence with a purpose does', () => {
    expect(signals('# x\n\nSimple test app.\n\n```sh\npoetry install\n```\n').description).toBe(false);
    expect(signals('# x\n\nGraphql server demo\n\n```sh\nyarn\n```\n').description).toBe(false);
    // The title says what it is for as much as the line under it.
    expect(signals('# Todo API\n\nA REST API built with Express and MongoDB.\n').description).toBe(true);
    // How it is built is not what it does.
    expect(signals('# x\n\nSample repository for implementing a clean architecture with Go.\n').description).toBe(false);
    expect(signals('# x\n\nA clean architecture implementation of a todo API in Go, with tags and due dates.\n').description).toBe(true);
    expect(signals('# x\n\nA little Node app to start learning Node and Express.\n').description).toBe(true);
    // In Spanish and Portuguese too; other text is not judged by these words.
    expect(signals('# x\n\n- API REST Nodejs usando MongoDB\n\n```sh\nnpm install\n```\n').description).toBe(false);
    expect(signals('# x\n\nAPI Java com Spring Boot para estudos\n').description).toBe(false);
    expect(signals('# x\n\nUne API REST pour gérer les tâches d’une équipe.\n').description).toBe(true);
  });
});

describe('a stack and features at length are not enough without a concrete install and usage', () => {
  it('cloning the repository and opening it in an IDE is not how to install or run it', () => {
    const readme = [
      '# E-commerce API',
      '',
      'A REST API for an online shop: products, orders, carts and customers.',
      '',
      FEATURES,
      '',
      '## API documentation',
      '',
      'The API follows OpenAPI 3.1; the specification is in [open-api.yml](docs/open-api.yml).',
      '',
      '## Getting started',
      '',
      '1. **Clone the repository**',
      '   ```bash\n   git clone https://github.com/octo/shop-api.git\n   cd shop-api\n   ```',
      '2. **Configure the database** in `application.properties`:',
      '   ```properties\n   spring.datasource.url=jdbc:postgresql://localhost:5432/shop\n   ```',
      '3. **Open it in IntelliJ IDEA**',
      '   ```bash\n   run the project on IntelliJ IDEA and use the endpoints\n   ```',
    ].join('\n');
    const s = rate(readme);
    expect(s.signals!.install).toBe(false);
    expect(s.level).toBe('basic');
    expect(s.reasons).toContainEqual(expect.stringMatching(/^no install or run steps\b.*: add the commands that install and start it/));
    // The same README with the command that starts it is good.
    expect(rate(`${readme}\n\n   \`\`\`bash\n   ./mvnw spring-boot:run\n   \`\`\``).level).toBe('good');
  });

  it('a setup section naming only the tools needed in inline code is not an install section', () => {
    expect(signals('# x\n\nKeeps notes for teams.\n\n## Setup\n\nClone it: `git clone https://github.com/octo/x`. You need `Node 20` and `PostgreSQL`.\n').install).toBe(false);
    expect(signals('# x\n\nKeeps notes for teams.\n\n## Setup\n\nRun `glide install`, then start it.\n').install).toBe(true);
  });

  it('a usage section that only starts it, as a numbered step or saying where it listens, is not usage', () => {
    const desc = '# shop-api\n\nThe back end of a shop: products, carts and orders, with sign-in for customers.\n\n## Install\n\n```bash\nnpm install\n```\n\n';
    expect(signals(`${desc}## Usage\n\n1. Start the server:\n\n    \`\`\`bash\n    nodemon ./app.js\n    \`\`\`\n`).usage).toBe(false);
    expect(signals(`${desc}## Usage\n\nOnce it is built, start the server with the following command:\n\n\`\`\`\ncargo run\n\`\`\`\n\nThe application will start listening on \`http://localhost:8080\`\n`).usage).toBe(false);
    expect(signals(`${desc}## Usage\n\n1. Start the server:\n\n    \`\`\`bash\n    npm start\n    \`\`\`\n\n2. List the products: \`curl http://localhost:3000/products\`\n`).usage).toBe(true);
  });

  it('a README template’s placeholders left in it keep it below good, and the reason says so', () => {
    const readme = [
      '# library-backend',
      'Backend API service for the library of a school: books, members and loans.',
      '',
      'A brief description of your Spring Boot project. Explain what the project does and its main features.',
      '',
      'Feature 1: Describe a key functionality.',
      '',
      '## Running the application',
      '',
      '```bash\nmvn spring-boot:run\n```',
      '',
      '## API routes',
      '',
      'Use the Postman link to see every route: https://documenter.getpostman.com/view/1/abc',
    ].join('\n');
    const s = rate(readme);
    expect(s.signals).toMatchObject({ description: true, install: true, usage: true });
    expect(s.level).toBe('basic');
    expect(s.reasons).toContainEqual(expect.stringMatching(/^parts of it are still a README template’s placeholders .*: replace them with what is true of your project/));
  });

  it('a link to API documentation that does not exist yet, or a bare live-demo link, is not usage', () => {
    const readme = [
      '# Shop backend',
      '',
      'The server side of a shop: APIs and database access for the storefront.',
      '',
      FEATURES,
      '',
      '## Live Demo',
      '[Live Demo](https://shop-backend.onrender.com)',
      '',
      '## Installation',
      '1. Install dependencies: `npm install`',
      '2. Start the server: `npm start`',
      '',
      '## API Documentation',
      'You can find the API documentation in the [API Documentation](#) file.',
      '* Not available right now (working on it).',
    ].join('\n');
    const s = rate(readme);
    expect(s.signals!.usage).toBe(false);
    expect(s.signals!.demo).toBe(true);
    expect(s.level).toBe('basic');
  });
});

describe('a paragraph and a run command are basic, not a stub', () => {
  it.each([
    ['in a code block', '```sh\nruby app.rb\n```'],
    ['in a sentence', 'To start it, run: python3 manage.py runserver'],
    ['after a verb in prose', 'Run npm install and then npm start.'],
    ['a Django manage.py', '```sh\n./manage.py runserver\n```'],
    ['ts-node', '```sh\nnpx ts-node src/index.ts\n```'],
    ['bun', '```sh\nbun src/index.ts\n```'],
    ['a run verb in Indonesian', '- Jalankan php artisan serve'],
    ['quoted in prose, on Windows', 'In the main directory, type "python.exe application.py".'],
  ])('%s', (_, run) => {
    const s = rate(`# tide-api\n\nTide API serves tide tables for the harbours of the coast, from the public forecasts, refreshed every night.\n\n${run}\n`);
    expect(s.signals!.install).toBe(true);
    expect(s.level).toBe('basic');
  });

  it('a README of only environment variables is a stub, and says to add what it is', () => {
    const readme = [
      'Environment variables',
      '- `DB_HOST` : Hostname or IP address of the database to be connected from this application',
      '    - Default : `127.0.0.1`',
      '- `DB_PORT` : The port of the database to be connected from this application',
      '    - Default : `3306`',
      '- `DB_NAME` : The name of the database used in this application',
      '    - Default : `todo`',
      '- `DB_USER` : The user to connect the database',
      '    - Default : `root`',
    ].join('\n');
    const s = rate(readme);
    expect(s.level).toBe('stub');
    expect(s.reasons[0]).toMatch(/add what it is, how to run it and how to use it/);
  });

  it('a Mermaid diagram pasted without a fence is a diagram, not prose', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `  TABLE_${i} ||--o{ ROW_${i} : "has"`).join('\n');
    const s = rate(`erDiagram\n${rows}\n`);
    expect(s.signals!.description).toBe(false);
    expect(s.level).toBe('stub');
    expect(s.reasons[0]).toMatch(/^README is only a diagram: add what it is/);
    expect(rate('\n').reasons[0]).toMatch(/^README is empty: add what it is/);
  });
});

describe('usage for APIs tried in a browser or a playground', () => {
  const HEAD = '# tide-api\n\nTide API serves tide tables for the harbours of the coast, from the public forecasts.\n\n```sh\nnpm ci && npm start\n```\n\n';

  it('a Swagger UI or API address on localhost is usage, with a placeholder port too', () => {
    expect(signals(`${HEAD}Swagger UI: http://localhost:8080/swagger-ui/index.html\n`).usage).toBe(true);
    expect(signals(`${HEAD}## Playground\n\n- Open \`localhost:<PORT>/graphql\` in your browser\n`).usage).toBe(true);
    expect(signals(`${HEAD}The API answers on \`http://localhost:\${PORT}/api/harbours\`.\n`).usage).toBe(true);
    // (Corrected: the API's base alone, `…/api`, names nothing to call; reviewers of two real READMEs that gave only it rated usage absent.)
    expect(signals(`${HEAD}The API answers on \`http://localhost:\${PORT}/api\`.\n`).usage).toBe(false);
  });

  it('a GraphQL query or mutation example is usage; a schema alone is not', () => {
    expect(signals(`${HEAD}Sample mutation\n\n\`\`\`\nmutation {\n  addUser(user: { name: "Ann" }) {\n    id\n  }\n}\n\`\`\`\n`).usage).toBe(true);
    expect(signals(`${HEAD}\`\`\`graphql\n{\n  harbours(limit: 5) {\n    name\n  }\n}\n\`\`\`\n`).usage).toBe(true);
    expect(signals(`${HEAD}\`\`\`graphql\ntype Harbour {\n  name: String!\n}\n\`\`\`\n`).usage).toBe(false);
    expect(signals(`${HEAD}\`\`\`json\n{\n  "user": {\n    "id": 1\n  }\n}\n\`\`\`\n`).usage).toBe(false);
  });

  it('opening the running server to see its routes or send queries is usage', () => {
    expect(signals(`${HEAD}## Routes\n\nRun the app and go to [Server Home](http://localhost:5000/) to see the routes and the data each request takes.\n`).usage).toBe(true);
    expect(signals(`${HEAD}Open http://localhost:4000 to send queries and mutations in the playground.\n`).usage).toBe(true);
  });

  it('API docs at their own address are usage, even among the description; a mention of a spec followed is not', () => {
    expect(signals('# goods\n\nA REST service to upload goods and categories and see price statistics.\n\nSwagger: https://goods.example.org/docs\n\n```sh\ndocker compose up -d\n```\n').usage).toBe(true);
    expect(signals(`${HEAD}## Documentation\n\nhttps://documenter.getpostman.com/view/123/abc\n`).usage).toBe(true);
    expect(signals(`${HEAD}## Documentation\n\nThe Swagger UI is at \`<HOST>:<PORT>/swagger\`.\n`).usage).toBe(true);
    expect(signals('# tide\n\nAn implementation of the [Conduit](https://spec.example.org/conduit) API spec.\n\n```sh\nnpm start\n```\n').usage).toBe(false);
    // The tool's own site, in a list of technologies, is not the project's docs.
    expect(signals('# tide\n\nTide tables for harbours.\n\n## Technologies\n\n- [Symfony](https://symfony.com/)\n- [Swagger](https://swagger.io/)\n\n```sh\ncomposer install\n```\n').usage).toBe(false);
  });

  it('a deployed instance with what to do there is usage; its bare address is not', () => {
    expect(signals(`${HEAD}## Try it live\n\nDeployed on Render: check the endpoint [/tides/brest](https://tide-api.onrender.com/tides/brest).\n`).usage).toBe(true);
    expect(signals(`${HEAD}## Demo\n\nLog in at https://tide-app.vercel.app with demo@example.com / demo to browse the tide tables.\n`).usage).toBe(true);
    expect(signals(`${HEAD}## Live demo\n\nhttps://tide-api.onrender.com\n`).usage).toBe(false);
    expect(signals(`${HEAD}To list the harbours, open http://tides.us-east-1.elasticbeanstalk.com/harbours\n`).usage).toBe(true);
  });
});

describe('the description where people put it', () => {
  it('prose under an about-like heading is the description, in the supported languages', () => {
    for (const heading of ['Knowledge base', 'About', 'Sobre o projeto', 'Acerca del proyecto', 'À propos', 'Über das Projekt', 'O projekcie', 'О проекте', 'Tentang', '소개', 'について', '关于']) {
      const readme = `# tide-api\n\n## ${heading}\n\nTide API serves tide tables for the harbours of the coast, from the public forecasts.\n\n## Run\n\n\`\`\`sh\nnpm start\n\`\`\`\n`;
      expect(signals(readme).description, heading).toBe(true);
    }
  });

  it('a sentence set as the first heading is the description, even with a section word in it', () => {
    const readme = '### This repository contains two CRUD FastAPI projects with tests\n\n- the first keeps the todos in a file\n- the second keeps them in SQLite\n\nTo run it, move into `src` and run `fastapi dev .`\n\nSwagger documentation: http://127.0.0.1:8000/docs\n';
    expect(signals(readme)).toMatchObject({ description: true, install: true, usage: true });
  });

  it('a caption over an example, or a line introducing commands, is not a description', () => {
    const s = rate('```\nnpm i\nnode start\n```\n\nSample mutation query\n\n```\nmutation {\n  addUser(user: { name: "Ann" }) {\n    success\n  }\n}\n```\n\nsample fetch query\n\n```\n{\n  users {\n    id\n  }\n}\n```\n');
    expect(s.signals).toMatchObject({ description: false, install: true, usage: true });
    expect(s.level).toBe('basic');
    expect(signals('# api\n\n## Available Scripts\n\nIn the project directory, you can run:\n\n### `npm start`\n\nThis starts the server on port 4000.\n').description).toBe(false);
  });

  it('an example of requests, in inline code, is not a description', () => {
    const readme = 'How to use it:\n\n`docker run -d -p 6379:6379 redis`\n\n<b>Example of POST request:</b>\n\n<b>POST</b>\n\n`http://localhost:8080/api/urls`\n\n`Content-Type: application/json`\n\n`{ "initialUrl": "https://example.com" }`\n';
    expect(signals(readme)).toMatchObject({ description: false, usage: true });
  });

  it('Create React App’s “open it in the browser”, copied into a server’s README, is not usage', () => {
    const readme = '# chat-server\n\nServer side of a chat: rooms, messages and who is online, over Socket.io.\n\n## Available Scripts\n\n### `npm start`\n\nRuns the app in the development mode.\nOpen http://localhost:3000 to view it in the browser.\n';
    const server = { manifests: { 'package.json': JSON.stringify({ dependencies: { express: '^4', 'socket.io': '^4' } }) } };
    const app = { manifests: { 'package.json': JSON.stringify({ dependencies: { react: '^18', 'react-scripts': '5' } }) } };
    expect(signals(readme, server).usage).toBe(false);
    expect(signals(readme, app).usage).toBe(true);
  });

  it('"The project is …" as the first heading is the description', () => {
    expect(signals('## The project is a Flask REST API for parent and child relationships\n\n### Installation\n\n\tpip install Flask\n').description).toBe(true);
  });

  it('steps are installing, not describing', () => {
    expect(signals('# Simple GraphQL Sample App\n\n## Steps\n\n- Start your local MongoDB server\n- Create a new database or use an existing one\n- Run `npm install`\n').description).toBe(false);
  });

  it('a list of links to the repository’s files is an index, not a description', () => {
    const items = ['First steps', 'Path parameters', 'Query parameters', 'Request body', 'Response model', 'Handling errors', 'Middleware', 'CORS'].map((t, i) => `- [${t}](tutorials/t${i}.py)`).join('\n');
    expect(signals(`# fastapi-tutorial\n\n## Sections\n\n${items}\n`).description).toBe(false);
    expect(signals(`# x\n\nKeeps notes for teams.\n\n## API\n\n- [OpenAPI description](docs/openapi.yaml)\n\n\`\`\`sh\nnpm start\n\`\`\`\n`).usage).toBe(true);
    expect(signals('# x\n\n## Built with\n\n- [FastAPI](https://fastapi.tiangolo.com) for the HTTP API\n- [PostgreSQL](https://www.postgresql.org) for the tide tables\n').description).toBe(true);
  });
});
