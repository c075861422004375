import { Badge, Button, Code, Table, Text, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WebhookDeliveryFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/intl';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { DELIVERY_STATUS_COLORS } from './event-kinds';

export interface DeliveryLogProps {
  deliveries: readonly WebhookDeliveryFieldsFragment[];
  locale: string;
  now: number;
  /** The delivery being sent again, if any. */
  redelivering: string | null;
  onRedeliver: (delivery: WebhookDeliveryFieldsFragment) => void;
}

export function DeliveryLog({ deliveries, locale, now, redelivering, onRedeliver }: DeliveryLogProps) {
  const { t } = useTranslation();
  if (deliveries.length === 0)
    return (
      <Text size="sm" c="dimmed" py="sm">
        {t('webhooks.noDeliveries')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={6} fz="sm" striped data-testid="delivery-log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('webhooks.columns.event')}</Table.Th>
            <Table.Th>{t('webhooks.columns.status')}</Table.Th>
            <Table.Th ta="right">{t('webhooks.columns.attempts')}</Table.Th>
            <Table.Th>{t('webhooks.columns.response')}</Table.Th>
            <Table.Th>{t('webhooks.columns.created')}</Table.Th>
            <Table.Th>{t('webhooks.columns.lastAttempt')}</Table.Th>
            <Table.Th>{t('webhooks.columns.next')}</Table.Th>
            <Table.Th aria-label={t('common.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((delivery) => (
            <Table.Tr key={delivery.id} data-testid="delivery-row" data-status={delivery.status}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {delivery.eventKind}
                </Text>
                <Tooltip label={delivery.deliveryId} withArrow>
                  <Text size="xs" c="dimmed" ff="monospace" truncate maw={160}>
                    {delivery.deliveryId}
                  </Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                <Badge color={DELIVERY_STATUS_COLORS[delivery.status]} variant="light" radius="sm">
                  {t(`webhooks.deliveryStatus.${delivery.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{delivery.attempts}</Table.Td>
              <Table.Td maw={260}>
                {delivery.lastStatusCode !== null && <Code>{delivery.lastStatusCode}</Code>}
                {delivery.lastError && (
                  <Tooltip label={delivery.lastError} withArrow multiline maw={360}>
                    <Text size="xs" c="red.7" lineClamp={2}>
                      {delivery.lastError}
                    </Text>
                  </Tooltip>
                )}
                {delivery.lastStatusCode === null && !delivery.lastError && (
                  <Text size="sm" c="dimmed">
                    {t('webhooks.none')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <RelativeTime iso={delivery.createdAt} now={now} />
              </Table.Td>
              <Table.Td>
                {delivery.lastAttemptAt ? (
                  <RelativeTime iso={delivery.lastAttemptAt} now={now} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('webhooks.none')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={delivery.deliveredAt ? undefined : 'dimmed'}>
                  {delivery.deliveredAt
                    ? t('webhooks.deliveredAt', { date: formatDateTime(delivery.deliveredAt, locale) })
                    : delivery.nextAttemptAt
                      ? t('webhooks.nextAt', { date: formatDateTime(delivery.nextAttemptAt, locale) })
                      : t('webhooks.none')}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="compact-xs"
                  variant="light"
                  leftSection={<IconRefresh size={14} aria-hidden />}
                  loading={redelivering === delivery.id}
                  disabled={redelivering !== null && redelivering !== delivery.id}
                  onClick={() => onRedeliver(delivery)}
                  aria-label={t('webhooks.redeliverNamed', { id: delivery.deliveryId })}
                  data-testid="delivery-redeliver"
                >
                  {t('webhooks.redeliver')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
