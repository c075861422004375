import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { DocumentDownloadQuery } from '../graphql/documents';

/** A link with less than this left is fetched anew before use. */
const SAFETY_MARGIN_MS = 60_000;

/**
 * True when a signed download link has run out or is about to (its `exp` is in seconds since the epoch), or when
 * we can't tell: then it is safer to ask for a fresh one.
 */
export const linkMayHaveExpired = (url: string, now: number = Date.now()): boolean => {
  try {
    const exp = Number(new URL(url, window.location.origin).searchParams.get('exp'));
    return !Number.isFinite(exp) || exp <= 0 || exp * 1000 - now < SAFETY_MARGIN_MS;
  } catch {
    return true;
  }
};

/** Saves the file behind a same-origin link (the server sends PDFs as downloads). */
const startDownload = (url: string, fileName: string): void => {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
};

export interface DocumentDownload {
  /** The document whose fresh link is being fetched, if any. */
  pendingId: string | null;
  /** Fetches a fresh link (never from the cache) and starts the download; false when that failed. */
  downloadFresh: (documentId: string, fileName: string) => Promise<boolean>;
}

export const useDocumentDownload = (): DocumentDownload => {
  const client = useApolloClient();
  const [pendingId, setPendingId] = useState<string | null>(null);

  const downloadFresh = useCallback(
    async (documentId: string, fileName: string): Promise<boolean> => {
      setPendingId(documentId);
      try {
        const { data } = await client.query({
          query: DocumentDownloadQuery,
          variables: { id: documentId },
          fetchPolicy: 'network-only',
        });
        const node = data?.node;
        const url = node && 'file' in node ? node.file.url : null;
        if (!url) return false;
        startDownload(url, fileName);
        return true;
      } catch {
        return false;
      } finally {
        setPendingId(null);
      }
    },
    [client],
  );

  return { pendingId, downloadFresh };
};
