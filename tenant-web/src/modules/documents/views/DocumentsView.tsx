import { Button, EmptyState, Stack, Text, Title } from '@mantine/core';
import { IconFiles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { thrownErrorKey } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { DocumentCard, DocumentCardSkeleton } from '../components/DocumentCard';
import { useDocumentDownload } from '../hooks/useDocumentDownload';
import { DOCUMENTS_PAGE_SIZE, useMyDocuments } from '../hooks/useMyDocuments';

export const DocumentsView = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('documents.title'));
  const { data, loading, error, refetch, fetchMore } = useMyDocuments(DOCUMENTS_PAGE_SIZE);
  const download = useDocumentDownload();
  const [moreError, setMoreError] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const page = data?.documents;
  const documents = page?.nodes;

  const loadMore = async (): Promise<void> => {
    if (!page?.pageInfo.endCursor) return;
    setMoreError(false);
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { first: DOCUMENTS_PAGE_SIZE, after: page.pageInfo.endCursor } });
    } catch {
      setMoreError(true);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz="h2">
          {t('documents.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('documents.intro')}
        </Text>
      </div>

      {error && (
        <ErrorAlert
          message={t('documents.loadError')}
          detail={t(thrownErrorKey(error))}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      )}

      {!documents && loading && (
        <Stack gap="md" aria-busy="true" aria-label={t('documents.loading')} data-testid="documents-loading">
          <DocumentCardSkeleton />
          <DocumentCardSkeleton />
          <DocumentCardSkeleton />
        </Stack>
      )}

      {documents && documents.length === 0 && (
        <EmptyState
          icon={<IconFiles size={32} aria-hidden />}
          title={t('documents.emptyTitle')}
          description={t('documents.emptyBody')}
          data-testid="documents-empty"
        />
      )}

      {documents && documents.length > 0 && (
        <Stack gap="md" data-testid="documents-list">
          <Text size="sm" c="dimmed">
            {t('documents.count', { count: page?.totalCount ?? documents.length })}
          </Text>
          {documents.map((document) => (
            <DocumentCard key={document.id} document={document} download={download} />
          ))}
          {page?.pageInfo.hasNextPage && (
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore}>
              {t('documents.loadMore')}
            </Button>
          )}
          {moreError && (
            <Text c="red.8" size="sm" role="alert">
              {t('documents.loadMoreError')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
};
