/**
 * READMEs that a framework or generator wrote, left as they came: the NestJS or Laravel starter's,
 * a Serverless or Create React App template's, "This project was bootstrapped with …". Such text
 * describes the framework, not the project, however long it is. Each generator is known by a few
 * short phrases its default README carries (our own choice of fragments, enough to tell it apart);
 * any README is also searched for the phrasing generators use about themselves. The rating then
 * looks for a description in what is left. Pure data and matchers.
 */

export interface ReadmeTemplate {
  /** How a reason names it: "the default README of the NestJS starter". */
  name: string;
  /** Fragments of its default README (in its text, links or image addresses). */
  marks: RegExp[];
  /** How many different marks identify it. */
  need: number;
  /** Headings of its sections about the framework rather than the project ("About Laravel"). */
  sections?: RegExp;
  /** Its sections have no sub-sections of its own: one under them is the project's. */
  flatSections?: true;
  /** It carries no commands of its own: commands in it were written for the project. */
  noCommands?: true;
}

export const README_TEMPLATES: ReadmeTemplate[] = [
  {
    name: 'NestJS starter',
    marks: [/nestjs\.com\/img\/logo/i, /framework typescript starter repository/i, /progressive node\.js framework/i, /nest is an mit-licensed open source project/i, /kamilmysliwiec/i, /mau\.nestjs\.com/i, /devtools\.nestjs\.com/i],
    need: 2,
    sections: /^(support|stay in touch|deployment|resources)$/,
  },
  {
    name: 'Laravel application',
    marks: [/raw\.githubusercontent\.com\/laravel\/art\//i, /laravel is a web application framework/i, /^learning laravel$/i, /^laravel sponsors$/i, /^about laravel$/i, /laravel has the most extensive/i, /taylor otwell/i, /laravel framework is open-sourced software/i, /documentation for the framework can be found on the laravel website/i],
    need: 2,
    sections: /laravel|^(code of conduct|security vulnerabilities|official documentation)$/,
  },
  {
    name: 'CodeIgniter 4 starter',
    marks: [/^codeigniter 4 (?:application starter|framework)$/i, /this repository holds (?:a composer-installable app starter|the distributable version of the framework)/i, /^what is codeigniter\??$/i, /codeigniter is a php full-stack web framework/i],
    need: 2,
    sections: /codeigniter|^(installation & updates|setup|important change with index\.php|repository management|contributing|server requirements)$/,
  },
  { name: 'Lumen application', marks: [/^lumen php framework$/i, /lumen is a stunningly fast/i], need: 1, sections: /lumen/ },
  {
    name: 'Serverless Framework template',
    marks: [/generated using the `?aws-[\w-]+`? template/i, /^serverless - aws /i, /invoke local -f hello/i, /this template contains a single lambda function/i, /this template demonstrates how to (?:make|develop|deploy|create)/i, /in order to deploy the example, you need to run/i],
    need: 1,
    sections: /template|^(test your service|locally|remotely|project structure|3rd party libraries|advanced usage|usage|deployment|invocation|local development|scaling)$/,
  },
  { name: 'AWS SAM application', marks: [/supporting files for a serverless application that you can deploy with the sam cli/i, /^deploy the sample application$/i], need: 1, sections: /sample application|^(resources|cleanup)$/ },
  { name: 'Create React App', marks: [/bootstrapped with \[?create react app/i, /^getting started with create react app$/i, /this section has moved here/i], need: 1, sections: /^(available scripts|learn more|code splitting|analyzing the bundle size|making a progressive web app|advanced configuration|deployment|npm run build fails to minify)$/ },
  { name: 'Next.js starter', marks: [/bootstrapped with \[?`?create-next-app/i, /this is a \[?next\.js\]?(\([^)]*\))? project/i], need: 1, sections: /^(learn more|deploy on vercel)$/ },
  { name: 'Vite template', marks: [/this template (?:provides a minimal setup|should help get you started developing)/i, /^(react|vue 3|svelte|preact|lit|solid) \+ (typescript \+ )?vite$/i], need: 1, sections: /^(expanding the eslint configuration|recommended ide setup|type support for)/ },
  { name: 'Angular CLI project', marks: [/generated (?:with|using) \[?angular cli/i], need: 1, sections: /^(development server|code scaffolding|building|running unit tests|running end-to-end tests|additional resources|further help)$/ },
  { name: 'Vue CLI project', marks: [/compiles and hot-reloads for development/i, /cli\.vuejs\.org\/config/i], need: 1, sections: /^(project setup|customize configuration)$/ },
  { name: 'Nuxt starter', marks: [/^nuxt(?: \d)? minimal starter$/i, /look at the \[?nuxt(?: \d)? documentation/i], need: 1 },
  { name: 'Remix or React Router template', marks: [/^welcome to (?:remix|react router)!?$/i, /production-ready template for building full-stack react applications/i], need: 1 },
  {
    name: 'Nx workspace',
    marks: [/your new, shiny nx workspace/i, /this workspace has been generated by \[?nx\b/i, /run `?nx graph`? to see a diagram of the dependencies/i],
    need: 1,
    sections: /^(understand this workspace|remote caching|further help|integrate with editors|install nx console|set up ci|finish your ci setup|useful links|generate a library|run tasks|add new projects)/,
  },
  { name: 'Fresh project', marks: [/your new fresh project is ready to go/i], need: 1 },
  { name: 'Elysia template', marks: [/^elysia with bun runtime$/i, /to get started with this template, simply paste/i], need: 1 },
  { name: 'Flutter project', marks: [/this project is a starting point for a flutter application/i, /^a new flutter project\.?$/i], need: 1 },
  { name: 'Hardhat sample project', marks: [/^sample hardhat project$/i, /this project demonstrates a basic hardhat use case/i], need: 1 },
  { name: 'Ruby gem skeleton', marks: [/welcome to your new gem/i, /delete this and the text below, and describe your gem/i], need: 1 },
  { name: 'SvelteKit project', marks: [/everything you need to build a svelte project/i], need: 1, sections: /^(creating a project|developing|building)$/ },
  {
    name: 'Turborepo starter',
    marks: [/^turborepo starter$/i, /this turborepo starter is maintained/i, /this is a community-maintained example\. if you experience a problem/i, /npx create-turbo@latest/i],
    need: 1,
    sections: /^(what's inside\??|utilities|remote caching|useful links|using this example)$/,
  },
  { name: 'Hanami project', marks: [/welcome to your new hanami project/i, /explore hanami \[?guides/i], need: 1, sections: /^setup$/ },
  {
    name: 'Dart project template',
    marks: [/a sample command-line application with an entrypoint in `?bin\/`?/i, /a server app built using \[?shelf\]?/i, /this sample code handles http get requests to/i, /a simple command-line application\.?$/i],
    need: 1,
    sections: /^(running the sample|running with the dart sdk|running with docker)$/,
  },
  { name: 'Phoenix application', marks: [/to start your phoenix server/i, /now you can visit `?localhost:4000`? from your browser/i, /ready to run in production\? please check our deployment guides/i], need: 1, sections: /^learn more$/ },
  { name: 'Rails application', marks: [/this readme would normally document/i, /things you may want to cover/i], need: 1, noCommands: true },
  { name: 'Spring Initializr project', marks: [/for further reference, please consider the following sections/i, /the following guides illustrate how to use some features concretely/i], need: 1, sections: /^(reference documentation|guides|additional links|maven parent overrides)$/ },
  { name: 'Quarkus project', marks: [/supersonic subatomic java framework/i, /quarkus now ships with a dev ui/i], need: 1, sections: /^(related guides|provided code|creating a native executable|packaging and running the application)$/ },
  { name: 'Micronaut application', marks: [/docs\.micronaut\.io\/[\d.]+\/guide/i, /^micronaut [\d.x]+ documentation$/i, /^feature [\w-]+ documentation$/i], need: 2, sections: /^(micronaut|feature) / },
  {
    name: 'Ktor project generator',
    // (Its opening list of links, "Here are some useful links to get you started", is its text too.)
    marks: [/created using the \[?ktor project generator/i, /start\.ktor\.io/i, /^here are some useful links to get you started:?$/i, /\bktor (?:documentation|github page|slack chat)\b/i, /github\.com\/ktorio\/ktor\b/i],
    need: 2,
    sections: /^(features|building & running)$/,
    flatSections: true,
  },
  { name: 'Strapi application', marks: [/getting started with strapi/i, /strapi comes with a full featured command line interface/i], need: 1, sections: /strapi|^(learn more|find out more)$/ },
  { name: 'cookiecutter-django project', marks: [/behold my awesome project/i, /^setting up your users$/i, /moved to settings/i], need: 2, sections: /^(settings|basic commands|setting up your users|type checks|test coverage|deployment)$/ },
  { name: 'CodeIgniter starter', marks: [/codeigniter 4 application starter/i, /composer-installable app starter/i], need: 1, sections: /codeigniter|^(installation & updates|setup|important change with index\.php|repository management|server requirements)$/ },
  {
    name: 'CodeIgniter 3 application',
    marks: [/^what is codeigniter\??$/i, /codeigniter is an application development framework/i, /github\.com\/bcit-ci\/codeigniter/i, /the codeigniter team would like to thank/i, /^changelog and new features$/i],
    need: 2,
    sections: /codeigniter|^(release information|changelog and new features|server requirements|installation|license|resources|acknowledgement)$/,
  },
  {
    name: 'Slim Framework skeleton',
    marks: [/^slim framework \d skeleton application$/i, /use this skeleton application to quickly set ?up and start working on a new slim framework/i, /this skeleton application was built for composer/i, /slimphp\/slim-skeleton/i],
    need: 2,
    sections: /^(install the application|run the application|run it)$/,
  },
  { name: 'Yii project template', marks: [/yii 2 (?:basic|advanced) project template/i], need: 1, sections: /^(directory structure|requirements|configuration|testing)$/ },
  { name: 'GitLab project template', marks: [/to make it easy for you to get started with gitlab/i, /already a pro\? just edit this readme/i, /suggestions for a good readme/i, /choose a self-explaining name for your project/i, /let people know what your project can do specifically/i, /there may be a common way of installing things/i, /use examples liberally, and show the expected output/i], need: 1, sections: /gitlab|^(add your files|integrate with your tools|collaborate with your team|test and deploy|editing this readme|suggestions for a good readme|name|badges|visuals|support|roadmap|authors and acknowledgment|project status)$/ },
  {
    name: 'Clean Architecture solution template',
    marks: [/clean\.architecture\.solution\.template/i, /the template includes support to scaffold new commands and queries/i, /dotnet new ca-usecase/i],
    need: 1,
    sections: /^(code styles (?:&|and) formatting|code scaffolding|help)$/,
  },
  { name: 'Gitee README template', marks: [/以下是\s*gitee\s*平台说明/i, /gitee\s*官方博客/i, /来支持不同的语言/, /新建\s*feat_xxx\s*分支/i], need: 2, sections: /^(参与贡献|特技)$/ },
  {
    // A bootcamp's or course's project brief, addressed to the student, kept as the README.
    name: "course's project template",
    marks: [
      /^(?:learning goals|learning objectives|objetivos de aprendizaje|objetivos de aprendizagem|цели обучения)$/i,
      /^(?:for this project,? )?you (?:must|will need to|are required to)(?: build)?:?$/i,
      /\bfor this (?:project|assessment|assignment|lab|challenge),? you(?:'ll|’ll| will| must| are| should| need)\b/i,
      /\bfork and clone\b.{0,40}\bthis repo(?:sitory)?\b/i,
      /github\.com\/learn-co-(?:curriculum|students)\//i,
      /^(?:project (?:guidelines|requirements|instructions)|what to expect from the project review|practicing for success on learn)$/i,
      /\bphase \d+ project (?:guidelines|requirements)\b/i,
      /^project template: /i,
      /\bthis project is scaffolded so that you can build\b/i,
      /\bduring your project review\b|\bproject reviews? (?:are|is) focused on\b/i,
      /^(?:en este proyecto deber[aá]s|neste projeto,? voc[eê] (?:deve|dever[aá]|vai))\b/i,
      /^(?:критерии оценки|правила при[её]ма (?:дипломной|курсовой) работы)$/i,
      /^(?:дипломный|курсовой) проект\b|^цель (?:дипломного |курсового )?проекта$|^вам (?:нужно|необходимо|предстоит)\b|^чеклист готовности\b|^инструкция к работе над проектом$/i,
    ],
    need: 2,
    sections: /^(learning goals|learning objectives|introduction|description|requirements|project requirements|getting started|setup|deploying|environment setup|troubleshooting|backend setup|frontend setup|project tips|resources|submission|deliverables|rubric|instructions|project guidelines|what to expect from the project review|practicing for success on learn|grading|grading criteria|цель (?:дипломного |курсового )?проекта|чеклист готовности.*|инструкция к работе над проектом|этапы разработки|полезные материалы|продвинутая часть.*|правила при[её]ма.*|критерии оценки)$/,
  },
  {
    name: 'Azure DevOps README template',
    marks: [/todo: give a short introduction of your project/i, /todo: guide users through getting your code up and running/i, /todo: describe and show how to build your code and run the tests/i, /todo: explain how other users and developers can contribute/i, /if you want to learn more about creating good readme files then refer the following/i],
    need: 2,
    sections: /^(introduction|getting started|build and test|contribute)$/,
  },
  { name: 'Cloud Run sample', marks: [/based on (?:the )?google cloud run quickstart/i, /^node \+ express service starter$/i], need: 1 },
  { name: 'Bun project', marks: [/this project was created using `bun init`/i, /fast all-in-one javascript runtime/i], need: 1 },
];

/** Each template's marks, matching at any line of the whole README's text. */
const SEARCH = README_TEMPLATES.map((t) => t.marks.map((m) => new RegExp(m.source, `${m.flags.replace('m', '')}m`)));

/**
 * How generators speak of what they made, as a sentence of its own ("This project was
 * bootstrapped with X", "Generated with X version 1.2"), and template text left to be replaced
 * ("edit this README"): it says nothing about the project. Group 1, when present, names the
 * generator. A project's own sentence that mentions its tooling in passing is not one.
 */
export const TEMPLATE_PHRASE =
  /(?:^|[.!?]\s+)(?:(?:this|the) (?:project|app|application|repo(?:sitory)?|solution|site|codebase|workspace) (?:was|has been|is) (?:bootstrapped|generated|scaffolded|created) (?:with|using|by|from)|this is an? (?:new )?[\w.]+ (?:project|app) (?:bootstrapped|generated|created) (?:with|using|by)|(?:bootstrapped|scaffolded|generated) (?:with|using))\s+(?:the\s+)?([\w@/+-][\w@./+-]*(?: (?!(?:version|template|from|and|in|on|by|for|to)\b|v?\d)[\w@./+-]+){0,3})|\b(?:edit this readme|replace this readme|this readme would normally|your project description goes here)/i;
/** A template sentence stands nearly alone: a long paragraph around one is the project's own. */
const TEMPLATE_PARAGRAPH_WORDS = 30;

/** "Laravel is a web application framework …": a sentence about the framework itself, not about a project built on it. */
const FRAMEWORK_BLURB = /^\s*\[?([\p{L}][\w.+#-]*(?: [\p{L}][\w.+#-]*)?)\]?(?:\([^)]*\))?\s+(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+[, ]+){0,8}?(?:framework|micro-framework|runtime|toolkit)\b/iu;
/** Subjects that are the project speaking of itself ("This is a framework for …"). */
const SELF = /^(this|it|that|here|which|our|my|the|its)\b/i;

export interface TemplateText {
  /** The generator whose default README this is, when one is recognised. */
  template: ReadmeTemplate | null;
  /** The generator an opening sentence names ("bootstrapped with Create React App"), when no known one matched. */
  generator: string | null;
  /** Indexes of blocks that are the generator's text, not the project's. */
  blocks: Set<number>;
}

export interface TemplateBlock {
  kind: string;
  depth: number;
  text: string;
  links: string[];
  images: string[];
}

const normalize = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * What of a README is a generator's text: blocks carrying one of its marks, a template sentence
 * or a framework's description of itself, and the sections a recognised generator writes about
 * itself (sub-sections included). `headingNames` are the blocks' normalised heading names ('' for
 * other blocks); `top` says which blocks stand before any section; `projectNames` are the
 * repository's and title's names, so a framework's own README still describes it.
 */
export function templateText(blocks: readonly TemplateBlock[], headingNames: readonly string[], top: (i: number) => boolean, projectNames: readonly string[]): TemplateText {
  const haystacks = blocks.map((b) => [b.text, ...b.links, ...b.images]);
  // One text, a line for each piece, searched once per mark.
  const all = haystacks.map((h) => h.join('\n')).join('\n');
  const own = projectNames.map(normalize).filter(Boolean);
  // The project's own name: the repository's or one its title holds ("Taskly" in "Taskly – team tasks").
  const isOwn = (subject: string) => {
    const n = normalize(subject);
    return own.some((o) => o === n || (n.length >= 4 && o.includes(n)));
  };
  const template = README_TEMPLATES.find((t, k) => SEARCH[k].filter((m) => m.test(all)).length >= t.need) ?? null;
  const out = new Set<number>();
  let generator: string | null = null;
  let inside = 0;
  /** The depth of a sub-section of the project's own inside a generator's section (-1: none). */
  let ownDepth = -1;
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      if (inside && b.depth <= inside) inside = 0;
      if (ownDepth >= 0 && (!inside || b.depth <= ownDepth)) ownDepth = -1;
      // A sub-section under a generator's section, when it writes none ("### Postman" under Ktor's "Building & Running"), is the project's own.
      if (inside && ownDepth < 0 && template?.flatSections && !template.marks.some((m) => m.test(b.text))) ownDepth = b.depth;
      if (!inside && template?.sections?.test(headingNames[i])) inside = b.depth;
    }
    // (A generator that writes no commands leaves the code in its text to the project.)
    if (b.kind === 'code' && template?.noCommands) return;
    if ((inside && ownDepth < 0) || (template && haystacks[i].some((t) => template.marks.some((m) => m.test(t))))) out.add(i);
    if (b.kind !== 'text') return;
    const phrase = TEMPLATE_PHRASE.exec(b.text);
    if (phrase && b.text.split(/\s+/).length <= TEMPLATE_PARAGRAPH_WORDS) {
      out.add(i);
      if (top(i)) generator ??= phrase[1]?.replace(/[./-]+$/, '') || null;
    }
    const blurb = FRAMEWORK_BLURB.exec(b.text);
    if (blurb && !SELF.test(blurb[1]) && !isOwn(blurb[1])) out.add(i);
  });
  return { template, generator: template ? null : generator, blocks: out };
}
