import type { LinkType } from './types';

const CODE_HOSTS = new Set(['github.com', 'www.github.com', 'gitlab.com', 'www.gitlab.com', 'bitbucket.org', 'www.bitbucket.org']);

/** A URL of a repository on GitHub, GitLab or Bitbucket (owner/name at least) is a repository link. */
export function classifyLink(url: string): LinkType {
  try {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter(Boolean);
    if (CODE_HOSTS.has(u.hostname.toLowerCase()) && parts.length >= 2) return 'repository';
  } catch {
    // Not a URL: validation reports it elsewhere.
  }
  return 'demo';
}
