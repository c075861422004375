const TOKEN_KEY = 'fixline.admin.token';
const EXPIRES_AT_KEY = 'fixline.admin.tokenExpiresAt';

export interface StoredSession {
  token: string;
  /** Epoch milliseconds, or null when the server did not say. */
  expiresAt: number | null;
}

function parseExpiry(value: string | null | undefined): number | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

export function isExpired(session: StoredSession, now = Date.now()): boolean {
  return session.expiresAt !== null && session.expiresAt <= now;
}

export function readSession(): StoredSession | null {
  try {
    const token = window.localStorage.getItem(TOKEN_KEY);
    if (!token) return null;
    const session = { token, expiresAt: parseExpiry(window.localStorage.getItem(EXPIRES_AT_KEY)) };
    if (isExpired(session)) {
      clearSession();
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

export function writeSession(token: string, expiresAt: string | null | undefined): StoredSession {
  const session = { token, expiresAt: parseExpiry(expiresAt) };
  try {
    window.localStorage.setItem(TOKEN_KEY, token);
    if (session.expiresAt !== null) {
      window.localStorage.setItem(EXPIRES_AT_KEY, new Date(session.expiresAt).toISOString());
    } else {
      window.localStorage.removeItem(EXPIRES_AT_KEY);
    }
  } catch {
    // Storage can be unavailable (private mode, quota): the session then lasts until reload.
  }
  return session;
}

export function clearSession(): void {
  try {
    window.localStorage.removeItem(TOKEN_KEY);
    window.localStorage.removeItem(EXPIRES_AT_KEY);
  } catch {
    // Nothing to clear.
  }
}
