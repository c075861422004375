import { CompositeChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { formatHours, formatNumber, formatPeriod } from '../../../shared/format/intl';

export interface TrendPointLike {
  periodStart: string;
  count: number;
  averageHours?: number | null;
}

export interface TrendChartProps {
  points: readonly TrendPointLike[];
  granularity: 'week' | 'month';
  locale: string;
}

/** Orders closed per period (bars, left axis) and their average hours to close (line, right axis). */
export function TrendChart({ points, granularity, locale }: TrendChartProps) {
  const { t } = useTranslation();
  const data = points.map((point) => ({
    period: formatPeriod(point.periodStart, granularity, locale),
    closed: point.count,
    average: point.averageHours ?? null,
  }));
  return (
    <CompositeChart
      h={280}
      data={data}
      dataKey="period"
      withLegend
      withRightYAxis
      series={[
        { name: 'closed', label: t('reports.headline.closed'), color: 'gray.4', type: 'bar' },
        {
          name: 'average',
          label: t('reports.headline.average'),
          color: 'blue.6',
          type: 'line',
          yAxisId: 'right',
        },
      ]}
      valueFormatter={(value) => formatNumber(value, locale)}
      rightYAxisProps={{ tickFormatter: (value: number) => formatHours(value, locale) }}
      connectNulls
      aria-label={t('reports.trendTitle')}
    />
  );
}
