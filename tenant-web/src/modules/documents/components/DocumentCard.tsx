import { Card, Group, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';
import type { DocumentDownload } from '../hooks/useDocumentDownload';
import { documentKindIcon } from './document-kind';
import { DownloadButton } from './DownloadButton';

export interface DocumentCardProps {
  document: DocumentFieldsFragment;
  download: DocumentDownload;
}

/** "PDF", "Image" or "File": what the tenant's phone will open. */
export const fileTypeKey = (contentType: string): 'documents.pdf' | 'documents.image' | 'documents.file' =>
  contentType === 'application/pdf'
    ? 'documents.pdf'
    : contentType.startsWith('image/')
      ? 'documents.image'
      : 'documents.file';

/** One document: its kind, title, unit and date, the file's type and size, and a download button. */
export const DocumentCard = ({ document, download }: DocumentCardProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const titleId = `document-${document.id}-title`;
  return (
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="article"
      aria-labelledby={titleId}
      data-testid="document"
      data-kind={document.kind}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size={40} radius="md" aria-hidden style={{ flexShrink: 0 }}>
            {documentKindIcon(document.kind, 22)}
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" fw={700} c="teal.9" data-testid="document-kind">
              {t(`documents.kinds.${document.kind}`)}
            </Text>
            <Text
              component="h2"
              fw={700}
              fz="lg"
              lh={1.3}
              id={titleId}
              style={{ overflowWrap: 'anywhere' }}
              data-testid="document-title"
            >
              {document.title}
            </Text>
            <Text size="sm" c="dimmed">
              {t('documents.meta', {
                unit: document.unit.label,
                date: format.date(document.createdAt),
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('documents.fileMeta', {
                type: t(fileTypeKey(document.file.contentType)),
                size: format.fileSize(document.file.size),
              })}
            </Text>
          </Stack>
        </Group>
        <Group justify="flex-end">
          <DownloadButton document={document} download={download} />
        </Group>
      </Stack>
    </Card>
  );
};

export const DocumentCardSkeleton = () => (
  <Card withBorder radius="lg" padding="md" aria-hidden>
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Skeleton height={40} width={40} radius="md" />
      <Stack gap={8} style={{ flex: 1 }}>
        <Skeleton height={14} width="30%" />
        <Skeleton height={20} width="80%" />
        <Skeleton height={14} width="55%" />
      </Stack>
    </Group>
  </Card>
);
