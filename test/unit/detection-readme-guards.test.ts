/**
 * README hypotheticals, comparisons and alternatives are not what a project uses: "you could use
 * Nginx or Apache", "unlike MongoDB", "instead of Redis", "e.g. Kafka", "PostgreSQL, MySQL or
 * SQLite", a stack list partly marked TODO. Sentences that state what is used still count.
 */
import { describe, expect, it } from 'vitest';
import { detectRepository } from '../../shared/detection';
import { pickReadme } from '../../shared/detection/files';
import { alternativeTechs, readmeMentions } from '../../shared/detection/readme';
import type { RepoSnapshot } from '../../shared/github-types';

const mentioned = (readme: string) => readmeMentions(readme).filter((m) => !m.word.needs).map((m) => m.word.rule.tech).sort();
const snapshotOf = (over: Partial<RepoSnapshot>): RepoSnapshot => ({
  fullName: 'me/app', description: null, homepage: null, topics: [], languages: [], licence: null, readme: null, readmeName: null,
  rootEntries: [], workflowFiles: [], manifests: {}, paths: [], ...over,
});

describe('README guards', () => {
  it('hypotheticals and comparisons claim nothing', () => {
    for (const sentence of [
      'You could put Nginx or Apache in front of it.',
      'Unlike MongoDB, documents here have a schema.',
      'Sessions are kept in memory instead of Redis.',
      'Events can go to a broker (e.g. Kafka) later.',
      'Events can go to a broker, eg Kafka.',
      'It is faster than Elasticsearch for small data sets.',
      'Use any database of your choice.',
      'Works with any broker, RabbitMQ included.',
      'A drop-in replacement for Memcached.',
      'The store can be swapped for DynamoDB.',
      'Alternatives: Heroku, Fly.io.',
      'It is compatible with PostgreSQL.',
      'Option 2. Use a web server like Nginx or Apache to run the application.',
      'Put it behind a proxy like Traefik.',
      'WebSockets support is still experimental on most hosting providers.',
      'The service supports OpenAI (default) or Azure OpenAI.',
      'An AngularJS front end (API Gateway) routes the calls.',
      'When using Azure OpenAI, add the key to the settings.',
      'If you are using Kubernetes, apply the manifests.',
      'Package it with Docker or Podman.',
    ]) expect(mentioned(`# App\n\n${sentence}\n`), sentence).toEqual([]);
  });

  it('Amazon API Gateway needs AWS beside it; the pattern alone is not the service', () => {
    expect(mentioned('# App\n\nRequests reach the Lambda functions through API Gateway.\n')).toEqual(['AWS Lambda', 'Amazon API Gateway']);
    expect(mentioned('# App\n\nDeployed with AWS API Gateway.\n')).toEqual(expect.arrayContaining(['Amazon API Gateway']));
    const bare = (manifests: Record<string, string>) => detectRepository(snapshotOf({ readme: '# App\n\n## Stack\n\n- API Gateway\n', manifests, paths: Object.keys(manifests) })).technologies.map((t) => t.name);
    expect(bare({ 'go.mod': 'module x\n\ngo 1.22\n\nrequire github.com/aws/aws-sdk-go-v2 v1.30.0\n' })).toContain('Amazon API Gateway');
    expect(bare({})).not.toContain('Amazon API Gateway');
  });

  it('technologies named as alternatives to each other are none of them', () => {
    expect(mentioned('# App\n\nStore data in PostgreSQL, MySQL or SQLite.\n')).toEqual([]);
    expect(mentioned('# App\n\nDeploy behind Nginx or Traefik.\n')).toEqual([]);
    expect([...alternativeTechs('Either Redis or Memcached works.')].sort()).toEqual(['Memcached', 'Redis']);
    // A conjunction is a stack, not a choice.
    expect(mentioned('# App\n\nThe API stores data in PostgreSQL and caches it in Redis.\n')).toEqual(['PostgreSQL', 'Redis']);
  });

  it('a table or list naming three databases or more is what the project supports, not what it runs on', () => {
    const table = '# Lib\n\n| Database | Adapter |\n| --- | --- |\n| PostgreSQL | Pg |\n| MySQL | My |\n| SQLite3 | Lite |\n';
    expect(mentioned(table)).toEqual([]);
    expect(mentioned('# Lib\n\nIt talks to PostgreSQL, MySQL, SQL Server and SQLite.\n')).toEqual([]);
    expect(mentioned('# App\n\n| Part | Choice |\n| --- | --- |\n| Database | PostgreSQL |\n| Cache | Redis |\n| Search | MongoDB Atlas |\n')).toEqual(['MongoDB', 'PostgreSQL', 'Redis']);
    expect(mentioned('# Spec\n\nChoose any frontend (React, Angular, & more) and any backend (Node, Django, & more).\n')).toEqual([]);
  });

  it('a stack list partly marked as plans is a plan as a whole; a plain list still counts', () => {
    const planned = '# App\n\n## Stack\n- Express\n- PostgreSQL\n- Docker (TODO)\n- AWS EC2\n\nMore text.\n';
    expect(mentioned(planned)).toEqual([]);
    const plain = '# App\n\n## Stack\n- PostgreSQL\n- AWS Lambda\n';
    expect(mentioned(plain)).toEqual(['AWS', 'AWS Lambda', 'PostgreSQL']);
    // A "Todo app" is a project, not a plan; one plan in a long catalogue leaves the others standing.
    expect(mentioned('# Recipes\n\n- Todo app with GORM and PostgreSQL\n- Redis cache\n')).toEqual(['GORM', 'PostgreSQL', 'Redis']);
    const catalogue = ['- Load balancing with Nginx', '- Queue with RabbitMQ (WIP)', ...Array.from({ length: 20 }, (_, i) => `- Recipe ${i}`)].join('\n');
    expect(mentioned(`# Recipes\n\n${catalogue}\n`)).toEqual(['Nginx']);
    // A checklist with unchecked items keeps what is ticked.
    expect(mentioned('# App\n\n- [x] JWT login\n- [ ] Kafka events\n')).toEqual(['JWT']);
  });

  it('sections comparing the project with others are skipped', () => {
    expect(mentioned('# App\n\n## Comparison\n\nMongoDB stores documents.\n\n## Why not Kafka?\n\nKafka is heavy.\n')).toEqual([]);
    expect(mentioned('# App\n\n## Similar projects\n\nA Django clone.\n\n## Stack\n\nRuns on SQLite.\n')).toEqual(['SQLite']);
  });
});

