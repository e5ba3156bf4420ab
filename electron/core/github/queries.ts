/**
 * Every GraphQL document the sync sends, validated by the test suite against GitHub's published
 * schema (@octokit/graphql-schema). GitHub caps a connection page at 100.
 *
 * Two requests per 100 changed repositories, whatever their layout: the listing carries each
 * repository's metadata and its tree (the root two levels deep, conventional folders such as
 * `src/` or `apps/` one level deeper), so the details request can ask for exactly the files
 * detection reads, by expressions passed as variables (never spliced into the document).
 */
import { CONVENTIONAL_FOLDERS } from '../../../shared/detection/files';

export const PAGE_SIZE = 100;

/** Aliases are GraphQL names: conventional folders become `d0`, `d1`… in this order. */
export function folderAlias(index: number): string {
  return `d${index}`;
}

const TREE_FRAGMENT = /* GraphQL */ `
fragment ShowcaseTree on Tree {
  entries {
    name
    type
    mode
    object { ... on Tree { entries { name type mode } } }
  }
}`;

const BLOB_FRAGMENT = /* GraphQL */ `
fragment ShowcaseBlob on Blob {
  text
  byteSize
  isBinary
  isTruncated
}`;

const folderTrees = CONVENTIONAL_FOLDERS.map((dir, i) => `  ${folderAlias(i)}: object(expression: ${JSON.stringify(`HEAD:${dir}`)}) { ...ShowcaseTree }`).join('\n');

/** What the listing says of each repository: enough to refresh its metadata and plan its files. */
export const LISTED_REPOSITORY_FRAGMENT = /* GraphQL */ `
fragment ShowcaseListedRepository on Repository {
  id
  name
  nameWithOwner
  url
  owner { __typename login }
  description
  homepageUrl
  stargazerCount
  forkCount
  visibility
  isFork
  isArchived
  pushedAt
  updatedAt
  createdAt
  parent { nameWithOwner }
  licenseInfo { spdxId name }
  primaryLanguage { name }
  defaultBranchRef { name }
  repositoryTopics(first: 50) { nodes { topic { name } } }
  root: object(expression: "HEAD:") { ...ShowcaseTree }
${folderTrees}
}
${TREE_FRAGMENT}`;

/** The listing: the viewer's repositories, newest push first, with metadata and trees. */
export const REPOSITORY_LIST_QUERY = /* GraphQL */ `
query ShowcaseRepositoryList($first: Int!, $after: String, $affiliations: [RepositoryAffiliation]) {
  viewer {
    id
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
      nodes { ...ShowcaseListedRepository }
    }
  }
  rateLimit { cost remaining resetAt }
}
${LISTED_REPOSITORY_FRAGMENT}`;

/** What only changes with a push: languages and the account's share of the commits. */
const DETAILS_FRAGMENT = /* GraphQL */ `
fragment ShowcaseRepositoryDetails on Repository {
  id
  languages(first: 25, orderBy: { field: SIZE, direction: DESC }) { totalSize edges { size node { name color } } }
  defaultBranchRef {
    target {
      ... on Commit {
        history(first: 1) { totalCount }
        authored: history(first: 1, author: { id: $author }) { totalCount }
      }
    }
  }
}`;

/**
 * Details of several repositories with the files each needs:
 * `r{i}: node(id: $id{i}) { … f{j}: object(expression: $e{i}_{j}) }`.
 */
export function buildDetailsQuery(fileCounts: readonly number[]): string {
  const vars = ['$author: ID'];
  const parts = fileCounts.map((count, i) => {
    vars.push(`$id${i}: ID!`);
    const files = Array.from({ length: count }, (_, j) => {
      vars.push(`$e${i}_${j}: String!`);
      return `      f${j}: object(expression: $e${i}_${j}) { ...ShowcaseBlob }`;
    });
    return `  r${i}: node(id: $id${i}) {\n    ... on Repository {\n      ...ShowcaseRepositoryDetails\n${files.join('\n')}\n    }\n  }`;
  });
  // GitHub refuses a document with an unused fragment: the blob one only goes with files.
  const blobs = fileCounts.some((n) => n > 0) ? `\n${BLOB_FRAGMENT}` : '';
  return `query ShowcaseRepositoryDetails(${vars.join(', ')}) {\n${parts.join('\n')}\n  rateLimit { cost remaining resetAt }\n}\n${DETAILS_FRAGMENT}${blobs}`;
}

/** Every fixed document, for the schema validation test (built documents are validated there too). */
export const ALL_QUERIES = { REPOSITORY_LIST_QUERY };
