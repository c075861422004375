import { ActionIcon, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFieldsFragment } from '../../../generated/graphql';
import { linkMayHaveExpired, type DocumentDownload } from '../hooks/useDocumentDownload';

export interface DownloadButtonProps {
  document: DocumentFieldsFragment;
  download: DocumentDownload;
  /** An icon-only button (the home card), named for screen readers. */
  compact?: boolean;
}

/**
 * A link to the file, so the phone saves or opens it as it would any download. Its signed link works for
 * 15 minutes: when the one we have may have run out, a click fetches a fresh one first.
 */
export const DownloadButton = ({ document, download, compact = false }: DownloadButtonProps) => {
  const { t } = useTranslation();
  const { url, originalName } = document.file;
  const pending = download.pendingId === document.id;
  const label = t('documents.downloadLabel', { title: document.title });

  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (pending) {
      event.preventDefault();
      return;
    }
    if (!linkMayHaveExpired(url)) return;
    event.preventDefault();
    void download.downloadFresh(document.id, originalName).then((ok) => {
      if (!ok) notifications.show({ color: 'red', message: t('documents.downloadFailed') });
    });
  };

  if (compact) {
    return (
      <ActionIcon
        component="a"
        href={url}
        download={originalName}
        onClick={onClick}
        variant="light"
        size={44}
        radius="md"
        aria-label={label}
        loading={pending}
        data-testid="document-download"
      >
        <IconDownload size={20} aria-hidden />
      </ActionIcon>
    );
  }

  return (
    <Button
      component="a"
      href={url}
      download={originalName}
      onClick={onClick}
      variant="light"
      leftSection={<IconDownload size={20} aria-hidden />}
      aria-label={label}
      loading={pending}
      data-testid="document-download"
    >
      {t('documents.download')}
    </Button>
  );
};
