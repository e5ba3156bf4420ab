/**
 * Configuration and deployment files: compose files, Dockerfiles, CI pipelines, Kubernetes and
 * Helm, Terraform, platform files (Procfile, app.yaml, serverless.yml …), web-server configs,
 * database settings, OpenAPI documents. Each reader says what the file itself shows, with the
 * file named in the evidence; a file that does not parse is a warning.
 */
import { COMMAND_RULES, IMAGE_RULES, INFRA_IMAGES, MIGRATION_COMMAND, imageBase } from './images';
import { r, type Found, type RuleValue } from './model';
import { C_STYLE, HASH_STYLE, HCL_STYLE, stripComments } from './source-text';
import { asList, isObj, stringsIn, yamlDocument, yamlDocuments, type Json } from './yaml-docs';

export interface FileContext {
  found: Found;
  /** Names of the repository's compose services that are its own (not infrastructure images). */
  ownServices: Map<string, string[]>;
}

type Reader = (path: string, text: string, ctx: FileContext) => void;

const baseName = (path: string) => path.split('/').pop() ?? path;

function image(ctx: FileContext, img: unknown, where: string): string | null {
  if (typeof img !== 'string') return null;
  const base = imageBase(img);
  const rule = base ? IMAGE_RULES[base] : undefined;
  if (rule) ctx.found.rule(rule, `${where} uses the image ${img.trim().slice(0, 80)}`);
  return base;
}

