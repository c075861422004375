import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { CurrentViewerQuery } from '../graphql/auth';
import { useSession } from './session';

/** Ends the session when the server no longer knows the token, or it isn't a tenant's. */
export const useTenantGuard = (): void => {
  const { signOut } = useSession();
  const { data } = useQuery(CurrentViewerQuery);
  const viewer = data?.viewer;
  const loaded = data !== undefined;

  useEffect(() => {
    if (!loaded) return;
    if (!viewer) signOut('expired');
    else if (viewer.role !== 'TENANT') signOut('notTenant');
  }, [loaded, viewer, signOut]);
};
