/** Shapes seen in real backend repositories: what their manifests really show, and what they do not. */
import { describe, expect, it } from 'vitest';
import { detectRepository } from '../../shared/detection';
import type { RepoSnapshot } from '../../shared/github-types';

function names(manifests: Record<string, string>, paths: string[] = Object.keys(manifests)): string[] {
  const snapshot: RepoSnapshot = {
    fullName: 'me/api', description: null, homepage: null, topics: [], languages: [], licence: null, readme: null, readmeName: null,
    rootEntries: [], workflowFiles: [], manifests, paths,
  };
  return detectRepository(snapshot).technologies.map((t) => t.name);
}

describe('technologies a library shows beyond its own name', () => {
  it('a password hash library shows password hashing, in every ecosystem', () => {
    expect(names({ 'package.json': JSON.stringify({ dependencies: { express: '^4.18.0', bcryptjs: '^2.4.3' } }) })).toEqual(expect.arrayContaining(['bcrypt', 'Password hashing']));
    const mix = 'defmodule Shop.MixProject do\n  defp deps do\n    [\n      {:phoenix, "~> 1.7"},\n      {:argon2_elixir, "~> 3.0"}\n    ]\n  end\nend\n';
    expect(names({ 'mix.exs': mix })).toEqual(expect.arrayContaining(['Argon2', 'Password hashing']));
    expect(names({ 'package.json': JSON.stringify({ dependencies: { express: '^4.18.0' } }) })).not.toContain('Password hashing');
  });
});

describe('frameworks built on frameworks', () => {
  it('a Spring Boot build shows Spring, and a Kotlin one still no Java', () => {
    const gradle = 'plugins {\n  id("org.springframework.boot") version "3.2.0"\n  kotlin("jvm") version "1.9.0"\n}\ndependencies {\n  implementation("org.springframework.boot:spring-boot-starter-web")\n}\n';
    const found = names({ 'build.gradle.kts': gradle });
    expect(found).toEqual(expect.arrayContaining(['Spring Boot', 'Spring']));
    expect(found).not.toContain('Java');
  });
  it('a library that also runs outside its framework does not claim the framework', () => {
    const gemfile = "source 'https://rubygems.org'\ngem 'sinatra'\ngem 'sinatra-activerecord'\ngem 'activerecord'\ngem 'pg'\n";
    expect(names({ Gemfile: gemfile })).not.toContain('Ruby on Rails');
  });
});

describe('test support is not the library it tests', () => {
  it('spring-security-test without a security dependency claims no Spring Security', () => {
    const gradle = 'dependencies {\n  implementation("org.springframework.boot:spring-boot-starter-web")\n//  implementation("org.springframework.boot:spring-boot-starter-security")\n  testImplementation("org.springframework.security:spring-security-test")\n}\n';
    const found = names({ 'build.gradle.kts': gradle });
    expect(found).not.toContain('Spring Security');
    expect(found).toContain('Automated testing');
    const secured = gradle.replace('//  implementation', '  implementation');
    expect(names({ 'build.gradle.kts': secured })).toContain('Spring Security');
  });
});

describe('packages a frozen list carries for another package', () => {
  it('Click beside Flask or Celery, and kombu beside Celery, show nothing of their own', () => {
    const pipfile = '[packages]\ncelery = "==5.3.6"\nclick = "==8.1.7"\nclick-repl = "==0.3.0"\nkombu = "==5.3.4"\ndjango = "==4.2"\n';
    const found = names({ Pipfile: pipfile });
    expect(found).toContain('Celery');
    expect(found).not.toContain('Click');
    expect(found).not.toContain('RabbitMQ');
    expect(names({ 'requirements.txt': 'Flask==3.0.0\nclick==8.1.7\n' })).not.toContain('Click');
  });
  it('Click on its own is still a command-line tool', () => {
    expect(names({ 'requirements.txt': 'click==8.1.7\nrequests==2.31.0\n' })).toContain('Click');
  });
});

describe('what a Rust, Go or Python service shows through its libraries', () => {
  it('tower-http with the "cors" feature answers cross-origin requests; env_logger logs', () => {
    const cargo = '[package]\nname = "shop"\n\n[dependencies]\naxum = "0.7"\nenv_logger = "0.11"\ntower-http = { version = "0.6", features = ["cors", "trace"] }\n';
    expect(names({ 'Cargo.toml': cargo })).toEqual(expect.arrayContaining(['Axum', 'CORS', 'Logging']));
    const plain = '[package]\nname = "shop"\n\n[dependencies]\naxum = "0.7"\ntower-http = { version = "0.6", features = ["trace"] }\n';
    expect(names({ 'Cargo.toml': plain })).not.toContain('CORS');
  });
  it('a direct logging library logs; an indirect one in go.mod does not count', () => {
    const gomod = 'module example.com/shop\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgo.uber.org/zap v1.27.0\n)\n';
    expect(names({ 'go.mod': gomod })).toContain('Logging');
    const indirect = 'module example.com/shop\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n\tgithub.com/sirupsen/logrus v1.9.0 // indirect\n)\n';
    expect(names({ 'go.mod': indirect })).not.toContain('Logging');
  });
  it('django-prometheus exports Prometheus metrics', () => {
    expect(names({ 'requirements.txt': 'Django==5.0\ndjango-prometheus==2.3.1\n' })).toEqual(expect.arrayContaining(['Prometheus', 'Observability']));
  });
});

