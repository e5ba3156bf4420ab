/**
 * Every GraphQL document the sync sends, as constants the test suite validates against
 * GitHub's published schema (@octokit/graphql-schema). GitHub caps a connection page at 100.
 */
import { COMPOSE_FILES, MANIFEST_FILES } from '../../../shared/detection-rules';

export const PAGE_SIZE = 100;

/** README names fetched in the main query; other spellings found in the root listing are fetched after. */
export const README_CANDIDATES = ['README.md', 'readme.md', 'README', 'README.rst', 'Readme.md', 'README.markdown', 'README.txt'];

/** Root files whose text is fetched with the repository: manifests and compose files. */
export const ROOT_TEXT_FILES = [...Object.keys(MANIFEST_FILES), ...COMPOSE_FILES];

/** Aliases are GraphQL names; paths become `f0`, `f1`… in this order. */
export function fileAlias(index: number): string {
  return `f${index}`;
}
export function readmeAlias(index: number): string {
  return `readme${index}`;
}

const BLOB_FRAGMENT = /* GraphQL */ `
fragment ShowcaseBlob on Blob {
  text
  byteSize
  isBinary
  isTruncated
}`;

const textObjects = [
  ...README_CANDIDATES.map((name, i) => `  ${readmeAlias(i)}: object(expression: ${JSON.stringify(`HEAD:${name}`)}) { ...ShowcaseBlob }`),
  ...ROOT_TEXT_FILES.map((name, i) => `  ${fileAlias(i)}: object(expression: ${JSON.stringify(`HEAD:${name}`)}) { ...ShowcaseBlob }`),
].join('\n');

/** Everything Showcase reads about one repository, in one selection. */
export const REPOSITORY_FRAGMENT = /* GraphQL */ `
fragment ShowcaseRepository on Repository {
  id
  name
  nameWithOwner
  url
  owner { login }
  description
  homepageUrl
  stargazerCount
  forkCount
  visibility
  isFork
  isArchived
  pushedAt
  createdAt
  licenseInfo { spdxId name }
  defaultBranchRef { name }
  repositoryTopics(first: 50) { nodes { topic { name } } }
  languages(first: 25, orderBy: { field: SIZE, direction: DESC }) { totalSize edges { size node { name color } } }
  root: object(expression: "HEAD:") { ... on Tree { entries { name type } } }
  workflows: object(expression: "HEAD:.github/workflows") { ... on Tree { entries { name type } } }
${textObjects}
}
${BLOB_FRAGMENT}`;

/**
 * The cheap listing: ids and push dates of the viewer's repositories, newest push first. An
 * unchanged repository costs nothing more than its line here.
 */
export const REPOSITORY_LIST_QUERY = /* GraphQL */ `
query ShowcaseRepositoryList($first: Int!, $after: String, $affiliations: [RepositoryAffiliation]) {
  viewer {
    login
    repositories(
      first: $first
      after: $after
      ownerAffiliations: $affiliations
      affiliations: $affiliations
      orderBy: { field: PUSHED_AT, direction: DESC }
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id nameWithOwner pushedAt }
    }
  }
  rateLimit { cost remaining resetAt }
}`;

/** Details of up to 100 repositories by node id. */
export const REPOSITORY_DETAILS_QUERY = /* GraphQL */ `
query ShowcaseRepositoryDetails($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Repository { ...ShowcaseRepository }
  }
  rateLimit { cost remaining resetAt }
}
${REPOSITORY_FRAGMENT}`;

/**
 * Files whose names vary (a `*.csproj`, a README spelled differently), for several
 * repositories at once: `r{i}: node(id: $id{i}) { f{j}: object(expression: $e{i}_{j}) }`.
 * Expressions go in variables, never spliced into the document.
 */
export function buildExtraFilesQuery(fileCounts: number[]): string {
  const vars: string[] = [];
  const parts = fileCounts.map((count, i) => {
    vars.push(`$id${i}: ID!`);
    const files = Array.from({ length: count }, (_, j) => {
      vars.push(`$e${i}_${j}: String!`);
      return `      f${j}: object(expression: $e${i}_${j}) { ...ShowcaseBlob }`;
    }).join('\n');
    return `  r${i}: node(id: $id${i}) {\n    ... on Repository {\n${files}\n    }\n  }`;
  });
  return `query ShowcaseExtraFiles(${vars.join(', ')}) {\n${parts.join('\n')}\n  rateLimit { cost remaining resetAt }\n}\n${BLOB_FRAGMENT}`;
}

/** Every fixed document, for the schema validation test. */
export const ALL_QUERIES = { REPOSITORY_LIST_QUERY, REPOSITORY_DETAILS_QUERY };
