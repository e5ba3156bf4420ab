/**
 * How to use a project beyond curl and endpoint lists, in the forms READMEs write it: open a
 * running or deployed app in a browser ("visit http://EXTERNAL_IP", "navigating to localhost:9090",
 * a deployed instance with a path to call), send a GraphQL operation, generate a
 * project from a template (`dotnet new install …`, `cookiecutter …`), call a workspace's own task
 * runner targets (`cargo make web`, `just api`), or import a library. Pure matchers.
 */

/** The address of a running instance: loopback, a host with a port, or a placeholder for one. */
const INSTANCE_URL = new RegExp(
  [
    String.raw`(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d{2,5})?\b`,
    String.raw`https?:\/\/(?:[A-Z][A-Z0-9_]{2,}|<[^>\s]+>|\{\{?[\w.-]+\}?\}|\$\{?\w+\}?)`,
    String.raw`https?:\/\/[\w.-]+:\d{2,5}\b`,
    String.raw`\b(?:\d{1,3}\.){3}\d{1,3}:\d{2,5}\b`,
  ].join('|'),
);

/** Verbs that send a reader to an address, in the languages of readme-vocabulary.ts. */
const BROWSE_VERB = new RegExp(
  [
    String.raw`\b(?:open(?:ing)?|visit(?:ing)?|navigat(?:e|ing)|brows(?:e|ing)|go(?:ing)? to|head(?:ing)? (?:over )?to|point(?:ing)? (?:your|a|the) browser)\b`,
    String.raw`(?<![\p{L}])(?:abr[ae]|abrir|visit[ae]|accede|acceda|acesse|acessar|navega|navegue|ingres[ae]|ouvr(?:ez|ir|e)|visitez|allez sur|rendez-vous sur|accédez|öffne[nt]?|besuche[n]?|rufe .* auf|apri(?:re)?|vai su|accedi|otwórz|przejdź|wejdź|откройте|открой|перейдите|перейди|зайдите|відкрийте|перейдіть|buka|kunjungi|ga naar|bezoek|açın|gidin|mở|truy cập|otevřete|افتح|باز کنید|खोलें)(?![\p{L}])`,
    String.raw`열어|접속|방문|開いて|開く|アクセス|打开|打開|访问|訪問|进入|เปิด`,
  ].join('|'),
  'iu',
);

/** "in your browser" in the same languages: with it, any verb ("access", "see") will do. */
const BROWSER = /browser|navegador|navigateur|przeglądar|браузер|peramban|tarayıcı|trình duyệt|prohlížeč|المتصفح|مرورگر|ब्राउज़र|เบราว์เซอร์|브라우저|ブラウザ|浏览器|瀏覽器/i;
const NEGATION = /\b(?:not|never|cannot|no longer)\b|n't\b|\bnicht\b|\bno (?:se )?puede|(?<![\p{L}])не\s/iu;

/** What a person looks at: opening one of these is using the project (opening an API's root is not). */
const SCREEN = /\b(?:pages?|site|website|ui|user interface|interface|front[- ]?end|dashboard|store|shop|console|panel|game|(?:web )?app(?:lication)?)\b|aplicación|aplicação|anwendung|applicazione|aplikacj|приложени|aplikasi|página|seite|pagina|strona|страниц|halaman|interfaz|oberfläche|interfejs|интерфейс|页面|頁面|界面|画面|ページ|페이지|화면/iu;

/** What a person does with a running API in a browser: read its routes or its documentation, send queries. */
const API_PLACE = /\b(?:routes?|endpoints?|documentation|docs|queries|mutations?|playground|graphiql|swagger|redoc)\b|rutas|rotas|endpunkte|маршрут|эндпоинт|документаци/iu;

/** Something to do once there ("… and create your first inbox", "… to sign up"). */
const DO_THERE = /\b(?:and|to|then)\s+(?:create|add|sign\s?up|register|log\s?in|sign\s?in|upload|try|send|make|play|search|book|order|post|submit|explore|start (?:a|an|your)|build (?:a|an|your))\b|\s(?:y|e|et|und)\s+(?:crea|cria|crée|erstelle|registr|inicia sesión|faça login|connectez)/iu;

/**
 * A sentence telling the reader to open the running app ("Visit `http://EXTERNAL_IP` in a web
 * browser", "navigating to `localhost:9090` brings you to the metrics page", "go to
 * http://localhost:5000/ to see the routes").
 */
