import { Alert, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconCalendarEvent,
  IconCalendarQuestion,
  IconClockExclamation,
  IconInfoCircle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionWorkOrderFragment } from '../../../generated/graphql';
import { formatDateTime, formatTimeOfDay, formatTimeWindow } from '../../../shared/format/intl';

export type Appointment = NonNullable<ActionWorkOrderFragment['appointment']>;
export type RescheduleRequest = NonNullable<ActionWorkOrderFragment['rescheduleRequest']>;

interface ZonedProps {
  locale: string;
  timeZone: string | undefined;
}

/** The appointment window in the property's zone, and the assignee's "running late" update. */
export function AppointmentSummary({
  appointment,
  locale,
  timeZone,
}: { appointment: Appointment } & ZonedProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid="appointment">
      <Group gap={8} wrap="nowrap">
        <ThemeIcon variant="light" color="violet" size="md" radius="md" aria-hidden>
          <IconCalendarEvent size={16} />
        </ThemeIcon>
        <Text size="sm" fw={600} data-testid="appointment-window">
          {formatTimeWindow(appointment.startsAt, appointment.endsAt, locale, timeZone)}
        </Text>
      </Group>
      {appointment.eta && (
        <Alert
          color="orange"
          variant="light"
          p="xs"
          icon={<IconClockExclamation size={16} aria-hidden />}
          data-testid="running-late"
        >
          <Text size="sm" fw={600}>
            {t('appointment.runningLate', { eta: formatTimeOfDay(appointment.eta, locale, timeZone) })}
          </Text>
          {appointment.runningLateNote && <Text size="sm">{appointment.runningLateNote}</Text>}
        </Alert>
      )}
      {appointment.outsideAvailabilityReason && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconInfoCircle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" c="dimmed">
            {t('appointment.outsideAvailability', { reason: appointment.outsideAvailabilityReason })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/** The tenant's open request to move the appointment: highlighted, with their proposed windows. */
export function RescheduleRequestNotice({
  request,
  locale,
  timeZone,
}: { request: RescheduleRequest } & ZonedProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconCalendarQuestion size={18} aria-hidden />}
      title={t('appointment.rescheduleRequested')}
      data-testid="reschedule-request"
    >
      <Stack gap={6}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          “{request.reason}”
        </Text>
        {request.windows.length > 0 && (
          <>
            <Text size="xs" c="dimmed" fw={600}>
              {t('appointment.proposedWindows')}
            </Text>
            <List size="sm" spacing={2}>
              {request.windows.map((window) => (
                <List.Item key={`${window.startsAt}-${window.endsAt}`}>
                  {formatTimeWindow(window.startsAt, window.endsAt, locale, timeZone)}
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Text size="xs" c="dimmed">
          {t('appointment.requestedAt', { at: formatDateTime(request.requestedAt, locale, timeZone) })}
        </Text>
      </Stack>
    </Alert>
  );
}
