import { Anchor, Button, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChevronRight, IconFiles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
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
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="section"
      aria-labelledby="latest-documents-title"
      data-testid="home-documents"
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" size={32} radius="md" aria-hidden>
            <IconFiles size={20} />
          </ThemeIcon>
          <Title order={2} fz="h4" id="latest-documents-title">
            {t('home.documentsTitle')}
          </Title>
        </Group>

        {!documents && loading && (
          <Stack gap="xs" aria-busy="true" aria-label={t('documents.loading')}>
            <Skeleton height={18} width="80%" />
            <Skeleton height={18} width="65%" />
          </Stack>
        )}

        {!documents && !loading && error && (
          <Group gap="xs" justify="space-between">
            <Text size="sm" role="alert">
              {t('home.documentsLoadError')}
            </Text>
            <Button variant="subtle" size="sm" onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          </Group>
        )}

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

        <Anchor
          component={Link}
          to="/documents"
          fw={600}
          mih={44}
          style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
          data-testid="home-documents-link"
        >
          {t('home.documentsLink')}
          <IconChevronRight size={16} aria-hidden />
        </Anchor>
      </Stack>
    </Card>
  );
};