export function isBrowseInstruction(text: string, links: readonly string[] = []): boolean {
  const sentences = text.split(/(?<=[.!?。！？])\s+|\n/);
  return sentences.some((s) => {
    if (NEGATION.test(s)) return false;
    const address = INSTANCE_URL.test(s) || (links.some((l) => INSTANCE_URL.test(l)) && sentences.length === 1);
    return address && (BROWSER.test(s) || (BROWSE_VERB.test(s) && (SCREEN.test(s) || API_PLACE.test(s) || DO_THERE.test(s))));
  });
}

/** Signing in or up at a place ("log in at", "register at"), in a few languages. */
const SIGN_IN_AT = /\b(?:log\s?in|sign\s?(?:in|up)|register)\s+(?:at|on|via)\b|inicia sesión en|faça login em|connectez-vous sur/i;
/** Folders and files of the repository, which a path may also name. */
const REPO_PLACE = /\b(?:folder|directory|dir|file|carpeta|archivo|pasta|arquivo|dossier|fichier|ordner|datei|cartella|katalog|plik|папк|файл|direktori|berkas)\b/iu;
/** An app-relative path to a page: `/admin/register`, `/login` (not a file: no extension; not a place on the machine, `/etc/hosts`). */
const PAGE_PATH = /(?<=^|[\s`("'])\/(?!(?:etc|usr|var|tmp|opt|home|bin|sbin|dev|proc|mnt|srv|root|lib|users|applications|volumes)\b)[a-z][\w-]*(?:\/[\w{}:-]+)*\/?(?=$|[\s`)"',;:!?]|\.(?:\s|$))/i;

/** A sentence sending the reader to a page of the running app by its path ("Navigate to `/admin/register`", "Log in at `/login`"). */
export function opensPagePath(text: string, folders: ReadonlySet<string> = NO_FOLDERS): boolean {
  const sentences = text.split(/(?<=[.!?。！？])\s+|\n/);
  return sentences.some((s) => !NEGATION.test(s) && !REPO_PLACE.test(s) && (BROWSE_VERB.test(s) || SIGN_IN_AT.test(s)) && pagePath(s, folders));
}

const NO_FOLDERS: ReadonlySet<string> = new Set();
/** A page's path in the sentence that is not a folder of the repository ("Go to /docker/dev/ and run …" names a folder). */
function pagePath(sentence: string, folders: ReadonlySet<string>): boolean {
  const m = PAGE_PATH.exec(sentence);
  return !!m && !folders.has(m[0].replace(/^\/|\/$/g, '').toLowerCase());
}

/** Doing something at a page of the app: "upload your resume at `/resume`", "set your role on `/roles`", "carga un archivo desde `/upload/`". */
const AT_PAGE = /(?<![\p{L}])(?:at|on|from|via|desde|en|em|pela|pelo|sur|depuis|auf|über|unter|su|dalla|dal|na|w|в|на|через)\s+`?(?=\/[a-z])/iu;

/**
 * Steps that each do something at a page of the app ("1. upload your resume at `/resume`
 * 2. set your target role at `/roles`"): a walk through the running app. Two are needed, since a
 * single "… at /data" may name a place on disk.
 */
export function isPageWalkthrough(steps: readonly string[], folders: ReadonlySet<string> = NO_FOLDERS): boolean {
  return steps.filter((s) => !NEGATION.test(s) && !REPO_PLACE.test(s) && AT_PAGE.test(s) && pagePath(s, folders)).length >= 2;
}

/** A sentence sending the reader to a running instance's address, whatever is there ("accedi al link http://127.0.0.1:5000/admin/"). */
export function opensAddress(text: string): boolean {
  return !NEGATION.test(text) && INSTANCE_URL.test(text) && (BROWSE_VERB.test(text) || BROWSER.test(text));
}

/** Hosts of deployed apps (Render, Vercel, Fly …), or a host named a demo. */
const DEPLOYED_HOST = /(?:^|\.)(?:herokuapp\.com|vercel\.app|netlify\.app|fly\.dev|onrender\.com|railway\.app|azurewebsites\.net|appspot\.com|web\.app|firebaseapp\.com|surge\.sh|koyeb\.app|deno\.dev|workers\.dev|run\.app|elasticbeanstalk\.com|pythonanywhere\.com|glitch\.me|replit\.app|repl\.co)$|(?:^|[.-])demo(?:[.-]|$)/i;
/** Signing in with given credentials ("log in with demo@example.com / demo", "password: demo"). */
const CREDENTIALS = /\b(?:log\s?in|sign\s?in)\b.*\b(?:with|using|as)\b|\b(?:username|login|e-?mail|password|contraseña|senha|mot de passe|passwort|пароль)\s*[:=]|\S+@\S+\.\w+\s*\/\s*\S+/i;

function urlParts(url: string): { host: string; path: string } | null {
  const m = /^https?:\/\/([^/\s?#:]+)(?::\d+)?([^\s?#]*)/i.exec(url);
  return m ? { host: m[1].toLowerCase(), path: m[2] } : null;
}

/**
 * A deployed instance with something to do there: an address on it that calls a path
 * (`https://x.onrender.com/feed/posts`), credentials to sign in with, or what to look at. A bare
 * "Live demo" link only says it runs somewhere.
 */
export function isDeployedUse(whole: string, links: readonly string[] = []): boolean {
  // A paragraph saying what to do on a deployed app is short; a hostile one is read in part.
  const text = whole.slice(0, 2000);
  const urls = [...links, ...(text.match(/https?:\/\/[^\s)<>\]`'"]+/g) ?? [])].map(urlParts).filter((u) => u !== null && DEPLOYED_HOST.test(u.host));
  if (urls.length === 0 || NEGATION.test(text)) return false;
  // A page of a static site (GitHub Pages, Cloudflare Pages) is not a call.
  if (urls.some((u) => u!.path.replace(/\/+$/, '') !== '' && !/\.(?:html?|md|png|jpe?g|gif|svg)$/i.test(u!.path))) return true;
  return CREDENTIALS.test(text) || (BROWSE_VERB.test(text) && (SCREEN.test(text) || API_PLACE.test(text)));
}

/** A GraphQL operation written out (`query { … }`, `mutation AddUser { … }`, or an anonymous `{ field(arg: 1) { … } }`), not a schema. */
export function isGraphqlOperation(code: string): boolean {
  return /^\s*(?:query|mutation|subscription)\b[^{}\n]*\{/m.test(code) || /^\s*\{\s*\n\s*[A-Za-z_]\w*\s*(?:\([^)]*\))?\s*\{/.test(code);
}

const PROMPT = /^\s*(?:[$%>]|PS[^>]*>|❯|➜)\s*/;
const bare = (line: string) => line.replace(PROMPT, '').trim();
export const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Commands that make a new project from a template. */
const SCAFFOLD = /^(?:dotnet new\s+[\w.-]+|cookiecutter\s+\S+|cruft create\s+\S+|copier (?:copy\s+)?\S+|cargo generate\s+\S+|(?:npx\s+)?(?:degit|tiged)\s+\S+|(?:npx|pnpm dlx|bunx)\s+create-[\w-]+|(?:npm|yarn|pnpm|bun) (?:create|init)\s+[\w@/-]+|composer create-project\s+\S+|rails new\s.*(?:-m|--template)\s+\S+|gh repo create\s.*--template\s+\S+)/i;
/** A command that makes a new project from a template or a framework's skeleton, whichever. */
export const isScaffold = (line: string) => SCAFFOLD.test(bare(line));
/** Files that make a repository a template (`dotnet new`'s, cookiecutter's, copier's). */
export const TEMPLATE_MARKER = /^(?:\.template\.config|cookiecutter\.json|copier\.ya?ml|\{\{\s*cookiecutter\.[\w.]+\s*\}\}|template)$/i;

/**
 * Making a project from this repository, which is a template: installing it as a `dotnet new`
 * template, or a generator command naming this repository (or run where its files make it one).
 */
export function isScaffoldCommand(line: string, repoName: string | null, isTemplate: boolean): boolean {
  const cmd = bare(line);
  if (/^dotnet new (?:install|-i|--install)\s+\S+/i.test(cmd)) return true;
  if (!SCAFFOLD.test(cmd)) return false;
  // (An app installed by making a project from its package, `composer create-project octo/crm`, is installing it, not using a template:
  // only a repository named as a starter is one.)
  return isTemplate || (!!repoName && repoName.length >= 4 && STARTER_NAME.test(repoName) && squash(cmd).includes(squash(repoName)));
}
const STARTER_NAME = /starter|boilerplate|template|skeleton|scaffold|kit\b|seed\b|base\b|bootstrap/i;

/** GitHub's button for template repositories. */
export const USE_THIS_TEMPLATE = /\buse this template\b/i;

/** Task runners whose targets are the project's own commands, and the file each reads. */
const RUNNERS: Array<{ command: RegExp; file: RegExp }> = [
  { command: /^make\s+(?:-\S+\s+)*([\w][\w:.-]*)/, file: /^(?:GNUmakefile|makefile)$/i },
  { command: /^just\s+([\w][\w:.-]*)/, file: /^\.?justfile$/i },
  { command: /^cargo make\s+([\w][\w:.-]*)/, file: /^Makefile\.toml$/ },
  { command: /^cargo xtask\s+([\w][\w:.-]*)/, file: /^xtask$/ },
  { command: /^task\s+([\w][\w:.-]*)/, file: /^Taskfile\.ya?ml$/i },
  { command: /^mage\s+([\w][\w:.-]*)/, file: /^magefile\.go$/i },
];
/** Targets that install, check, tidy, build, publish or start the project (`run_books`, `start:api`, `docker-push`) rather than use a part of it. */
const CHORE_TARGET = /^(?:[a-z\d]+[_:.-])?(?:test|tests|spec|specs|check|checks|lint|fmt|format|clean|help|ci|cov|coverage|install|deps|setup|init|bootstrap|venv|vendor|all|build|audit|tidy|typecheck|type-check|types|security|quality|verify|validate|precommit|pre-commit|vet|qa|up|down|stop|restart|logs|shell|bash|sh|ps|run|start|serve|launch|push|publish|release|deploy|buf|protos?|protoc|generate|gen|codegen|images?|migrate|migrations?|seed|db|update|upgrade|docker|compose|dev|develop|server|runserver|watch|local)(?:[_:.-].*)?$/i;

/** The target of a task-runner command, when the repository's root has that runner's file. */
export function taskTarget(line: string, rootFiles: readonly string[]): string | null {
  const cmd = bare(line);
  for (const r of RUNNERS) {
    const m = r.command.exec(cmd);
    if (m && rootFiles.some((f) => r.file.test(f))) return m[1].toLowerCase();
  }
  return null;
}

/** A task-runner command whose target only installs, checks, tidies or starts the project (`make lint`, `make setup`). */
export function isChoreCommand(line: string, rootFiles: readonly string[]): boolean {
  const target = taskTarget(line, rootFiles);
  if (target !== null) return CHORE_TARGET.test(target);
  // A package script that tends the database or the code (`yarn db:user:migrate:run`, `npm run seed`, `pnpm lint`).
  const script = PACKAGE_SCRIPT.exec(bare(line));
  return !!script && script[1].split(/[:._-]/).some((part) => SCRIPT_CHORE.test(part));
}
const PACKAGE_SCRIPT = /^(?:npm\s+run|yarn(?:\s+run)?|pnpm(?:\s+run)?|bun\s+run)\s+([\w:.<>-]+)/i;
const SCRIPT_CHORE = /^(?:db|migrate|migration|migrations|seed|seeds|seeder|revert|rollback|lint|test|tests|format|fmt|typecheck|generate|gen|clean|coverage|prisma|typeorm|knex|sequelize)$/i;

/**
 * Several targets of the project's own task runner, at least two of them running a part of it
 * (`cargo make docker`, `cargo make web`, `cargo make dev`): its command reference, as a CLI's.
 */
export function isTargetReference(targets: ReadonlySet<string>): boolean {
  return targets.size >= 3 && [...targets].filter((t) => !CHORE_TARGET.test(t)).length >= 2;
}

/** A matcher of code lines importing the project as a library (`import { x } from 'notes-kit'`, `from notes_kit import …`, `use notes_kit::…`). */
/** The project's names long enough to look for, escaped for a regular expression. */
function searchableNames(names: readonly string[]): string[] {
  return names.filter((n) => n.length >= 3).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** A name this long, squashed into one identifier, is the library's own (not a word like "client"). */
const IDENTIFIER_MIN = 10;

export function projectImport(names: readonly string[]): (line: string) => boolean {
  const usable = searchableNames(names);
  if (usable.length === 0) return () => false;
  const n = usable.join('|');
  const snake = usable.map((u) => u.replace(/-/g, '_')).join('|');
  const re = new RegExp(
    `(?:\\bfrom\\s+['"](?:${n})(?:/[^'"]*)?['"]|\\brequire\\(\\s*['"](?:${n})(?:/[^'"]*)?['"]|^\\s*(?:from|import)\\s+(?:${snake})\\b|^\\s*use\\s+(?:${snake})::|^\\s*extern\\s+crate\\s+(?:${snake})\\b|^\\s*using\\s+(?:${n})(?:\\.[\\w.]+)?\\s*;|^\\s*import\\s+['"][\\w.-]+/[\\w.-]+/(?:${n})(?:/[^'"]*)?['"])`,
    'i',
  );
  // The library used by its own name, written as code writes it (`new MongooseExpressMiddleware(…)` for mongoose-express-middleware).
  const squashed = new Set(names.map((x) => x.replace(/^@[^/]+\//, '').toLowerCase().replace(/[^a-z0-9]/g, '')).filter((x) => x.length >= IDENTIFIER_MIN));
  const identifierUse = (line: string) => {
    for (const m of line.matchAll(/(?:\bnew\s+)?\b([A-Za-z_$][\w$]*)\s*[(.]/g)) if (squashed.has(m[1].toLowerCase())) return true;
    return false;
  };
  return (line) => re.test(line) || (squashed.size > 0 && identifierUse(line));
}

/**
 * A matcher of lines declaring the project as a dependency in a manifest snippet — Cargo
 * (`notes-kit = "0.3"`), package.json (`"notes-kit": "^2.0"`), Maven (`<artifactId>notes-kit</artifactId>`),
 * Gradle (`implementation 'org.example:notes-kit:1.2'`), Mix (`{:notes_kit, "~> 0.4"}`), a Gemfile
 * (`gem 'notes-kit'`), go.mod (`require github.com/o/notes-kit v1.0.0`): for a library, adding it
 * to a project is installing it.
 */
export function projectDependency(names: readonly string[]): (line: string) => boolean {
  const usable = searchableNames(names);
  if (usable.length === 0) return () => false;
  const n = [...new Set(usable.flatMap((u) => [u, u.replace(/-/g, '_')]))].join('|');
  // A Terraform module is declared from its repository (`source = "github.com/o/terraform-aws-site?ref=v1"`)
  // or the registry, which drops the `terraform-PROVIDER-` prefix (`source = "o/site/aws"`), and
  // `terraform init` fetches it. (An Ansible role named in a playbook still has to be installed.)
  const registry = usable.flatMap((u) => {
    const m = /^terraform-([a-z0-9]+)-(.+)$/.exec(u);
    return m ? [`[\\w-]+/${m[2]}/${m[1]}`] : [];
  });
  const re = new RegExp(
    [
      `^\\s*source\\s*=\\s*"(?:[^"]*[/:])?(?:${[n, ...registry].join('|')})(?:\\.git)?(?:[/?#"])`,
      `^\\s*(?:${n})\\s*=\\s*["'{]`,
      `["'](?:${n})["']\\s*[=:]\\s*["'{]`,
      `<artifactId>\\s*(?:${n})\\s*</artifactId>`,
      `^\\s*(?:implementation|api|compile|compileOnly|runtimeOnly|testImplementation)\\s*\\(?\\s*["'][\\w.-]+:(?:${n}):`,
      `^\\s*\\{\\s*:(?:${n})\\s*,`,
      `^\\s*gem\\s+["'](?:${n})["']`,
      `^\\s*(?:require\\s+)?[\\w.-]+\\.[a-z]{2,}/[\\w.-]+/(?:${n})(?:/v\\d+)?\\s+v\\d`,
      `^\\s*<PackageReference\\s+Include="(?:${n})"`,
      `^\\s*\\[(?:dev-)?dependencies\\.(?:${n})\\]`,
    ].join('|'),
    'i',
  );
  // Published under another artifact name (`upbit-service-spring-boot-starter` for spring-boot-starter-upbit):
  // coordinates that share a word of the project's own name.
  const own = new Set(names.flatMap(nameWords));
  const sharesWord = (artifact: string) => nameWords(artifact).some((w) => own.has(w));
  return (line) => {
    if (re.test(line)) return true;
    const m = COORDINATES.exec(line);
    return !!m && sharesWord(m[1] ?? m[2] ?? m[3]);
  };
}

/** A dependency declared by coordinates: Gradle, Maven, sbt. The artifact is captured. */
const COORDINATES = /^\s*(?:implementation|api|compile|compileOnly|runtimeOnly)\s*\(?\s*["'][\w.-]+:([\w.-]+):|<artifactId>\s*([\w.-]+)\s*<\/artifactId>|^\s*libraryDependencies\s*\+=\s*"[\w.-]+"\s*%%?\s*"([\w.-]+)"/;
/** Words of names that say nothing of which project it is. */
const COMMON_NAME_WORD = /^(?:spring|boot|starter|service|services|client|sdk|core|common|java|kotlin|scala|library|plugin|module|android|server|http|rest|utils?|tools?|api|lib|web|app)$/;
/** The distinctive words of a name (`spring-boot-starter-upbit` → upbit). */
function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/^@[^/]+\//, '').split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !COMMON_NAME_WORD.test(w));
}
