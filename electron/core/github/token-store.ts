/**
 * Where account tokens live. The core only sees this interface: the Electron shell implements
 * it with safeStorage (electron/main/token-store.ts), tests and the CLI use the in-memory one.
 * Tokens never go to SQLite, logs, exports or renderer messages.
 */
export interface SecureTokenStore {
  get(accountId: string): Promise<string | null>;
  set(accountId: string, token: string): Promise<void>;
  delete(accountId: string): Promise<void>;
  /**
   * How tokens are kept: encrypted by the OS; 'insecure' when the OS has no keyring (Linux
   * `basic_text`), so tokens are kept for this session only and the UI says why; or 'session'.
   */
  readonly protection: 'os-encrypted' | 'insecure' | 'session';
}

/** Tokens kept in memory for this process only (tests, the CLI's GH_TOKEN, session-only mode). */
export function createMemoryTokenStore(): SecureTokenStore {
  const tokens = new Map<string, string>();
  return {
    protection: 'session',
    get: async (id) => tokens.get(id) ?? null,
    set: async (id, token) => void tokens.set(id, token),
    delete: async (id) => void tokens.delete(id),
  };
}

/** The same store, telling the log about every token it hands out or keeps, so the log can redact it. */
export function withTokensRedactedFrom(store: SecureTokenStore, log: { addSecret(secret: string): void }): SecureTokenStore {
  return {
    protection: store.protection,
    async get(id) {
      const token = await store.get(id);
      if (token) log.addSecret(token);
      return token;
    },
    async set(id, token) {
      log.addSecret(token);
      await store.set(id, token);
    },
    delete: (id) => store.delete(id),
  };
}