/** The programs a command line starts (each `&&`/`;`/`|` segment, `exec` and `sh -c` unwrapped). */
export function commandSegments(command: string): string[] {
  return command
    .split(/&&|\|\||;|\||\n/)
    .map((s) => s.trim().replace(/^(exec|sudo|npx|poetry run|uv run|pipenv run|bundle exec|python3? -m)\s+/, '').replace(/^['"]|['"]$/g, '').trim())
    .filter(Boolean);
}

function commands(ctx: FileContext, command: unknown, where: string): void {
  const text = Array.isArray(command) ? command.filter((c) => typeof c === 'string').join(' ') : typeof command === 'string' ? command : '';
  for (const seg of commandSegments(text)) {
    for (const [re, rule] of COMMAND_RULES) if (re.test(seg)) ctx.found.rule(rule, `${where} runs \`${seg.slice(0, 60)}\``);
  }
}

// ---------------------------------------------------------------------------------------------
// Containers

function compose(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  const services = isObj(doc) && isObj(doc.services) ? doc.services : null;
  if (!services || Object.keys(services).length === 0) throw new Error('it has no services');
  // podman-compose runs the same format with Podman, not Docker.
  const runner = /(^|\/)podman-compose[^/]*$/i.test(path) ? 'Podman' : 'Docker Compose';
  ctx.found.tech(runner, 'devops', `has ${path} (${Object.keys(services).length} services)`);
  const own: string[] = [];
  const ownSources = new Set<string>();
  for (const [name, raw] of Object.entries(services)) {
    const s = isObj(raw) ? raw : {};
    const base = image(ctx, s.image, `${path} service "${name}"`);
    commands(ctx, s.command, `${path} service "${name}"`);
    commands(ctx, s.entrypoint, `${path} service "${name}"`);
    for (const label of labelsOf(s.labels)) {
      if (/^traefik\.http\.routers\.[^=]+\.tls(\.certresolver)?\s*=\s*(true|\S+)/.test(label)) {
        ctx.found.tech('HTTPS/TLS', 'security', `${path} service "${name}" is served over TLS by Traefik (${label.split('=')[0].slice(0, 60)})`);
      }
    }
    // The same build or image run twice (an API and its worker) is one service of the project's own.
    const source = s.build !== undefined ? JSON.stringify(s.build) : typeof s.image === 'string' ? s.image : name;
    if ((!base || !INFRA_IMAGES.has(base)) && !ownSources.has(source)) {
      ownSources.add(source);
      own.push(name);
    }
  }
  ctx.ownServices.set(path, own);
}

function labelsOf(labels: unknown): string[] {
  if (Array.isArray(labels)) return labels.filter((l): l is string => typeof l === 'string');
  if (isObj(labels)) return Object.entries(labels).map(([k, v]) => `${k}=${String(v)}`);
  return [];
}

/** A Dockerfile: Docker; the images it starts from; a runtime only from the stage that runs. */
function dockerfile(path: string, text: string, ctx: FileContext): void {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const froms = lines.filter((l) => /^FROM\s+/i.test(l)).map((l) => l.split(/\s+/)[1] ?? '').filter((l) => !/^--/.test(l));
  if (froms.length === 0) throw new Error('it has no FROM line');
  ctx.found.tech('Docker', 'devops', `has a Dockerfile (${path})`);
  const last = froms[froms.length - 1];
  froms.forEach((img, i) => {
    const base = imageBase(img);
    const rule = base ? IMAGE_RULES[base] : undefined;
    if (!rule) return;
    const runtime = [].concat(rule as never).some((x: { role: string }) => x.role === 'language' || x.role === 'framework');
    if (runtime && (i !== froms.length - 1 || img !== last)) return;
    ctx.found.rule(rule, `${path} builds FROM ${img.slice(0, 80)}`);
  });
  for (const l of lines) {
    const m = /^(CMD|ENTRYPOINT|RUN)\s+(.*)$/i.exec(l);
    if (!m) continue;
    let cmd = m[2];
    if (cmd.startsWith('[')) {
      try {
        cmd = (JSON.parse(cmd) as string[]).join(' ');
      } catch {
        /* shell form after all */
      }
    }
    if (m[1].toUpperCase() !== 'RUN') commands(ctx, cmd, path);
  }
}

// ---------------------------------------------------------------------------------------------
// CI/CD

const ACTION_RULES: Array<[RegExp, RuleValue]> = [
  [/^docker\/(build-push-action|login-action|setup-buildx-action|metadata-action)/, r('Docker', 'devops')],
  [/^aws-actions\/configure-aws-credentials/, r('AWS', 'cloud')],
  [/^aws-actions\/amazon-ecr-/, r('AWS', 'cloud')],
  [/^aws-actions\/amazon-ecs-/, r('Amazon ECS', 'devops')],
  [/^azure\/(login|webapps-deploy)/, r('Azure', 'cloud')],
  [/^azure\/functions-action/, r('Azure Functions', 'cloud')],
  [/^azure\/(k8s-|setup-kubectl|aks-)/, r('Kubernetes', 'devops')],
  [/^azure\/setup-helm/, r('Helm', 'devops')],
  [/^google-github-actions\/(auth|setup-gcloud)/, r('Google Cloud', 'cloud')],
  [/^google-github-actions\/deploy-cloudrun/, r('Google Cloud Run', 'cloud')],
  [/^google-github-actions\/deploy-appengine/, r('Google App Engine', 'cloud')],
  [/^google-github-actions\/get-gke-credentials/, r('Google Kubernetes Engine', 'devops')],
  [/^hashicorp\/setup-terraform/, r('Terraform', 'devops')],
  [/^codecov\/codecov-action/, r('Codecov', 'testing')],
  [/^superfly\/flyctl-actions/, r('Fly.io', 'cloud')],
  [/^akhileshns\/heroku-deploy/, r('Heroku', 'cloud')],
  [/^snyk\/actions/, r('Snyk', 'security')],
  [/^sonarsource\/sonar/i, r('SonarQube', 'security')],
  [/^cypress-io\/github-action/, r('Cypress', 'testing')],
  [/^amondnet\/vercel-action/, r('Vercel', 'cloud')],
];

/** Commands a pipeline runs, matched at the start of a command segment. */
const RUN_RULES: Array<[RegExp, RuleValue]> = [
  [/^(py\.test|pytest)\b/, r('pytest', 'testing')],
  [/^go test\b/, r('Go testing', 'testing')],
  [/^(npm|pnpm|yarn|bun)( run)? test\b/, r('Automated testing', 'testing')],
  [/^(jest)\b/, r('Jest', 'testing')],
  [/^vitest\b/, r('Vitest', 'testing')],
  [/^playwright test\b/, r('Playwright', 'testing')],
  [/^(\.\/mvnw|mvn)\b.*\b(test|verify)\b/, r('Automated testing', 'testing')],
  [/^(\.\/gradlew|gradle)\b.*\b(test|check|build)\b/, r('Automated testing', 'testing')],
  [/^cargo (test|nextest)\b/, r('Automated testing', 'testing')],
  [/^dotnet test\b/, r('Automated testing', 'testing')],
  [/^(rspec|rake spec)\b/, r('RSpec', 'testing')],
  [/^(rails|bin\/rails) test\b/, r('Minitest', 'testing')],
  [/^(php artisan test|(vendor\/bin\/|\.\/vendor\/bin\/)?phpunit)\b/, r('PHPUnit', 'testing')],
  [/^(vendor\/bin\/)?pest\b/, r('Pest', 'testing')],
  [/^mix test\b/, r('ExUnit', 'testing')],
  [/^sbt\b.*\btest\b/, r('Automated testing', 'testing')],
  [/^((python|python3)|coverage run) ([\w.-]+\/)*manage\.py test\b/, r('Automated testing', 'testing')],
  [/^(tox|nox)\b/, r('Automated testing', 'testing')],
  [/^docker (build|buildx build|push)\b/, r('Docker', 'devops')],
  [/^docker[- ]compose\b/, r('Docker Compose', 'devops')],
  [/^kubectl\b/, r('Kubernetes', 'devops')],
  [/^helm (upgrade|install|package|lint|template)\b/, r('Helm', 'devops')],
  [/^terraform (init|plan|apply|validate)\b/, r('Terraform', 'devops')],
  [/^aws (s3|ecs|ecr|lambda|cloudformation|deploy|eks|dynamodb|sqs)\b/, r('AWS', 'cloud')],
  [/^gcloud\b/, r('Google Cloud', 'cloud')],
  [/^gcloud run deploy\b/, r('Google Cloud Run', 'cloud')],
  [/^gcloud app deploy\b/, r('Google App Engine', 'cloud')],
  [/^az (webapp|functionapp|aks|acr|containerapp|login)\b/, r('Azure', 'cloud')],
  [/^(serverless|sls) deploy\b/, r('Serverless Framework', 'cloud')],
  [/^(flyctl|fly) deploy\b/, r('Fly.io', 'cloud')],
  [/^(sst) deploy\b/, r('SST', 'cloud')],
  [/^cdk deploy\b/, r('AWS CDK', 'cloud')],
  [/^heroku\b/, r('Heroku', 'cloud')],
  [MIGRATION_COMMAND, r('Database migrations', 'practice')],
  [/^(vercel)\b/, r('Vercel', 'cloud')],
];

function runCommands(ctx: FileContext, script: unknown, where: string): void {
  const text = Array.isArray(script) ? script.filter((s) => typeof s === 'string').join('\n') : typeof script === 'string' ? script : '';
  for (const seg of commandSegments(text)) {
    for (const [re, rule] of RUN_RULES) if (re.test(seg)) ctx.found.rule(rule, `${where} runs \`${seg.slice(0, 60)}\``);
  }
}

/** Images of CI service containers (a database the tests run against). */
function ciServices(ctx: FileContext, services: unknown, where: string): void {
  if (isObj(services)) {
    for (const [name, s] of Object.entries(services)) image(ctx, isObj(s) ? s.image : s, `${where} service "${name}"`);
  } else {
    for (const s of asList(services)) image(ctx, isObj(s) ? (s.name ?? s.image) : s, `${where} service`);
  }
}

function githubWorkflow(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc) || !isObj(doc.jobs)) throw new Error('it has no jobs');
  const file = baseName(path);
  ctx.found.tech('GitHub Actions', 'devops', `has the GitHub Actions workflow ${path}`);
  for (const [jobName, job] of Object.entries(doc.jobs)) {
    if (!isObj(job)) continue;
    const where = `workflow ${file} (job ${jobName})`;
    ciServices(ctx, job.services, where);
    if (isObj(job.container)) image(ctx, job.container.image, where);
    for (const step of asList(job.steps)) {
      if (!isObj(step)) continue;
      if (typeof step.uses === 'string') {
        for (const [re, rule] of ACTION_RULES) if (re.test(step.uses.toLowerCase())) ctx.found.rule(rule, `${where} uses ${step.uses.slice(0, 80)}`);
      }
      runCommands(ctx, step.run, where);
    }
  }
}

function gitlabCi(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc)) throw new Error('it is not a YAML mapping');
  ctx.found.tech('GitLab CI', 'devops', `has ${path}`);
  const jobs = Object.entries(doc).filter(([, v]) => isObj(v)) as Array<[string, Json]>;
  ciServices(ctx, doc.services, path);
  for (const [name, job] of jobs) {
    ciServices(ctx, job.services, `${path} job ${name}`);
    image(ctx, isObj(job.image) ? job.image.name : job.image, `${path} job ${name}`);
    for (const key of ['script', 'before_script', 'after_script']) runCommands(ctx, job[key], `${path} job ${name}`);
  }
}

function circleCi(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc)) throw new Error('it is not a YAML mapping');
  ctx.found.tech('CircleCI', 'devops', `has ${path}`);
  for (const [name, job] of Object.entries(isObj(doc.jobs) ? doc.jobs : {})) {
    if (!isObj(job)) continue;
    asList(job.docker).slice(1).forEach((d) => image(ctx, isObj(d) ? d.image : null, `${path} job ${name}`));
    for (const step of asList(job.steps)) if (isObj(step) && step.run) runCommands(ctx, isObj(step.run) ? step.run.command : step.run, `${path} job ${name}`);
  }
}

