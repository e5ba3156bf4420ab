/**
 * GitHub (Linguist) languages as technologies. A language counts from a share of the code; a
 * minor one also needs a source file of its own in the tree or a manifest of its ecosystem, so
 * tool files (a Vagrantfile counted as Ruby, a Jenkinsfile as Groovy) do not make a claim.
 */
import { r, type Ecosystem, type Found, type TechRule } from './model';

interface LanguageRule extends TechRule {
  /** Source extensions that show the language is written, not only configured. */
  extensions?: RegExp;
  ecosystems?: readonly Ecosystem[];
  /** Share of the code needed (default LANGUAGE_MIN_SHARE). */
  minShare?: number;
}

const l = (tech: string, extensions?: RegExp, ecosystems?: readonly Ecosystem[], extra: Partial<LanguageRule> = {}): LanguageRule => ({ ...r(tech, 'language'), extensions, ecosystems, ...extra });

/** Files that Linguist counts but that only configure tools. */
const TOOL_FILES = /(^|\/)(Vagrantfile|Rakefile|Podfile|Fastfile|Brewfile|Dangerfile|Guardfile|Capfile|Berksfile|Jenkinsfile|Gemfile|Gruntfile\.js|gulpfile\.[jt]s|webpack\.config\.[jt]s|babel\.config\.js|\.eslintrc\.[cm]?js|\.prettierrc\.[cm]?js|[\w.-]+\.config\.[cm]?[jt]s|[\w.-]+\.gradle\.kts|setup\.py|manage\.py|noxfile\.py|conftest\.py|fabfile\.py|Makefile)$/;

export const LANGUAGE_RULES: Record<string, LanguageRule> = {
  Python: l('Python', /\.py$/, ['pypi']),
  JavaScript: l('JavaScript', /\.(m|c)?jsx?$/, ['npm']),
  TypeScript: l('TypeScript', /\.(m|c)?tsx?$/, ['npm']),
  Java: l('Java', /\.java$/, ['maven']),
  Kotlin: l('Kotlin', /\.kt$/, ['maven']),
  Scala: l('Scala', /\.scala$/, ['maven']),
  Go: l('Go', /\.go$/, ['go']),
  Rust: l('Rust', /\.rs$/, ['cargo']),
  Ruby: l('Ruby', /\.(rb|rake)$/, ['rubygems']),
  PHP: l('PHP', /\.php$/, ['composer']),
  'C#': l('C#', /\.cs$/, ['nuget']),
  'F#': l('F#', /\.fs$/, ['nuget']),
  Elixir: l('Elixir', /\.exs?$/, ['hex']),
  Erlang: l('Erlang', /\.erl$/, ['hex']),
  Clojure: l('Clojure', /\.clj[sc]?$/),
  Haskell: l('Haskell', /\.hs$/),
  'C++': l('C++', /\.(cpp|cc|cxx|hpp|hh)$/),
  C: l('C', /\.[ch]$/),
  Swift: l('Swift', /\.swift$/),
  Dart: l('Dart', /\.dart$/),
  HCL: { ...r('Terraform', 'devops'), extensions: /\.tf$/ },
  Dockerfile: { ...r('Docker', 'devops'), extensions: /(^|\/)(Dockerfile|dockerfile)([.-][\w.-]+)?$|\.[Dd]ockerfile$/ },
  // SQL dialects Linguist recognises by their syntax: a little is enough to show the database.
  PLpgSQL: { ...r('PostgreSQL', 'sql'), minShare: 0.005 },
  TSQL: { ...r('SQL Server', 'sql'), minShare: 0.005 },
};

/** A language must be at least this share of the code to count as shown (a stray script is not). */
export const LANGUAGE_MIN_SHARE = 0.05;
/** A language that is not the main one needs at least this much code (one stray file is not a skill). */
export const MINOR_LANGUAGE_MIN_BYTES = 1024;
/** Below this share, a language that is not the main one needs a source file or manifest of its own. */
export const MINOR_LANGUAGE_SHARE = 0.3;

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

export function detectLanguages(found: Found, languages: ReadonlyArray<{ name: string; bytes: number }>, paths: readonly string[], ecosystems: ReadonlySet<Ecosystem>, knowTree: boolean): void {
  const total = languages.reduce((s, x) => s + Math.max(0, x.bytes), 0);
  if (total === 0) return;
  const top = Math.max(...languages.map((x) => x.bytes));
  const sources = paths.filter((p) => !p.endsWith('/') && !TOOL_FILES.test(p));
  for (const lang of languages) {
    const rule = LANGUAGE_RULES[lang.name];
    if (!rule) continue;
    const share = lang.bytes / total;
    if (share < (rule.minShare ?? LANGUAGE_MIN_SHARE)) continue;
    const minor = lang.bytes < top && share < MINOR_LANGUAGE_SHARE;
    if (minor && lang.bytes < MINOR_LANGUAGE_MIN_BYTES) continue;
    if (minor && knowTree && rule.extensions) {
      const shown = sources.some((p) => rule.extensions!.test(p)) || (rule.ecosystems ?? []).some((e) => ecosystems.has(e));
      if (!shown) continue;
    }
    found.tech(rule.tech, rule.role, `GitHub counts ${formatBytes(lang.bytes)} of ${lang.name} (${Math.round(share * 100)}% of the code)`);
  }
}
