import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../hooks/session';

export interface LoginRedirectState {
  from?: string;
}

/** Renders its children for a signed-in tenant; otherwise sends them to the login page and back after. */
export const RequireAuth = ({ children }: { children: ReactNode }) => {
  const { token } = useSession();
  const location = useLocation();
  if (!token) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
};
