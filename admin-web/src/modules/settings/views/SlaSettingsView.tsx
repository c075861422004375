import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaDurationUnit, SlaSettingsFieldsFragment, SlaTargetInput } from '../../../generated/graphql';
import { PRIORITY_ORDER, PriorityBadge } from '../../../shared/ui/PriorityBadge';
import { SettingsLoadError, SettingsSkeleton } from '../components/LoadState';
import { SettingsError } from '../components/SettingsError';
import { notifySaved, requestErrorMessage } from '../feedback';
import { SlaSettingsQuery, UpdateSlaSettingsMutation } from '../graphql/settings.graphql';

const UNITS: readonly SlaDurationUnit[] = ['HOURS', 'DAYS', 'BUSINESS_DAYS'];

function isUnit(value: string | null): value is SlaDurationUnit {
  return value !== null && (UNITS as readonly string[]).includes(value);
}

type Clock = 'respond' | 'resolve';

interface SlaFormValues {
  targets: SlaTargetInput[];
  atRiskPercent: number;
  repeatWindowDays: number;
  escalationAfterMinutes: number;
}

function toValues(settings: SlaSettingsFieldsFragment): SlaFormValues {
  return {
    targets: settings.targets
      .map(({ priority, respond, resolve }) => ({
        priority,
        respond: { amount: respond.amount, unit: respond.unit },
        resolve: { amount: resolve.amount, unit: resolve.unit },
      }))
      .sort((a, b) => PRIORITY_ORDER.indexOf(a.priority) - PRIORITY_ORDER.indexOf(b.priority)),
    atRiskPercent: settings.atRiskPercent,
    repeatWindowDays: settings.repeatWindowDays,
    escalationAfterMinutes: settings.escalationAfterMinutes,
  };
}

function toInt(value: string | number, fallback: number): number {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? Math.round(number) : fallback;
}

function SlaForm({ initial }: { initial: SlaFormValues }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<SlaFormValues>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [update, { loading }] = useMutation(UpdateSlaSettingsMutation);
  const unitOptions = UNITS.map((unit) => ({ value: unit, label: t(`settings.sla.unit.${unit}`) }));

  const setClock = (
    priority: SlaTargetInput['priority'],
    clock: Clock,
    patch: Partial<SlaTargetInput[Clock]>,
  ) =>
    setValues((current) => ({
      ...current,
      targets: current.targets.map((target) =>
        target.priority === priority ? { ...target, [clock]: { ...target[clock], ...patch } } : target,
      ),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    try {
      const payload = (await update({ variables: { input: values } })).data?.updateSlaSettings;
      if (!payload) {
        setErrors([t('dispatch.errors.unexpected')]);
        return;
      }
      if (payload.userErrors.length > 0) {
        setErrors(payload.userErrors.map((userError) => userError.message));
        return;
      }
      notifySaved(t, t('settings.sla.saved'));
    } catch (caught) {
      setErrors([requestErrorMessage(t, caught)]);
    }
  };

  const clockCell = (target: SlaTargetInput, clock: Clock) => (
    <Group gap="xs" wrap="nowrap">
      <NumberInput
        aria-label={t(`settings.sla.${clock}Amount`, { priority: t(`priority.${target.priority}`) })}
        value={target[clock].amount}
        onChange={(value) => setClock(target.priority, clock, { amount: toInt(value, target[clock].amount) })}
        min={1}
        max={10_000}
        allowDecimal={false}
        w={90}
      />
      <Select
        aria-label={t(`settings.sla.${clock}Unit`, { priority: t(`priority.${target.priority}`) })}
        data={unitOptions}
        value={target[clock].unit}
        allowDeselect={false}
        onChange={(value) => {
          if (isUnit(value)) setClock(target.priority, clock, { unit: value });
        }}
        w={160}
      />
    </Group>
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <SettingsError messages={errors} />
        <Paper withBorder radius="md" p="md">
          <Text fw={600} size="sm" mb="xs">
            {t('settings.sla.targets')}
          </Text>
          <Table.ScrollContainer minWidth={680}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.triage.priority')}</Table.Th>
                  <Table.Th>{t('settings.sla.respond')}</Table.Th>
                  <Table.Th>{t('settings.sla.resolve')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {values.targets.map((target) => (
                  <Table.Tr key={target.priority} data-testid={`sla-target-${target.priority}`}>
                    <Table.Td>
                      <PriorityBadge priority={target.priority} />
                    </Table.Td>
                    <Table.Td>{clockCell(target, 'respond')}</Table.Td>
                    <Table.Td>{clockCell(target, 'resolve')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <NumberInput
            label={t('settings.sla.atRiskPercent')}
            description={t('settings.sla.atRiskPercentHint')}
            value={values.atRiskPercent}
            onChange={(value) =>
              setValues((current) => ({ ...current, atRiskPercent: toInt(value, current.atRiskPercent) }))
            }
            min={1}
            max={99}
            suffix="%"
            allowDecimal={false}
          />
          <NumberInput
            label={t('settings.sla.repeatWindowDays')}
            description={t('settings.sla.repeatWindowDaysHint')}
            value={values.repeatWindowDays}
            onChange={(value) =>
              setValues((current) => ({
                ...current,
                repeatWindowDays: toInt(value, current.repeatWindowDays),
              }))
            }
            min={1}
            max={3650}
            allowDecimal={false}
          />
          <NumberInput
            label={t('settings.sla.escalationAfterMinutes')}
            description={t('settings.sla.escalationAfterMinutesHint')}
            value={values.escalationAfterMinutes}
            onChange={(value) =>
              setValues((current) => ({
                ...current,
                escalationAfterMinutes: toInt(value, current.escalationAfterMinutes),
              }))
            }
            min={1}
            max={1440}
            allowDecimal={false}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Response and resolution targets per priority, the at-risk threshold, repeat window and escalation delay. */
export function SlaSettingsView() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SlaSettingsQuery, { fetchPolicy: 'network-only' });
  if (!data && loading) return <SettingsSkeleton rows={5} />;
  if (!data) return error ? <SettingsLoadError onRetry={() => void refetch()} /> : null;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('settings.sla.description')}
      </Text>
      <SlaForm initial={toValues(data.slaSettings)} />
    </Stack>
  );
}
