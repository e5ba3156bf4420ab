/**
 * The words and commands a README uses to say what it is, how to install and run it, and how
 * to use it: section headings in the languages developers write READMEs in (English, Spanish,
 * Portuguese, French, German, Italian, Polish, Russian, Ukrainian, Indonesian, Dutch, Turkish,
 * Vietnamese, Czech, Arabic, Persian, Hindi, Thai, Korean, Japanese, Chinese),
 * and the shell commands and request forms that show it concretely. Pure data and matchers.
 */

/** A heading as compared: lower case, no emoji, numbering, markup or trailing punctuation. */
export function normalizeHeading(text: string): string {
  // A section name is short; capping it keeps the trimming below linear on hostile text.
  return text
    .slice(0, 200)
    .toLowerCase()
    .normalize('NFC')
    // Emoji variation selectors and joiners go; the combining marks of Devanagari, Thai or Arabic stay.
    .replace(/\p{Variation_Selector}|\u200C|\u200D|\u20E3/gu, ' ')
    .replace(/[^\p{L}\p{M}\p{N}\s'’/&+.-]/gu, ' ')
    .replace(/^\s*(?:\d+(?:\.\d+)*|[ivx]+)[.)]\s+/u, '')
    .replace(/[.:\s-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Phrases matched as whole words in scripts written with spaces, as substrings in CJK, Hangul and Thai. */
function phraseMatcher(phrases: string[]): (heading: string) => boolean {
  const cjk = phrases.filter((p) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(p));
  const words = phrases.filter((p) => !cjk.includes(p));
  const escaped = words.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  // (A word inside a file name is not the word: "example" in `.env.example`.)
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}.])(?:${escaped.join('|')})(?![\\p{L}\\p{M}\\p{N}]|\\.[\\p{L}\\p{N}])`, 'u');
  return (heading) => re.test(heading) || cjk.some((p) => heading.includes(p));
}

const INSTALL_PHRASES = [
  // English
  'install', 'installation', 'installing', 'setup', 'set up', 'set-up', 'getting started', 'get started', 'quick start', 'quickstart',
  'quick setup', 'running', 'run', 'how to run', 'build', 'building', 'build and run', 'deploy', 'deployment', 'deploying', 'local development',
  'development setup', 'development environment', 'local setup', 'launch', 'bootstrap', 'start the server', 'starting', 'start', 'project start', 'self-hosting', 'docker',
  'compile', 'compiling', 'steps', 'scripts', 'available scripts', 'npm scripts', 'download', 'downloads',
  // Spanish
  'instalación', 'instalacion', 'instalar', 'puesta en marcha', 'cómo ejecutar', 'como ejecutar', 'ejecución', 'ejecucion', 'ejecutar',
  'inicio rápido', 'inicio rapido', 'primeros pasos', 'despliegue', 'levantar', 'correr el proyecto', 'pasos',
  // Portuguese
  'instalação', 'instalacao', 'como executar', 'execução', 'execucao', 'executar', 'como rodar', 'rodar', 'rodando', 'primeiros passos',
  'início rápido', 'inicio rápido', 'implantação', 'passos',
  // French
  'installer', 'démarrage', 'demarrage', 'démarrage rapide', 'lancer', 'lancement', 'exécution', 'exécuter', 'mise en place', 'déploiement',
  'prise en main', 'pour commencer', 'étapes',
  // German
  'installieren', 'installations', 'installationsanleitung', 'installationsanweisung', 'installationshinweise', 'ausführung', 'einrichtung', 'einrichten', 'schnellstart', 'erste schritte', 'ausführen', 'starten', 'inbetriebnahme', 'bereitstellung', 'schritte',
  // Italian
  'installazione', 'installare', 'avvio', 'avvio rapido', 'esecuzione', 'eseguire', 'primi passi', 'come avviare', 'passi',
  // Polish
  'instalacja', 'instalowanie', 'uruchomienie', 'uruchamianie', 'uruchom', 'szybki start', 'wdrożenie', 'jak uruchomić', 'kroki',
  // Russian
  'установка', 'установить', 'запуск', 'быстрый старт', 'как запустить', 'начало работы', 'развертывание', 'развёртывание', 'сборка', 'шаги',
  'локальная работа', 'локальный запуск', 'локальная разработка',
  // Indonesian
  'instalasi', 'pemasangan', 'cara menjalankan', 'menjalankan', 'memulai', 'mulai cepat', 'penyiapan', 'cara install', 'langkah',
  // Dutch, Turkish, Ukrainian, Vietnamese
  'installatie', 'installeren', 'opstarten', 'kurulum', 'çalıştırma', 'başlarken', 'встановлення', 'розгортання', 'cài đặt', 'chạy dự án', 'cách chạy', 'làm sao để chạy', 'hướng dẫn chạy', 'khởi chạy', 'triển khai',
  // Czech, Arabic, Persian, Hindi, Thai
  'instalace', 'spuštění', 'nasazení', 'rychlý start', 'jak spustit', 'التثبيت', 'تثبيت', 'التشغيل', 'تشغيل', 'البدء', 'الإعداد', 'النشر',
  'نصب', 'راه اندازی', 'اجرا', 'اجرای پروژه', 'نحوه اجرا', 'استقرار', 'स्थापना', 'इंस्टॉलेशन', 'इंस्टालेशन', 'चलाना', 'चलाएं', 'सेटअप',
  'การติดตั้ง', 'ติดตั้ง', 'วิธีรัน', 'การรัน', 'เริ่มต้นใช้งาน',
  // Korean, Japanese, Chinese
  '설치', '실행', '빌드', '시작하기', '빠른 시작', '배포',
  'インストール', '導入', '実行', '起動', 'セットアップ', '始め方', 'クイックスタート', '環境構築', 'ビルド', 'デプロイ',
  '安装', '安裝', '运行', '運行', '执行', '執行', '启动', '啟動', '快速开始', '快速開始', '快速上手', '部署', '构建', '編譯', '编译', '环境搭建',
];

const USAGE_PHRASES = [
  // English
  'usage', 'how to use', 'use it', 'using it', 'using the package', 'using the library', 'using the plugin', 'using the module', 'using the api', 'using the cli', 'using the sdk', 'using the client', 'using the app', 'using the application', 'basic usage', 'example', 'examples', 'example usage', 'try it', 'try it out', 'api usage', 'api reference',
  'api docs', 'api documentation', 'api specification', 'api spec', 'api endpoints', 'api routes', 'api examples', 'endpoints', 'endpoint',
  'routes', 'documentation', 'docs', 'first steps', 'quick api test', 'testing api', 'testing the api', 'playground', 'requests', 'make request', 'make requests', 'making requests', 'make a request', 'sending requests', 'example requests',
  'calling the api', 'commands', 'cli usage', 'command line usage', 'swagger', 'postman', 'openapi', 'graphql schema', 'queries', 'mutations',
  // "Commands", in the other README languages (ambiguous, as the English is: see AMBIGUOUS_USAGE)
  'comandos', 'commandes', 'befehle', 'comandi', 'komendy', 'команды', 'perintah',
  // Spanish
  'uso', 'cómo usar', 'como usar', 'modo de uso', 'ejemplos', 'ejemplo', 'documentación', 'documentacion', 'rutas', 'puntos finales',
  // Portuguese
  'como usar', 'utilização', 'utilizacao', 'exemplos', 'exemplo', 'documentação', 'documentacao', 'rotas',
  // French
  'utilisation', 'comment utiliser', 'exemples', 'exemple', 'points de terminaison', 'essayer',
  // German
  'verwendung', 'benutzung', 'nutzung', 'anwendung', 'beispiele', 'beispiel', 'dokumentation', 'api-dokumentation', 'endpunkte', 'routen',
  // Italian
  'utilizzo', 'come usare', 'esempi', 'esempio', 'documentazione', 'rotte',
  // Polish
  'użycie', 'użytkowanie', 'sposób użycia', 'przykłady', 'przykład', 'dokumentacja', 'dokumentacja api', 'endpointy', 'dostępne endpointy',
  // Russian
  'использование', 'как использовать', 'примеры', 'пример', 'документация', 'эндпоинты', 'маршруты',
  // Indonesian
  'penggunaan', 'cara penggunaan', 'cara pakai', 'cara menggunakan', 'contoh', 'dokumentasi',
  // Dutch, Turkish, Ukrainian, Vietnamese
  'gebruik', 'voorbeelden', 'kullanım', 'örnekler', 'використання', 'приклади', 'sử dụng', 'hướng dẫn sử dụng', 'ví dụ',
  // Czech, Arabic, Persian, Hindi, Thai
  'použití', 'jak používat', 'příklady', 'příklad', 'dokumentace', 'الاستخدام', 'استخدام', 'طريقة الاستخدام', 'أمثلة', 'مثال', 'التوثيق',
  'نقاط النهاية', 'استفاده', 'نحوه استفاده', 'مثال ها', 'نمونه', 'مستندات', 'उपयोग', 'प्रयोग', 'इस्तेमाल', 'उदाहरण', 'การใช้งาน', 'วิธีใช้',
  'ตัวอย่าง', 'เอกสาร',
  // Korean, Japanese, Chinese
  '사용법', '사용 방법', '사용하기', '사용 예시', '사용 방식', '활용 방법', '사용 예', '예제', '예시', 'api 명세', '명세서', 'api 문서', '엔드포인트', '문서',
  '使い方', '使用方法', '利用方法', '使用例', 'api仕様', 'api 仕様', 'ドキュメント', 'エンドポイント',
  '如何使用', '使用方法', '使用方式', '用法', '使用说明', '使用說明', '使用示例', '示例', '範例', '例子', '接口', '介面', '接口文档', '文档',
];

const DESCRIPTION_PHRASES = [
  'about', 'overview', 'description', 'introduction', 'intro', 'what is', 'what it is', 'what it does', 'summary', 'features',
  'feature', 'key features', 'main features', 'tech stack', 'technology stack', 'technologies', 'built with', 'stack', 'motivation',
  'background', 'the project', 'project', 'highlights', 'why', 'how it works', 'architecture', 'design',
  'descripción', 'descripcion', 'acerca de', 'sobre', 'resumen', 'introducción', 'características', 'caracteristicas', 'funcionalidades',
  'tecnologías', 'tecnologias', 'descrição', 'descricao', 'visão geral', 'introdução', 'recursos', 'présentation', 'aperçu', 'à propos',
  'fonctionnalités', 'fonctionnalités principales', 'caractéristiques', 'beschreibung', 'über', 'überblick', 'übersicht', 'einleitung',
  'einführung', 'funktionen', 'merkmale', 'technologien', 'descrizione', 'panoramica', 'introduzione', 'informazioni', 'funzionalità',
  'caratteristiche', 'tecnologie', 'opis', 'o projekcie', 'wprowadzenie', 'przegląd', 'funkcje', 'funkcjonalności', 'technologie',
  'описание', 'о проекте', 'обзор', 'введение', 'возможности', 'функции', 'технологии', 'deskripsi', 'tentang', 'ringkasan',
  'pendahuluan', 'pengantar', 'fitur', 'teknologi', 'beschrijving', 'açıklama', 'hakkında', 'özellikler', 'опис', 'про проєкт',
  'можливості', 'giới thiệu', 'mô tả', 'tính năng', 'công nghệ', 'công nghệ sử dụng', 'popis', 'o projektu', 'přehled', 'úvod', 'funkce', 'vlastnosti', 'نظرة عامة', 'الوصف',
  'وصف', 'مقدمة', 'عن المشروع', 'حول المشروع', 'الميزات', 'المميزات', 'التقنيات', 'معرفی', 'توضیحات', 'درباره', 'ویژگی ها', 'امکانات',
  'فناوری ها', 'تکنولوژی ها', 'परिचय', 'विवरण', 'के बारे में', 'विशेषताएं', 'विशेषताएँ', 'सुविधाएँ', 'अवलोकन', 'ภาพรวม', 'คำอธิบาย',
  'เกี่ยวกับ', 'รายละเอียด', 'ฟีเจอร์', 'คุณสมบัติ', 'เทคโนโลยี',
  '개요', '소개', '설명', '기능', '주요 기능', '기술 스택', '概要', '紹介', '説明', 'はじめに', '機能', '特徴', '技術スタック',
  '简介', '簡介', '介绍', '介紹', '概述', '描述', '功能', '特性', '技术栈', '技術棧',
];

/** Sections that are about something else than what the project is (tests, licence, contributing, settings). */
const OTHER_PHRASES = [
  'test', 'tests', 'testing', 'running tests', 'licence', 'license', 'licensing', 'contributing', 'contribution', 'contributors', 'author',
  'authors', 'acknowledgements', 'acknowledgments', 'credits', 'support', 'changelog', 'to do', 'roadmap', 'faq', 'troubleshooting',
  'configuration', 'config', 'environment', 'environment variables', 'env', 'requirements', 'prerequisites', 'dependencies', 'database',
  'migrations', 'seed', 'lint', 'help', 'contact', 'commit convention', 'commit conventions', 'commit message', 'commit messages',
  'conventions', 'convention', 'git flow', 'gitflow', 'git convention', 'branch strategy', 'branching strategy', 'branch naming',
  '커밋', '컨벤션', '브랜치 전략', 'コミット規約', 'ブランチ戦略', '提交规范', '分支策略', 'stay in touch', 'shell', 'code format', 'code style', 'style', 'formatting', 'style guide',
  'licencia', 'licença', 'lizenz', 'licenza', 'licencja', 'лицензия', 'lisensi', 'pruebas', 'testes', 'testy', 'тесты', 'pengujian',
  'configuración', 'configuracion', 'configuração', 'configuracao', 'konfiguration', 'configurazione', 'konfiguracja', 'конфигурация',
  'konfigurasi', 'base de datos', 'banco de dados', 'base de données', 'datenbank', 'база данных', 'basis data', 'baza danych',
  '설정', '데이터베이스', '設定', 'データベース', '配置', '数据库', '資料庫',
  'autor', 'wymagania', 'requisitos', 'prérequis', 'voraussetzungen', 'requisiti', 'требования', 'persyaratan',
  // Settings and the environment they are read from
  'variables de entorno', 'entorno', 'variáveis de ambiente', 'variaveis de ambiente', 'ambiente', "variables d'environnement", 'environnement',
  'umgebungsvariablen', 'umgebung', "variabili d'ambiente", 'variabili di ambiente', 'zmienne środowiskowe', 'środowisko', 'переменные окружения',
  'окружение', 'настройка', 'настройки', 'variabel lingkungan', '환경 변수', '환경변수', '環境変数', '环境变量', '環境變數',
  'požadavky', 'الترخيص', 'الاختبارات', 'المتطلبات', 'مجوز', 'لایسنس', 'تست', 'پیش نیازها', 'نیازمندی ها', 'लाइसेंस',
  'परीक्षण', 'आवश्यकताएं', 'ใบอนุญาต', 'การทดสอบ',
  '라이선스', '테스트', '실행환경', 'ライセンス', 'テスト', '许可证', '許可證', '测试', '測試',
];

export const isInstallHeading = phraseMatcher(INSTALL_PHRASES);
const usagePhrase = phraseMatcher(USAGE_PHRASES);
export const isDescriptionHeading = phraseMatcher(DESCRIPTION_PHRASES);
/** The words that name the project without saying which part of it a section is about ("Project setup", "Running the project"). */
const PROJECT_WORD = /(?<![\p{L}])(?:the\s+)?project(?![\p{L}])/giu;
/**
 * Whether only the word "project" makes the heading a description's: with a word about installing,
 * using or another topic beside it ("How to run the project"), the section is about that.
 */
export function isProjectWordOnly(heading: string): boolean {
  return isDescriptionHeading(heading) && !isDescriptionHeading(heading.replace(PROJECT_WORD, ' '));
}
export const isOtherHeading = phraseMatcher(OTHER_PHRASES);

/**
 * A heading that announces usage. "API" alone, or API followed by what about it, counts; the
 * word inside a name ("Todo API", "API Gateway") does not.
 */
/**
 * Headings that may name a part of the project rather than how to use it ("API" over how the API
 * server is built, "Documentation" over a list of design notes): their sections count as usage
 * only with something to run against the project (examples, requests, a table of calls).
 */
const AMBIGUOUS_USAGE = new Set([
  'api', 'rest api', 'restful api', 'graphql api', 'the api', 'docs', 'documentation', 'commands', 'routes', 'documentación', 'documentacion',
  'documentação', 'documentacao', 'dokumentation', 'documentazione', 'dokumentacja', 'документация', 'dokumentasi', 'dokumentace', 'التوثيق',
  'مستندات', 'เอกสาร', '문서', 'ドキュメント',
  '文档', 'rutas', 'rotas', 'routen', 'rotte', 'маршруты', 'komendy', 'comandos', 'commandes', 'befehle', 'comandi', 'команды', 'perintah',
]);
/** Docs said to be about something named ("Docs on test frameworks", "Documentación de las librerías"): maybe not this project's. */
const DOCS_ON = /^(?:docs?|documentation|documentación|documentacion|documentação|documentacao|dokumentation)\s+(?:on|of|for|about|de|do|da|das|dos|de las|de los|sobre|zu|über)\s+(?!(?:the\s+|la\s+|a\s+)?api\b|endpoints?\b|(?:the\s+)?(?:project|app|application|service|server)\b)/u;
export function isAmbiguousUsageHeading(heading: string): boolean {
  return AMBIGUOUS_USAGE.has(heading) || DOCS_ON.test(heading);
}

/** The heading of a table of contents, in the same languages. */
export const TOC_HEADING = /^(?:table of contents|contents|toc|índice|indice|tabla de contenidos?|contenido|sumário|sommaire|table des matières|inhalt|inhaltsverzeichnis|spis treści|содержание|оглавление|зміст|daftar isi|inhoud|içindekiler|mục lục|obsah|المحتويات|فهرست|विषय सूची|สารบัญ|목차|目次|目录|目錄)$/u;

const ALL_PHRASES = new Set([...INSTALL_PHRASES, ...USAGE_PHRASES, ...DESCRIPTION_PHRASES, ...OTHER_PHRASES]);
/**
 * A heading that is nothing but a section's name ("Installation", "Getting started guide"), as
 * opposed to a project's name that holds such a word ("Enterprise Support Copilot").
 */
export function isBareSectionName(heading: string): boolean {
  const core = heading.replace(/^(?:the|a|an)\s+/, '').replace(/\s+(?:guide|instructions|section)$/, '');
  return ALL_PHRASES.has(core) || isUsageHeading(core) && /^(?:(?:rest|restful|graphql|grpc|http|json)\s+)?api\b/.test(core);
}

/** A heading that names a section of a README (as opposed to naming the project). */
export function isSectionName(heading: string): boolean {
  return isInstallHeading(heading) || isUsageHeading(heading) || isDescriptionHeading(heading) || isOtherHeading(heading);
}

export function isUsageHeading(heading: string): boolean {
  if (/^(?:(?:rest|restful|graphql|grpc|http|json)\s+)?api(?:\s+(?:usage|reference|docs?|documentation|spec\w*|endpoints?|routes?|examples?|overview|guide|calls?))?$/u.test(heading)) return true;
  // ("Add the hostname to your hosts file, for example": an aside in a step, not an example of use.)
  // (Nor the technologies it uses, "Công nghệ sử dụng", "Tecnologias utilizadas": what it is built with.)
  return !TECH_USED.test(heading) && usagePhrase(heading.replace(FOR_EXAMPLE, ' '));
}
const TECH_USED = /(?<![\p{L}])(?:technolog\p{L}*|tecnolog\p{L}*|teknolog\p{L}*|технолог\p{L}*|технологі\p{L}*|công nghệ|tech stack|stack)(?![\p{L}])|기술|技术|技術/iu;
const FOR_EXAMPLE = /\b(?:for example|for instance|e\.g\.?|por ejemplo|por exemplo|par exemple|zum beispiel|z\.\s?b\.|per esempio|na przykład|например)(?![\p{L}])/giu;

// Shell commands that install, build, start or deploy a project, as people write them in code
// blocks, inline code, list items and table cells. `make` counts only with a target that starts
// or prepares something ("make test" does not).
const RUN_COMMAND = new RegExp(
  [
    // (Not a script that runs the tests or the checks: `npm run jest`, `yarn run lint`.)
    String.raw`(?:npm|pnpm|yarn|bun)\s+(?:i|install|ci|add|start|run(?!\s+(?:test|tests|jest|vitest|mocha|ava|tap|lint|eslint|format|prettier|typecheck|type-check|coverage|e2e|cypress|playwright)\b)|run-script|dev|serve|build)\b`,
    String.raw`yarn\s*$`,
    // Not a linter or test runner fetched for a check (`npx --yes @stoplight/spectral-cli lint api.yaml`).
    // Nor the workspace tool's own chores (`npx nx connect-to-nx-cloud`, `npx nx graph`).
    String.raw`npx\s+(?!nx\s+(?:graph|dep-graph|connect\S*|reset|report|list|migrate|g|generate)\b)(?!(?:-\S+\s+)*(?:@[\w.-]+\/)?[\w.-]*(?:lint|prettier|jest|vitest|mocha|spectral|cypress|playwright|husky|commitlint|markdownlint|redocly)\b)(?!.*\s(?:lint|test|format)(?:\s|$))\S+`,
    // (Not a chore script from scripts/ or tools/, `node scripts/import-csv.js <table>`: that works on the data; a start script there still starts it.)
    String.raw`node\s+(?!(?:\.\/)?(?:scripts?|tools)\/(?![\w/-]*(?:start|serve|server|dev|run)[\w-]*\.\w+\b)[\w./-]+\.\w+\b)\S+\.(?:m?js|cjs|ts)\b`,
    String.raw`(?:ts-node|tsx|ts-node-dev)\s+\S+`,
    String.raw`bun\s+\S+\.(?:m?[jt]sx?)\b`,
    String.raw`nest\s+start\b`,
    String.raw`(?:vercel|netlify|wrangler)\s+dev\b`,
    String.raw`(?:serverless|sls)\s+offline\b`,
    String.raw`func\s+start\b`,
    String.raw`firebase\s+(?:emulators:start|serve|deploy)\b`,
    String.raw`deno\s+(?:run|task)\b`,
    // (Not its settings file, `nodemon.json`.)
    String.raw`nodemon(?:\s|$)`,
    String.raw`pip3?\s+install\b`,
    String.raw`python[\d.]*(?:\.exe)?\s+(?:-m\s+\S+|\S+\.py)\b`,
    String.raw`py\s+\S+\.py\b`,
    String.raw`\.\/\S+\.py\b`,
    String.raw`streamlit\s+run\b`,
    String.raw`(?:poetry|pdm|hatch)\s+(?:install|run|shell|add)\b`,
    String.raw`pipenv\s+(?:install|run|shell|sync)\b`,
    String.raw`uv\s+(?:sync|run|pip|add)\b`,
    String.raw`(?:uvicorn|gunicorn|hypercorn|daphne)\s+\S`,
    String.raw`flask\s+(?:--app\s+\S+\s+)?(?:run|db\s+\w+)\b`,
    // Database set-up belongs with installing: migrations and schema tools.
    String.raw`(?:alembic\s+upgrade|diesel\s+(?:setup|migration\s+run|database\s+setup)|sqlx\s+(?:db|migrate)\s+\w+|atlas\s+migrate|goose\s+\S+\s+up|knex\s+migrate|sequelize(?:-cli)?\s+db:\S+|typeorm\s+migration:run|flyway\s+migrate|liquibase\s+update)\b`,
    String.raw`fastapi\s+(?:dev|run)\b`,
    String.raw`django-admin\b`,
    String.raw`conda\s+(?:env\s+)?(?:create|install)\b`,
    String.raw`go\s+(?:run|build|install|get|generate|mod\s+(?:download|tidy))\b`,
    String.raw`dep\s+ensure\b`,
    String.raw`air\s*$`,
    String.raw`cargo\s+(?:run|build|install|watch|add|make\s+\S+)\b`,
    String.raw`makers\s+\S`,
    String.raw`(?:\.[/\\])?(?:mvnw|gradlew)(?:\.cmd|\.bat)?\s+\S`,
    String.raw`(?:mvn|gradle)\s+\S`,
    String.raw`sbt(?:\s|$)`,
    String.raw`java\s+(?:-jar|-cp)\b`,
    String.raw`lein\s+(?:run|ring)\b`,
    String.raw`bundle(?:\s+(?:install|exec)\b|\s*$)`,
    String.raw`(?:bin/)?rails\s+(?:s|server|db:\S+)(?:\s|$)`,
    String.raw`(?:bin/)?rake\s+db:\S+`,
    String.raw`rackup\b`,
    String.raw`ruby\s+\S+\.rb\b`,
    String.raw`bin\/(?:dev|setup|server)\b`,
    String.raw`gem\s+install\b`,
    String.raw`composer\s+(?:install|update|require|create-project)\b`,
    String.raw`php\s+(?:artisan\s+\S+|-S\b|bin/console\b|\S+\.php\b)`,
    String.raw`symfony\s+(?:serve|server:start)\b`,
    String.raw`dotnet\s+(?:run|restore|build|watch|ef|publish|add\s+package)\b`,
    String.raw`mix\s+(?:deps\.get|phx\.server|run|ecto\.\S+|setup)\b`,
    // Options may name the node first (`iex --sname alex@localhost -S mix`).
    String.raw`iex\s+(?:--?[\w-]+\s+(?:[^\s-]\S*\s+)?){0,4}-S\s+mix\b`,
    // Options may stand between `compose` and the verb; a lazy run of the line, not nested repeats,
    // so a hostile line cannot make the match backtrack for ever.
    String.raw`docker(?:-|\s+)compose\b[^|;&]*?\s(?:up|run|build|start)\b`,
    String.raw`docker\s+(?:run|build|start|stop|pull|buildx\s+build)\b`,
    String.raw`podman(?:-compose)?\s+(?:run|build|up|start|stop|pull)\b`,
    String.raw`kubectl\s+(?:apply|create)\b`,
    String.raw`helm\s+(?:install|upgrade)\b`,
    String.raw`ansible-galaxy\s+(?:(?:role|collection)\s+)?install\b`,
    String.raw`ansible-playbook\s+\S`,
    String.raw`(?:skaffold\s+(?:dev|run)|tilt\s+up|vagrant\s+up)\b`,
    String.raw`terraform\s+(?:init|apply)\b`,
    String.raw`(?:sst|serverless|sls)\s+(?:dev|deploy|start)\b`,
    String.raw`sam\s+(?:build|deploy|local)\b`,
    String.raw`make(?:\s+(?:up|run|start|serve|server|install|build|dev|setup|init|deps|all|bootstrap|local|docker|compose|venv|db|migrate|deploy)[\w:.-]*(?:\s.*)?)?\s*$`,
    String.raw`(?:sh|bash|zsh)\s+\S+\.sh\b`,
    String.raw`\./\S+\.sh\b`,
    String.raw`(?:swift|stack|cabal)\s+(?:run|build)\b`,
    String.raw`(?:dart\s+run|crystal\s+run|perl\s+\S+\.pl|elixir\s+\S+\.exs?)\b`,
    String.raw`zig\s+build\b`,
    String.raw`(?:cmake|meson)\s+\S`,
    String.raw`\./configure\b`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'i',
);

const RUN_COMMAND_AT_START = new RegExp(`^(?:${RUN_COMMAND.source})`, 'i');

/** Prompts and wrappers people put before a command ("$ ", "PS> ", "sudo ", a step's number, quotes in prose). */
/** A shell prompt that shows where it stands: `/shop$ `, `~/shop$ `, `user@host:~/shop$ `, `(venv) ~/shop$ `, zsh's `shop/cmd % `. */
const PATH_PROMPT = /^\s*(?:\([\w.-]+\)\s*)?(?:[\w.-]+@[\w.-]+:?)?[~/][^\s$]*\$\s+|^\s*\([\w.-]+\)\s*(?=\$)|^\s*(?:[\w.-]+@[\w.-]+\s+)?[~\w.-][\w./~-]*\s+%\s+(?=\S)/;
/** The commands of a line, without its prompt, step number, quotes or sudo, split at `&&`, `||` and `;`. */
export function commandParts(line: string): string[] {
  // Quotes around a command written in prose ("type "python app.py"") are not part of it.
  // A step's number in a code block ("1. dotnet restore") is not part of it either.
  // (So is a prompt that shows the folder, `~/shop$ ` or `user@host:~/shop$ `, or the environment, `(venv) $ `.)
  let bare = line.replace(PATH_PROMPT, '').replace(/^\s*(?:[$%>]|PS[^>]*>|❯|➜)\s*/, '').replace(/^\d{1,2}[.)]\s+(?=[a-z.])/, '').trim();
  const quoted = /^["'“‘`]+([^"'”’`]+)["'”’`]/.exec(bare);
  bare = (quoted ? quoted[1] : bare.replace(/^["'“‘`]+/, '')).replace(/^sudo\s+/, '').trim();
  return bare.split(/\s*(?:&&|\|\||;)\s*/).map((p) => p.replace(/^sudo\s+/, '').trim());
}

/** Whether a line (or inline code span, or the start of a list item) is a command that installs or runs a project. */
export function isRunCommand(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('//')) return false;
  return commandParts(trimmed).some((p) => RUN_COMMAND_AT_START.test(p));
}

/** A request to a running service: curl/httpie/wget with a URL, not a download of a tool. */
export function isRequestCommand(line: string): boolean {
  const t = line.trim().replace(/^\s*(?:[$%>]|PS[^>]*>)\s*/, '');
  if (/^(?:curl|curl\.exe)\b/i.test(t)) {
    // (Downloading a file, or an installer piped to a shell or an interpreter, `curl -sSL https://install.python-poetry.org | python3 -`.)
    if (/(?:\s-[a-zA-Z]*[oO]\b|--output\b|--remote-name\b|\|\s*(?:sudo\s+(?:-\w+\s+)*)?(?:(?:ba|z|da|fi)?sh|python\d?(?:\.\d+)?|node|php|ruby|perl|pwsh|iex)\b|\|\s*tar\b)/.test(t)) return false;
    // Asking for the headers of the site's root, or for a health check, sees that it is up; it uses nothing.
    if (/\s(?:-[a-zA-Z]*I[a-zA-Z]*|--head)\b/.test(t) && !/https?:\/\/[^\s/]+\/[\w{$:]/i.test(t)) return false;
    if (/(?:https?:\/\/)?[^\s/]+\/(?:health|healthz|livez|readyz|actuator\/health)\/?(?=$|[\s"'])/i.test(t)) return false;
    return /https?:\/\/|localhost|127\.0\.0\.1|\$\{?\w+|\{\{\w+|\s-X\s|\s--request\s|\s-d\s|\s--data|\s-H\s/i.test(t);
  }
  if (/^(?:http|https|xh)\s+(?:(?:GET|POST|PUT|PATCH|DELETE)\s+)?(?::\d+|localhost|127\.0\.0\.1|\S+\.\S+\/)/i.test(t)) return true;
  if (/^(?:Invoke-RestMethod|Invoke-WebRequest|irm|iwr)\s/i.test(t)) return /localhost|127\.0\.0\.1/i.test(t);
  if (/^wget\b/i.test(t)) return /localhost|127\.0\.0\.1/i.test(t);
  // A serverless function invoked, deployed or locally (Serverless Framework, SAM, the AWS CLI).
  if (/^(?:npx\s+)?(?:serverless|sls)\s+invoke\b|^sam\s+(?:local\s+)?invoke\b|^aws\s+lambda\s+invoke\b/i.test(t)) return true;
  // gRPC and WebSocket clients talking to the service.
  if (/^(?:grpcurl|evans|ghz|grpc_cli)\s/i.test(t)) return /localhost|127\.0\.0\.1|:\d{2,5}\b|\s(?:list|describe|call)\b/i.test(t);
  if (/^(?:wscat|websocat)\s/i.test(t)) return /wss?:\/\//i.test(t);
  return false;
}

/**
 * A URL of the service running locally, with a path beyond `/` (`http://localhost:8080/tags`; not a database console or a
 * health check, `/api/ping` included, nor the API's base alone, `http://localhost:8080/api/v1`, which names no endpoint, nor a GraphQL server's one
 * endpoint, `localhost:4000/graphql`, where it listens: its queries, or a playground named there, show how to use it).
 */
export const LOCAL_URL_WITH_PATH = /(?:\bhttps?:\/\/|(?<!:\/\/|[\w.@-]))(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(?:\d{2,5}|<\w+>|\{\{?\w+\}?\}|\$\{?\w+\}?|[A-Z][A-Z_]{2,}))?\/(?=[\w{<$%-]|:\w)(?!(?:h2-console|phpmyadmin|adminer|pgadmin|mongo-express|actuator|health|healthz|metrics)\b)(?!(?:[\w-]+\/){0,3}(?:health|healthz|healthcheck|livez|readyz|ping|alive)\/?(?=$|[\s)<>\]`'"|,;!?“”‘’«»]|[.:](?:\s|$)))(?!(?:api(?:\/v\d+)?|v\d+|(?:api\/)?graphql)\/?(?=$|[\s)<>\]`'"|,;!?“”‘’«»]|[.:](?:\s|$)))[^\s)<>\]`'"“”‘’«»]*/i;

export const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;
/** "GET /todos", "`POST /auth/login`", "`GET api/books`", "GET - /auth/login": an endpoint named in text, a list or code. */
export const ENDPOINT = /(?<![\w-])(GET|POST|PUT|PATCH|DELETE|OPTIONS)(?:\s*[-–—:|]\s*|\s+)`?((?:https?:\/\/[^\s/]+|\{\{?\w+\}?\}|:\w+)?(?:\/|(?=(?:api|v\d+)\/[\w{:]))[\w\-.~{}:<>/[\]@$*?=&]*)/g;

/** Template text left in place of a README's own ("This README would normally document…"): it says nothing about the project. */
export const PLACEHOLDER = /this readme would normally document|this is an example of how (?:you may give instructions on setting up|to list things you need to use)|below is an example of how you can instruct your audience|use this space to show useful examples|things you may want to cover|please feel free to use a different markup language|one paragraph of project description goes here|describe the general architecture of your app here|todo:? (?:write|add)\b(?:\s+(?:the|a|an|some|more|project|project's|a short|short|proper))*\s+(?:description|usage|install\w*|instructions|setup|documentation|docs|readme|examples?|endpoints|overview|details|how to)\b|todo: describe\b|\blorem\b|^\s*projectname\s*$|\btwitter_handle\b|email@email_client\.com|github_username\/repo_name|replace_with_[a-z_]+|an? (?:short|brief) description of (?:your|the) (?:[\w.-]+ )?project|replace this (?:text|readme)|explain what (?:the|your) project does|feature \d+: describe|describe (?:a key|another) functionality|\(or your [\w. ]+ version\)|any other dependencies your project uses|add (?:your|a) project description here|project description goes here|well, that part is up to you|^\s*fixme\b|\[(?:descripci[oó]n|descrição|descricao|description|beschreibung|nombre|nome|name)\b[^\]]{0,120}\](?!\()|descripci[oó]n breve de (?:la|el|tu|su)\b|tuusuario\/tuproyecto|your-?username\/your-?(?:repo|repository|project)\b|(?:^|❯\s*)replace[-_]me\b|these instructions will get you a copy of the project up and running on your local machine|a step by step series of examples that tell you how to get a development env(?:ironment)? running|^\s*say what the step will be\s*$|^\s*give the example\s*$|^\s*and repeat\s*$|^\s*until finished\s*$|end with an example of getting some data out of the system|explain how to run the automated tests for this system|estas instrucciones te permitir[aá]n obtener una copia del proyecto en funcionamiento|mira deployment para conocer c[oó]mo desplegar el proyecto|see deployment for notes on how to deploy the project|d[ií] c[oó]mo ser[aá] ese paso|^\s*da un ejemplo\s*$|^\s*y repite\s*$|^\s*hasta finalizar\s*$|finaliza con un ejemplo de c[oó]mo obtener datos|una serie de ejemplos paso a paso que te dice lo que debes ejecutar|^\s*软件架构说明\s*$|以下是\s*gitee\s*平台说明|^\s*x{4}\s*$/i;

/** "`/todos` (GET)", "/users - POST": an endpoint written path first. */
// (The method may follow after a space alone: "/pets/{uuid} GET, PATCH, DELETE - Retrieve, update or delete a pet".)
export const ENDPOINT_PATH_FIRST = /(?<![\w/])`?(\/[\w\-.~{}:<>/@$*]+)`?(?:\s*[-–—:|]\s*|\s*\(\s*|\s+)(GET|POST|PUT|PATCH|DELETE)\b/g;

/** Names of what documents an API for people to try: Swagger/OpenAPI, Postman, GraphQL playgrounds. */
export const API_DOCS_POINTER = /\b(?:swagger|open\s?api|postman|insomnia|bruno|graphiql|graphql\s+playground|apollo\s+(?:sandbox|studio)|redoc|scalar|rest\s+client|api[\s-]docs?|api\s+documentation|api\s+reference|api\s+spec(?:ification)?s?|\.http\b)|(?:api\s*(?:명세|문서|仕様|文档|文件|ドキュメント))/i;
