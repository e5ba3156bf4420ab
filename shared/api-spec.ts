/**
 * A repository's OpenAPI 3 or Swagger 2 file (JSON or YAML), summarised into what a README
 * lists: title, base URL and endpoints with their summaries. Read with a real YAML parser; a
 * file that is not an API description gives null. Pure.
 */
import { parse as parseYaml } from 'yaml';
import type { ApiSpecSummary } from './github-types';

/** File names of API descriptions: `openapi.yaml`, `swagger.json`, `openapi-v1.yml` … */
export const API_SPEC_FILE = /^(?:openapi|swagger)(?:[._-][\w.-]*)?\.(?:ya?ml|json)$/i;

export function isApiSpecFile(path: string): boolean {
  return API_SPEC_FILE.test(path.split('/').pop() ?? '');
}

/** Endpoints kept in a summary; a README lists a few, not hundreds. */
export const MAX_ENDPOINTS = 60;
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

function str(v: unknown, max = 200): string | null {
  return typeof v === 'string' && v.trim() ? v.trim().replace(/\s+/g, ' ').slice(0, max) : null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export function summarizeApiSpec(text: string, path: string): ApiSpecSummary | null {
  let doc: unknown;
  try {
    doc = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100, uniqueKeys: false });
  } catch {
    return null;
  }
  if (!isObject(doc) || !(typeof doc.openapi === 'string' || typeof doc.swagger === 'string') || !isObject(doc.paths)) return null;
  const info = isObject(doc.info) ? doc.info : {};
  const server = Array.isArray(doc.servers) && isObject(doc.servers[0]) ? str(doc.servers[0].url) : null;
  const endpoints: ApiSpecSummary['endpoints'] = [];
  let total = 0;
  for (const [route, item] of Object.entries(doc.paths)) {
    if (!route.startsWith('/') || !isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      total++;
      if (endpoints.length < MAX_ENDPOINTS) endpoints.push({ method: method.toUpperCase(), path: route.slice(0, 300), summary: str(op.summary) ?? str(op.description, 120) });
    }
  }
  if (total === 0) return null;
  return {
    path,
    title: str(info.title),
    version: str(info.version, 50),
    baseUrl: server ?? (typeof doc.swagger === 'string' ? str(doc.basePath) : null),
    endpoints,
    more: total - endpoints.length,
  };
}
