import { ActionIcon, Anchor, Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconFileTypePdf, IconPhoto, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ResidentDocumentFieldsFragment } from '../../../generated/graphql';
import { formatBytes, formatDateTime } from '../../../shared/format/intl';

export interface DocumentListProps {
  documents: readonly ResidentDocumentFieldsFragment[];
  locale: string;
  onDelete: (document: ResidentDocumentFieldsFragment) => void;
}

/** A unit's documents, newest first: what, for whom, the file (to download), when, and delete. */
export function DocumentList({ documents, locale, onDelete }: DocumentListProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" data-testid="document-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('documents.columns.document')}</Table.Th>
            <Table.Th>{t('documents.columns.for')}</Table.Th>
            <Table.Th>{t('documents.columns.file')}</Table.Th>
            <Table.Th aria-label={t('common.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((document) => {
            const isPdf = document.file.contentType === 'application/pdf';
            const FileIcon = isPdf ? IconFileTypePdf : IconPhoto;
            return (
              <Table.Tr key={document.id} data-testid="document-row" data-title={document.title}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {document.title}
                    </Text>
                    <Group gap={6}>
                      <Badge variant="light" radius="sm" size="xs" tt="none" miw="fit-content">
                        {t(`documents.kind.${document.kind}`)}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {t('documents.added', { date: formatDateTime(document.createdAt, locale) })}
                      </Text>
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {document.tenancy
                      ? document.tenancy.tenant.name
                      : t('documents.wholeUnit', { unit: document.unit.label })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor
                    href={document.file.url}
                    target="_blank"
                    rel="noopener"
                    size="sm"
                    download={document.file.originalName}
                    aria-label={t('documents.download', {
                      title: document.title,
                      name: document.file.originalName,
                      size: formatBytes(document.file.size, locale),
                    })}
                    data-testid="document-download"
                  >
                    <Group gap={4} wrap="nowrap">
                      <FileIcon size={16} aria-hidden />
                      <Text span size="sm" style={{ wordBreak: 'break-all' }}>
                        {document.file.originalName}
                      </Text>
                      <IconDownload size={14} aria-hidden />
                    </Group>
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatBytes(document.file.size, locale)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Tooltip label={t('documents.delete')} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => onDelete(document)}
                      aria-label={t('documents.deleteNamed', { title: document.title })}
                      data-testid="document-delete"
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
