import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/intl';

export interface RepeatAlertProps {
  earlier: readonly { id: string; number: number; title: string; createdAt: string }[];
  locale: string;
  timeZone?: string;
  onOpen: (id: string) => void;
}

/** Same unit, same category within the repeat window: the earlier orders, newest first. */
export function RepeatAlert({ earlier, locale, timeZone, onOpen }: RepeatAlertProps) {
  const { t } = useTranslation();
  if (earlier.length === 0) return null;
  const sorted = earlier.slice().sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconRepeat size={18} aria-hidden />}
      title={t('workOrder.repeat.title')}
      data-testid="repeat-alert"
    >
      <Text size="sm" mb={6}>
        {t('workOrder.repeat.body', { count: earlier.length })}
      </Text>
      <List size="sm" spacing={4}>
        {sorted.map((order) => (
          <List.Item key={order.id}>
            <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onOpen(order.id)}>
              {t('workOrder.number', { number: order.number })}
            </Anchor>{' '}
            {order.title}{' '}
            <Text span size="xs" c="dimmed">
              · {formatDateTime(order.createdAt, locale, timeZone)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
