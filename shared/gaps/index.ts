/**
 * The gap engine: which of the portfolio advice rules the showcased projects meet, for a role.
 * Pure: no Node, Electron or React imports, and the same input always gives the same report.
 */
export { analyzeGaps } from './analyze';
export type { GapInput, GapReport, RepositoryDocs, RuleFinding } from './analyze';
export type { RepoDocInfo } from './evaluate';
export type { Evidence } from './facts';
export { AREAS, DEFAULT_ROLE, ROLES, RULES, RULE_IDS, WEIGHT_POINTS, roleProfile, ruleWeight } from './model';
export type { AreaId, RoleId, RoleProfile, RuleDefinition, RuleId, Weight } from './model';
export { REPOSITORIES_SHOWN, summarizeReport, worstFirst } from './repository-docs';
export type { GapSummary, RepositoryCounts } from './repository-docs';
