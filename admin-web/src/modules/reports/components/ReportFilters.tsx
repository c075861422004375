import { Button, Group, MultiSelect, SegmentedControl, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/intl';
import { presetRange, RANGE_PRESETS, type RangePreset, type ReportRange } from '../range';

export interface ReportFiltersProps {
  range: ReportRange;
  onRangeChange: (range: ReportRange) => void;
  properties: readonly { id: string; name: string }[];
  propertyIds: readonly string[];
  onPropertyIdsChange: (ids: string[]) => void;
  rangeInvalid: boolean;
  exporting: boolean;
  exportedBytes: number;
  locale: string;
  onExport: () => void;
}

function isPreset(value: string): value is RangePreset {
  return value === '30d' || value === '3m' || value === '12m' || value === 'custom';
}

export function ReportFilters({
  range,
  onRangeChange,
  properties,
  propertyIds,
  onPropertyIdsChange,
  rangeInvalid,
  exporting,
  exportedBytes,
  locale,
  onExport,
}: ReportFiltersProps) {
  const { t } = useTranslation();
  const presetOptions = [...RANGE_PRESETS, 'custom' as const].map((preset) => ({
    value: preset,
    label: t(`reports.range.${preset}`),
  }));

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        aria-label={t('reports.range.label')}
        data={presetOptions}
        value={range.preset}
        onChange={(value) => {
          if (!isPreset(value)) return;
          onRangeChange(value === 'custom' ? { ...range, preset: 'custom' } : presetRange(value));
        }}
      />
      <TextInput
        type="date"
        label={t('reports.range.from')}
        value={range.from}
        max={range.to}
        onChange={(event) => onRangeChange({ ...range, preset: 'custom', from: event.currentTarget.value })}
        error={rangeInvalid ? t('reports.range.invalid') : undefined}
        w={160}
      />
      <TextInput
        type="date"
        label={t('reports.range.to')}
        value={range.to}
        min={range.from}
        onChange={(event) => onRangeChange({ ...range, preset: 'custom', to: event.currentTarget.value })}
        w={160}
      />
      <MultiSelect
        label={t('reports.properties')}
        placeholder={propertyIds.length === 0 ? t('reports.allProperties') : undefined}
        data={properties.map((property) => ({ value: property.id, label: property.name }))}
        value={[...propertyIds]}
        onChange={onPropertyIdsChange}
        clearable
        searchable
        miw={240}
        maw={420}
      />
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={onExport}
        loading={exporting}
        disabled={rangeInvalid}
        loaderProps={{ type: 'dots' }}
        data-testid="report-export"
        aria-live="polite"
        ml="auto"
      >
        {exporting && exportedBytes > 0
          ? t('reports.export.progress', { size: formatNumber(exportedBytes / 1024, locale) })
          : t('reports.export.button')}
      </Button>
    </Group>
  );
}
