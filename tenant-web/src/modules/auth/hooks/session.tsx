import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  clearStoredSession,
  readStoredSession,
  writeStoredSession,
  type StoredSession,
} from '../../../shared/session-store';
import { tokenSubject } from '../../../shared/token-subject';
import { clearIntakeSetupSnapshot } from '../../intake/hooks/setup-snapshot';

export type SessionNotice = 'expired' | 'notTenant' | null;

export interface SessionContextValue {
  token: string | null;
  /** Why the tenant landed on the login page, if not by choice. */
  notice: SessionNotice;
  signIn: (session: StoredSession) => void;
  signOut: (reason?: Exclude<SessionNotice, null>) => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** setTimeout cannot wait longer than about 24.8 days. */
const MAX_TIMEOUT_MS = 2_147_483_647;

export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [session, setSession] = useState<StoredSession | null>(() => readStoredSession());
  const [notice, setNotice] = useState<SessionNotice>(null);

  const signIn = useCallback((next: StoredSession) => {
    writeStoredSession(next);
    setNotice(null);
    setSession(next);
  }, []);

  const signOut = useCallback((reason?: Exclude<SessionNotice, null>) => {
    clearStoredSession();
    // The intake form's offline copy holds the tenant's access details. (Requests waiting in the outbox
    // stay: they are sent when the same tenant signs in again.)
    clearIntakeSetupSnapshot();
    setNotice(reason ?? null);
    setSession(null);
  }, []);

  // Leave when the token runs out, even if the tenant does nothing.
  const expiresAt = session?.expiresAt ?? null;
  useEffect(() => {
    if (!expiresAt) return undefined;
    const remaining = Date.parse(expiresAt) - Date.now();
    if (!Number.isFinite(remaining) || remaining > MAX_TIMEOUT_MS) return undefined;
    const timer = window.setTimeout(() => signOut('expired'), Math.max(0, remaining));
    return () => window.clearTimeout(timer);
  }, [expiresAt, signOut]);

  // Signing out in another tab signs out here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent): void => {
      if (event.storageArea !== window.localStorage) return;
      const stored = readStoredSession();
      setSession((current) => (current?.token === stored?.token ? current : stored));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({ token: session?.token ?? null, notice, signIn, signOut }),
    [session, notice, signIn, signOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSession = (): SessionContextValue => {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>.');
  return value;
};

/**
 * Whose session this is (the token's subject), known offline too: keeps one tenant's data on this device
 * apart from another's. Null when signed out.
 */
export const useSessionOwner = (): string | null => {
  const { token } = useSession();
  return token ? (tokenSubject(token) ?? token) : null;
};
