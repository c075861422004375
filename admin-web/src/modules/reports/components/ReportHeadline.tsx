import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportDurationStatsFragment } from '../../../generated/graphql';
import { formatHours, formatNumber, formatPercent } from '../../../shared/format/intl';

export interface ReportHeadlineProps {
  overall: ReportDurationStatsFragment;
  slaCompliance: {
    responseMetPct?: number | null;
    resolutionMetPct?: number | null;
    measured: number;
  } | null;
  locale: string;
}

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The period's key figures: volume, time to close, SLA compliance. */
export function ReportHeadline({ overall, slaCompliance, locale }: ReportHeadlineProps) {
  const { t } = useTranslation();
  const measured = slaCompliance
    ? t('reports.headline.measured', { count: slaCompliance.measured })
    : undefined;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="report-headline">
      <Figure label={t('reports.headline.closed')} value={formatNumber(overall.count, locale, 0)} />
      <Figure label={t('reports.headline.average')} value={formatHours(overall.averageHours, locale)} />
      <Figure label={t('reports.headline.median')} value={formatHours(overall.medianHours, locale)} />
      <Figure label={t('reports.headline.p90')} value={formatHours(overall.p90Hours, locale)} />
      {slaCompliance && (
        <Figure
          label={t('reports.headline.slaResponse')}
          value={formatPercent(slaCompliance.responseMetPct, locale)}
          hint={measured}
        />
      )}
      {slaCompliance && (
        <Figure
          label={t('reports.headline.slaResolution')}
          value={formatPercent(slaCompliance.resolutionMetPct, locale)}
          hint={measured}
        />
      )}
    </SimpleGrid>
  );
}
