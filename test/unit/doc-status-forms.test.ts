/**
 * The forms READMEs take, each on a fixture written for it: Markdown read as Markdown (code
 * fences, setext, HTML and reStructuredText headings, tables, list items), usage in the forms
 * people write it, length with code counted, READMEs in twenty-one languages, and where GitHub
 * finds a README.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocumentation, countWords, type DocInput } from '../../shared/doc-status';
import { pickReadme } from '../../shared/detection/files';

const DESC = 'Notes API keeps short notes for a team, with tags and full-text search over them.';
const INSTALL = '## Getting started\n\n```sh\nnpm ci\nnpm start\n```';

function rate(readme: string, extra: Partial<DocInput> = {}) {
  return analyzeDocumentation({ readme, licence: null, homepage: null, rootEntries: [], ...extra });
}
const signals = (readme: string, extra: Partial<DocInput> = {}) => rate(readme, extra).signals!;

describe('Markdown read as Markdown', () => {
  it('a `# comment` in a fenced block is not a heading', () => {
    const fenced = `# notes-api\n\n${DESC}\n\n\`\`\`sh\n# Usage\n# Endpoints\necho hello\n\`\`\`\n`;
    expect(signals(fenced).usage).toBe(false);
    const real = `# notes-api\n\n${DESC}\n\n## Usage\n\n- Write a note on the start page; words after a hash sign become its tags.\n`;
    expect(signals(real).usage).toBe(true);
  });

  it('setext headings are sections', () => {
    const readme = [
      'notes-api',
      '=========',
      '',
      DESC,
      '',
      'Installation',
      '------------',
      '',
      '1. Download the release archive.',
      '2. Unpack it next to your data folder.',
      '',
      'Usage',
      '-----',
      '',
      '- Open the notes page and type a note; tags start with a hash sign.',
    ].join('\n');
    expect(signals(readme)).toMatchObject({ description: true, install: true, usage: true });
  });

  it('HTML headings, paragraphs, code and lists are read', () => {
    const readme = [
      '<h1 align="center">notes-api</h1>',
      `<p align="center">${DESC}</p>`,
      '<h2>Getting started</h2>',
      '<pre>docker compose up</pre>',
      '<h2>API</h2>',
      '<ul><li>GET /notes lists the notes</li><li>POST /notes adds one</li></ul>',
    ].join('\n');
    expect(signals(readme)).toMatchObject({ description: true, install: true, usage: true });
  });

  it('a reStructuredText README (README.rst): sections, literal blocks and code-block directives', () => {
    const readme = [
      '=========',
      'notes-api',
      '=========',
      '',
      '.. image:: https://img.shields.io/badge/ci-passing-green.svg',
      '',
      `${DESC} It is written in Python with Flask and keeps its data in SQLite, so a single file holds everything.`,
      'Notes can be exported as Markdown, and every change is kept in a history you can browse.',
      '',
      'Installation',
      '------------',
      '',
      'Create a virtual environment, then install the requirements::',
      '',
      '    python -m venv .venv',
      '    pip install -r requirements.txt',
      '',
      'Usage',
      '-----',
      '',
      'Start the server with ``flask run`` and add a note:',
      '',
      '.. code-block:: bash',
      '',
      '    curl -X POST http://localhost:5000/notes -d \'{"text": "buy milk #home"}\'',
      '    curl http://localhost:5000/notes?tag=home',
      '',
      'Every answer is JSON; errors come with a message and a stable code you can test against.',
    ].join('\n');
    const s = rate(readme, { readmeName: 'README.rst' });
    expect(s.signals).toMatchObject({ description: true, install: true, usage: true });
    expect(s.level).toBe('good');
    // The literal block and the directive are code, not prose.
    expect(s.codeLines).toBe(4);
  });

  it('an Org README (README.org): headlines, source blocks and links', () => {
    const readme = [
      '#+TITLE: notes-api',
      '',
      `${DESC} It keeps everything in one SQLite file and exports notes as Markdown, with a history of every change.`,
      '',
      '* Installation',
      '',
      '#+BEGIN_SRC sh',
      'pip install -r requirements.txt',
      'flask run',
      '#+END_SRC',
      '',
      '* Usage',
      '',
      '#+begin_src sh',
      "curl -X POST http://localhost:5000/notes -d '{\"text\": \"milk\"}'",
      '#+end_src',
      '',
      'See the [[https://notes.example.org/api][API reference]] for every call.',
    ].join('\n');
    const s = rate(readme, { readmeName: 'README.org' });
    expect(s.signals).toMatchObject({ description: true, install: true, usage: true });
    expect(s.codeLines).toBe(3);
    // Read as Markdown, its block markers would be prose and the request in its source block a line of text.
    // (Its two install commands, each on a line of their own, would still be read as commands.)
    const misread = rate(readme, { readmeName: 'README.md' });
    expect(misread.codeLines).toBe(2);
    expect(misread.words).toBeGreaterThan(s.words);
  });

  it('an RDoc README (README.rdoc): = headings and <tt> code', () => {
    const readme = `= notes-api\n\n${DESC}\n\n== Setup\n\nRun <tt>bundle install</tt>, then <tt>bin/rails db:setup</tt>.\n\n== Usage\n\n  curl http://localhost:3000/notes\n`;
    expect(rate(readme, { readmeName: 'README.rdoc' }).signals).toMatchObject({ description: true, install: true, usage: true });
  });

  it('commands in table cells and list items, with or without backticks', () => {
    const table = `# notes-api\n\n${DESC}\n\n| Command | What it does |\n| --- | --- |\n| \`make up\` | starts the stack in Docker |\n| \`make test\` | runs the tests |\n`;
    expect(signals(table).install).toBe(true);
    const list = `# notes-api\n\n${DESC}\n\nYou need Java 17 and sbt. Then:\n\n* sbt test -- runs the tests\n* sbt run -- starts the server in dev mode\n`;
    expect(signals(list).install).toBe(true);
    expect(signals(`# notes-api\n\n${DESC}\n\n* \`make test\` runs the tests\n`).install).toBe(false);
  });

  it('a line in bold standing alone is a heading', () => {
    const readme = `# notes-api\n\n${DESC}\n\n**Installation**\n\n1. Download the release archive.\n2. Unpack it next to your data folder.\n`;
    expect(signals(readme).install).toBe(true);
    expect(signals(readme.replace('**Installation**', 'Installation is easy.')).install).toBe(false);
    // A bold line that is not a section name stays prose: here, the description.
    expect(signals('# notes\n\n**A REST API for short tagged notes**\n\n## Getting started\n\n```sh\nnpm start\n```\n').description).toBe(true);
  });

  it('an endpoint table (method and path in their own cells) is usage', () => {
    const readme = `# notes-api\n\n${DESC}\n\n| Method | Path | What it does |\n| --- | --- | --- |\n| GET | \`/notes\` | lists notes |\n| POST | \`/notes\` | adds a note |\n`;
    expect(signals(readme).usage).toBe(true);
  });
});

describe('usage in the forms people write it, wherever it stands', () => {
  const base = (usage: string) => `# notes-api\n\n${DESC}\n\n${INSTALL}\n\n${usage}\n`;
  it.each([
    ['a curl command', "```sh\ncurl -X POST http://localhost:8080/notes -d '{\"text\":\"hi\"}'\n```"],
    ['a local URL with a path, in prose', 'Then open http://localhost:8080/notes in a browser to see them.'],
    ['a list of endpoints', '- `GET /notes` lists the notes\n- `POST /notes` adds one'],
    ['endpoints named in prose', 'It answers GET /notes and POST /notes, both with JSON bodies.'],
    ['a Swagger UI path', 'Interactive docs are served by Swagger UI at `/swagger-ui/index.html`.'],
    ['an OpenAPI file', 'The API is described in `docs/openapi.yaml` (OpenAPI 3).'],
    ['a Postman collection', 'Import `postman/notes.postman_collection.json` into Postman to try every request.'],
    ['a GraphQL playground link', 'Try queries in the [GraphQL playground](https://notes.example.com/graphql).'],
    ['a "Try it" section', '## Try it\n\nOpen the page, write a note with a #tag, then search for the tag: the note comes first.'],
    ['an HTTPie request', '```\nhttp POST :8080/notes text="buy milk"\n```'],
    ['endpoints written path first', '- `/notes` (GET) lists the notes\n- `/notes` (POST) adds one'],
    ['an API section listing its paths', '## API\n\n- `/notes` lists the notes\n- `/notes/{id}` shows one'],
  ])('%s', (_, usage) => {
    expect(signals(base(usage)).usage).toBe(true);
    expect(signals(base('')).usage).toBe(false);
  });

  it('the project’s own CLI in an example', () => {
    const readme = base('```\nnotes-cli add "buy milk #home"\nnotes-cli list --tag home\n```');
    expect(signals(readme, { fullName: 'octo/notes-cli' }).usage).toBe(true);
  });
});

describe('a heading word alone is not evidence', () => {
  it('"Local Development" with no command is not an install section', () => {
    const readme = `# notes-api\n\n${DESC}\n\n### Local Development\n\nDuring development we run against a shared stack; ask the team for access to it.\n`;
    expect(signals(readme).install).toBe(false);
  });
  it('"API" in the project’s title is not usage', () => {
    expect(signals(`# Notes API\n\n${DESC}\n\n${INSTALL}\n`).usage).toBe(false);
    expect(signals(`# Notes REST API Gateway\n\n${DESC}\n`).usage).toBe(false);
  });
  it('"Object Requirements" is not prerequisites, nor an install section', () => {
    const readme = `# notes-api\n\n${DESC}\n\n## Object Requirements\n\n- every stored object has an id\n- ids are unique across tenants\n`;
    expect(signals(readme)).toMatchObject({ install: false, usage: false });
  });
  it('an API section about how the API is built, or holding install steps, is not usage', () => {
    const built = `# notes\n\n${DESC}\n\n${INSTALL}\n\n## API\n\nThe API server is written with [Flask](https://flask.palletsprojects.com) and keeps sessions in \`redis\`; every token is a JWT.\n`;
    expect(signals(built).usage).toBe(false);
    expect(signals(`# notes\n\n${DESC}\n\n## API\n\n\`\`\`sh\npip install -r requirements.txt\nflask db upgrade\n\`\`\`\n`).usage).toBe(false);
  });
  it('an empty API section is not usage', () => {
    expect(signals(`# notes-api\n\n${DESC}\n\n${INSTALL}\n\n## API\n\n## License\n\nMIT\n`).usage).toBe(false);
  });
  it('following someone else’s API spec, in the description, is not usage', () => {
    expect(signals(`# notes-api\n\n> A notes backend that follows the [Acme Notes](https://example.com/spec) API spec.\n\n${INSTALL}\n`).usage).toBe(false);
  });
  it('downloading a tool with curl, or a database URL, is not usage', () => {
    const readme = `# notes-api\n\n${DESC}\n\n## Setup\n\n\`\`\`sh\ncurl -fsSL https://get.example.com/tool.sh | sh\ncurl -o proxy https://dl.example.com/proxy\nexport DATABASE_URL=postgres://localhost:5432/notes\n\`\`\`\n`;
    expect(signals(readme).usage).toBe(false);
  });
});

describe('template text left in a README', () => {
  it('says nothing about the project: a placeholder README is a stub', () => {
    const readme = '# README\n\nThis README would normally document the steps needed to get the application running.\n\nThings you may want to cover:\n\n* Ruby version\n* Configuration\n* Deployment instructions\n';
    expect(rate(readme)).toMatchObject({ level: 'stub', signals: { description: false } });
  });
});

describe('length measured fairly', () => {
  it('good at about 100 words of prose when description, install and usage are concrete', () => {
    const readme = [
      '# notes-api',
      '',
      'A small REST API for short notes, written in Go with PostgreSQL. Notes carry tags, and a full-text index finds them by any word.',
      'Accounts sign in with a password and get a token that lasts an hour; every note belongs to one account.',
      '',
      '## Running it',
      '',
      'You need Docker. Copy the sample environment file, then start the API and its database:',
      '',
      '```sh\ncp .env.sample .env\ndocker compose up --build\n```',
      '',
      '## Endpoints',
      '',
      '- `POST /signup` creates an account',
      '- `POST /login` returns a token',
      '- `GET /notes` lists your notes',
      '- `POST /notes` adds a note',
      '- `DELETE /notes/:id` removes one',
    ].join('\n');
    const s = rate(readme);
    expect(s.words).toBeGreaterThanOrEqual(80);
    expect(s.words).toBeLessThanOrEqual(100);
    expect(s.level).toBe('good');
  });

  it('a compact README that is concrete everywhere is good; the same with only a line of each is basic', () => {
    const compact = [
      '# notes-api',
      '',
      'Notes API with JWT sign-in and shared notebooks, built on FastAPI and PostgreSQL.',
      '',
      '## Stack',
      '',
      '- Python 3.12 and FastAPI',
      '- SQLAlchemy with Alembic migrations',
      '',
      '## Run',
      '',
      '```bash\npip install -r requirements.txt\nalembic upgrade head\nuvicorn app.main:app --reload\n```',
      '',
      '## Endpoints',
      '',
      '- `POST /auth/login` returns a token',
      '- `GET /notebooks` lists your notebooks',
      '- `POST /notebooks/{id}/notes` adds a note',
      '- `DELETE /notes/{id}` removes a note',
    ].join('\n');
    expect(rate(compact).level).toBe('good');
    expect(rate('# notes-api\n\nNotes API built on FastAPI.\n\n## Run\n\n```bash\nuvicorn app.main:app\n```\n\n## Endpoints\n\n- `GET /notes`\n- `POST /notes`\n').level).toBe('basic');
  });

  it('a description may be a short list ("Technology stack and features")', () => {
    const readme = `# notes-api\n\n## Technology stack and features\n\n- FastAPI for the Python backend API\n- PostgreSQL as the SQL database\n- JWT authentication and password hashing\n\n${INSTALL}\n`;
    expect(signals(readme).description).toBe(true);
    expect(signals(`# notes-api\n\n${INSTALL}\n`).description).toBe(false);
  });

  it('code and commands count toward substance', () => {
    const prose = '# notes-api\n\nNotes API, written in Rust with actix-web and diesel, keeps short notes with tags. It follows a clean architecture: routes, use cases and repositories, wired by constructor injection.\n\n## Getting started\n\n';
    const block = (n: number) => `\`\`\`sh\n${Array.from({ length: n }, (_, i) => `curl http://localhost:8080/api/notes/${i}`).join('\n')}\n\`\`\`\n`;
    const withCode = rate(`${prose}\`\`\`sh\ndocker compose up -d\n\`\`\`\n\n${block(10)}\n${block(10)}`);
    expect(withCode.words).toBeLessThan(40);
    expect(withCode.level).toBe('good');
    expect(rate(`${prose}\`\`\`sh\ndocker compose up -d\ncurl http://localhost:8080/api/notes\n\`\`\`\n`).level).toBe('basic');
  });

  it('counts Chinese and Japanese by characters, about two a word', () => {
    expect(countWords('一个用于保存短笔记的接口')).toBe(6);
    expect(countWords('タグと全文検索に対応')).toBe(5);
    expect(countWords('태그와 전문 검색을 지원하는')).toBe(4);
  });

  it('counts Hindi words whole (vowel signs inside them) and Thai, written without spaces, by about four characters a word', () => {
    expect(countWords('छोटे नोट्स सहेजने के लिए')).toBe(5);
    expect(countWords('ค้นหาบันทึก')).toBe(3);
  });
});

const LANGUAGES: Array<[string, string]> = [
  ['Spanish', '# Agenda de notas\n\nUna API REST para guardar notas cortas con etiquetas y búsqueda de texto completo.\n\n## Instalación\n\n1. Descarga el archivo de la última versión.\n2. Descomprímelo junto a la carpeta de datos.\n\n## Uso\n\n- Crea una nota nueva desde la página principal.\n- Busca notas por etiqueta o por texto.'],
  ['Portuguese', '# Caderno de notas\n\nUma API REST para guardar notas curtas com etiquetas e busca de texto completo.\n\n## Instalação\n\n1. Baixe o arquivo da última versão.\n2. Descompacte-o ao lado da pasta de dados.\n\n## Como usar\n\n- Crie uma nota nova na página inicial.\n- Procure notas por etiqueta ou por texto.'],
  ['French', "# Carnet de notes\n\nUne API REST pour garder des notes courtes avec des étiquettes et une recherche plein texte.\n\n## Installation\n\n1. Téléchargez l'archive de la dernière version.\n2. Décompressez-la à côté du dossier de données.\n\n## Utilisation\n\n- Créez une note depuis la page d'accueil.\n- Cherchez les notes par étiquette ou par texte."],
  ['German', '# Notizbuch\n\nEine REST-API, die kurze Notizen mit Schlagwörtern speichert und im Volltext durchsucht.\n\n## Einrichtung\n\n1. Laden Sie das Archiv der neuesten Version herunter.\n2. Entpacken Sie es neben dem Datenordner.\n\n## Verwendung\n\n- Legen Sie auf der Startseite eine neue Notiz an.\n- Suchen Sie Notizen nach Schlagwort oder Text.'],
  ['Italian', "# Blocco note\n\nUn'API REST per salvare brevi note con etichette e ricerca a testo completo.\n\n## Installazione\n\n1. Scarica l'archivio dell'ultima versione.\n2. Estrailo accanto alla cartella dei dati.\n\n## Utilizzo\n\n- Crea una nuova nota dalla pagina iniziale.\n- Cerca le note per etichetta o per testo."],
  ['Polish', '# Notatnik\n\nREST API do przechowywania krótkich notatek z tagami i wyszukiwaniem pełnotekstowym.\n\n## Uruchomienie\n\n1. Pobierz archiwum najnowszej wersji.\n2. Rozpakuj je obok folderu z danymi.\n\n## Użycie\n\n- Utwórz nową notatkę na stronie głównej.\n- Szukaj notatek po tagu lub po tekście.'],
  ['Russian', '# Заметки\n\nREST API для хранения коротких заметок с тегами и полнотекстовым поиском.\n\n## Установка\n\n1. Скачайте архив последней версии.\n2. Распакуйте его рядом с папкой данных.\n\n## Использование\n\n- Создайте новую заметку на главной странице.\n- Ищите заметки по тегу или по тексту.'],
  ['Indonesian', '# Catatan\n\nAPI REST untuk menyimpan catatan pendek dengan tag dan pencarian teks lengkap.\n\n## Instalasi\n\n1. Unduh arsip versi terbaru.\n2. Ekstrak di samping folder data.\n\n## Penggunaan\n\n- Buat catatan baru dari halaman utama.\n- Cari catatan berdasarkan tag atau teks.'],
  ['Korean', '# 메모장\n\n태그와 전문 검색을 지원하는 짧은 메모용 REST API입니다. 팀이 함께 메모를 남기고 찾을 수 있습니다.\n\n## 설치\n\n1. 최신 버전의 압축 파일을 내려받습니다.\n2. 데이터 폴더 옆에 압축을 풉니다.\n\n## 사용법\n\n- 첫 화면에서 새 메모를 만듭니다.\n- 태그나 본문으로 메모를 검색합니다.'],
  ['Japanese', '# メモ帳\n\nタグと全文検索に対応した短いメモのための REST API です。チームでメモを残して探せます。\n\n## インストール\n\n1. 最新版のアーカイブをダウンロードします。\n2. データフォルダの横に展開します。\n\n## 使い方\n\n- トップページで新しいメモを作成します。\n- タグや本文でメモを検索します。'],
  ['Chinese', '# 笔记本\n\n一个用于保存短笔记的 REST API，支持标签和全文搜索，团队可以一起记录和查找笔记。\n\n## 安装\n\n1. 下载最新版本的压缩包。\n2. 将其解压到数据目录旁边。\n\n## 使用方法\n\n- 在首页创建一条新笔记。\n- 按标签或正文搜索笔记。'],
  ['Dutch', '# Notities\n\nEen REST-API om korte notities met labels op te slaan en volledig te doorzoeken.\n\n## Installatie\n\n1. Download het archief van de nieuwste versie.\n2. Pak het uit naast de gegevensmap.\n\n## Gebruik\n\n- Maak een nieuwe notitie op de startpagina.\n- Zoek notities op label of tekst.'],
  ['Turkish', '# Notlar\n\nEtiketli kısa notları saklayan ve tam metin arama sunan bir REST API.\n\n## Kurulum\n\n1. En son sürümün arşivini indirin.\n2. Veri klasörünün yanına açın.\n\n## Kullanım\n\n- Ana sayfada yeni bir not oluşturun.\n- Notları etikete veya metne göre arayın.'],
  ['Ukrainian', '# Нотатки\n\nREST API для зберігання коротких нотаток з тегами та повнотекстовим пошуком.\n\n## Встановлення\n\n1. Завантажте архів останньої версії.\n2. Розпакуйте його поруч із папкою даних.\n\n## Використання\n\n- Створіть нову нотатку на головній сторінці.\n- Шукайте нотатки за тегом або текстом.'],
  ['Czech', '# Poznámky\n\nREST API pro ukládání krátkých poznámek se štítky a fulltextovým vyhledáváním.\n\n## Instalace\n\n1. Stáhněte archiv nejnovější verze.\n2. Rozbalte jej vedle složky s daty.\n\n## Použití\n\n- Vytvořte novou poznámku na hlavní stránce.\n- Hledejte poznámky podle štítku nebo textu.'],
  ['Arabic', '# الملاحظات\n\nواجهة REST لحفظ الملاحظات القصيرة مع الوسوم والبحث في النص الكامل.\n\n## التثبيت\n\n1. نزّل أرشيف أحدث إصدار.\n2. فك ضغطه بجانب مجلد البيانات.\n\n## الاستخدام\n\n- أنشئ ملاحظة جديدة من الصفحة الرئيسية.\n- ابحث عن الملاحظات حسب الوسم أو النص.'],
  ['Persian', '# یادداشت\u200cها\n\nیک REST API برای نگهداری یادداشت\u200cهای کوتاه با برچسب و جستجوی متن کامل.\n\n## نصب\n\n1. آرشیو آخرین نسخه را دانلود کنید.\n2. آن را کنار پوشه داده\u200cها باز کنید.\n\n## نحوه استفاده\n\n- از صفحه اصلی یک یادداشت جدید بسازید.\n- یادداشت\u200cها را بر اساس برچسب یا متن جستجو کنید.'],
  ['Hindi', '# नोट्स\n\nटैग और पूर्ण-पाठ खोज के साथ छोटे नोट्स सहेजने के लिए एक REST API।\n\n## स्थापना\n\n1. नवीनतम संस्करण का संग्रह डाउनलोड करें।\n2. इसे डेटा फ़ोल्डर के पास खोलें।\n\n## उपयोग\n\n- मुख्य पृष्ठ पर एक नया नोट बनाएँ।\n- टैग या पाठ के आधार पर नोट्स खोजें।'],
  ['Thai', '# บันทึก\n\nREST API สำหรับเก็บบันทึกสั้น ๆ พร้อมแท็กและการค้นหาข้อความเต็ม ทีมสามารถจดและค้นหาบันทึกร่วมกันได้\n\n## การติดตั้ง\n\n1. ดาวน์โหลดไฟล์บีบอัดของเวอร์ชันล่าสุด\n2. แตกไฟล์ไว้ข้างโฟลเดอร์ข้อมูล\n\n## การใช้งาน\n\n- สร้างบันทึกใหม่จากหน้าแรก\n- ค้นหาบันทึกตามแท็กหรือข้อความ'],
  ['Vietnamese', '# Ghi chú\n\nMột REST API để lưu ghi chú ngắn có thẻ và tìm kiếm toàn văn.\n\n## Cài đặt\n\n1. Tải xuống bản lưu trữ của phiên bản mới nhất.\n2. Giải nén bên cạnh thư mục dữ liệu.\n\n## Sử dụng\n\n- Tạo ghi chú mới từ trang chủ.\n- Tìm ghi chú theo thẻ hoặc nội dung.'],
];

describe('not only English', () => {
  it.each(LANGUAGES)('%s: description, install and usage from its own headings', (_, readme) => {
    expect(signals(readme)).toMatchObject({ description: true, install: true, usage: true });
    // Without those sections the same README has neither.
    const head = readme.split('\n## ')[0];
    expect(signals(head)).toMatchObject({ description: true, install: false, usage: false });
  });

  it.each([
    ['Polish', '## Komendy Makefile\n\n| Komenda | Opis |\n| --- | --- |\n| `make up` | Uruchomienie środowiska Docker Compose |'],
    ['Korean', '## 빌드 및 실행 방법\n\n1. 프로젝트 루트에서 `./gradlew build` 명령어 실행\n2. http://localhost:8080/swagger-ui/index.html 에서 API 테스트'],
    ['French', '## Lancer le serveur\n\n```bash\nphp artisan serve\n```\n\nLa documentation sera disponible ici : http://127.0.0.1:8000/docs'],
  ])('%s: commands inside tables and list items count', (_, section) => {
    const readme = `# notes-api\n\nUne API pour des notes, avec étiquettes et recherche.\n\n${section}\n`;
    expect(signals(readme).install).toBe(true);
  });
});

describe('where GitHub finds a README', () => {
  it('GitHub’s order: .github/, then the root, then docs/; formatted before plain', () => {
    expect(pickReadme(['docs/README.md', 'README.md', '.github/README.md'])).toBe('.github/README.md');
    expect(pickReadme(['docs/README.md', 'README.md', 'src/README.md'])).toBe('README.md');
    expect(pickReadme(['docs/README.md', 'src/main.go', 'docs/guide.md'])).toBe('docs/README.md');
    expect(pickReadme(['README', 'README.md'])).toBe('README.md');
    expect(pickReadme(['src/README.md', 'main.go'])).toBeNull();
  });

  it('a README only in docs/ is not missing, and the rating says where it is', () => {
    const s = rate(`# notes-api\n\n${DESC}\n\n${INSTALL}\n`, { readmePath: 'docs/README.md', rootEntries: [{ name: 'docs', type: 'tree' }] });
    expect(s.level).not.toBe('missing');
    expect(s.readmePath).toBe('docs/README.md');
    expect(s.strengths).toContainEqual(expect.stringContaining('docs/README.md'));
  });
});

describe('hostile READMEs are rated, not a crash', () => {
  it.each([
    ['quotes nested 5,000 deep', `${'> '.repeat(5000)}deep\n${'- '.repeat(5000)}deeper`],
    ['a command line of 5,000 options', `\`\`\`sh\ndocker compose ${'-a '.repeat(5000)}zzz\n\`\`\``],
    ['a README of 300,000 characters', `# big\n\n${'Notes API keeps short notes. '.repeat(10_000)}`],
    ['an unclosed HTML heading storm', '<h1>'.repeat(20_000)],
  ])('%s', (_, readme) => {
    expect(['stub', 'basic', 'good']).toContain(rate(readme).level);
  });
});

describe('every reason says what to add', () => {
  it.each([
    '',
    '# x',
    `# notes-api\n\n${DESC}`,
    `# notes-api\n\n${DESC}\n\n${INSTALL}`,
    ...LANGUAGES.map(([, r]) => r),
  ])('%#', (readme) => {
    const s = rate(readme);
    // A generator's README is replaced rather than added to.
    for (const reason of s.reasons) expect(reason).toMatch(/: (add|show|explain|link|save|replace)\b/);
  });
});
