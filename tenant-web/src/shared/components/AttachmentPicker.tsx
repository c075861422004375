import { ActionIcon, Button, Group, Image, Paper, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconCamera,
  IconCloudOff,
  IconPaperclip,
  IconPhoto,
  IconRefresh,
  IconVideo,
  IconX,
} from '@tabler/icons-react';
import { useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../format';
import type { UploadItem, Uploads } from '../hooks/useUploads';

export interface AttachmentPickerProps {
  uploads: Uploads;
  label: string;
  /** Shown under the rows (e.g. a server complaint about the attachments). */
  error?: string;
  disabled?: boolean;
}

const ACCEPT = 'image/*,video/*';
/** Longer in French or Dutch: a button's label wraps rather than overflowing a phone's width. */
const WRAPPING_LABEL = { label: { whiteSpace: 'normal', textAlign: 'center' } } as const;
const THUMB = 48;

const Thumbnail = ({ item }: { item: UploadItem }) => {
  const [broken, setBroken] = useState(false);
  if (item.previewUrl && !broken) {
    return (
      <Image
        src={item.previewUrl}
        alt=""
        w={THUMB}
        h={THUMB}
        radius="sm"
        fit="cover"
        onError={() => setBroken(true)}
        style={{ flexShrink: 0 }}
      />
    );
  }
  return (
    <ThemeIcon size={THUMB} radius="sm" variant="light" color="gray" style={{ flexShrink: 0 }}>
      {item.kind === 'video' ? <IconVideo size={24} aria-hidden /> : <IconPhoto size={24} aria-hidden />}
    </ThemeIcon>
  );
};

const UploadRow = ({ item, uploads }: { item: UploadItem; uploads: Uploads }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Paper withBorder radius="md" p="xs" data-testid="upload-row" data-status={item.status}>
      <Group gap="sm" wrap="nowrap" align="center">
        <Thumbnail item={item} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={600} truncate="end" title={item.name}>
            {item.name}
          </Text>
          {item.status === 'error' ? (
            <Text size="xs" c="red.8" role="alert">
              {item.error}
            </Text>
          ) : item.status === 'offline' ? (
            <Group gap={4} wrap="nowrap" align="flex-start" c="blue.9">
              <IconCloudOff size={14} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="xs">{t('uploads.offline')}</Text>
            </Group>
          ) : (
            <>
              <Progress
                value={item.progress}
                size="sm"
                color={item.status === 'done' ? 'teal' : undefined}
                striped={item.status === 'pending'}
                animated={item.status === 'pending'}
                aria-label={t('uploads.progressLabel', { name: item.name })}
              />
              <Text size="xs" c="dimmed">
                {item.status === 'done'
                  ? item.size !== null
                    ? t('uploads.doneSize', { size: format.fileSize(item.size) })
                    : t('uploads.done')
                  : t('uploads.uploading', { progress: item.progress })}
              </Text>
            </>
          )}
        </Stack>
        {(item.status === 'error' || item.status === 'offline') && item.file && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={() => uploads.retry(item.key)}
          >
            {t('uploads.retry')}
          </Button>
        )}
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          onClick={() => uploads.remove(item.key)}
          aria-label={t('uploads.remove', { name: item.name })}
        >
          <IconX size={18} aria-hidden />
        </ActionIcon>
      </Group>
    </Paper>
  );
};

/**
 * Photos and videos for a form: choose, drop or (on a phone) take them; each is uploaded at once, with its
 * progress, a retry when it failed and a way to take it back out.
 */
export const AttachmentPicker = ({ uploads, label, error, disabled = false }: AttachmentPickerProps) => {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const cameraRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const touch = useMediaQuery('(pointer: coarse)') ?? false;
  const labelId = useId();
  const full = uploads.items.length >= uploads.max;
  const blocked = disabled || full;

  const onFiles = (event: ChangeEvent<HTMLInputElement>): void => {
    const files = event.currentTarget.files;
    if (files && files.length > 0) uploads.add(files);
    // The same file can be chosen again after a removal.
    event.currentTarget.value = '';
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
    if (blocked || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const onDragLeave = (event: DragEvent<HTMLDivElement>): void => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setDragging(false);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    if (!blocked && event.dataTransfer.files.length > 0) uploads.add(event.dataTransfer.files);
  };

  return (
    <Stack gap="xs" role="group" aria-labelledby={labelId} data-testid="attachment-picker">
      <Text id={labelId} size="sm" fw={500}>
        {label}
      </Text>
      <Paper
        withBorder
        radius="md"
        p="md"
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
        data-dragging={dragging || undefined}
        style={{
          borderStyle: 'dashed',
          borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined,
          background: dragging ? 'var(--mantine-primary-color-light)' : undefined,
        }}
      >
        <Stack gap="xs" align="center">
          <Text size="sm" c="dimmed" ta="center">
            {dragging ? t('uploads.dropHere') : t('uploads.hint', { max: uploads.max })}
          </Text>
          <Group gap="xs" justify="center">
            <Button
              variant="light"
              mih={44}
              h="auto"
              py={6}
              styles={WRAPPING_LABEL}
              leftSection={<IconPaperclip size={18} aria-hidden />}
              onClick={() => inputRef.current?.click()}
              disabled={blocked}
            >
              {t('uploads.choose')}
            </Button>
            {touch && (
              <Button
                variant="light"
                mih={44}
                h="auto"
                py={6}
                styles={WRAPPING_LABEL}
                leftSection={<IconCamera size={18} aria-hidden />}
                onClick={() => cameraRef.current?.click()}
                disabled={blocked}
              >
                {t('uploads.takePhoto')}
              </Button>
            )}
          </Group>
        </Stack>
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          multiple
          hidden
          onChange={onFiles}
          disabled={blocked}
          aria-label={t('uploads.choose')}
          data-testid="attachment-input"
        />
        <input
          ref={cameraRef}
          type="file"
          accept="image/*"
          capture="environment"
          hidden
          onChange={onFiles}
          disabled={blocked}
          aria-label={t('uploads.takePhoto')}
        />
      </Paper>
      {uploads.items.length > 0 && (
        <Stack gap="xs" aria-live="polite">
          {uploads.items.map((item) => (
            <UploadRow key={item.key} item={item} uploads={uploads} />
          ))}
        </Stack>
      )}
      {(full || uploads.overLimit) && (
        <Text
          size="xs"
          c={uploads.overLimit ? 'red.8' : 'dimmed'}
          role={uploads.overLimit ? 'alert' : undefined}
        >
          {t('uploads.limit', { max: uploads.max })}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
};
