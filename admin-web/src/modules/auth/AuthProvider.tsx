import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { AuthContext, type AuthContextValue, type SignOutReason } from './auth-context';
import { clearSession, readSession, writeSession, type StoredSession } from './session-storage';

/** setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<StoredSession | null>(() => readSession());
  const [signOutReason, setSignOutReason] = useState<SignOutReason | null>(null);

  const sessionRef = useRef(session);

  const signIn = useCallback((token: string, expiresAt: string | null | undefined) => {
    const next = writeSession(token, expiresAt);
    sessionRef.current = next;
    setSession(next);
    setSignOutReason(null);
  }, []);

  const signOut = useCallback((reason: SignOutReason = 'signed-out') => {
    clearSession();
    // Several failing requests can report the same expiry: only the first one explains it.
    if (sessionRef.current) setSignOutReason(reason);
    sessionRef.current = null;
    setSession(null);
  }, []);

  // End the session when the token expires, even if the page just sits open.
  useEffect(() => {
    if (!session || session.expiresAt === null) return undefined;
    const delay = session.expiresAt - Date.now();
    if (delay > MAX_TIMEOUT_MS) return undefined;
    const timer = setTimeout(() => signOut('expired'), Math.max(delay, 0));
    return () => clearTimeout(timer);
  }, [session, signOut]);

  const value = useMemo<AuthContextValue>(
    () => ({ token: session?.token ?? null, signOutReason, signIn, signOut }),
    [session, signOutReason, signIn, signOut],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
