/** The libraries each backend ecosystem is built with, read from its own manifests. */
import { describe, expect, it } from 'vitest';
import { detectRepository } from '../../shared/detection';
import type { RepoSnapshot } from '../../shared/github-types';

function detect(manifests: Record<string, string>, paths: string[] = Object.keys(manifests)) {
  const snapshot: RepoSnapshot = {
    fullName: 'me/x', description: null, homepage: null, topics: [], languages: [], licence: null, readme: null, readmeName: null,
    rootEntries: [], workflowFiles: [], manifests, paths,
  };
  return detectRepository(snapshot).technologies;
}
const names = (manifests: Record<string, string>, paths?: string[]) => detect(manifests, paths).map((t) => t.name);

describe('ecosystem rules', () => {
  it('.NET: MediatR, AutoMapper, Serilog (and logging), Moq, NUnit adapters, Hangfire', () => {
    const props = `<Project><ItemGroup>
      <PackageVersion Include="MediatR" Version="12.0.0" />
      <PackageVersion Include="AutoMapper.Extensions.Microsoft.DependencyInjection" Version="12.0.0" />
      <PackageVersion Include="Serilog.AspNetCore" Version="8.0.0" />
      <PackageVersion Include="Moq" Version="4.20.0" />
      <PackageVersion Include="NUnit3TestAdapter" Version="4.5.0" />
      <PackageVersion Include="Hangfire.Core" Version="1.8.0" />
    </ItemGroup></Project>`;
    expect(names({ 'Directory.Packages.props': props })).toEqual(expect.arrayContaining(['MediatR', 'AutoMapper', 'Serilog', 'Logging', 'Moq', 'NUnit', 'Hangfire', 'Automated testing']));
  });

  it('Rust: Tokio, Serde, Tonic with gRPC, SeaORM migrations', () => {
    const cargo = '[package]\nname = "svc"\n\n[dependencies]\ntokio = { version = "1", features = ["full"] }\nserde = { version = "1", features = ["derive"] }\nserde_json = "1"\ntonic = "0.11"\nsea-orm-migration = "1"\n';
    expect(names({ 'Cargo.toml': cargo })).toEqual(expect.arrayContaining(['Tokio', 'Serde', 'Tonic', 'gRPC', 'SeaORM', 'Database migrations']));
  });

  it('Elixir: Absinthe is GraphQL; Go: pgx is PostgreSQL, jmoiron/sqlx is sqlx', () => {
    const mix = 'defmodule App.MixProject do\n  defp deps do\n    [\n      {:phoenix, "~> 1.7"},\n      {:absinthe, "~> 1.7"},\n      {:absinthe_plug, "~> 1.5"}\n    ]\n  end\nend\n';
    expect(names({ 'mix.exs': mix })).toEqual(expect.arrayContaining(['Phoenix', 'Absinthe', 'GraphQL']));
    const gomod = 'module example.com/svc\n\ngo 1.22\n\nrequire (\n\tgithub.com/jackc/pgx/v5 v5.5.0\n\tgithub.com/jmoiron/sqlx v1.3.5\n)\n';
    expect(names({ 'go.mod': gomod })).toEqual(expect.arrayContaining(['pgx', 'PostgreSQL', 'SQLx']));
  });

  it('JVM: Lombok, Mockito, Spek, and the Kotest Gradle plugin', () => {
    const gradle = 'plugins {\n  id("io.kotest") version "0.4.10"\n}\ndependencies {\n  compileOnly("org.projectlombok:lombok:1.18.30")\n  testImplementation("org.mockito:mockito-core:5.0.0")\n  testImplementation("org.jetbrains.spek:spek-api:1.1.5")\n}\n';
    expect(names({ 'build.gradle.kts': gradle })).toEqual(expect.arrayContaining(['Lombok', 'Mockito', 'Spek', 'Kotest', 'Automated testing']));
  });

  it('Kotlin build logic in buildSrc names its coordinates as strings', () => {
    const deps = 'object Versions { const val ktor = "2.3.0" }\nobject Deps {\n  const val SERVER = "io.ktor:ktor-server-core-jvm:${Versions.ktor}"\n  const val ORM = "org.jetbrains.exposed:exposed-core:0.41.1"\n  // const val OLD = "com.h2database:h2:2.1.214"\n}\n';
    const found = names({ 'buildSrc/src/main/kotlin/Deps.kt': deps });
    expect(found).toEqual(expect.arrayContaining(['Ktor', 'Exposed']));
    expect(found).not.toContain('H2 Database');
  });

  it('Node: Bull is Bull (and Redis), not BullMQ; Winston and Pino are logging; Chai is testing', () => {
    const pkg = JSON.stringify({ dependencies: { bull: '4', winston: '3', pino: '8' }, devDependencies: { chai: '4' } });
    const found = names({ 'package.json': pkg });
    expect(found).toEqual(expect.arrayContaining(['Bull', 'Redis', 'Winston', 'Pino', 'Logging', 'Automated testing']));
    expect(found).not.toContain('BullMQ');
  });

  it('Spring Boot 4 starters: webmvc serves HTTP, the split test starters are JUnit', () => {
    const gradle = "dependencies {\n  implementation 'org.springframework.boot:spring-boot-starter-webmvc'\n  testImplementation 'org.springframework.boot:spring-boot-starter-webmvc-test'\n}\n";
    expect(names({ 'build.gradle': gradle })).toEqual(expect.arrayContaining(['Spring Boot', 'JUnit', 'Automated testing']));
  });

  it('Spring Cloud and Resilience4j; API Platform is REST and OpenAPI (and GraphQL with its module)', () => {
    const pom = '<project><dependencies><dependency><groupId>org.springframework.cloud</groupId><artifactId>spring-cloud-starter-netflix-eureka-client</artifactId></dependency><dependency><groupId>org.springframework.cloud</groupId><artifactId>spring-cloud-starter-circuitbreaker-reactor-resilience4j</artifactId></dependency></dependencies></project>';
    expect(names({ 'pom.xml': pom })).toEqual(expect.arrayContaining(['Spring Cloud', 'Resilience4j']));
    const composer = JSON.stringify({ require: { 'api-platform/symfony': '4', 'api-platform/graphql': '4', 'symfony/framework-bundle': '7' } });
    expect(names({ 'composer.json': composer })).toEqual(expect.arrayContaining(['REST', 'OpenAPI', 'GraphQL']));
  });

  it('Symfony’s own console is no claim; commands of the project’s own are', () => {
    const composer = JSON.stringify({ require: { 'symfony/framework-bundle': '7', 'symfony/console': '7' } });
    expect(names({ 'composer.json': composer })).not.toContain('Symfony Console');
    expect(names({ 'composer.json': composer }, ['composer.json', 'src/', 'src/Command/', 'src/Command/ImportCommand.php'])).toContain('Symfony Console');
    expect(names({ 'composer.json': JSON.stringify({ require: { 'symfony/console': '7' } }) })).toContain('Symfony Console');
  });

  it('Searchkick beside the OpenSearch client is OpenSearch, not Elasticsearch', () => {
    expect(names({ Gemfile: 'gem "rails"\ngem "searchkick"\ngem "opensearch-ruby"\n' })).not.toContain('Elasticsearch');
    expect(names({ Gemfile: 'gem "rails"\ngem "searchkick"\ngem "opensearch-ruby"\n' })).toContain('OpenSearch');
    expect(names({ Gemfile: 'gem "rails"\ngem "searchkick"\n' })).toContain('Elasticsearch');
  });

  it('Ruby: JSON:API serializers are REST; a framework skeleton’s defaults claim nothing', () => {
    const gemfile = 'source "https://rubygems.org"\ngem "rails", "~> 8.0"\ngem "jsonapi-serializer"\ngem "solid_queue"\ngem "jbuilder"\n';
    const found = names({ Gemfile: gemfile });
    expect(found).toContain('REST');
    expect(found).not.toContain('Solid Queue');
    const composer = JSON.stringify({ require: { 'symfony/framework-bundle': '7', 'symfony/messenger': '7', 'symfony/monolog-bundle': '3', 'doctrine/dbal': '3' } });
    const php = names({ 'composer.json': composer });
    expect(php).toEqual(expect.arrayContaining(['Symfony', 'Doctrine']));
    expect(php).not.toContain('Symfony Messenger');
    expect(php).not.toContain('Monolog');
  });
});
