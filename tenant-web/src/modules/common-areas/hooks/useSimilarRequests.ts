import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useOnlineStatus } from '../../../shared/hooks/useOnlineStatus';
import { SimilarCommonAreaRequestsQuery } from '../graphql/common-areas';

/** Wait this long after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 300;
/** Suggestions shown at most. */
export const MAX_SUGGESTIONS = 3;
/** The server reads words of two letters or more, and at most the first 200 characters. */
const SEARCH_MAX = 200;
const HAS_WORD = /[\p{L}\p{N}]{2}/u;

/**
 * Open common-area requests of the building that match what the tenant is typing (debounced), best match first.
 * Silent when offline or when there is nothing to search yet; keeps the last suggestions while the next load.
 */
export const useSimilarRequests = (propertyId: string | null, text: string) => {
  const online = useOnlineStatus();
  const [search] = useDebouncedValue(text.trim().slice(0, SEARCH_MAX), SEARCH_DEBOUNCE_MS);
  const skip = !propertyId || !online || !HAS_WORD.test(search);
  const { data, previousData, loading } = useQuery(SimilarCommonAreaRequestsQuery, {
    variables: { propertyId: propertyId ?? '', search, first: MAX_SUGGESTIONS },
    skip,
    fetchPolicy: 'network-only',
  });
  const requests = skip ? [] : ((data ?? previousData)?.commonAreaRequests ?? []);
  return { requests, loading: !skip && loading };
};
