import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTimeWindow } from '../../../shared/format/intl';

export interface WindowLike {
  startsAt: string;
  endsAt: string;
}

export interface WindowChoicesProps {
  label: string;
  windows: readonly WindowLike[];
  locale: string;
  timeZone: string | undefined;
  emptyText?: string;
  highlight?: boolean;
  testId?: string;
  onUse: (window: WindowLike) => void;
}

/** Windows the tenant gave (availability or proposed), each one click from being the appointment. */
export function WindowChoices({
  label,
  windows,
  locale,
  timeZone,
  emptyText,
  highlight,
  testId,
  onUse,
}: WindowChoicesProps) {
  const { t } = useTranslation();
  if (windows.length === 0 && !emptyText) return null;
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="xs" fw={600} c={highlight ? 'orange.8' : 'dimmed'} tt="uppercase" lts={0.4}>
        {label}
      </Text>
      {windows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Stack gap={4}>
          {windows.map((window) => {
            const text = formatTimeWindow(window.startsAt, window.endsAt, locale, timeZone);
            return (
              <Group
                key={`${window.startsAt}-${window.endsAt}`}
                gap="xs"
                justify="space-between"
                wrap="nowrap"
              >
                <Text size="sm">{text}</Text>
                <Button
                  size="compact-xs"
                  variant={highlight ? 'light' : 'subtle'}
                  color={highlight ? 'orange' : 'indigo'}
                  leftSection={<IconCalendarPlus size={12} aria-hidden />}
                  onClick={() => onUse(window)}
                  aria-label={t('dispatch.schedule.useWindowNamed', { window: text })}
                >
                  {t('dispatch.schedule.useWindow')}
                </Button>
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
