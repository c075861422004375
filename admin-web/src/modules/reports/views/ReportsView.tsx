import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  EmptyState,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconChartBar } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../generated/graphql';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useWorkOrderParam } from '../../../shared/hooks/useWorkOrderParam';
import { PRIORITY_ORDER, PriorityBadge } from '../../../shared/ui/PriorityBadge';
import { CategoryChart } from '../components/CategoryChart';
import { DurationTable } from '../components/DurationTable';
import { ReportFilters } from '../components/ReportFilters';
import { ReportHeadline } from '../components/ReportHeadline';
import { RepeatIssuesList } from '../components/RepeatIssuesList';
import { TrendChart } from '../components/TrendChart';
import { VendorPerformanceTable } from '../components/VendorPerformanceTable';
import {
  MaintenanceReportQuery,
  ReportPropertiesQuery,
  WorkOrderIdByNumberQuery,
} from '../graphql/reports.graphql';
import { useCsvExport } from '../hooks/useCsvExport';
import { presetRange, rangeToInput, type ReportRange } from '../range';

function isSeverity(value: string): value is Severity {
  return (PRIORITY_ORDER as readonly string[]).includes(value);
}

function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h5">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}

function ReportSkeleton() {
  return (
    <Stack gap="md" aria-hidden>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        {[0, 1, 2, 3, 4, 5].map((index) => (
          <Skeleton key={index} height={76} radius="md" />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Skeleton height={300} radius="md" />
        <Skeleton height={300} radius="md" />
      </SimpleGrid>
      <Skeleton height={220} radius="md" />
    </Stack>
  );
}

/** Time to close, SLA compliance, repeat issues and vendor performance for a period, with a CSV export. */
export function ReportsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.documentTitle'));
  const locale = useLocale();
  const client = useApolloClient();
  const { open } = useWorkOrderParam();
  const [range, setRange] = useState<ReportRange>(() => presetRange('3m'));
  const [propertyIds, setPropertyIds] = useState<string[]>([]);
  const [granularity, setGranularity] = useState<'week' | 'month'>('month');
  const [openingNumber, setOpeningNumber] = useState<number | null>(null);
  const csv = useCsvExport();

  const input = useMemo(() => rangeToInput(range), [range]);
  const { data: propertiesData } = useQuery(ReportPropertiesQuery, { errorPolicy: 'ignore' });
  const { data, previousData, loading, error, refetch } = useQuery(MaintenanceReportQuery, {
    variables: {
      range: input ?? { from: '', to: '' },
      propertyIds: propertyIds.length > 0 ? propertyIds : null,
    },
    skip: !input,
    fetchPolicy: 'cache-and-network',
  });
  const report = (data ?? previousData)?.maintenanceReport;
  const properties = propertiesData?.properties.nodes ?? [];

  const openNumber = async (number: number) => {
    setOpeningNumber(number);
    try {
      const result = await client.query({ query: WorkOrderIdByNumberQuery, variables: { number } });
      const id = result.data?.workOrder?.id;
      if (id) open(id);
      else
        notifications.show({
          color: 'red',
          title: t('reports.repeats.notFoundTitle'),
          message: t('reports.repeats.notFoundBody', { number }),
        });
    } catch {
      notifications.show({
        color: 'red',
        title: t('reports.loadError'),
        message: t('dispatch.errors.network'),
      });
    } finally {
      setOpeningNumber(null);
    }
  };

  let body: ReactNode;
  if (!report && loading) body = <ReportSkeleton />;
  else if (!report && error)
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('reports.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!report) body = null;
  else {
    const ttc = report.timeToClose;
    const empty = ttc.overall.count === 0;
    const trend = granularity === 'month' ? ttc.monthly : ttc.weekly;
    const byPriority = ttc.byPriority
      .slice()
      .sort(
        (a, b) =>
          (isSeverity(a.label) ? PRIORITY_ORDER.indexOf(a.label) : 9) -
          (isSeverity(b.label) ? PRIORITY_ORDER.indexOf(b.label) : 9),
      );
    body = (
      <Stack gap="md" style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 150ms' }} aria-busy={loading}>
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
            <Group justify="space-between">
              <Text size="sm">{t('reports.loadError')}</Text>
              <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
                {t('common.retry')}
              </Button>
            </Group>
          </Alert>
        )}
        <ReportHeadline overall={ttc.overall} slaCompliance={report.slaCompliance ?? null} locale={locale} />
        {empty ? (
          <EmptyState
            icon={<IconChartBar size={24} aria-hidden />}
            title={t('reports.empty.title')}
            description={t('reports.empty.description')}
            py="xl"
          />
        ) : (
          <>
            <Grid gap="md">
              <Grid.Col span={{ base: 12, lg: 5 }}>
                <Section title={t('reports.byCategoryTitle')}>
                  <CategoryChart groups={ttc.byCategory} locale={locale} />
                </Section>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 7 }}>
                <Section
                  title={t('reports.trendTitle')}
                  actions={
                    <SegmentedControl
                      size="xs"
                      aria-label={t('reports.granularity.label')}
                      value={granularity}
                      onChange={(value) => setGranularity(value === 'week' ? 'week' : 'month')}
                      data={[
                        { value: 'month', label: t('reports.granularity.month') },
                        { value: 'week', label: t('reports.granularity.week') },
                      ]}
                    />
                  }
                >
                  <TrendChart points={trend} granularity={granularity} locale={locale} />
                </Section>
              </Grid.Col>
            </Grid>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              <Section title={t('reports.byPropertyTitle')}>
                <DurationTable
                  groups={ttc.byProperty}
                  labelHeader={t('reports.columns.property')}
                  locale={locale}
                />
              </Section>
              <Section title={t('reports.byAssigneeTitle')}>
                <DurationTable
                  groups={ttc.byAssignee}
                  labelHeader={t('reports.columns.assignee')}
                  locale={locale}
                />
              </Section>
              <Section title={t('reports.byPriorityTitle')}>
                <DurationTable
                  groups={byPriority}
                  labelHeader={t('reports.columns.priority')}
                  locale={locale}
                  renderLabel={(label) => (isSeverity(label) ? <PriorityBadge priority={label} /> : label)}
                />
              </Section>
            </SimpleGrid>
          </>
        )}
        <Section title={t('reports.repeats.title')}>
          {report.repeatIssuesFound > report.repeatIssues.length && (
            <Text size="sm" c="dimmed" mb="xs" data-testid="repeat-issues-shown">
              {t('reports.repeats.shownOf', {
                shown: report.repeatIssues.length,
                found: report.repeatIssuesFound.toLocaleString(locale),
              })}
            </Text>
          )}
          <RepeatIssuesList
            issues={report.repeatIssues}
            onOpenNumber={(number) => void openNumber(number)}
            openingNumber={openingNumber}
          />
        </Section>
        <Section title={t('reports.vendors.title')}>
          <VendorPerformanceTable rows={report.vendorPerformance} locale={locale} />
        </Section>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={1440}>
      <div>
        <Title order={1} size="h3">
          {t('reports.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reports.subtitle')}
        </Text>
      </div>
      <ReportFilters
        range={range}
        onRangeChange={setRange}
        properties={properties}
        propertyIds={propertyIds}
        onPropertyIdsChange={setPropertyIds}
        rangeInvalid={!input}
        exporting={csv.exporting}
        exportedBytes={csv.received}
        locale={locale}
        onExport={() => {
          if (input) void csv.run({ ...input, propertyIds });
        }}
      />
      {body}
    </Stack>
  );
}
