/**
 * A repository's name as a project title: "ledger-api" → "Ledger API", "orderService" → "Order
 * Service", "graphql_gateway" → "GraphQL Gateway". Words are split at - _ . and case changes;
 * each word is capitalised, short words inside stay lower-case, acronyms are upper-cased and a
 * technology the taxonomy knows by exactly that word is written as the taxonomy writes it. Pure.
 */
import { findTechnology } from './taxonomy';

const ACRONYMS = new Set([
  'api', 'apis', 'cli', 'ui', 'ux', 'sdk', 'db', 'sql', 'http', 'https', 'rest', 'grpc', 'jwt', 'aws', 'gcp', 'crm', 'cms', 'erp', 'id', 'io', 'iot', 'ci', 'cd',
  'etl', 'ml', 'ai', 'llm', 'pdf', 'csv', 'json', 'xml', 'yaml', 'html', 'css', 'url', 'dns', 'ssh', 'tcp', 'udp', 'vm', 'k8s', 'oauth', 'sso', 'mvp', 'poc', 'b2b', 'saas',
]);
const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'via', 'vs']);

function word(w: string, first: boolean): string {
  const lower = w.toLowerCase();
  if (ACRONYMS.has(lower)) return lower === 'apis' ? 'APIs' : lower === 'oauth' ? 'OAuth' : lower === 'k8s' ? 'K8s' : lower.toUpperCase();
  if (!first && SMALL.has(lower)) return lower;
  const tech = findTechnology(lower);
  if (tech && tech.name.toLowerCase().replace(/[^a-z0-9]/g, '') === lower) return tech.name;
  // A word the author capitalised inside ("iPhone", "eBPF") keeps its own case.
  if (/[A-Z]/.test(w.slice(1)) && /[a-z]/.test(w)) return w;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function readableName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z][a-z])/g, '$1 $2')
    .split(/[\s\-_.]+/)
    .filter(Boolean);
  return words.length ? words.map((w, i) => word(w, i === 0)).join(' ') : name;
}
