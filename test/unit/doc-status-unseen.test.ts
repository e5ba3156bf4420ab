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
});
