import { Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconReportMoney } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HomeCard } from '../../../shared/components/HomeCard';
import { useFormatters } from '../../../shared/format';
import { absolute, balanceState, useMoney, useRentLedger } from '../hooks/useRentLedger';
import { OverdueBadge } from './OverdueBadge';

/** The home page's card: what is due next and when (overdue said in words), or "all paid"; hidden without a lease. */
export const NextRentCard = () => {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = useMoney();
  const { data, loading, error, refetch } = useRentLedger();
  const ledger = data?.rentLedger;

  // No lease on file: nothing to show (the rent page explains).
  if (ledger === null) return null;

  const nextDue = ledger?.nextDue ?? null;
  const overdue = nextDue?.overdue ?? false;

  return (
    <HomeCard
      id="next-rent"
      testId="home-rent"
      icon={<IconReportMoney size={20} />}
      title={t('home.rentTitle')}
      loading={!ledger && loading}
      loadingLabel={t('rent.loading')}
      skeleton={[
        { height: 28, width: '45%' },
        { height: 16, width: '60%' },
      ]}
      error={!ledger && !loading && error ? t('home.rentLoadError') : null}
      onRetry={() => void refetch()}
      link={ledger ? { to: '/rent', label: t('home.rentLink'), testId: 'home-rent-link' } : null}
      attributes={{ 'data-overdue': overdue || undefined }}
      style={overdue ? { borderLeft: '5px solid var(--mantine-color-red-7)' } : undefined}
    >
      {ledger && nextDue && (
        <Stack gap={6}>
          <Text fz={28} fw={800} lh={1.2} data-testid="home-rent-amount">
            {money(nextDue.amount)}
          </Text>
          {overdue ? (
            <Group gap="xs" wrap="wrap">
              <OverdueBadge />
              <Text fw={600} c="red.9" data-testid="home-rent-date">
                <time dateTime={nextDue.dueOn}>{t('rent.wasDue', { date: format.day(nextDue.dueOn) })}</time>
              </Text>
            </Group>
          ) : (
            <Text fw={600} data-testid="home-rent-date">
              <time dateTime={nextDue.dueOn}>{t('rent.dueOn', { date: format.day(nextDue.dueOn) })}</time>
            </Text>
          )}
        </Stack>
      )}

      {ledger && !nextDue && (
        <Group gap="xs" wrap="nowrap" align="flex-start" c="teal.9" data-testid="home-rent-paid">
          <IconCircleCheck size={22} aria-hidden style={{ flexShrink: 0 }} />
          <Text fw={600}>
            {balanceState(ledger.balance) === 'credit'
              ? t('rent.creditBody', { amount: money(absolute(ledger.balance)) })
              : t('home.rentAllPaid')}
          </Text>
        </Group>
      )}
    </HomeCard>
  );
};
