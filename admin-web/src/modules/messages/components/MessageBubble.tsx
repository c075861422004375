import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ThreadMessageFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/intl';
import { AttachmentGallery } from '../../../shared/ui/AttachmentGallery';

export interface MessageBubbleProps {
  message: ThreadMessageFragment;
  /** Written by the viewer: shown on the right. */
  own: boolean;
  locale: string;
  /** The property's time zone. */
  timeZone: string | undefined;
}

/** One message of a thread; an internal note is yellow, with a lock and the words "Internal note". */
export function MessageBubble({ message, own, locale, timeZone }: MessageBubbleProps) {
  const { t } = useTranslation();
  const background = message.internal
    ? 'var(--mantine-color-yellow-1)'
    : own
      ? 'var(--mantine-color-indigo-0)'
      : 'var(--mantine-color-gray-0)';
  const border = message.internal ? 'var(--mantine-color-yellow-5)' : 'var(--mantine-color-gray-3)';
  return (
    <Paper
      component="article"
      p="sm"
      radius="md"
      maw="85%"
      style={{
        alignSelf: own ? 'flex-end' : 'flex-start',
        background,
        border: `1px solid ${border}`,
      }}
      data-testid="message"
      data-internal={message.internal ? 'true' : 'false'}
      data-own={own || undefined}
    >
      <Stack gap={4}>
        {message.internal && (
          <Group gap={4} wrap="nowrap">
            <IconLock size={14} aria-hidden color="var(--mantine-color-dark-6)" />
            <Text size="xs" fw={700} c="dark.6" tt="uppercase">
              {t('messages.internalNote')}
            </Text>
          </Group>
        )}
        <Group gap={6} wrap="wrap" align="baseline">
          <Text size="sm" fw={600}>
            {message.author.name}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`role.${message.author.role}`)}
          </Text>
          <Text component="time" size="xs" c="dimmed" dateTime={message.createdAt}>
            {formatDateTime(message.createdAt, locale, timeZone)}
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {message.body}
        </Text>
        <AttachmentGallery attachments={message.attachments} size={72} />
      </Stack>
    </Paper>
  );
}
