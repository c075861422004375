import { useMutation } from '@apollo/client/react';
import { Alert, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconLock, IconWorld } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeWindow, timeZoneShortName } from '../../../shared/format/intl';
import { addDays, zonedDateKey, zonedTimeKey, zonedToInstant } from '../../../shared/format/zoned';
import { ScheduleWorkOrderMutation } from '../graphql/dispatch.graphql';
import { useActionSubmit } from '../hooks/useActionSubmit';
import { DialogForm } from './DialogForm';
import type { ActionDialogProps } from './types';
import { WindowChoices, type WindowLike } from './WindowChoices';

const FIELDS = ['window', 'startsAt', 'endsAt', 'outsideAvailabilityReason'] as const;

interface WindowFields {
  date: string;
  start: string;
  end: string;
}

function fieldsFrom(window: WindowLike, timeZone: string | undefined): WindowFields {
  const start = new Date(window.startsAt);
  const end = new Date(window.endsAt);
  return {
    date: zonedDateKey(start, timeZone),
    start: zonedTimeKey(start, timeZone),
    end: zonedTimeKey(end, timeZone),
  };
}

/** Tomorrow 9:00–12:00 in the property's zone, or the current appointment when rescheduling. */
function initialFields(appointment: WindowLike | null, timeZone: string | undefined): WindowFields {
  if (appointment) return fieldsFrom(appointment, timeZone);
  return { date: addDays(zonedDateKey(new Date(), timeZone), 1), start: '09:00', end: '12:00' };
}

function insideAny(startsAt: Date, endsAt: Date, windows: readonly WindowLike[]): boolean {
  return windows.some(
    (window) =>
      startsAt.getTime() >= Date.parse(window.startsAt) && endsAt.getTime() <= Date.parse(window.endsAt),
  );
}

