import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ResidentPropertiesQuery } from '../graphql/residents.graphql';

const PROPERTY_PARAM = 'property';

export interface PropertyOption {
  id: string;
  name: string;
}

export interface ResidentProperties {
  properties: readonly PropertyOption[] | null;
  loading: boolean;
  error: boolean;
  refetch: () => void;
  /** The chosen property (`?property=`), or the first one. */
  selected: PropertyOption | null;
  select: (propertyId: string) => void;
}

/**
 * Every property the viewer may see (following the pages of 100), and the one the page is on, kept in the URL
 * so it survives a reload and can be linked to.
 */
export function useResidentProperties(): ResidentProperties {
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(ResidentPropertiesQuery, {
    variables: { after: null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.properties;
  const nextCursor = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;

  useEffect(() => {
    if (!nextCursor) return;
    void fetchMore({
      variables: { after: nextCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        properties: {
          ...fetchMoreResult.properties,
          nodes: [...(previous.properties?.nodes ?? []), ...fetchMoreResult.properties.nodes],
        },
      }),
    }).catch(() => undefined);
  }, [nextCursor, fetchMore]);

  const properties = useMemo(
    () => (connection ? [...connection.nodes].sort((a, b) => a.name.localeCompare(b.name)) : null),
    [connection],
  );
  const wanted = searchParams.get(PROPERTY_PARAM);
  const selected = properties?.find((property) => property.id === wanted) ?? properties?.[0] ?? null;

  const select = (propertyId: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(PROPERTY_PARAM, propertyId);
        return next;
      },
      { replace: true },
    );

  return {
    properties,
    loading,
    error: Boolean(error),
    refetch: () => void refetch().catch(() => undefined),
    selected,
    select,
  };
}
