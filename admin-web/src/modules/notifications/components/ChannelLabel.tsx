import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NotificationChannel } from '../../../generated/graphql';
import { CHANNEL_ICONS } from '../channels';

/** A channel's icon and name ("✉ Email"). */
export function ChannelLabel({ channel }: { channel: NotificationChannel }) {
  const { t } = useTranslation();
  const Icon = CHANNEL_ICONS[channel];
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={16} aria-hidden />
      <Text size="sm" span>
        {t(`notifications.channel.${channel}`)}
      </Text>
    </Group>
  );
}