describe('deployment and pipeline files beyond Docker and nginx', () => {
  it('a podman-compose file shows Podman, not Docker Compose', () => {
    const podman = 'services:\n  api:\n    image: ghcr.io/me/api:latest\n  db:\n    image: docker.io/library/postgres:16\n';
    const found = names({ 'podman/podman-compose.yml': podman });
    expect(found).toEqual(expect.arrayContaining(['Podman', 'PostgreSQL']));
    expect(found).not.toContain('Docker Compose');
  });
  it('an Apache virtual host shows Apache HTTP Server, and TLS only when it serves it', () => {
    const tls = '<VirtualHost *:443>\n  ServerName shop.example.org\n  SSLEngine on\n  SSLCertificateFile /etc/ssl/certs/shop.crt\n  ProxyPass / http://127.0.0.1:8000/\n</VirtualHost>\n';
    expect(names({ 'contrib/apache.conf': tls })).toEqual(expect.arrayContaining(['Apache HTTP Server', 'HTTPS/TLS']));
    const plain = '<VirtualHost *:80>\n  ServerName shop.example.org\n  # SSLEngine on\n  ProxyPass / http://127.0.0.1:8000/\n</VirtualHost>\n';
    const found = names({ 'deploy/httpd.conf': plain });
    expect(found).toContain('Apache HTTP Server');
    expect(found).not.toContain('HTTPS/TLS');
  });
  it('a pipeline that runs a nested manage.py shows its tests and its migrations', () => {
    const ci = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python shop/manage.py makemigrations --check\n      - run: coverage run shop/manage.py test shop/ --parallel\n';
    expect(names({ '.github/workflows/ci.yml': ci })).toEqual(expect.arrayContaining(['Database migrations', 'Automated testing']));
  });
});

describe('features a README lists', () => {
  const withReadme = (readme: string) => {
    const snapshot: RepoSnapshot = {
      fullName: 'me/reader', description: null, homepage: null, topics: [], languages: [], licence: null, readme, readmeName: 'README.md',
      rootEntries: [], workflowFiles: [], manifests: {}, paths: ['README.md'],
    };
    return detectRepository(snapshot).technologies;
  };
  it('webhooks, full-text search and single sign-on are mentions with their sentence', () => {
    const found = withReadme('# Reader\n\n## Features\n\n- Provides full-text search over every article.\n- Webhooks for real-time notifications.\n- Single sign-on (SSO) through your identity provider.\n');
    for (const name of ['Full-text search', 'Webhooks', 'Single sign-on']) {
      const t = found.find((x) => x.name === name);
      expect(t?.strength).toBe('mentioned');
    }
  });
  it('a feature the README defers or denies is not claimed', () => {
    const found = withReadme('# Reader\n\n- Webhooks are not implemented.\n- Full-text search will be added in a future release.\n').map((t) => t.name);
    expect(found).not.toContain('Webhooks');
    expect(found).not.toContain('Full-text search');
  });
});

describe('the servlet container a Spring build names', () => {
  it('a war built for Tomcat shows Apache Tomcat; the web starter alone does not', () => {
    const pom = (extra: string) => `<project><packaging>war</packaging><dependencies>
      <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>${extra}
    </dependencies></project>`;
    const tomcat = '<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-tomcat</artifactId><scope>provided</scope></dependency>';
    expect(names({ 'pom.xml': pom(tomcat) })).toContain('Apache Tomcat');
    expect(names({ 'pom.xml': pom('') })).not.toContain('Apache Tomcat');
  });
  it('a Tomcat starter excluded from the web starter is not a dependency', () => {
    const gradle = 'dependencies {\n  implementation("org.springframework.boot:spring-boot-starter-undertow")\n  implementation("org.springframework.boot:spring-boot-starter-web") {\n    exclude(module = "spring-boot-starter-tomcat")\n  }\n}\n';
    expect(names({ 'build.gradle.kts': gradle })).not.toContain('Apache Tomcat');
  });
});
