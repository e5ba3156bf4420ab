/**
 * The API-address policy, in one place for the CLI, IPC and restored backups: a token is only
 * ever sent over https, except to this computer itself (a local GitHub Enterprise test instance
 * on a loopback address). Anything else is refused before a request is made.
 */
import { AppError } from '../errors';
import { GITHUB_API_URL } from './client';

/** localhost, 127.0.0.0/8 and ::1: plain http never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** A refused address, said at the address field. */
function addressError(message: string): AppError {
  return new AppError('VALIDATION', message, [{ path: 'apiUrl', message }]);
}

/** Normalises what the user typed (a GHES host or URL becomes https://host/api/v3), or refuses it. */
export function normalizeApiUrl(input: string | null | undefined): string {
  const text = (input ?? '').trim();
  if (!text) return GITHUB_API_URL;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw addressError(`"${text.slice(0, 200)}" is not a GitHub address. Use https://github.com or https://your-host/api/v3.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw addressError(`"${text.slice(0, 200)}" is not an https address.`);
  if (url.username || url.password) throw addressError('Give the address without a user name or password in it; the token is sent separately.');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw addressError(
      `Showcase sends your token only over https: "${text.slice(0, 200)}" is plain http to another computer. Use https://${url.host}${url.pathname === '/' ? '/api/v3' : url.pathname}.`,
    );
  }
  if (url.host === 'github.com' || url.host === 'api.github.com') return GITHUB_API_URL;
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path && path !== '' ? path : '/api/v3'}`;
}

/** True when `value` is an API address as Showcase stores it (normalised and allowed). */
export function isAllowedApiUrl(value: string): boolean {
  try {
    return normalizeApiUrl(value) === value;
  } catch {
    return false;
  }
}
