import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TenantMessageFragment } from '../../../generated/graphql';
import { AttachmentGallery } from '../../../shared/components/AttachmentGallery';
import { useFormatters } from '../../../shared/format';

export interface ConversationMessageProps {
  message: TenantMessageFragment;
  /** Written by the tenant: shown on the right, as "You". */
  own: boolean;
}

export const ConversationMessage = ({ message, own }: ConversationMessageProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Paper
      component="article"
      p="sm"
      radius="lg"
      maw="88%"
      bg={own ? 'teal.0' : 'gray.0'}
      withBorder
      style={{ alignSelf: own ? 'flex-end' : 'flex-start' }}
      data-testid="tenant-message"
      data-own={own || undefined}
    >
      <Stack gap={4}>
        <Group gap={6} wrap="wrap" align="baseline">
          <Text size="sm" fw={700}>
            {own ? t('messages.you') : message.author.name}
          </Text>
          {!own && (
            <Text size="sm" c="dimmed">
              {t(`roles.${message.author.role}`)}
            </Text>
          )}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</Text>
        <AttachmentGallery attachments={message.attachments} size={72} />
        <Text component="time" size="xs" c="dimmed" dateTime={message.createdAt}>
          {format.dateTime(message.createdAt)}
        </Text>
      </Stack>
    </Paper>
  );
};
