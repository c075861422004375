import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours, formatMoney, formatNumber, formatPercent } from '../../../shared/format/intl';

export interface VendorPerformanceLike {
  name: string;
  kind: string;
  jobs: number;
  completionRatePct?: number | null;
  averageResponseHours?: number | null;
  satisfaction?: number | null;
  firstTimeFixRatePct?: number | null;
  costPerJob?: { amountCents: number; currency: string } | null;
}

type SortKey =
  | 'name'
  | 'jobs'
  | 'completionRatePct'
  | 'averageResponseHours'
  | 'satisfaction'
  | 'costPerJob'
  | 'firstTimeFixRatePct';

interface Sort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

function sortValue(row: VendorPerformanceLike, key: SortKey): number | string | null {
  if (key === 'name') return row.name.toLowerCase();
  if (key === 'costPerJob') return row.costPerJob?.amountCents ?? null;
  return row[key] ?? null;
}

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export interface VendorPerformanceTableProps {
  rows: readonly VendorPerformanceLike[];
  locale: string;
}

/** Vendors and technicians side by side; every column sorts, unknown values last. */
export function VendorPerformanceTable({ rows, locale }: VendorPerformanceTableProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort>({ key: 'jobs', direction: 'desc' });

  const sorted = useMemo(() => {
    const factor = sort.direction === 'asc' ? 1 : -1;
    return rows.slice().sort((a, b) => {
      const left = sortValue(a, sort.key);
      const right = sortValue(b, sort.key);
      if (left === null && right === null) return a.name.localeCompare(b.name);
      if (left === null) return 1;
      if (right === null) return -1;
      if (left < right) return -factor;
      if (left > right) return factor;
      return a.name.localeCompare(b.name);
    });
  }, [rows, sort]);

  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('reports.vendors.none')}
      </Text>
    );

  const header = (key: SortKey, align: 'left' | 'right' = 'right') => {
    const active = sort.key === key;
    const Icon = active ? (sort.direction === 'asc' ? IconArrowUp : IconArrowDown) : IconSelector;
    return (
      <Table.Th
        ta={align}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
        style={{ whiteSpace: 'nowrap' }}
      >
        <UnstyledButton
          onClick={() =>
            setSort((current) =>
              current.key === key
                ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
                : {
                    key,
                    direction:
                      key === 'name' || key === 'averageResponseHours' || key === 'costPerJob'
                        ? 'asc'
                        : 'desc',
                  },
            )
          }
          style={{
            display: 'inline-flex',
            alignItems: 'center',
            gap: 4,
            fontWeight: 600,
            fontSize: 'inherit',
          }}
        >
          {t(`reports.vendors.columns.${key}`)}
          <Icon size={14} aria-hidden />
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="vendor-performance">
        <Table.Thead>
          <Table.Tr>
            {header('name', 'left')}
            {header('jobs')}
            {header('completionRatePct')}
            {header('averageResponseHours')}
            {header('satisfaction')}
            {header('costPerJob')}
            {header('firstTimeFixRatePct')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={`${row.kind}|${row.name}`} data-testid="vendor-row">
              <Table.Td>
                <Text size="sm" fw={600} span>
                  {row.name}
                </Text>{' '}
                <Badge variant="default" size="xs" radius="sm">
                  {row.kind === 'TECHNICIAN' ? t('reports.vendors.technician') : t('reports.vendors.vendor')}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatNumber(row.jobs, locale, 0)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatPercent(row.completionRatePct, locale)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatHours(row.averageResponseHours, locale)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {row.satisfaction === null || row.satisfaction === undefined
                  ? '—'
                  : t('reports.vendors.stars', { value: formatNumber(row.satisfaction, locale) })}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {row.costPerJob ? formatMoney(row.costPerJob, locale) : '—'}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatPercent(row.firstTimeFixRatePct, locale)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
