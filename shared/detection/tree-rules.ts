/**
 * What the repository's tree shows by the files in it, without reading them: test files and
 * test-runner configuration, migration files, schema files. A folder name alone never claims a
 * technology (a `prisma/` or `tests/` folder may be empty); files in it can.
 */
import { r, type Found, type TechRule } from './model';

interface PathRule {
  test: RegExp;
  rule: TechRule;
  /** Evidence; `{path}` is the first matching path, `{n}` how many matched. */
  evidence: string;
}

const p = (test: RegExp, rule: TechRule, evidence: string): PathRule => ({ test, rule, evidence });

export const PATH_RULES: readonly PathRule[] = [
  // Test runners, by their configuration files.
  p(/(^|\/)jest\.config\.[mc]?[jt]s$|(^|\/)jest\.json$|(^|\/)jest\.preset\.js$/, r('Jest', 'testing'), 'has Jest configuration ({path})'),
  p(/(^|\/)vitest\.(config|workspace)\.[mc]?[jt]s$/, r('Vitest', 'testing'), 'has Vitest configuration ({path})'),
  p(/(^|\/)(pytest\.ini|conftest\.py)$/, r('pytest', 'testing'), 'has pytest configuration ({path})'),
  p(/(^|\/)phpunit\.xml(\.dist)?$/, r('PHPUnit', 'testing'), 'has PHPUnit configuration ({path})'),
  p(/(^|\/)tests\/Pest\.php$/, r('Pest', 'testing'), 'has Pest configuration ({path})'),
  p(/(^|\/)\.rspec$|(^|\/)spec\/(spec|rails)_helper\.rb$/, r('RSpec', 'testing'), 'has RSpec configuration ({path})'),
  p(/(^|\/)playwright\.config\.[mc]?[jt]s$/, r('Playwright', 'testing'), 'has Playwright configuration ({path})'),
  p(/(^|\/)cypress\.config\.[mc]?[jt]s$|(^|\/)cypress\.json$/, r('Cypress', 'testing'), 'has Cypress configuration ({path})'),
  p(/(^|\/)\.mocharc(\.[\w]+)?$/, r('Mocha', 'testing'), 'has Mocha configuration ({path})'),
  p(/(^|\/)(codecov|\.codecov)\.ya?ml$/, r('Codecov', 'testing'), 'reports coverage to Codecov ({path})'),
  p(/(^|\/)tox\.ini$|(^|\/)noxfile\.py$/, r('Automated testing', 'testing'), 'has a test runner configuration ({path})'),
  p(/(^|\/)test\/test_helper\.exs$/, r('ExUnit', 'testing'), 'has ExUnit tests ({path})'),
  // Test files, by the names each ecosystem gives them.
  p(/(^|\/)[^/]+_test\.go$/, r('Go testing', 'testing'), 'has Go tests ({path}, {n} in all)'),
  p(/(^|\/)(test_[^/]+|[^/]+_test)\.py$/, r('Automated testing', 'testing'), 'has Python tests ({path}, {n} in all)'),
  p(/(^|\/)[^/]+\.(test|spec)\.[mc]?[jt]sx?$|(^|\/)__tests__\/[^/]+\.[jt]sx?$/, r('Automated testing', 'testing'), 'has JavaScript/TypeScript tests ({path}, {n} in all)'),
  p(/(^|\/)[^/]+_spec\.rb$/, r('RSpec', 'testing'), 'has RSpec specs ({path}, {n} in all)'),
  p(/(^|\/)test\/[^/]+\/[^/]+_test\.rb$|(^|\/)test\/[^/]+_test\.rb$/, r('Minitest', 'testing'), 'has Rails tests ({path}, {n} in all)'),
  p(/(^|\/)tests?\/.*[^/]+Test\.php$/, r('Automated testing', 'testing'), 'has PHP tests ({path}, {n} in all)'),
  p(/(^|\/)[^/]+Tests?\.(java|kt)$/, r('Automated testing', 'testing'), 'has JVM tests ({path}, {n} in all)'),
  p(/(^|\/)[^/]+(Test|Spec)\.scala$/, r('Automated testing', 'testing'), 'has Scala tests ({path}, {n} in all)'),
  p(/(^|\/)[^/]+Tests?\.cs$|(^|\/)[^/]*\.(Unit|Integration|Functional)?Tests?\/[^/]+\.csproj$/, r('Automated testing', 'testing'), 'has .NET tests ({path})'),
  p(/(^|\/)[^/]+_test\.exs$/, r('ExUnit', 'testing'), 'has ExUnit tests ({path}, {n} in all)'),
  p(/(^|\/)tests?\/[^/]+\.rs$/, r('Automated testing', 'testing'), 'has Rust integration tests ({path})'),
  // Migrations, by the files a migration tool writes (not by a folder's name).
  p(/(^|\/)([\w-]*migrations?|migrate|db\/migrate)\/(\d{3,}|V\d+[._]|\d+_|\d{4}-\d{2}-\d{2})[^/]*(\.(sql|rb|php|py|exs|ts|js|go)|\/(up|down)\.sql)?$|(^|\/)migrations\/Version\d+\.php$/i, r('Database migrations', 'practice'), 'has migration files ({path}, {n} in all)'),
  p(/(^|\/)(priv\/repo\/migrations)\/\d+_[^/]+\.exs$/, r('Database migrations', 'practice'), 'has Ecto migrations ({path})'),
  p(/(^|\/)db\/migration\/V\d+[^/]*__[^/]+\.sql$/, r('Flyway', 'practice'), 'has Flyway migrations ({path})'),
  p(/(^|\/)alembic\.ini$|(^|\/)alembic\/env\.py$/, r('Alembic', 'practice'), 'has Alembic migrations ({path})'),
  p(/(^|\/)diesel\.toml$/, r('Diesel', 'orm'), 'has Diesel settings ({path})'),
  // Schemas and API descriptions that are files of their own.
  p(/\.(graphqls?|gql)$/, r('GraphQL', 'api'), 'has a GraphQL schema ({path})'),
  p(/\.proto$/, r('Protocol Buffers', 'api'), 'has Protocol Buffers definitions ({path})'),
  p(/(^|\/)skaffold\.ya?ml$/, r('Kubernetes', 'devops'), 'has a {path} (Kubernetes dev loop)'),
  p(/(^|\/)\.terraform\.lock\.hcl$/, r('Terraform', 'devops'), 'has Terraform provider locks ({path})'),
  p(/^\.gcloudignore$/, r('Google Cloud', 'cloud'), 'deploys with gcloud ({path})'),
];

/** Applies the path rules to every path the sync saw (folders end with `/`). */
export function detectFromPaths(found: Found, paths: readonly string[]): void {
  // Folders are tested by name too (a migration may be a folder of up/down files).
  const files = paths.map((x) => x.replace(/\/$/, '')).filter((x) => !/(^|\/)(node_modules|vendor|dist|target|\.venv|venv)\//.test(x));
  for (const rule of PATH_RULES) {
    const hits = files.filter((x) => rule.test.test(x));
    if (hits.length === 0) continue;
    found.tech(rule.rule.tech, rule.rule.role, rule.evidence.replace('{path}', hits[0]).replace('{n}', String(hits.length)));
  }
}
