import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ReportDurationStatsFragment } from '../../../generated/graphql';
import { formatHours, formatNumber } from '../../../shared/format/intl';
import { useTranslation } from 'react-i18next';

export interface GroupedStats {
  label: string;
  stats: ReportDurationStatsFragment;
}

export interface DurationTableProps {
  groups: readonly GroupedStats[];
  labelHeader: string;
  locale: string;
  renderLabel?: (label: string) => ReactNode;
  testId?: string;
}

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** Time to close per group: closed orders, average, median and p90 hours. */
export function DurationTable({ groups, labelHeader, locale, renderLabel, testId }: DurationTableProps) {
  const { t } = useTranslation();
  if (groups.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('reports.noRows')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{labelHeader}</Table.Th>
            <Table.Th ta="right">{t('reports.columns.closed')}</Table.Th>
            <Table.Th ta="right">{t('reports.columns.average')}</Table.Th>
            <Table.Th ta="right">{t('reports.columns.median')}</Table.Th>
            <Table.Th ta="right">{t('reports.columns.p90')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.label}>
              <Table.Td>{renderLabel ? renderLabel(group.label) : group.label}</Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatNumber(group.stats.count, locale, 0)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatHours(group.stats.averageHours, locale)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatHours(group.stats.medianHours, locale)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatHours(group.stats.p90Hours, locale)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
