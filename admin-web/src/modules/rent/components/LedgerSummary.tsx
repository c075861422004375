import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentLedgerFieldsFragment } from '../../../generated/graphql';
import { formatCalendarDate, formatMoney } from '../../../shared/format/intl';

export interface LedgerSummaryProps {
  ledger: RentLedgerFieldsFragment;
  locale: string;
}

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
        {label}
      </Text>
      {children}
    </Paper>
  );
}

/** Balance (owed or credit), what is overdue, and the next charge due. */
export function LedgerSummary({ ledger, locale }: LedgerSummaryProps) {
  const { t } = useTranslation();
  const balance = ledger.balance.amountCents;
  const overdue = ledger.overdue.amountCents;
  const absolute = formatMoney({ ...ledger.balance, amountCents: Math.abs(balance) }, locale);
  return (
    <SimpleGrid cols={3} spacing="sm">
      <Stat label={t('rent.summary.balance')} testId="ledger-balance">
        <Text size="xl" fw={700} data-cents={balance} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {absolute}
        </Text>
        <Text size="xs" c="dimmed">
          {balance > 0
            ? t('rent.summary.owed')
            : balance < 0
              ? t('rent.summary.credit')
              : t('rent.summary.settled')}
        </Text>
      </Stat>
      <Stat label={t('rent.summary.overdue')} testId="ledger-overdue">
        <Text
          size="xl"
          fw={700}
          c={overdue > 0 ? 'red.9' : undefined}
          data-cents={overdue}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {formatMoney(ledger.overdue, locale)}
        </Text>
        {overdue > 0 ? (
          <Group gap={4} c="red.9">
            <IconAlertTriangle size={14} aria-hidden />
            <Text size="xs" fw={600}>
              {t('rent.summary.overdueYes')}
            </Text>
          </Group>
        ) : (
          <Group gap={4} c="teal.9">
            <IconCircleCheck size={14} aria-hidden />
            <Text size="xs">{t('rent.summary.overdueNo')}</Text>
          </Group>
        )}
      </Stat>
      <Stat label={t('rent.summary.nextDue')} testId="ledger-next-due">
        {ledger.nextDue ? (
          <Stack gap={2}>
            <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(ledger.nextDue.amount, locale)}
            </Text>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {t('rent.summary.dueOn', { date: formatCalendarDate(ledger.nextDue.dueOn, locale) })}
              </Text>
              {ledger.nextDue.overdue && (
                <Badge
                  color="red"
                  variant="light"
                  size="xs"
                  radius="sm"
                  tt="none"
                  leftSection={<IconAlertTriangle size={10} aria-hidden />}
                  miw="fit-content"
                >
                  {t('rent.summary.late')}
                </Badge>
              )}
            </Group>
          </Stack>
        ) : (
          <>
            <Text size="xl" fw={700}>
              —
            </Text>
            <Text size="xs" c="dimmed">
              {t('rent.summary.nothingDue')}
            </Text>
          </>
        )}
      </Stat>
    </SimpleGrid>
  );
}
