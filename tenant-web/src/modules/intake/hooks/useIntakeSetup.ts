import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useOnlineStatus } from '../../../shared/hooks/useOnlineStatus';
import { useSessionOwner } from '../../auth/hooks/session';
import { IntakeSetupQuery } from '../graphql/intake';
import { readSnapshot, writeSnapshot } from './setup-snapshot';

/**
 * The intake form's data: from the api, or, when it can't be reached, the copy kept on this device by the
 * last successful load. `offlineCopy` says the form runs on that copy.
 */
export const useIntakeSetup = () => {
  const owner = useSessionOwner();
  const online = useOnlineStatus();
  const query = useQuery(IntakeSetupQuery, { notifyOnNetworkStatusChange: true });
  const fresh = query.data;

  useEffect(() => {
    if (fresh) writeSnapshot(owner, fresh);
  }, [fresh, owner]);

  const fallback = useMemo(
    () => (!fresh && (query.error !== undefined || !online) ? readSnapshot(owner) : null),
    [fresh, query.error, online, owner],
  );

  return {
    data: fresh ?? fallback ?? undefined,
    error: query.error,
    loading: query.loading,
    refetch: query.refetch,
    offlineCopy: !fresh && fallback !== null,
  };
};

/** Loads the form's data once per session while online, so it is on the device before it is needed. */
export const usePrefetchIntakeSetup = (): void => {
  const client = useApolloClient();
  const owner = useSessionOwner();
  const online = useOnlineStatus();
  useEffect(() => {
    if (!owner || !online) return;
    client
      .query({ query: IntakeSetupQuery })
      .then(({ data }) => {
        if (data) writeSnapshot(owner, data);
      })
      .catch(() => undefined);
  }, [client, owner, online]);
};
