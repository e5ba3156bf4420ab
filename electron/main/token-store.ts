/**
 * The app's SecureTokenStore: tokens encrypted with Electron's safeStorage (Keychain, DPAPI,
 * libsecret/kwallet), kept as base64 blobs in one JSON file in userData — never in SQLite.
 * On Linux without a keyring safeStorage falls back to `basic_text` (a hard-coded key): that is
 * reported as 'insecure' so the UI can offer session-only instead.
 */
import { safeStorage } from 'electron';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecureTokenStore } from '../core/github/token-store';

export function createSafeStorageTokenStore(userDataDir: string, options: { sessionOnly?: boolean } = {}): SecureTokenStore {
  const file = join(userDataDir, 'github-tokens.json');
  const session = new Map<string, string>();
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
  const insecure = !safeStorage.isEncryptionAvailable() || backend === 'basic_text' || backend === 'unknown';
  // Without an OS keyring the "encryption" is a fixed key: keep tokens for this session only.
  const persist = !options.sessionOnly && safeStorage.isEncryptionAvailable() && !insecure;

  function read(): Record<string, string> {
    if (!existsSync(file)) return {};
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      return data && typeof data === 'object' ? (data as Record<string, string>) : {};
    } catch {
      return {};
    }
  }
  function write(blobs: Record<string, string>): void {
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(blobs), { mode: 0o600 });
    renameSync(tmp, file);
  }

  return {
    protection: insecure ? 'insecure' : !persist ? 'session' : 'os-encrypted',
    async get(accountId) {
      if (session.has(accountId)) return session.get(accountId)!;
      const blob = read()[accountId];
      if (!blob || !persist) return null;
      try {
        return safeStorage.decryptString(Buffer.from(blob, 'base64'));
      } catch {
        return null;
      }
    },
    async set(accountId, token) {
      if (!persist) {
        session.set(accountId, token);
        return;
      }
      const blobs = read();
      blobs[accountId] = safeStorage.encryptString(token).toString('base64');
      write(blobs);
    },
    async delete(accountId) {
      session.delete(accountId);
      const blobs = read();
      if (accountId in blobs) {
        delete blobs[accountId];
        write(blobs);
      }
    },
  };
}
