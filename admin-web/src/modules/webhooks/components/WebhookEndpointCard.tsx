import { ActionIcon, Badge, Button, Collapse, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type {
  WebhookDeliveryFieldsFragment,
  WebhookEndpointFieldsFragment,
} from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/intl';
import { DeliveryLog } from './DeliveryLog';
import { DELIVERY_STATUS_COLORS } from './event-kinds';

export interface WebhookEndpointCardProps {
  endpoint: WebhookEndpointFieldsFragment;
  locale: string;
  now: number;
  expanded: boolean;
  onToggle: () => void;
  redelivering: string | null;
  onRedeliver: (delivery: WebhookDeliveryFieldsFragment) => void;
  onDelete: () => void;
}

export function WebhookEndpointCard({
  endpoint,
  locale,
  now,
  expanded,
  onToggle,
  redelivering,
  onRedeliver,
  onDelete,
}: WebhookEndpointCardProps) {
  const { t } = useTranslation();
  const latest = endpoint.deliveries[0];
  const logId = `webhook-deliveries-${endpoint.id}`;
  return (
    <Paper withBorder radius="md" p="md" data-testid="webhook-row">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} miw={0}>
            <Group gap="xs" wrap="nowrap">
              <Text fw={600} ff="monospace" size="sm" truncate title={endpoint.url}>
                {endpoint.url}
              </Text>
              <Badge color={endpoint.active ? 'teal' : 'gray'} variant="light" radius="sm">
                {t(endpoint.active ? 'webhooks.active' : 'webhooks.inactive')}
              </Badge>
            </Group>
            {endpoint.description && (
              <Text size="sm" c="dimmed">
                {endpoint.description}
              </Text>
            )}
            <Group gap={4}>
              {endpoint.eventKinds.length === 0 ? (
                <Badge variant="outline" color="gray" radius="sm" size="sm">
                  {t('webhooks.allEvents')}
                </Badge>
              ) : (
                endpoint.eventKinds.map((kind) => (
                  <Badge
                    key={kind}
                    variant="light"
                    color="gray"
                    radius="sm"
                    size="sm"
                    tt="none"
                    ff="monospace"
                  >
                    {kind}
                  </Badge>
                ))
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {t('webhooks.createdOn', { date: formatDateTime(endpoint.createdAt, locale) })}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            {latest && (
              <Badge color={DELIVERY_STATUS_COLORS[latest.status]} variant="dot" radius="sm">
                {t(`webhooks.deliveryStatus.${latest.status}`)}
              </Badge>
            )}
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={
                expanded ? (
                  <IconChevronDown size={16} aria-hidden />
                ) : (
                  <IconChevronRight size={16} aria-hidden />
                )
              }
              onClick={onToggle}
              aria-expanded={expanded}
              aria-controls={logId}
              data-testid="webhook-toggle-deliveries"
            >
              {expanded
                ? t('webhooks.hideDeliveries')
                : t('webhooks.showDeliveries', { count: endpoint.deliveries.length })}
            </Button>
            <Tooltip label={t('common.delete')} withArrow>
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={onDelete}
                aria-label={t('webhooks.deleteNamed', { url: endpoint.url })}
                data-testid="webhook-delete"
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <Collapse expanded={expanded} id={logId}>
          <DeliveryLog
            deliveries={endpoint.deliveries}
            locale={locale}
            now={now}
            redelivering={redelivering}
            onRedeliver={onRedeliver}
          />
        </Collapse>
      </Stack>
    </Paper>
  );
}
