import { Alert, Card, Group, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconAlertTriangleFilled,
  IconCalendarDue,
  IconCircleCheck,
  IconPigMoney,
  IconReceipt2,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MyRentLedgerQuery } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';
import { absolute, balanceState, useMoney } from '../hooks/useRentLedger';
import { OverdueBadge } from './OverdueBadge';

export type RentLedgerData = NonNullable<MyRentLedgerQuery['rentLedger']>;

export interface RentSummaryProps {
  ledger: RentLedgerData;
}

/** The balance (owed, in credit, or all paid), what is overdue, and the next payment due. */
export const RentSummary = ({ ledger }: RentSummaryProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = useMoney();
  const state = balanceState(ledger.balance);
  const { nextDue } = ledger;

  return (
    <Stack gap="md">
      {ledger.overdue.amountCents > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangleFilled aria-hidden />}
          title={t('rent.overdueTitle')}
          data-testid="rent-overdue"
          styles={{ root: { borderLeft: '4px solid var(--mantine-color-red-7)' } }}
        >
          {t('rent.overdueBody', { amount: money(ledger.overdue) })}
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Card withBorder radius="lg" padding="md" data-testid="rent-balance" data-state={state}>
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap">
              <ThemeIcon variant="light" size={28} radius="md" aria-hidden>
                {state === 'paid' ? <IconCircleCheck size={18} /> : <IconPigMoney size={18} />}
              </ThemeIcon>
              <Text size="sm" fw={700} c="dimmed">
                {t('rent.balanceLabel')}
              </Text>
            </Group>
            {state === 'paid' ? (
              <>
                <Text fz={24} fw={800} lh={1.25} c="teal.9">
                  {t('rent.allPaid')}
                </Text>
                <Text size="sm">{t('rent.allPaidBody')}</Text>
              </>
            ) : (
              <>
                <Text fz={24} fw={800} lh={1.25} data-testid="rent-balance-amount">
                  {money(absolute(ledger.balance))}
                </Text>
                <Text size="sm" fw={600} c={state === 'credit' ? 'teal.9' : undefined}>
                  {state === 'owed' ? t('rent.owed') : t('rent.credit')}
                </Text>
              </>
            )}
          </Stack>
        </Card>

        <Card
          withBorder
          radius="lg"
          padding="md"
          data-testid="rent-next-due"
          data-overdue={nextDue?.overdue || undefined}
          style={nextDue?.overdue ? { borderLeft: '5px solid var(--mantine-color-red-7)' } : undefined}
        >
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap">
              <ThemeIcon variant="light" size={28} radius="md" aria-hidden>
                {nextDue ? <IconCalendarDue size={18} /> : <IconReceipt2 size={18} />}
              </ThemeIcon>
              <Text size="sm" fw={700} c="dimmed">
                {t('rent.nextDueLabel')}
              </Text>
            </Group>
            {nextDue ? (
              <>
                <Text fz={24} fw={800} lh={1.25} data-testid="rent-next-amount">
                  {money(nextDue.amount)}
                </Text>
                <Group gap="xs" wrap="wrap">
                  {nextDue.overdue && <OverdueBadge />}
                  <Text size="sm" fw={600} c={nextDue.overdue ? 'red.9' : undefined}>
                    <time dateTime={nextDue.dueOn}>
                      {nextDue.overdue
                        ? t('rent.wasDue', { date: format.day(nextDue.dueOn) })
                        : t('rent.dueOn', { date: format.day(nextDue.dueOn) })}
                    </time>
                  </Text>
                </Group>
              </>
            ) : (
              <Text size="sm">{t('rent.nothingDue')}</Text>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
};
