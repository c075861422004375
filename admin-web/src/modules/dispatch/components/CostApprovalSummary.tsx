import { Alert, Group, Stack, Table, Text } from '@mantine/core';
import { IconBellRinging, IconLock, IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionWorkOrderFragment } from '../../../generated/graphql';
import { formatDateTime, formatMoney } from '../../../shared/format/intl';
import { ApprovalStateBadge } from './ApprovalStateBadge';

export type CostApproval = NonNullable<ActionWorkOrderFragment['costApproval']>;

export interface CostApprovalSummaryProps {
  costApproval: CostApproval;
  locale: string;
  timeZone: string | undefined;
  /** Hide who submitted/decided (e.g. in the dialog that just submitted it). */
  compact?: boolean;
}

/** The estimate, its line items, the approval rule that applied, and who decided. */
export function CostApprovalSummary({ costApproval, locale, timeZone, compact }: CostApprovalSummaryProps) {
  const { t } = useTranslation();
  const { estimate, lineItems } = costApproval;
  return (
    <Stack gap="sm" data-testid="cost-approval">
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
            {t('costs.estimate')}
          </Text>
          <Text
            size="xl"
            fw={700}
            data-testid="estimate-amount"
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {formatMoney(estimate, locale)}
          </Text>
        </div>
        <ApprovalStateBadge state={costApproval.state} size="md" />
      </Group>

      {lineItems.length > 0 && (
        <Table
          withTableBorder
          verticalSpacing={4}
          horizontalSpacing="sm"
          fz="sm"
          aria-label={t('costs.lineItems')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('costs.item')}</Table.Th>
              <Table.Th ta="right">{t('costs.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lineItems.map((item, index) => (
              <Table.Tr key={`${index}-${item.description}`}>
                <Table.Td>{item.description}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatMoney(item.amount, locale)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconScale size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="sm" data-testid="approval-rule">
          <Text span size="sm" c="dimmed">
            {t('costs.rule')}:{' '}
          </Text>
          {costApproval.rule}
        </Text>
      </Group>
      {costApproval.ownerNotified && (
        <Group gap={6} wrap="nowrap">
          <IconBellRinging size={16} aria-hidden />
          <Text size="sm">{t('costs.ownerNotified')}</Text>
        </Group>
      )}
      {costApproval.blocksScheduling && (
        <Alert color="yellow" variant="light" icon={<IconLock size={16} aria-hidden />} p="xs">
          <Text size="sm">{t('costs.blocksScheduling')}</Text>
        </Alert>
      )}
      {costApproval.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span size="sm" c="dimmed">
            {t('costs.note')}:{' '}
          </Text>
          {costApproval.note}
        </Text>
      )}
      {!compact && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('costs.submitted', {
              who: costApproval.submittedBy?.name ?? t('timeline.system'),
              at: formatDateTime(costApproval.submittedAt, locale, timeZone),
            })}
          </Text>
          {costApproval.decidedAt && (
            <Text size="xs" c="dimmed" data-testid="approval-decided">
              {t(costApproval.state === 'REJECTED' ? 'costs.rejectedBy' : 'costs.approvedBy', {
                who: costApproval.decidedBy?.name ?? t('timeline.system'),
                at: formatDateTime(costApproval.decidedAt, locale, timeZone),
              })}
            </Text>
          )}
          {costApproval.decisionNote && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <Text span size="sm" c="dimmed">
                {t('costs.decisionNote')}:{' '}
              </Text>
              {costApproval.decisionNote}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