function travisCi(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc)) throw new Error('it is not a YAML mapping');
  ctx.found.tech('Travis CI', 'devops', `has ${path}`);
  const SERVICES: Record<string, RuleValue> = {
    mysql: r('MySQL', 'sql'), postgresql: r('PostgreSQL', 'sql'), mongodb: r('MongoDB', 'nosql'), redis: r('Redis', 'cache'),
    'redis-server': r('Redis', 'cache'), rabbitmq: r('RabbitMQ', 'queue'), elasticsearch: r('Elasticsearch', 'search'),
    memcached: r('Memcached', 'cache'), docker: r('Docker', 'devops'), sqlite3: r('SQLite', 'sql'), cassandra: r('Cassandra', 'nosql'),
  };
  for (const s of asList(doc.services)) if (typeof s === 'string' && SERVICES[s]) ctx.found.rule(SERVICES[s], `${path} starts the ${s} service for the build`);
  if (isObj(doc.addons) && doc.addons.postgresql) ctx.found.tech('PostgreSQL', 'sql', `${path} adds PostgreSQL to the build`);
  for (const key of ['script', 'before_script', 'install', 'after_success']) runCommands(ctx, doc[key], path);
}

function azurePipelines(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc)) throw new Error('it is not a YAML mapping');
  ctx.found.tech('Azure Pipelines', 'devops', `has ${path}`);
  for (const s of stringsIn(doc)) if (/\n|^[\w./-]+ /.test(s)) runCommands(ctx, s, path);
}

function bitbucketPipelines(path: string, text: string, ctx: FileContext): void {
  yamlDocument(text);
  ctx.found.tech('Bitbucket Pipelines', 'devops', `has ${path}`);
}

function jenkinsfile(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, C_STYLE);
  if (!/\b(pipeline|node|stage)\s*[({]/.test(code)) throw new Error('it has no pipeline, node or stage block');
  ctx.found.tech('Jenkins', 'devops', `has a ${path}`);
  for (const m of code.matchAll(/\b(?:sh|bat)\s*\(?\s*(?:script:\s*)?(["']{1,3})([\s\S]*?)\1/g)) runCommands(ctx, m[2], path);
}

function cloudBuild(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc) || !Array.isArray(doc.steps)) throw new Error('it has no steps');
  ctx.found.tech('Google Cloud Build', 'devops', `has ${path}`);
  for (const step of doc.steps) {
    if (!isObj(step) || typeof step.name !== 'string') continue;
    if (/cloud-builders\/docker|kaniko/.test(step.name)) ctx.found.tech('Docker', 'devops', `${path} builds an image (${step.name})`);
    if (/cloud-builders\/(gcloud|gke-deploy)|cloud-sdk/.test(step.name)) runCommands(ctx, `gcloud ${asList(step.args).join(' ')}`, path);
  }
}

function buildspec(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc) || !isObj(doc.phases)) throw new Error('it has no phases');
  ctx.found.tech('AWS CodeBuild', 'devops', `has ${path}`);
  for (const phase of Object.values(doc.phases)) if (isObj(phase)) runCommands(ctx, phase.commands, path);
}

function dependabot(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc) || !Array.isArray(doc.updates)) throw new Error('it has no updates');
  ctx.found.tech('Dependabot', 'security', `has ${path} (${doc.updates.length} update rules)`);
}

// ---------------------------------------------------------------------------------------------
// Orchestration and infrastructure as code

const K8S_KINDS = /^(Deployment|Service|Ingress|StatefulSet|DaemonSet|ConfigMap|Secret|Pod|CronJob|Job|HorizontalPodAutoscaler|Namespace|PersistentVolumeClaim|NetworkPolicy|ServiceAccount|Role|RoleBinding|ClusterRole|ClusterRoleBinding|Kustomization)$/;

function kubernetes(path: string, text: string, ctx: FileContext): void {
  let docs: unknown[];
  try {
    docs = yamlDocuments(text);
  } catch (error) {
    // Helm templates are YAML only after rendering.
    if (/\{\{/.test(text)) return;
    throw error;
  }
  for (const doc of docs) {
    if (!isObj(doc) || typeof doc.kind !== 'string' || typeof doc.apiVersion !== 'string') continue;
    if (doc.apiVersion.startsWith('cert-manager.io/')) {
      ctx.found.tech('cert-manager', 'security', `${path} defines a cert-manager ${doc.kind}`);
      continue;
    }
    if (!K8S_KINDS.test(doc.kind)) continue;
    ctx.found.tech('Kubernetes', 'devops', `${path} defines a Kubernetes ${doc.kind}`);
    const spec = isObj(doc.spec) ? doc.spec : {};
    if (doc.kind === 'Ingress' && Array.isArray(spec.tls) && spec.tls.length > 0) ctx.found.tech('HTTPS/TLS', 'security', `${path} terminates TLS in its Ingress`);
    const meta = isObj(doc.metadata) ? doc.metadata : {};
    if (isObj(meta.annotations) && Object.keys(meta.annotations).some((k) => k.startsWith('cert-manager.io/'))) ctx.found.tech('cert-manager', 'security', `${path} asks cert-manager for a certificate`);
    for (const c of containersOf(spec)) image(ctx, c.image, `${path} (${doc.kind})`);
  }
}

function containersOf(spec: Json): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || !isObj(v)) return;
    for (const key of ['containers', 'initContainers']) for (const c of asList(v[key])) if (isObj(c)) out.push(c);
    for (const key of ['template', 'spec', 'jobTemplate']) visit(v[key], depth + 1);
  };
  visit(spec, 0);
  return out;
}

function helmChart(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc) || typeof doc.name !== 'string') throw new Error('it has no chart name');
  ctx.found.tech('Helm', 'devops', `has the Helm chart ${path} (${doc.name})`);
  for (const dep of asList(doc.dependencies)) {
    if (!isObj(dep) || typeof dep.name !== 'string') continue;
    const rule = IMAGE_RULES[dep.name.toLowerCase()];
    if (rule) ctx.found.rule(rule, `${path} depends on the ${dep.name} chart`);
  }
}

function helmValues(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  const visit = (v: unknown, depth: number) => {
    if (depth > 5 || !isObj(v)) return;
    if (typeof v.repository === 'string' && (typeof v.tag === 'string' || typeof v.tag === 'number' || 'pullPolicy' in v)) image(ctx, v.repository, path);
    if (typeof v.image === 'string') image(ctx, v.image, path);
    for (const child of Object.values(v)) visit(child, depth + 1);
  };
  visit(doc, 0);
}

