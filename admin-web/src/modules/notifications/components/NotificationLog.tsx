import { Badge, EmptyState, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderNotificationLogQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/intl';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { STATUS_COLORS } from '../channels';
import { ChannelLabel } from './ChannelLabel';

export type NotificationLogEntry = NonNullable<
  WorkOrderNotificationLogQuery['workOrder']
>['notificationLog'][number];

export interface NotificationLogProps {
  entries: readonly NotificationLogEntry[];
  now: number;
  locale: string;
  /** The property's zone, for absolute times. */
  timeZone?: string;
}

function DeliveryNote({
  entry,
  now,
  locale,
  timeZone,
}: { entry: NotificationLogEntry } & Omit<NotificationLogProps, 'entries'>) {
  const { t } = useTranslation();
  const held = entry.sendAfter && entry.status === 'PENDING' && Date.parse(entry.sendAfter) > now;
  if (!held && !entry.lastError && !entry.sentAt) {
    return (
      <Text size="sm" c="dimmed">
        {t('notifications.log.none')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {held && entry.sendAfter && (
        <Text size="sm" c="orange.8" data-testid="notification-held">
          {t('notifications.log.heldUntil', { date: formatDateTime(entry.sendAfter, locale, timeZone) })}
        </Text>
      )}
      {entry.lastError && (
        <Tooltip label={entry.lastError} withArrow multiline maw={360}>
          <Text size="xs" c="red.7" lineClamp={2} data-testid="notification-error">
            {entry.lastError}
          </Text>
        </Tooltip>
      )}
      {entry.sentAt && !entry.lastError && (
        <Text size="xs" c="dimmed">
          {t('notifications.log.sentAt', { date: formatDateTime(entry.sentAt, locale, timeZone) })}
        </Text>
      )}
    </Stack>
  );
}

/** Every notification a work order caused: who, how, which text, and whether it got there. */
export function NotificationLog({ entries, now, locale, timeZone }: NotificationLogProps) {
  const { t } = useTranslation();
  if (entries.length === 0) {
    return (
      <EmptyState
        icon={<IconMailOff size={24} aria-hidden />}
        title={t('notifications.log.empty.title')}
        description={t('notifications.log.empty.description')}
        py="lg"
        data-testid="notification-log-empty"
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing={6} fz="sm" striped data-testid="notification-log">
        <Table.Caption>{t('notifications.log.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('notifications.log.when')}</Table.Th>
            <Table.Th>{t('notifications.log.recipient')}</Table.Th>
            <Table.Th>{t('notifications.log.channel')}</Table.Th>
            <Table.Th>{t('notifications.log.template')}</Table.Th>
            <Table.Th>{t('notifications.log.status')}</Table.Th>
            <Table.Th ta="right">{t('notifications.log.attempts')}</Table.Th>
            <Table.Th>{t('notifications.log.delivery')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr
              key={entry.id}
              data-testid="notification-log-row"
              data-status={entry.status}
              data-channel={entry.channel}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RelativeTime iso={entry.createdAt} now={now} />
              </Table.Td>
              <Table.Td maw={200}>
                {entry.recipient ? (
                  <>
                    <Text size="sm" truncate>
                      {entry.recipient.name}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {entry.recipient.email}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('notifications.log.unknownRecipient')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ChannelLabel channel={entry.channel} />
              </Table.Td>
              <Table.Td>{t(`notifications.template.${entry.template}`)}</Table.Td>
              <Table.Td>
                <Badge
                  color={STATUS_COLORS[entry.status]}
                  variant="light"
                  radius="sm"
                  style={{ overflow: 'visible' }}
                  miw="fit-content"
                >
                  {t(`notifications.status.${entry.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{entry.attempts}</Table.Td>
              <Table.Td maw={260}>
                <DeliveryNote entry={entry} now={now} locale={locale} timeZone={timeZone} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
