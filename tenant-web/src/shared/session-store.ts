const TOKEN_KEY = 'fixline.tenant.token';
const EXPIRES_AT_KEY = 'fixline.tenant.tokenExpiresAt';

export interface StoredSession {
  token: string;
  /** ISO-8601, or null when the server did not say. */
  expiresAt: string | null;
}

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

export const isSessionExpired = (session: StoredSession, now: number = Date.now()): boolean => {
  if (session.expiresAt === null) return false;
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isFinite(expiresAt) && expiresAt <= now;
};

export const readStoredSession = (): StoredSession | null => {
  const store = storage();
  const token = store?.getItem(TOKEN_KEY);
  if (!token) return null;
  const session: StoredSession = { token, expiresAt: store?.getItem(EXPIRES_AT_KEY) ?? null };
  return isSessionExpired(session) ? null : session;
};

export const writeStoredSession = (session: StoredSession): void => {
  const store = storage();
  store?.setItem(TOKEN_KEY, session.token);
  if (session.expiresAt) store?.setItem(EXPIRES_AT_KEY, session.expiresAt);
  else store?.removeItem(EXPIRES_AT_KEY);
};

export const clearStoredSession = (): void => {
  const store = storage();
  store?.removeItem(TOKEN_KEY);
  store?.removeItem(EXPIRES_AT_KEY);
};