const TF_PROVIDERS: Record<string, RuleValue> = {
  aws: r('AWS', 'cloud'), google: r('Google Cloud', 'cloud'), 'google-beta': r('Google Cloud', 'cloud'), azurerm: r('Azure', 'cloud'),
  kubernetes: r('Kubernetes', 'devops'), helm: r('Helm', 'devops'), digitalocean: r('DigitalOcean', 'cloud'),
  cloudflare: r('Cloudflare', 'cloud'), heroku: r('Heroku', 'cloud'), docker: r('Docker', 'devops'),
};
const TF_RESOURCES: Array<[RegExp, RuleValue]> = [
  [/^aws_dynamodb_/, r('DynamoDB', 'nosql')],
  [/^aws_sqs_/, r('Amazon SQS', 'queue')],
  [/^aws_sns_/, r('Amazon SNS', 'queue')],
  [/^aws_s3_/, r('Amazon S3', 'cloud')],
  [/^aws_lambda_/, r('AWS Lambda', 'cloud')],
  [/^aws_ecs_/, r('Amazon ECS', 'devops')],
  [/^aws_eks_/, r('Amazon EKS', 'devops')],
  [/^aws_(db_instance|rds_)/, r('Amazon RDS', 'sql')],
  [/^aws_elasticache_/, r('Amazon ElastiCache', 'cache')],
  [/^aws_(api_gateway|apigatewayv2)_/, r('Amazon API Gateway', 'cloud')],
  [/^aws_cloudfront_/, r('Amazon CloudFront', 'cloud')],
  [/^aws_acm_certificate/, r('HTTPS/TLS', 'security')],
  [/^aws_cognito_/, r('Amazon Cognito', 'auth')],
  [/^aws_instance$/, r('Amazon EC2', 'cloud')],
  [/^aws_opensearch_|^aws_elasticsearch_/, r('OpenSearch', 'search')],
  [/^aws_msk_/, r('Apache Kafka', 'queue')],
  [/^google_cloud_run_/, r('Google Cloud Run', 'cloud')],
  [/^google_container_cluster/, r('Google Kubernetes Engine', 'devops')],
  [/^google_sql_database_instance/, r('Google Cloud', 'cloud')],
  [/^google_pubsub_/, r('Google Cloud Pub/Sub', 'queue')],
  [/^azurerm_kubernetes_cluster/, r('Azure Kubernetes Service', 'devops')],
  [/^azurerm_(linux_|windows_)?web_app|^azurerm_app_service/, r('Azure App Service', 'cloud')],
  [/^azurerm_(linux_|windows_)?function_app/, r('Azure Functions', 'cloud')],
  [/^azurerm_cosmosdb_/, r('Azure Cosmos DB', 'nosql')],
  [/^azurerm_servicebus_/, r('Azure Service Bus', 'queue')],
];

function terraform(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, HCL_STYLE);
  const blocks = [...code.matchAll(/^\s*(resource|data|provider|module|terraform|variable|output|locals)\b\s*("([^"]+)")?/gm)];
  if (blocks.length === 0) throw new Error('it has no Terraform blocks');
  ctx.found.tech('Terraform', 'devops', `has Terraform (${path})`);
  for (const m of code.matchAll(/^\s*provider\s+"([\w-]+)"/gm)) {
    const rule = TF_PROVIDERS[m[1]];
    if (rule) ctx.found.rule(rule, `${path} configures the ${m[1]} provider`);
  }
  for (const m of code.matchAll(/source\s*=\s*"(?:registry\.terraform\.io\/)?hashicorp\/([\w-]+)"/g)) {
    const rule = TF_PROVIDERS[m[1]];
    if (rule) ctx.found.rule(rule, `${path} requires the hashicorp/${m[1]} provider`);
  }
  for (const m of code.matchAll(/^\s*(?:resource|data)\s+"([\w-]+)"/gm)) {
    for (const [re, rule] of TF_RESOURCES) if (re.test(m[1])) ctx.found.rule(rule, `${path} declares ${m[1]}`);
  }
  if (/protocol\s*=\s*"HTTPS"/.test(code)) ctx.found.tech('HTTPS/TLS', 'security', `${path} declares an HTTPS listener`);
}

const CFN_TYPES: Array<[RegExp, RuleValue]> = [
  [/^AWS::DynamoDB::/, r('DynamoDB', 'nosql')],
  [/^AWS::SQS::/, r('Amazon SQS', 'queue')],
  [/^AWS::SNS::/, r('Amazon SNS', 'queue')],
  [/^AWS::S3::/, r('Amazon S3', 'cloud')],
  [/^AWS::(Lambda::Function|Serverless::Function)$/, r('AWS Lambda', 'cloud')],
  [/^AWS::(ApiGateway|ApiGatewayV2)::|^AWS::Serverless::(Http)?Api$/, r('Amazon API Gateway', 'cloud')],
  [/^AWS::RDS::/, r('Amazon RDS', 'sql')],
  [/^AWS::ECS::/, r('Amazon ECS', 'devops')],
  [/^AWS::CertificateManager::/, r('HTTPS/TLS', 'security')],
  [/^AWS::Cognito::/, r('Amazon Cognito', 'auth')],
];

function cloudFormationResources(ctx: FileContext, resources: unknown, path: string): void {
  for (const [name, res] of Object.entries(isObj(resources) ? resources : {})) {
    const type = isObj(res) ? res.Type : null;
    if (typeof type !== 'string') continue;
    for (const [re, rule] of CFN_TYPES) if (re.test(type)) ctx.found.rule(rule, `${path} declares ${name} (${type})`);
  }
}

function serverless(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc) || (!doc.service && !doc.provider)) throw new Error('it has no service or provider');
  ctx.found.tech('Serverless Framework', 'cloud', `has ${path}`);
  const provider = isObj(doc.provider) ? doc.provider.name : doc.provider;
  const PROVIDERS: Record<string, RuleValue> = { aws: r('AWS', 'cloud'), azure: r('Azure', 'cloud'), google: r('Google Cloud', 'cloud') };
  if (typeof provider === 'string' && PROVIDERS[provider]) ctx.found.rule(PROVIDERS[provider], `${path} deploys to ${provider}`);
  const functions = isObj(doc.functions) ? Object.values(doc.functions) : [];
  if (provider === 'aws' && functions.length) ctx.found.tech('AWS Lambda', 'cloud', `${path} defines ${functions.length} Lambda functions`);
  if (provider === 'aws' && functions.some((f) => isObj(f) && asList(f.events).some((e) => isObj(e) && (e.http || e.httpApi)))) {
    ctx.found.tech('Amazon API Gateway', 'cloud', `${path} exposes functions over HTTP (API Gateway)`);
  }
  if (isObj(doc.resources)) cloudFormationResources(ctx, doc.resources.Resources, path);
}

function samTemplate(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc) || !isObj(doc.Resources)) throw new Error('it has no Resources');
  const transform = asList(doc.Transform).join(' ');
  if (/AWS::Serverless/.test(transform)) ctx.found.tech('AWS SAM', 'cloud', `${path} is an AWS SAM template`);
  else if (doc.AWSTemplateFormatVersion) ctx.found.tech('AWS CloudFormation', 'cloud', `${path} is a CloudFormation template`);
  else return;
  cloudFormationResources(ctx, doc.Resources, path);
}

