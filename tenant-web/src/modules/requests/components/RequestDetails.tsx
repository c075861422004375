import type { ReactNode } from 'react';
import { Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';
import { AttachmentGallery } from '../../../shared/components/AttachmentGallery';
import { PriorityBadge } from '../../../shared/components/PriorityBadge';
import { SlaPromise } from '../../../shared/components/SlaPromise';
import { StatusProgress } from '../../../shared/components/StatusProgress';
import { EmergencyCallout } from '../../../shared/components/EmergencyCallout';
import { isOpenStatus } from '../../../shared/work-order-status';
import { AppointmentCard } from './AppointmentCard';
import { CancelRequest } from './CancelRequest';
import { RequestTimeline } from './RequestTimeline';
import { ResolutionCard } from './ResolutionCard';

export interface RequestDetailsProps {
  request: RequestDetailFieldsFragment;
  highlighted?: boolean;
  /** The conversation, shown after the status and the appointment. */
  conversation?: ReactNode;
}

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="sm" c="dimmed" fw={600}>
      {label}
    </Text>
    <Text component="div">{children}</Text>
  </div>
);

export const RequestDetails = ({ request, highlighted = false, conversation }: RequestDetailsProps) => {
  const { t } = useTranslation();
  const format = useFormatters();

  const location =
    request.locationKind === 'COMMON_AREA'
      ? t('request.commonArea', { area: request.locationDetail ?? '' })
      : request.unit && request.locationDetail
        ? t('request.unitLocation', { unit: request.unit.label, room: request.locationDetail })
        : request.unit
          ? t('request.unitOnly', { unit: request.unit.label })
          : (request.locationDetail ?? t('common.notProvided'));

  const showEmergency = request.priority === 'EMERGENCY' && isOpenStatus(request.status);
  const priorityChanged = request.priority !== request.reportedSeverity;

  const actions = request.availableActions;
  const beforeVisit = request.status === 'ASSIGNED' || request.status === 'SCHEDULED';
  const showAppointment =
    beforeVisit &&
    (request.appointment !== null ||
      request.rescheduleRequest !== null ||
      actions.includes('REQUEST_RESCHEDULE'));
  const showResolution =
    request.status === 'COMPLETED' ||
    (request.status === 'CLOSED' &&
      (request.completionNotes !== null || request.rating !== null || actions.includes('REOPEN')));

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={700} c="dimmed" data-testid="request-number">
            {t('common.number', { number: request.number })}
          </Text>
          <PriorityBadge priority={request.priority} />
        </Group>
        <Title order={1} fz="h2" style={{ overflowWrap: 'anywhere' }}>
          {request.title}
        </Title>
      </Stack>

      <Card
        withBorder
        radius="lg"
        padding="md"
        className={highlighted ? 'fixline-live-updated' : undefined}
        data-testid="request-status"
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed" fw={600}>
            {t('status.label')}
          </Text>
          <StatusProgress status={request.status} />
          <SlaPromise sla={request.sla} status={request.status} timeZone={request.property.timezone} />
          <Field label={t('request.assignee')}>
            {request.assignee ? request.assignee.name : <Text c="dimmed">{t('request.notAssigned')}</Text>}
          </Field>
        </Stack>
      </Card>

      {showResolution && <ResolutionCard request={request} highlighted={highlighted} />}

      {showAppointment && <AppointmentCard request={request} highlighted={highlighted} />}

      {showEmergency && (
        <EmergencyCallout
          hotline={request.property.emergencyHotline}
          title={t('emergency.confirmedTitle')}
          body={t('emergency.confirmedBody')}
          afterHoursInstructions={request.property.afterHoursInstructions}
          reasons={request.triageReasons}
        />
      )}

      {!showEmergency && priorityChanged && request.triageReasons.length > 0 && (
        <Field label={t('request.priorityReasons')}>
          <List size="sm">
            {request.triageReasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </Field>
      )}

      {conversation}

      <Stack gap="md" component="section" aria-labelledby="request-details">
        <Title order={2} fz="h4" id="request-details">
          {t('request.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Field label={t('request.category')}>{request.category.name}</Field>
          <Field label={t('request.location')}>{location}</Field>
          <Field label={t('request.reported')}>
            <time dateTime={request.createdAt}>{format.dateTime(request.createdAt)}</time>
          </Field>
          <Field label={t('request.permissionToEnter')}>
            {request.permissionToEnter ? t('common.yes') : t('common.no')}
          </Field>
        </SimpleGrid>
        <Field label={t('request.description')}>
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{request.description}</Text>
        </Field>
        {request.attachments.length > 0 && (
          <Field label={t('uploads.gallery')}>
            <AttachmentGallery attachments={request.attachments} />
          </Field>
        )}
        {request.availability.length > 0 && (
          <Field label={t('request.availability')}>
            <List size="sm">
              {request.availability.map((window) => (
                <List.Item key={`${window.startsAt}-${window.endsAt}`}>
                  {format.zonedWindow(window.startsAt, window.endsAt, request.property.timezone)}
                </List.Item>
              ))}
            </List>
          </Field>
        )}
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="request-timeline">
        <Title order={2} fz="h4" id="request-timeline">
          {t('request.timeline')}
        </Title>
        <RequestTimeline events={request.timeline} />
      </Stack>

      {actions.includes('CANCEL') && <CancelRequest request={request} />}
    </Stack>
  );
};
