import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeOfDay, formatTimeWindow, timeZoneShortName } from '../../../shared/format/intl';
import { zonedDateKey, zonedTimeKey, zonedToInstant } from '../../../shared/format/zoned';
import { ReportRunningLateMutation } from '../graphql/dispatch.graphql';
import { useActionSubmit } from '../hooks/useActionSubmit';
import { DialogForm } from './DialogForm';
import type { ActionDialogProps } from './types';

const FIELDS = ['eta', 'note'] as const;
const DELAYS_MINUTES = [15, 30, 60] as const;
const FIVE_MINUTES = 5 * 60_000;

/** From the later of now and the appointment's start, rounded up to five minutes. */
function etaAfter(minutes: number, startsAt: string | undefined): Date {
  const base = Math.max(Date.now(), startsAt ? Date.parse(startsAt) : 0);
  return new Date(Math.ceil((base + minutes * 60_000) / FIVE_MINUTES) * FIVE_MINUTES);
}

/** "Running late": a new arrival time (shown to the tenant) and an optional note. */
export function RunningLateDialog({
  workOrder,
  locale,
  timeZone,
  onCancel,
  onDone,
  onConflict,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const appointment = workOrder.appointment;
  const [eta, setEta] = useState(() => {
    const initial = appointment?.eta ? new Date(appointment.eta) : etaAfter(30, appointment?.startsAt);
    return { date: zonedDateKey(initial, timeZone), time: zonedTimeKey(initial, timeZone) };
  });
  const [note, setNote] = useState(appointment?.runningLateNote ?? '');
  const { errors, submitting, run, setFieldErrors } = useActionSubmit({ fields: FIELDS, onConflict });
  const [report] = useMutation(ReportRunningLateMutation);

  const submit = async () => {
    const instant = zonedToInstant(eta.date, eta.time, timeZone);
    if (!instant) {
      setFieldErrors({ eta: t('dispatch.late.errors.eta') });
      return;
    }
    const result = await run(async () => {
      const { data } = await report({
        variables: {
          input: {
            workOrderId: workOrder.id,
            expectedVersion: workOrder.version,
            eta: instant.toISOString(),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        },
      });
      return data?.reportRunningLate;
    });
    if (result.ok) {
      notifications.show({
        color: 'teal',
        title: t('dispatch.late.doneTitle'),
        message: t('dispatch.late.doneBody', {
          number: workOrder.number,
          eta: formatTimeOfDay(instant.toISOString(), locale, timeZone),
        }),
      });
      onDone();
    }
  };

  return (
    <DialogForm
      workOrder={workOrder}
      formError={errors.form}
      conflict={errors.conflict}
      submitting={submitting}
      submitLabel={t('dispatch.late.submit')}
      submitColor="orange"
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {appointment && (
        <Text size="sm">
          {t('dispatch.late.appointment', {
            window: formatTimeWindow(appointment.startsAt, appointment.endsAt, locale, timeZone),
          })}
        </Text>
      )}
      <Stack gap={6}>
        <Group gap="xs">
          {DELAYS_MINUTES.map((minutes) => (
            <Button
              key={minutes}
              size="compact-sm"
              variant="light"
              color="orange"
              onClick={() => {
                const next = etaAfter(minutes, appointment?.startsAt);
                setEta({ date: zonedDateKey(next, timeZone), time: zonedTimeKey(next, timeZone) });
              }}
            >
              {t('dispatch.late.plusMinutes', { count: minutes })}
            </Button>
          ))}
        </Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('dispatch.schedule.date')}
            value={eta.date}
            onChange={(event) => setEta((current) => ({ ...current, date: event.currentTarget.value }))}
          />
          <TextInput
            type="time"
            label={t('dispatch.late.eta', { zone: timeZoneShortName(timeZone, locale) })}
            required
            value={eta.time}
            onChange={(event) => setEta((current) => ({ ...current, time: event.currentTarget.value }))}
            error={errors.fields.eta}
            data-testid="late-eta"
          />
        </Group>
      </Stack>
      <Textarea
        label={t('dispatch.late.note')}
        description={t('dispatch.late.noteHint')}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={errors.fields.note}
      />
    </DialogForm>
  );
}