/** Schedule or reschedule: a window in the property's time zone, checked against the tenant's availability. */
export function ScheduleDialog({
  workOrder,
  locale,
  timeZone,
  reschedule,
  onCancel,
  onDone,
  onConflict,
}: ActionDialogProps & { reschedule: boolean }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<WindowFields>(() => initialFields(workOrder.appointment, timeZone));
  const [reason, setReason] = useState('');
  const [serverSaysOutside, setServerSaysOutside] = useState(false);
  const { errors, submitting, run, setFieldErrors } = useActionSubmit({ fields: FIELDS, onConflict });
  const [schedule] = useMutation(ScheduleWorkOrderMutation);

  const blocked = Boolean(workOrder.costApproval?.blocksScheduling);
  const zoneName = timeZoneShortName(timeZone, locale);

  const window = useMemo(() => {
    const startsAt = zonedToInstant(fields.date, fields.start, timeZone);
    const endsAt = zonedToInstant(fields.date, fields.end, timeZone);
    return startsAt && endsAt ? { startsAt, endsAt } : null;
  }, [fields, timeZone]);

  const locallyOutside =
    window !== null &&
    workOrder.availability.length > 0 &&
    !insideAny(window.startsAt, window.endsAt, workOrder.availability);
  const askReason = serverSaysOutside || locallyOutside;

  const setField = (patch: Partial<WindowFields>) => {
    setFields((current) => ({ ...current, ...patch }));
    setServerSaysOutside(false);
  };

  const submit = async () => {
    if (!window) {
      setFieldErrors({ window: t('dispatch.schedule.errors.incomplete') });
      return;
    }
    if (window.endsAt.getTime() <= window.startsAt.getTime()) {
      setFieldErrors({ window: t('dispatch.schedule.errors.endBeforeStart') });
      return;
    }
    if (serverSaysOutside && !reason.trim()) {
      setFieldErrors({ outsideAvailabilityReason: t('dispatch.schedule.errors.reasonRequired') });
      return;
    }
    const result = await run(async () => {
      const { data } = await schedule({
        variables: {
          input: {
            workOrderId: workOrder.id,
            expectedVersion: workOrder.version,
            window: { startsAt: window.startsAt.toISOString(), endsAt: window.endsAt.toISOString() },
            ...(askReason && reason.trim() ? { outsideAvailabilityReason: reason.trim() } : {}),
          },
        },
      });
      return data?.scheduleWorkOrder;
    });
    if (result.ok) {
      notifications.show({
        color: 'teal',
        title: t(reschedule ? 'dispatch.schedule.rescheduledTitle' : 'dispatch.schedule.scheduledTitle'),
        message: t('dispatch.schedule.doneBody', {
          number: workOrder.number,
          window: formatTimeWindow(
            window.startsAt.toISOString(),
            window.endsAt.toISOString(),
            locale,
            timeZone,
          ),
        }),
      });
      onDone();
    } else if (result.codes.includes('OUTSIDE_AVAILABILITY')) {
      setServerSaysOutside(true);
    }
  };

  const windowError = errors.fields.window ?? errors.fields.startsAt ?? errors.fields.endsAt;

  return (
    <DialogForm
      workOrder={workOrder}
      formError={errors.form}
      conflict={errors.conflict}
      submitting={submitting}
      submitLabel={
        serverSaysOutside
          ? t('dispatch.schedule.submitAnyway')
          : t(reschedule ? 'actions.RESCHEDULE' : 'actions.SCHEDULE')
      }
      submitColor={serverSaysOutside ? 'orange' : undefined}
      submitDisabled={blocked}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {blocked && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconLock size={18} aria-hidden />}
          title={t('dispatch.schedule.blockedTitle')}
          data-testid="schedule-blocked"
        >
          {t('dispatch.schedule.blockedBody')}
        </Alert>
      )}

      {workOrder.rescheduleRequest && (
        <Paper
          withBorder
          p="sm"
          radius="md"
          bg="orange.0"
          style={{ borderColor: 'var(--mantine-color-orange-3)' }}
        >
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('appointment.rescheduleRequested')}
            </Text>
            <Text size="sm">“{workOrder.rescheduleRequest.reason}”</Text>
            <WindowChoices
              label={t('appointment.proposedWindows')}
              windows={workOrder.rescheduleRequest.windows}
              locale={locale}
              timeZone={timeZone}
              highlight
              testId="proposed-windows"
              onUse={(chosen) => setField(fieldsFrom(chosen, timeZone))}
            />
          </Stack>
        </Paper>
      )}

      <fieldset style={{ border: 0, padding: 0, margin: 0 }} disabled={blocked}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              type="date"
              label={t('dispatch.schedule.date')}
              required
              value={fields.date}
              onChange={(event) => setField({ date: event.currentTarget.value })}
              data-testid="schedule-date"
            />
            <TextInput
              type="time"
              label={t('dispatch.schedule.from')}
              required
              step={900}
              value={fields.start}
              onChange={(event) => setField({ start: event.currentTarget.value })}
              data-testid="schedule-start"
            />
            <TextInput
              type="time"
              label={t('dispatch.schedule.to')}
              required
              step={900}
              value={fields.end}
              onChange={(event) => setField({ end: event.currentTarget.value })}
              data-testid="schedule-end"
            />
          </SimpleGrid>
          <Group gap={6} wrap="nowrap">
            <IconWorld size={14} aria-hidden color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed">
              {t('dispatch.schedule.zoneHint', { zone: timeZone ?? zoneName, short: zoneName })}
            </Text>
          </Group>
          {windowError && (
            <Text size="sm" c="red.7" role="alert">
              {windowError}
            </Text>
          )}
          {window && !windowError && (
            <Text size="sm" data-testid="schedule-preview">
              {formatTimeWindow(window.startsAt.toISOString(), window.endsAt.toISOString(), locale, timeZone)}
            </Text>
          )}
        </Stack>
      </fieldset>

      <WindowChoices
        label={t('workOrder.availability')}
        windows={workOrder.availability}
        locale={locale}
        timeZone={timeZone}
        emptyText={t('dispatch.schedule.anyTime')}
        testId="tenant-availability"
        onUse={(chosen) => setField(fieldsFrom(chosen, timeZone))}
      />

      {askReason && !blocked && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={t('dispatch.schedule.outsideTitle')}
          p="sm"
          data-testid="outside-availability"
        >
          <Textarea
            label={t('dispatch.schedule.anywayBecause')}
            description={t('dispatch.schedule.anywayHint')}
            required={serverSaysOutside}
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.fields.outsideAvailabilityReason}
            data-testid="outside-reason"
          />
        </Alert>
      )}
    </DialogForm>
  );
}
