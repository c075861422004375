import { Anchor, Button, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChevronRight, IconCircleCheck, IconReportMoney } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
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
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="section"
      aria-labelledby="next-rent-title"
      data-testid="home-rent"
      data-overdue={overdue || undefined}
      style={overdue ? { borderLeft: '5px solid var(--mantine-color-red-7)' } : undefined}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" size={32} radius="md" aria-hidden>
            <IconReportMoney size={20} />
          </ThemeIcon>
          <Title order={2} fz="h4" id="next-rent-title">
            {t('home.rentTitle')}
          </Title>
        </Group>

        {!ledger && loading && (
          <Stack gap="xs" aria-busy="true" aria-label={t('rent.loading')}>
            <Skeleton height={28} width="45%" />
            <Skeleton height={16} width="60%" />
          </Stack>
        )}

        {!ledger && !loading && error && (
          <Group gap="xs" justify="space-between">
            <Text size="sm" role="alert">
              {t('home.rentLoadError')}
            </Text>
            <Button variant="subtle" size="sm" onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          </Group>
        )}

        {ledger && nextDue && (
          <Stack gap={6}>
            <Text fz={28} fw={800} lh={1.2} data-testid="home-rent-amount">
              {money(nextDue.amount)}
            </Text>
            {overdue ? (
              <Group gap="xs" wrap="wrap">
                <OverdueBadge />
                <Text fw={600} c="red.9" data-testid="home-rent-date">
                  <time dateTime={nextDue.dueOn}>
                    {t('rent.wasDue', { date: format.day(nextDue.dueOn) })}
                  </time>
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

        {ledger && (
          <Anchor
            component={Link}
            to="/rent"
            fw={600}
            mih={44}
            style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
            data-testid="home-rent-link"
          >
            {t('home.rentLink')}
            <IconChevronRight size={16} aria-hidden />
          </Anchor>
        )}
      </Stack>
    </Card>
  );
};
