import { createContext, useContext } from 'react';
import type { Role } from '../../generated/graphql';

export type SignOutReason = 'signed-out' | 'expired' | 'tenant';

export interface AuthContextValue {
  token: string | null;
  /** Why the last session ended, to explain it on the sign-in page. */
  signOutReason: SignOutReason | null;
  signIn: (token: string, expiresAt: string | null | undefined) => void;
  signOut: (reason?: SignOutReason) => void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer must be used inside <RequireAuth>');
  return value;
}