function cdkJson(path: string, text: string, ctx: FileContext): void {
  const doc = JSON.parse(text) as unknown;
  if (!isObj(doc) || typeof doc.app !== 'string') throw new Error('it has no "app" command');
  ctx.found.tech('AWS CDK', 'cloud', `has ${path} (an AWS CDK app)`);
}

const SST_CONSTRUCTS: Array<[RegExp, RuleValue]> = [
  [/\bsst\.aws\.Dynamo\b|\bnew Table\(/, r('DynamoDB', 'nosql')],
  [/\bsst\.aws\.(Function|Cron)\b|\bnew Function\(/, r('AWS Lambda', 'cloud')],
  [/\bsst\.aws\.ApiGateway|\bnew Api\(/, r('Amazon API Gateway', 'cloud')],
  [/\bsst\.aws\.Bucket\b|\bnew Bucket\(/, r('Amazon S3', 'cloud')],
  [/\bsst\.aws\.Queue\b|\bnew Queue\(/, r('Amazon SQS', 'queue')],
  [/\bsst\.aws\.Postgres\b|\bnew RDS\(/, r('PostgreSQL', 'sql')],
  [/\bsst\.aws\.Redis\b/, r('Redis', 'cache')],
];

function sstConfig(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, C_STYLE);
  if (!/\bsst\b|SSTConfig|\$config\s*\(/.test(code)) throw new Error('it does not configure SST');
  ctx.found.tech('SST', 'cloud', `has ${path} (an SST app on AWS)`);
  for (const [re, rule] of SST_CONSTRUCTS) if (re.test(code)) ctx.found.rule(rule, `${path} declares it`);
}

// ---------------------------------------------------------------------------------------------
// Platforms

function procfile(path: string, text: string, ctx: FileContext): void {
  const lines = text.split(/\r?\n/).map((l) => /^([\w-]+):\s*(.+)$/.exec(l.trim())).filter((m): m is RegExpExecArray => !!m);
  if (lines.length === 0) throw new Error('it has no process types');
  ctx.found.tech('Heroku', 'cloud', `has a ${path} (Heroku process types: ${lines.map((m) => m[1]).slice(0, 4).join(', ')})`);
  for (const m of lines) commands(ctx, m[2], `${path} (${m[1]})`);
}

function herokuAppJson(path: string, text: string, ctx: FileContext): void {
  const doc = JSON.parse(text) as unknown;
  if (!isObj(doc) || !(doc.buildpacks || doc.addons || doc.formation || doc.stack)) return;
  ctx.found.tech('Heroku', 'cloud', `${path} describes a Heroku app`);
  for (const addon of asList(doc.addons)) {
    const plan = isObj(addon) ? addon.plan : addon;
    if (typeof plan !== 'string') continue;
    if (/^heroku-postgresql/.test(plan)) ctx.found.tech('PostgreSQL', 'sql', `${path} adds the ${plan} add-on`);
    if (/^heroku-redis/.test(plan)) ctx.found.tech('Redis', 'cache', `${path} adds the ${plan} add-on`);
  }
}

function appEngine(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc) || typeof doc.runtime !== 'string') return;
  ctx.found.tech('Google App Engine', 'cloud', `${path} deploys to App Engine (runtime ${doc.runtime})`);
  const sql = isObj(doc.beta_settings) ? doc.beta_settings.cloud_sql_instances : null;
  if (typeof sql === 'string' && sql.trim()) ctx.found.tech('Google Cloud', 'cloud', `${path} connects to a Cloud SQL instance`);
}

function flyToml(path: string, _text: string, ctx: FileContext): void {
  ctx.found.tech('Fly.io', 'cloud', `has ${path}`);
}
function vercelJson(path: string, _text: string, ctx: FileContext): void {
  ctx.found.tech('Vercel', 'cloud', `has ${path}`);
}
function netlifyToml(path: string, _text: string, ctx: FileContext): void {
  ctx.found.tech('Netlify', 'cloud', `has ${path}`);
}
function renderYaml(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (isObj(doc) && (Array.isArray(doc.services) || Array.isArray(doc.databases))) ctx.found.tech('Render', 'cloud', `${path} is a Render blueprint`);
}

// ---------------------------------------------------------------------------------------------
// Web servers

function nginxConf(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, HASH_STYLE);
  if (!/\b(server|location|http|upstream|events|map|if)\b[^;{}]*\{|\b(listen|return|proxy_pass|root|try_files)\s+\S/.test(code)) throw new Error('it has no nginx directives');
  ctx.found.tech('Nginx', 'devops', `has an nginx config (${path})`);
  if (/\blisten\s+[^;]*\b443\b[^;]*\bssl\b|\blisten\s+[^;]*\bssl\b|\bssl_certificate\s+\S/.test(code)) ctx.found.tech('HTTPS/TLS', 'security', `${path} serves TLS (listen … ssl / ssl_certificate)`);
  if (/add_header\s+Strict-Transport-Security/i.test(code)) {
    ctx.found.tech('HTTPS/TLS', 'security', `${path} sends HSTS`);
    ctx.found.tech('Security headers', 'security', `${path} sets Strict-Transport-Security`);
  }
  if (/add_header\s+(Content-Security-Policy|X-Frame-Options|X-Content-Type-Options)/i.test(code)) ctx.found.tech('Security headers', 'security', `${path} sets security headers`);
  if (/\blimit_req_zone\b/.test(code)) ctx.found.tech('Rate limiting', 'security', `${path} limits request rates (limit_req_zone)`);
  if (/\bproxy_cache_path\b|\bproxy_cache\s+\w/.test(code)) ctx.found.tech('Caching', 'cache', `${path} caches responses (proxy_cache)`);
  if (/letsencrypt/.test(code)) ctx.found.tech("Let's Encrypt", 'security', `${path} uses Let's Encrypt certificates`);
}

function apacheConf(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, HASH_STYLE);
  if (!/<VirtualHost\b|^\s*(ServerName|DocumentRoot|ProxyPass|Listen)\s+\S/im.test(code)) throw new Error('it has no Apache directives');
  ctx.found.tech('Apache HTTP Server', 'devops', `has an Apache config (${path})`);
  if (/^\s*SSLEngine\s+on\b|^\s*SSLCertificateFile\s+\S/im.test(code)) ctx.found.tech('HTTPS/TLS', 'security', `${path} serves TLS (SSLEngine / SSLCertificateFile)`);
}

function caddyfile(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, HASH_STYLE);
  ctx.found.tech('Caddy', 'devops', `has a ${path}`);
  // A site address that is a domain name gets a certificate automatically; `:80` or localhost does not.
  const sites = [...code.matchAll(/^([^\s{#][^{]*?)\s*\{/gm)].map((m) => m[1].trim()).filter((s) => !s.startsWith('(') && !s.startsWith('@'));
  const domain = sites.find((s) => s.split(/[\s,]+/).some((a) => /^(https:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(:443)?$/i.test(a) && !/^(localhost|127\.)/.test(a)));
  if (domain || /^\s*tls\s+\S/m.test(code)) ctx.found.tech('HTTPS/TLS', 'security', `${path} serves ${domain ?? 'a site'} over HTTPS (Caddy's automatic TLS)`);
}

function traefikConfig(path: string, text: string, ctx: FileContext): void {
  const doc = yamlDocument(text);
  if (!isObj(doc)) return;
  ctx.found.tech('Traefik', 'devops', `has a Traefik config (${path})`);
  if (isObj(doc.certificatesResolvers)) {
    ctx.found.tech('HTTPS/TLS', 'security', `${path} obtains certificates (certificatesResolvers)`);
    if (/acme/i.test(JSON.stringify(doc.certificatesResolvers))) ctx.found.tech("Let's Encrypt", 'security', `${path} uses ACME (Let's Encrypt)`);
  }
}

// ---------------------------------------------------------------------------------------------
// Application settings: which database, cache and broker the code connects to

const URL_SCHEMES: Array<[RegExp, RuleValue]> = [
  [/^postgres(ql)?(\+\w+)?:\/\//i, r('PostgreSQL', 'sql')],
  [/^mysql(\+\w+)?:\/\//i, r('MySQL', 'sql')],
  [/^mariadb:\/\//i, r('MariaDB', 'sql')],
  [/^(sqlserver|mssql):\/\//i, r('SQL Server', 'sql')],
  [/^sqlite(\+\w+)?:/i, r('SQLite', 'sql')],
  [/^mongodb(\+srv)?:\/\//i, r('MongoDB', 'nosql')],
  [/^rediss?:\/\//i, r('Redis', 'cache')],
  [/^amqps?:\/\//i, r('RabbitMQ', 'queue')],
  [/^nats:\/\//i, r('NATS', 'queue')],
  [/^jdbc:postgresql:/i, r('PostgreSQL', 'sql')],
  [/^jdbc:mysql:/i, r('MySQL', 'sql')],
  [/^jdbc:mariadb:/i, r('MariaDB', 'sql')],
  [/^jdbc:sqlite:/i, r('SQLite', 'sql')],
  [/^jdbc:h2:/i, r('H2 Database', 'sql')],
  [/^jdbc:sqlserver:/i, r('SQL Server', 'sql')],
  [/^jdbc:oracle:/i, r('Oracle Database', 'sql')],
  [/^couchbases?:\/\//i, r('Couchbase', 'nosql')],
];

const DRIVER_NAMES: Record<string, RuleValue> = {
  mysql: r('MySQL', 'sql'), pgsql: r('PostgreSQL', 'sql'), postgres: r('PostgreSQL', 'sql'), postgresql: r('PostgreSQL', 'sql'),
  sqlite: r('SQLite', 'sql'), sqlite3: r('SQLite', 'sql'), sqlsrv: r('SQL Server', 'sql'), mariadb: r('MariaDB', 'sql'),
  mongodb: r('MongoDB', 'nosql'), redis: r('Redis', 'cache'), memcached: r('Memcached', 'cache'), sqs: r('Amazon SQS', 'queue'),
  rabbitmq: r('RabbitMQ', 'queue'), beanstalkd: r('Beanstalkd', 'queue'), h2: r('H2 Database', 'sql'), mysql2: r('MySQL', 'sql'),
  oracle: r('Oracle Database', 'sql'),
};

function connectionValue(ctx: FileContext, value: string, where: string): void {
  const v = value.trim().replace(/^["']|["']$/g, '');
  for (const [re, rule] of URL_SCHEMES) if (re.test(v)) ctx.found.rule(rule, `${where} connects to ${/^jdbc:/i.test(v) ? v.split(':').slice(0, 2).join(':') : v.split(':')[0]}`);
}

/** .env files: connection URLs and the driver settings frameworks read (not every key a template lists). */
function dotenv(path: string, text: string, ctx: FileContext): void {
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=\s*(.*)$/.exec(raw);
    if (!m) continue;
    const [, key, value] = m;
    const v = value.replace(/\s+#.*$/, '').trim().replace(/^["']|["']$/g, '');
    if (!v) continue;
    if (/(^|_)(URL|URI|DSN|CONNECTION_STRING)$/.test(key)) connectionValue(ctx, v, `${path} (${key})`);
    if (/^(DB_CONNECTION|DB_DRIVER|DATABASE_DRIVER|DB_ENGINE|DATABASE_ENGINE|CACHE_DRIVER|CACHE_STORE|QUEUE_CONNECTION|QUEUE_DRIVER|SESSION_DRIVER)$/.test(key)) {
      const rule = DRIVER_NAMES[v.toLowerCase()];
      if (rule) ctx.found.rule(rule, `${path} sets ${key}=${v}`);
    }
    if (/^POSTGRES_(SERVER|HOST|DB|USER)$/.test(key)) ctx.found.tech('PostgreSQL', 'sql', `${path} configures PostgreSQL (${key})`);
  }
}

function springProperties(path: string, text: string, ctx: FileContext): void {
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*([\w.-]+)\s*[=:]\s*(.*)$/.exec(raw);
    if (!m || raw.trim().startsWith('#')) continue;
    settingKey(ctx, m[1], m[2], path);
  }
}

function settingKey(ctx: FileContext, key: string, value: string, path: string): void {
  if (/(datasource|r2dbc)\.url$|\.jdbc\.url$|jdbcUrl$|(^|\.)url$/i.test(key)) connectionValue(ctx, value, `${path} (${key})`);
  if (/^(spring\.)?(data\.)?mongodb\./.test(key)) ctx.found.tech('MongoDB', 'nosql', `${path} configures ${key}`);
  if (/^spring\.(data\.)?redis\./.test(key)) ctx.found.tech('Redis', 'cache', `${path} configures ${key}`);
  if (/^spring\.kafka\./.test(key)) ctx.found.tech('Apache Kafka', 'queue', `${path} configures ${key}`);
  if (/^spring\.rabbitmq\./.test(key)) ctx.found.tech('RabbitMQ', 'queue', `${path} configures ${key}`);
  if (/^(spring|quarkus)\.flyway\./.test(key)) ctx.found.tech('Flyway', 'practice', `${path} configures ${key}`);
  if (/(^|\.)jwt\.(secret|issuer|expiration|expires|audience|sessionTime|key)/i.test(key) || /^(smallrye\.jwt|mp\.jwt)\./.test(key)) ctx.found.tech('JWT', 'auth', `${path} configures ${key}`);
  if (/^(spring\.liquibase|quarkus\.liquibase)\./.test(key)) ctx.found.tech('Liquibase', 'practice', `${path} configures ${key}`);
  const kind = /^quarkus\.datasource\.(?:[\w-]+\.)?db-kind$/.test(key) ? DRIVER_NAMES[value.trim().toLowerCase()] : undefined;
  if (kind) ctx.found.rule(kind, `${path} sets ${key}=${value.trim()}`);
}

function springYaml(path: string, text: string, ctx: FileContext): void {
  for (const doc of yamlDocuments(text)) {
    const walk = (v: unknown, prefix: string, depth: number) => {
      if (depth > 8) return;
      if (isObj(v)) for (const [k, child] of Object.entries(v)) walk(child, prefix ? `${prefix}.${k}` : k, depth + 1);
      else if (typeof v === 'string' || typeof v === 'number') settingKey(ctx, prefix, String(v), path);
    };
    walk(doc, '', 0);
  }
}

/** HOCON (Ktor, Play): the connection URLs and drivers it names. */
function hocon(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, { line: ['#', '//'] });
  for (const m of code.matchAll(/["']((?:jdbc:|postgres(?:ql)?:\/\/|mysql:\/\/|mongodb(?:\+srv)?:\/\/|redis:\/\/)[^"']+)["']/g)) connectionValue(ctx, m[1], path);
  if (/\bjwt\s*\{[^}]*\b(secret|issuer|audience)\b/.test(code)) ctx.found.tech('JWT', 'auth', `${path} configures JWT (issuer, secret)`);
  for (const m of code.matchAll(/driver\s*[=:]\s*["']([\w.]+)["']/g)) {
    const d = m[1].toLowerCase();
    if (d.includes('postgresql')) ctx.found.tech('PostgreSQL', 'sql', `${path} loads the ${m[1]} driver`);
    else if (d.includes('mysql')) ctx.found.tech('MySQL', 'sql', `${path} loads the ${m[1]} driver`);
    else if (d.includes('h2')) ctx.found.tech('H2 Database', 'sql', `${path} loads the ${m[1]} driver`);
    else if (d.includes('sqlite')) ctx.found.tech('SQLite', 'sql', `${path} loads the ${m[1]} driver`);
  }
}

function railsDatabase(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, HASH_STYLE);
  const adapters = new Set([...code.matchAll(/^\s*adapter:\s*["']?([\w-]+)/gm)].map((m) => m[1].toLowerCase()));
  if (adapters.size === 0) throw new Error('it names no adapter');
  const RAILS: Record<string, RuleValue> = { postgresql: r('PostgreSQL', 'sql'), postgis: r('PostgreSQL', 'sql'), mysql2: r('MySQL', 'sql'), trilogy: r('MySQL', 'sql'), sqlite3: r('SQLite', 'sql'), sqlserver: r('SQL Server', 'sql') };
  for (const a of adapters) if (RAILS[a]) ctx.found.rule(RAILS[a], `${path} uses the ${a} adapter`);
}

function djangoSettings(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, HASH_STYLE);
  const ENGINES: Record<string, RuleValue> = { postgresql: r('PostgreSQL', 'sql'), postgresql_psycopg2: r('PostgreSQL', 'sql'), postgis: r('PostgreSQL', 'sql'), mysql: r('MySQL', 'sql'), sqlite3: r('SQLite', 'sql'), oracle: r('Oracle Database', 'sql') };
  for (const m of code.matchAll(/["']django\.(?:contrib\.gis\.)?db\.backends\.(?:postgis|(\w+))["']/g)) {
    const rule = ENGINES[m[1] ?? 'postgis'];
    if (rule) ctx.found.rule(rule, `${path} sets the database ENGINE to ${m[1] ?? 'postgis'}`);
  }
  if (/["']django\.core\.cache\.backends\.redis|["']django_redis\.cache/.test(code)) ctx.found.tech('Redis', 'cache', `${path} caches in Redis`);
  if (/["']django\.core\.cache\.backends\.memcached/.test(code)) ctx.found.tech('Memcached', 'cache', `${path} caches in Memcached`);
  if (/["']rest_framework["']/.test(code)) ctx.found.tech('Django REST framework', 'api', `${path} installs rest_framework`);
  if (/["']corsheaders["']/.test(code)) ctx.found.tech('CORS', 'security', `${path} installs corsheaders`);
  for (const m of code.matchAll(/["']((?:postgres(?:ql)?|mysql|redis|amqp|mongodb):\/\/[^"']*)["']/g)) connectionValue(ctx, m[1], path);
}

function laravelDatabase(path: string, text: string, ctx: FileContext): void {
  const m = /['"]default['"]\s*=>\s*env\(\s*['"]DB_CONNECTION['"]\s*,\s*['"](\w+)['"]/.exec(text);
  const rule = m ? DRIVER_NAMES[m[1].toLowerCase()] : undefined;
  // Only a default: a .env that sets DB_CONNECTION says more, and is read too.
  if (rule && m && !ctx.found.withRole(['sql']).length) ctx.found.rule(rule, `${path} defaults DB_CONNECTION to ${m[1]}`);
}

function elixirConfig(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, HASH_STYLE);
  const ADAPTERS: Record<string, RuleValue> = { Postgres: r('PostgreSQL', 'sql'), MyXQL: r('MySQL', 'sql'), SQLite3: r('SQLite', 'sql'), Tds: r('SQL Server', 'sql') };
  for (const m of code.matchAll(/adapter:\s*Ecto\.Adapters\.(\w+)/g)) if (ADAPTERS[m[1]]) ctx.found.rule(ADAPTERS[m[1]], `${path} uses Ecto.Adapters.${m[1]}`);
}

function prismaSchema(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, C_STYLE);
  if (!/\b(datasource|generator|model)\s+\w+\s*\{/.test(code)) throw new Error('it has no datasource, generator or model');
  ctx.found.tech('Prisma', 'orm', `has the Prisma schema ${path}`);
  const provider = /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"(\w+)"/.exec(code)?.[1];
  const PROVIDERS: Record<string, RuleValue> = { postgresql: r('PostgreSQL', 'sql'), mysql: r('MySQL', 'sql'), sqlite: r('SQLite', 'sql'), sqlserver: r('SQL Server', 'sql'), mongodb: r('MongoDB', 'nosql'), cockroachdb: r('CockroachDB', 'sql') };
  if (provider && PROVIDERS[provider]) ctx.found.rule(PROVIDERS[provider], `${path} sets its datasource provider to ${provider}`);
}

function drizzleConfig(path: string, text: string, ctx: FileContext): void {
  const code = stripComments(text, C_STYLE);
  ctx.found.tech('Drizzle ORM', 'orm', `has ${path}`);
  const dialect = /\b(?:dialect|driver)\s*:\s*["'`](\w+)["'`]/.exec(code)?.[1]?.toLowerCase();
  const DIALECTS: Record<string, RuleValue> = { postgresql: r('PostgreSQL', 'sql'), pg: r('PostgreSQL', 'sql'), mysql: r('MySQL', 'sql'), mysql2: r('MySQL', 'sql'), sqlite: r('SQLite', 'sql'), 'better-sqlite': r('SQLite', 'sql'), turso: r('SQLite', 'sql') };
  if (dialect && DIALECTS[dialect]) ctx.found.rule(DIALECTS[dialect], `${path} sets the ${dialect} dialect`);
}

function typeormConfig(path: string, text: string, ctx: FileContext): void {
  const doc = JSON.parse(text) as unknown;
  const type = isObj(doc) ? doc.type : Array.isArray(doc) && isObj(doc[0]) ? doc[0].type : null;
  ctx.found.tech('TypeORM', 'orm', `has ${path}`);
  if (typeof type === 'string' && DRIVER_NAMES[type.toLowerCase()]) ctx.found.rule(DRIVER_NAMES[type.toLowerCase()], `${path} sets type "${type}"`);
}

function knexfile(path: string, text: string, ctx: FileContext): void {
  ctx.found.tech('Knex', 'orm', `has ${path}`);
  const KNEX: Record<string, RuleValue> = { pg: r('PostgreSQL', 'sql'), postgresql: r('PostgreSQL', 'sql'), mysql: r('MySQL', 'sql'), mysql2: r('MySQL', 'sql'), sqlite3: r('SQLite', 'sql'), 'better-sqlite3': r('SQLite', 'sql'), mssql: r('SQL Server', 'sql') };
  for (const m of stripComments(text, C_STYLE).matchAll(/client\s*:\s*["'`]([\w-]+)["'`]/g)) if (KNEX[m[1]]) ctx.found.rule(KNEX[m[1]], `${path} uses the ${m[1]} client`);
}

function openApi(path: string, text: string, ctx: FileContext): void {
  const doc = /\.json$/i.test(path) ? (JSON.parse(text) as unknown) : yamlDocument(text);
  if (!isObj(doc) || !(typeof doc.openapi === 'string' || typeof doc.swagger === 'string' || typeof doc.swagger === 'number')) throw new Error('it has no openapi or swagger version');
  const version = String(doc.openapi ?? doc.swagger);
  const paths = isObj(doc.paths) ? Object.keys(doc.paths).length : 0;
  ctx.found.tech('OpenAPI', 'api', `has the OpenAPI ${version} description ${path} (${paths} paths)`);
  if (paths > 0) ctx.found.tech('REST', 'api', `${path} describes ${paths} HTTP paths`);
  const schemes = isObj(doc.components) && isObj(doc.components.securitySchemes) ? Object.values(doc.components.securitySchemes) : isObj(doc.securityDefinitions) ? Object.values(doc.securityDefinitions) : [];
  for (const s of schemes) {
    if (!isObj(s)) continue;
    if (s.bearerFormat === 'JWT') ctx.found.tech('JWT', 'auth', `${path} declares a JWT bearer scheme`);
    if (s.type === 'oauth2') ctx.found.tech('OAuth', 'auth', `${path} declares an OAuth 2 scheme`);
  }
}

/** Which reader a fetched file goes to, by path. */
const READERS: Array<[RegExp, Reader]> = [
  [/(^|\/)(docker-|podman-)?compose([.-][\w.-]+)?\.ya?ml$/i, compose],
  [/(^|\/)(Dockerfile|dockerfile)([.-][\w.-]+)?$|\.[Dd]ockerfile$/, dockerfile],
  [/^\.github\/workflows\/[^/]+\.ya?ml$/i, githubWorkflow],
  [/^\.github\/dependabot\.ya?ml$/i, dependabot],
  [/(^|\/)\.gitlab-ci\.ya?ml$/, gitlabCi],
  [/^\.circleci\/config\.ya?ml$/, circleCi],
  [/^\.travis\.ya?ml$/, travisCi],
  [/(^|\/)azure-pipelines[\w.-]*\.ya?ml$/i, azurePipelines],
  [/^bitbucket-pipelines\.ya?ml$/, bitbucketPipelines],
  [/(^|\/)Jenkinsfile([.-][\w.-]+)?$/, jenkinsfile],
  [/(^|\/)cloudbuild[\w.-]*\.ya?ml$/i, cloudBuild],
  [/(^|\/)buildspec[\w.-]*\.ya?ml$/i, buildspec],
  [/(^|\/)Chart\.ya?ml$/, helmChart],
  [/(^|\/)(helm|charts?)\/.*values[\w.-]*\.ya?ml$|(^|\/)values[\w.-]*\.ya?ml$/i, helmValues],
  [/(^|\/)(k8s|kubernetes|kube|manifests|deploy|deployments?|\.k8s|overlays|base)\/.*\.ya?ml$|(^|\/)kustomization\.ya?ml$/i, kubernetes],
  [/\.tf$/i, terraform],
  [/(^|\/)serverless\.ya?ml$/i, serverless],
  [/(^|\/)(template|sam-template)\.ya?ml$/i, samTemplate],
  [/(^|\/)cdk\.json$/, cdkJson],
  [/(^|\/)sst\.config\.[mc]?[jt]s$/, sstConfig],
  [/(^|\/)application([.-][\w-]+)?\.properties$/, springProperties],
  [/(^|\/)application([.-][\w-]+)?\.ya?ml$/, springYaml],
  [/(^|\/)Procfile$/, procfile],
  [/^app\.json$/, herokuAppJson],
  [/^app[\w.-]*\.ya?ml$|^[\w-]+-app[\w.-]*\.ya?ml$/i, appEngine],
  [/^fly\.toml$/, flyToml],
  [/^vercel\.json$/, vercelJson],
  [/^netlify\.toml$/, netlifyToml],
  [/^render\.ya?ml$/, renderYaml],
  [/(^|\/)nginx[\w.-]*\.conf(\.template)?$|(^|\/)nginx\/.*\.conf(\.template)?$/i, nginxConf],
  [/(^|\/)Caddyfile$/, caddyfile],
  [/(^|\/)(apache2?|httpd)[\w.-]*\.conf$|(^|\/)(apache2?|httpd)\/.*\.conf$/i, apacheConf],
  [/(^|\/)traefik[\w.-]*\.ya?ml$/i, traefikConfig],
  [/(^|\/)\.env(\.[\w.-]+)?$/, dotenv],
  [/(^|\/)application\.conf$/, hocon],
  [/(^|\/)config\/database\.ya?ml$/, railsDatabase],
  [/(^|\/)settings(\/[\w]+)?\.py$|(^|\/)settings_\w+\.py$/, djangoSettings],
  [/(^|\/)config\/database\.php$/, laravelDatabase],
  [/(^|\/)config\/(config|dev|prod|runtime)\.exs$/, elixirConfig],
  [/\.prisma$/, prismaSchema],
  [/(^|\/)drizzle\.config\.[mc]?[jt]s$/, drizzleConfig],
  [/(^|\/)ormconfig\.json(\.example)?$/, typeormConfig],
  [/(^|\/)knexfile\.[jt]s$/, knexfile],
  [/(^|\/)(openapi|swagger)[\w.-]*\.(ya?ml|json)$/i, openApi],
];

export function readerFor(path: string): Reader | null {
  return READERS.find(([re]) => re.test(path))?.[1] ?? null;
}

/** Paths whose contents a reader can use: what a sync fetches besides manifests. */
export function isConfigFile(path: string): boolean {
  return readerFor(path) !== null;
}
