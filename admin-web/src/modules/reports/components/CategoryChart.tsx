import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../../shared/format/intl';
import type { GroupedStats } from './DurationTable';

export interface CategoryChartProps {
  groups: readonly GroupedStats[];
  locale: string;
}

/** Average and median hours to close per category, as horizontal bars. */
export function CategoryChart({ groups, locale }: CategoryChartProps) {
  const { t } = useTranslation();
  const data = groups.map((group) => ({
    label: group.label,
    average: group.stats.averageHours ?? 0,
    median: group.stats.medianHours ?? 0,
  }));
  return (
    <BarChart
      h={Math.max(180, data.length * 44 + 40)}
      data={data}
      dataKey="label"
      orientation="vertical"
      series={[
        { name: 'average', label: t('reports.headline.average'), color: 'blue.6' },
        { name: 'median', label: t('reports.headline.median'), color: 'teal.5' },
      ]}
      valueFormatter={(value) => formatHours(value, locale)}
      yAxisProps={{ width: 120 }}
      withLegend
      gridAxis="x"
      aria-label={t('reports.byCategoryTitle')}
    />
  );
}
