/**
 * The advice rules, their areas and the role profiles that weigh them. Rule ids are a public
 * interface (CLI `gaps --json`, exports, tests): add rules, never rename or drop one.
 */

export type AreaId = 'portfolio' | 'skills' | 'databases' | 'apis' | 'auth' | 'security' | 'devops' | 'infrastructure';

export const AREAS: ReadonlyArray<{ id: AreaId; label: string }> = [
  { id: 'portfolio', label: 'Portfolio' },
  { id: 'skills', label: 'Languages & frameworks' },
  { id: 'databases', label: 'Databases' },
  { id: 'apis', label: 'APIs' },
  { id: 'auth', label: 'Authentication & authorization' },
  { id: 'security', label: 'Security' },
  { id: 'devops', label: 'DevOps' },
  { id: 'infrastructure', label: 'Infrastructure' },
];

export const RULE_IDS = [
  'crud-project', 'complex-system', 'on-github', 'documented', 'real-world-api', 'security-feature', 'performance-work',
  'targeted-tech', 'language', 'framework', 'sql-database', 'nosql-database', 'db-design', 'rest-api', 'graphql-api',
  'authentication', 'authorization', 'password-hashing', 'rate-limiting', 'https', 'secure-coding', 'cloud', 'ci-cd',
  'containers', 'orchestration', 'web-server', 'message-queue', 'caching', 'search-engine', 'automated-tests',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleDefinition {
  id: RuleId;
  area: AreaId;
  title: string;
  /** Why the rule matters, in one line. */
  advice: string;
}

export const RULES: readonly RuleDefinition[] = [
  { id: 'crud-project', area: 'portfolio', title: 'A CRUD application', advice: 'A create-read-update-delete app is the simplest proof that you can wire an API to a database end to end.' },
  { id: 'complex-system', area: 'portfolio', title: 'A larger system', advice: 'An online shop, a content management system or a set of services shows you can handle more than one moving part.' },
  { id: 'on-github', area: 'portfolio', title: 'Code on GitHub', advice: 'Public repositories let an employer read your code and see its history, not just a description of it.' },
  { id: 'documented', area: 'portfolio', title: 'Documented repositories', advice: 'A README that says what a project is, how to run it and how to use it makes your code easy to evaluate.' },
  { id: 'real-world-api', area: 'portfolio', title: 'A real-world API', advice: 'Projects that solve a practical problem through an API carry more weight than exercises.' },
  { id: 'security-feature', area: 'portfolio', title: 'A security feature', advice: 'Showing login, access control or another protection proves you treat security as part of the job.' },
  { id: 'performance-work', area: 'portfolio', title: 'Performance work', advice: 'Measured speed-ups (caching, indexes, load tests) show you can make a system fast, not only working.' },
  { id: 'targeted-tech', area: 'portfolio', title: 'Technologies of your target job', advice: 'A portfolio tailored to the jobs you want puts their technologies in front of the reader.' },
  { id: 'language', area: 'skills', title: 'A backend language', advice: 'Solid command of at least one server-side language is the base of every backend role.' },
  { id: 'framework', area: 'skills', title: 'A backend framework', advice: 'Frameworks handle routing, authentication and data access; knowing one well is expected.' },
  { id: 'sql-database', area: 'databases', title: 'A relational database', advice: 'Most backends keep structured data in an SQL database; show you can use one.' },
  { id: 'nosql-database', area: 'databases', title: 'A non-relational database', advice: 'Document, key-value and wide-column stores suit data that does not fit tables; show you know when to use one.' },
  { id: 'db-design', area: 'databases', title: 'Database design', advice: 'Normalized schemas, keys, indexes and migrations keep data correct and queries fast.' },
  { id: 'rest-api', area: 'apis', title: 'A REST API', advice: 'REST over HTTP is how most front ends and services talk to a backend.' },
  { id: 'graphql-api', area: 'apis', title: 'A GraphQL API', advice: 'GraphQL lets clients ask for exactly the data they need; many teams expect familiarity with it.' },
  { id: 'authentication', area: 'auth', title: 'Authentication', advice: 'Verifying who a user is (OAuth, JWT, sessions, API keys) is part of almost every backend.' },
  { id: 'authorization', area: 'auth', title: 'Authorization', advice: 'Deciding what a signed-in user may do (roles, permissions) is the other half of access control.' },
  { id: 'password-hashing', area: 'auth', title: 'Password hashing', advice: 'Passwords must be stored with a slow, salted hash such as bcrypt, PBKDF2, Argon2 or scrypt.' },
  { id: 'rate-limiting', area: 'auth', title: 'Rate limiting', advice: 'Limiting requests per client protects an API from abuse and brute-force attempts.' },
  { id: 'https', area: 'auth', title: 'HTTPS in deployment', advice: 'Serving over TLS protects data on its way between client and server.' },
  { id: 'secure-coding', area: 'security', title: 'Secure coding', advice: 'Encryption, input validation and defences against injection and cross-site scripting guard against the usual attacks.' },
  { id: 'cloud', area: 'devops', title: 'A major cloud', advice: 'Deploying to AWS, Azure or Google Cloud shows you can run software where most companies do.' },
  { id: 'ci-cd', area: 'devops', title: 'CI/CD', advice: 'A pipeline that tests and ships every change shows disciplined delivery.' },
  { id: 'containers', area: 'devops', title: 'Containers', advice: 'Packaging a service as a container makes it run the same everywhere.' },
  { id: 'orchestration', area: 'devops', title: 'Orchestration', advice: 'Orchestrators such as Kubernetes deploy, scale and heal containers in production.' },
  { id: 'web-server', area: 'infrastructure', title: 'A web server', advice: 'Web servers and reverse proxies handle HTTP traffic, static files and routing in front of an application.' },
  { id: 'message-queue', area: 'infrastructure', title: 'A message queue', advice: 'Queues let services talk asynchronously, which makes distributed systems scale and survive failures.' },
  { id: 'caching', area: 'infrastructure', title: 'Caching', advice: 'A cache keeps frequent reads off the database and cuts response times.' },
  { id: 'search-engine', area: 'infrastructure', title: 'A search engine', advice: 'A dedicated search engine gives users fast, relevant full-text search.' },
  { id: 'automated-tests', area: 'portfolio', title: 'Automated tests', advice: 'A test suite that runs on every change is the first thing a reviewer looks for: it shows the code is meant to keep working.' },
];

export type Weight = 'essential' | 'important' | 'nice';
export type RoleId = 'backend' | 'lead-backend' | 'solutions-architect' | 'devops';

/**
 * Points per weight in the score. The score is sum(points × value) / sum(points) over the rules
 * that count, where value is 1 for met, 0.5 for partial and 0 for missing.
 */
export const WEIGHT_POINTS: Readonly<Record<Weight, number>> = { essential: 3, important: 2, nice: 1 };

export interface RoleProfile {
  id: RoleId;
  label: string;
  essential: readonly RuleId[];
  important: readonly RuleId[];
}

const BACKEND_ESSENTIALS: readonly RuleId[] = [
  'crud-project', 'real-world-api', 'on-github', 'documented', 'language', 'framework', 'sql-database', 'rest-api',
  'authentication', 'password-hashing',
];

export const ROLES: readonly RoleProfile[] = [
  {
    id: 'backend',
    label: 'Backend developer',
    essential: BACKEND_ESSENTIALS,
    important: [
      'complex-system', 'security-feature', 'performance-work', 'nosql-database', 'db-design', 'authorization', 'caching',
      'ci-cd', 'containers', 'cloud', 'automated-tests',
    ],
  },
  {
    id: 'lead-backend',
    label: 'Lead backend developer',
    essential: [...BACKEND_ESSENTIALS, 'complex-system', 'performance-work', 'db-design', 'ci-cd', 'cloud', 'automated-tests'],
    important: ['containers', 'caching', 'authorization', 'secure-coding', 'message-queue'],
  },
  {
    id: 'solutions-architect',
    label: 'Solutions architect',
    essential: ['complex-system', 'real-world-api', 'cloud', 'message-queue', 'caching', 'sql-database', 'nosql-database', 'documented'],
    important: ['search-engine', 'orchestration', 'containers', 'performance-work', 'authentication'],
  },
  {
    id: 'devops',
    label: 'DevOps engineer',
    essential: ['ci-cd', 'containers', 'orchestration', 'cloud', 'web-server', 'on-github', 'documented'],
    important: ['https', 'caching', 'message-queue', 'performance-work', 'language', 'automated-tests'],
  },
];

export const DEFAULT_ROLE: RoleId = 'backend';

export function roleProfile(role: RoleId): RoleProfile {
  return ROLES.find((r) => r.id === role) ?? ROLES[0];
}

export function ruleWeight(role: RoleId, rule: RuleId): Weight {
  const profile = roleProfile(role);
  if (profile.essential.includes(rule)) return 'essential';
  if (profile.important.includes(rule)) return 'important';
  return 'nice';
}

export function ruleDefinition(id: RuleId): RuleDefinition {
  const def = RULES.find((r) => r.id === id);
  if (!def) throw new Error(`Unknown rule ${id}`);
  return def;
}
