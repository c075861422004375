import { Alert, Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconCalendarEvent,
  IconCalendarRepeat,
  IconClockExclamation,
  IconHourglass,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';
import { useChangeHighlight } from '../../../shared/hooks/useChangeHighlight';
import { RescheduleSheet } from './RescheduleSheet';

export interface AppointmentCardProps {
  request: RequestDetailFieldsFragment;
  highlighted?: boolean;
}

/**
 * When someone is coming and who, a "running late" banner, the tenant's pending reschedule request, and
 * "Ask to reschedule". Times are the property's local time.
 */
export const AppointmentCard = ({ request, highlighted = false }: AppointmentCardProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const [sheetOpen, setSheetOpen] = useState(false);
  const { appointment, rescheduleRequest } = request;
  const timeZone = request.property.timezone;
  const canReschedule = request.availableActions.includes('REQUEST_RESCHEDULE');
  const changed = useChangeHighlight(
    [appointment?.startsAt, appointment?.endsAt, appointment?.eta, rescheduleRequest?.requestedAt].join('|'),
  );

  return (
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="section"
      aria-labelledby="appointment-title"
      data-testid="appointment"
      className={highlighted || changed ? 'fixline-live-updated' : undefined}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" size={32} radius="md" aria-hidden>
            <IconCalendarEvent size={20} />
          </ThemeIcon>
          <Title order={2} fz="h4" id="appointment-title">
            {t('appointment.title')}
          </Title>
        </Group>

        {appointment ? (
          <>
            <div>
              <Text size="sm" c="dimmed" fw={600}>
                {t('appointment.when')}
              </Text>
              <Text fz="xl" fw={700} lh={1.3} data-testid="appointment-window">
                <time dateTime={appointment.startsAt}>
                  {format.zonedWindow(appointment.startsAt, appointment.endsAt, timeZone)}
                </time>
              </Text>
            </div>
            <div>
              <Text size="sm" c="dimmed" fw={600}>
                {t('appointment.who')}
              </Text>
              <Text fw={600} data-testid="appointment-assignee">
                {request.assignee?.name ?? t('appointment.whoUnknown')}
              </Text>
            </div>
          </>
        ) : (
          <Text c="dimmed">{t('appointment.none')}</Text>
        )}

        {/* Always in the page, so a "running late" update that arrives live is read out. */}
        <div aria-live="polite">
          {appointment?.eta && (
            <Alert
              color="orange"
              variant="light"
              icon={<IconClockExclamation aria-hidden />}
              title={t('appointment.runningLateTitle')}
              data-testid="running-late"
              styles={{ root: { borderLeft: '4px solid var(--mantine-color-orange-7)' } }}
            >
              <Stack gap={4}>
                <Text fw={700}>
                  {t('appointment.runningLateEta', { time: format.zonedTime(appointment.eta, timeZone) })}
                </Text>
                {appointment.runningLateNote && (
                  <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {appointment.runningLateNote}
                  </Text>
                )}
              </Stack>
            </Alert>
          )}
        </div>

        {rescheduleRequest && (
          <Alert
            color="blue"
            variant="light"
            icon={<IconHourglass aria-hidden />}
            title={t('appointment.requestedTitle')}
            data-testid="reschedule-requested"
          >
            <Stack gap="xs">
              <div>
                <Text size="sm" fw={700}>
                  {t('appointment.requestedWindows')}
                </Text>
                <List size="sm" spacing={2}>
                  {rescheduleRequest.windows.map((window) => (
                    <List.Item key={`${window.startsAt}-${window.endsAt}`}>
                      {format.zonedWindow(window.startsAt, window.endsAt, timeZone)}
                    </List.Item>
                  ))}
                </List>
              </div>
              <div>
                <Text size="sm" fw={700}>
                  {t('appointment.requestedReason')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {rescheduleRequest.reason}
                </Text>
              </div>
              <Text size="xs" c="dimmed">
                <time dateTime={rescheduleRequest.requestedAt}>
                  {t('appointment.requestedAt', { time: format.dateTime(rescheduleRequest.requestedAt) })}
                </time>
              </Text>
            </Stack>
          </Alert>
        )}

        {canReschedule && (
          <Button
            variant="light"
            size="lg"
            fullWidth
            leftSection={<IconCalendarRepeat size={22} aria-hidden />}
            onClick={() => setSheetOpen(true)}
            aria-haspopup="dialog"
            data-testid="reschedule-button"
          >
            {rescheduleRequest ? t('appointment.rescheduleAgain') : t('appointment.rescheduleButton')}
          </Button>
        )}
        {/* Stays mounted while open even if the action goes away meanwhile: the sheet then says why. */}
        <RescheduleSheet request={request} opened={sheetOpen} onClose={() => setSheetOpen(false)} />
      </Stack>
    </Card>
  );
};
