import { useQuery } from '@apollo/client/react';
import { MyDocumentsQuery } from '../graphql/documents';

/** Documents per page on the documents page. */
export const DOCUMENTS_PAGE_SIZE = 20;
/** The home card's newest documents. */
export const LATEST_DOCUMENTS = 3;

/** The tenant's documents, newest first: shown from the cache at once, and fetched again (fresh links). */
export const useMyDocuments = (first: number) =>
  useQuery(MyDocumentsQuery, {
    variables: { first },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
