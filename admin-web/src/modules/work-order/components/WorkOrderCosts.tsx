import { Divider, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { IconReceipt2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetailQuery } from '../../../generated/graphql';
import { formatMoney } from '../../../shared/format/intl';
import { CostApprovalSummary } from '../../dispatch/components/CostApprovalSummary';

type Detail = NonNullable<WorkOrderDetailQuery['workOrder']>;

export interface WorkOrderCostsProps {
  workOrder: Pick<Detail, 'costApproval' | 'actualCost' | 'status'>;
  locale: string;
  timeZone: string | undefined;
}

/** The Costs tab: estimate, line items, approval (state, rule, who decided), and the actual cost. */
export function WorkOrderCosts({ workOrder, locale, timeZone }: WorkOrderCostsProps) {
  const { t } = useTranslation();
  const { costApproval, actualCost } = workOrder;

  if (!costApproval && !actualCost) {
    return (
      <EmptyState
        size="sm"
        icon={<IconReceipt2 size={20} aria-hidden />}
        title={t('costs.empty.title')}
        description={t('costs.empty.description')}
        py="lg"
        data-testid="costs-empty"
      />
    );
  }

  const difference =
    costApproval && actualCost && costApproval.estimate.currency === actualCost.currency
      ? actualCost.amountCents - costApproval.estimate.amountCents
      : null;

  return (
    <Stack gap="lg" data-testid="costs">
      {costApproval ? (
        <CostApprovalSummary costApproval={costApproval} locale={locale} timeZone={timeZone} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('costs.noEstimate')}
        </Text>
      )}
      <Divider />
      <Stack gap={4} component="section" aria-labelledby="actual-cost-heading">
        <Title order={3} size="h6" tt="uppercase" c="dimmed" lts={0.4} id="actual-cost-heading">
          {t('costs.actual')}
        </Title>
        {actualCost ? (
          <Group gap="sm" align="baseline">
            <Text size="lg" fw={700} data-testid="actual-cost" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(actualCost, locale)}
            </Text>
            {difference !== null && difference !== 0 && (
              <Text size="sm" c={difference > 0 ? 'red.7' : 'teal.8'}>
                {t(difference > 0 ? 'costs.overEstimate' : 'costs.underEstimate', {
                  amount: formatMoney(
                    { amountCents: Math.abs(difference), currency: actualCost.currency },
                    locale,
                  ),
                })}
              </Text>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t(
              workOrder.status === 'COMPLETED' || workOrder.status === 'CLOSED'
                ? 'costs.noActual'
                : 'costs.actualLater',
            )}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
