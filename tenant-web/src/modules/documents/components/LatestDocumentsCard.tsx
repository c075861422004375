import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFiles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HomeCard } from '../../../shared/components/HomeCard';
import { useFormatters } from '../../../shared/format';
import { useDocumentDownload } from '../hooks/useDocumentDownload';
import { LATEST_DOCUMENTS, useMyDocuments } from '../hooks/useMyDocuments';
import { documentKindIcon } from './document-kind';
import { DownloadButton } from './DownloadButton';

/** The home page's card: the three newest documents, each downloadable, and a link to all of them. */
export const LatestDocumentsCard = () => {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, loading, error, refetch } = useMyDocuments(LATEST_DOCUMENTS);
  const download = useDocumentDownload();
  const documents = data?.documents.nodes;

  return (
    <HomeCard
      id="latest-documents"
      testId="home-documents"
      icon={<IconFiles size={20} />}
      title={t('home.documentsTitle')}
      loading={!documents && loading}
      loadingLabel={t('documents.loading')}
      skeleton={[
        { height: 18, width: '80%' },
        { height: 18, width: '65%' },
      ]}
      error={!documents && !loading && error ? t('home.documentsLoadError') : null}
      onRetry={() => void refetch()}
      link={{ to: '/documents', label: t('home.documentsLink'), testId: 'home-documents-link' }}
    >
      {documents && documents.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="home-documents-empty">
          {t('home.documentsEmpty')}
        </Text>
      )}

      {documents && documents.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {documents.map((document) => (
            <Group
              key={document.id}
              component="li"
              gap="sm"
              wrap="nowrap"
              justify="space-between"
              data-testid="home-document"
            >
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <ThemeIcon variant="light" color="gray" size={32} radius="md" aria-hidden>
                  {documentKindIcon(document.kind, 18)}
                </ThemeIcon>
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                    {document.title}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('home.documentMeta', {
                      kind: t(`documents.kinds.${document.kind}`),
                      date: format.date(document.createdAt),
                    })}
                  </Text>
                </div>
              </Group>
              <DownloadButton document={document} download={download} compact />
            </Group>
          ))}
        </Stack>
      )}
    </HomeCard>
  );
};