describe('documents and stray files', () => {
  const snapshot = snapshotOf;
  const guide = `# Best practices\n\n${'Run the service with PostgreSQL and Kafka behind Nginx for a while. '.repeat(400)}\n`;

  it('a repository that is a long guide with a little code claims nothing its README names', () => {
    const lint = JSON.stringify({ devDependencies: { 'markdownlint-cli': '0.39' } });
    const doc = detectRepository(snapshot({ readme: guide, languages: [{ name: 'Shell', bytes: 1800 }], manifests: { 'package.json': lint }, paths: ['README.md', 'package.json', 'scripts/', 'scripts/x.sh'] }));
    expect(doc.technologies.map((t) => t.name)).toEqual([]);
    // The same README beside a project of its own is read as usual.
    const project = detectRepository(snapshot({ readme: guide, languages: [{ name: 'Go', bytes: 90_000 }], manifests: { 'go.mod': 'module x\n\ngo 1.22\n' }, paths: ['README.md', 'go.mod', 'main.go'] }));
    expect(project.technologies.map((t) => t.name)).toEqual(expect.arrayContaining(['PostgreSQL', 'Apache Kafka', 'Nginx']));
  });

  it('a language that is not the main one needs more than one stray file’s worth of code', () => {
    const langs = (ts: number) => detectRepository(snapshot({ languages: [{ name: 'Go', bytes: 3000 }, { name: 'TypeScript', bytes: ts }], paths: ['main.go', 'tools/gen.ts'] })).technologies.map((t) => t.name);
    expect(langs(205)).not.toContain('TypeScript');
    expect(langs(2000)).toContain('TypeScript');
  });

  it('the README GitHub shows is the plainest name, not a translation', () => {
    expect(pickReadme(['README.basque.md', 'README.md', 'README.chinese.md'])).toBe('README.md');
  });
});
