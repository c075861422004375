import {
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  SimpleGrid,
  Spoiler,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconCalendarEvent,
  IconCalendarOff,
  IconCircleCheck,
  IconDoorEnter,
  IconMapPin,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';
import { formatDateTime, safeTimeZone } from '../../../shared/format/intl';
import { PriorityBadge } from '../../../shared/ui/PriorityBadge';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { JOB_ACTION_ORDER, type ActionRequest } from '../../dispatch/actions';
import { ApprovalStateBadge } from '../../dispatch/components/ApprovalStateBadge';
import { AppointmentSummary, RescheduleRequestNotice } from '../../dispatch/components/AppointmentSummary';
import { WorkOrderActionBar } from '../../dispatch/components/WorkOrderActionBar';
import { jobTiming, type Job } from '../hooks/groupJobs';

export interface JobCardProps {
  job: Job;
  role: Role;
  locale: string;
  now: number;
  onAction: (request: ActionRequest) => void;
  onOpen: (id: string) => void;
}

function AccessItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** One job for the person doing it: when, where, how to get in, what is wrong, and the next step. */
export function JobCard({ job, role, locale, now, onAction, onOpen }: JobCardProps) {
  const { t } = useTranslation();
  const timeZone = safeTimeZone(job.property.timezone);
  const timing = jobTiming(job, now);
  const access = job.access;
  const titleId = `job-${job.id}-title`;
  const place =
    job.locationKind === 'COMMON_AREA'
      ? t('workOrder.commonAreaNamed', { name: job.locationDetail ?? t('workOrder.commonArea') })
      : [job.unit ? t('workOrder.unitLabel', { label: job.unit.label }) : null, job.locationDetail]
          .filter(Boolean)
          .join(' · ');

  const accessItems: Array<[string, ReactNode]> = [];
  if (access?.gateCode) accessItems.push([t('access.gateCode'), <Code key="gate">{access.gateCode}</Code>]);
  if (access?.lockboxCode)
    accessItems.push([t('access.lockboxCode'), <Code key="lockbox">{access.lockboxCode}</Code>]);
  if (access?.pets) accessItems.push([t('access.pets'), access.pets]);
  if (access?.bestContactMethod)
    accessItems.push([t('access.bestContactMethod'), t(`contactMethod.${access.bestContactMethod}`)]);
  if (access?.preferredTimes) accessItems.push([t('access.preferredTimes'), access.preferredTimes]);
  if (access?.notes) accessItems.push([t('access.notes'), access.notes]);

  let when: ReactNode;
  if (job.status === 'COMPLETED') {
    when = (
      <Group gap={8} wrap="nowrap">
        <ThemeIcon variant="light" color="teal" size="md" radius="md" aria-hidden>
          <IconCircleCheck size={16} />
        </ThemeIcon>
        <Text size="sm" fw={600}>
          {job.completedAt
            ? t('jobs.completedAt', { at: formatDateTime(job.completedAt, locale, timeZone) })
            : t('status.COMPLETED')}
        </Text>
      </Group>
    );
  } else if (job.appointment) {
    when = <AppointmentSummary appointment={job.appointment} locale={locale} timeZone={timeZone} />;
  } else {
    when = (
      <Group gap={8} wrap="nowrap">
        <ThemeIcon variant="light" color="gray" size="md" radius="md" aria-hidden>
          <IconCalendarOff size={16} />
        </ThemeIcon>
        <Text size="sm" c="dimmed">
          {t('jobs.notScheduled')}
        </Text>
      </Group>
    );
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-labelledby={titleId}
      data-testid="job"
      data-number={job.number}
      data-status={job.status}
      style={timing.overdue ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} miw={0} style={{ flex: 1 }}>
            <Group gap={6}>
              {timing.overdue && (
                <Badge color="red" variant="filled" size="sm" radius="sm">
                  {t('jobs.overdue')}
                </Badge>
              )}
              <Text size="xs" c="dimmed" fw={600}>
                {t('workOrder.number', { number: job.number })} · {job.category.name}
              </Text>
            </Group>
            <Title order={3} size="h5" id={titleId}>
              <Anchor
                component="button"
                type="button"
                inherit
                c="inherit"
                onClick={() => onOpen(job.id)}
                aria-haspopup="dialog"
                ta="left"
              >
                {job.title}
              </Anchor>
            </Title>
          </Stack>
          <Group gap={6}>
            <StatusBadge status={job.status} />
            <PriorityBadge priority={job.priority} />
            {job.costApproval && job.costApproval.state !== 'NOT_REQUIRED' && (
              <ApprovalStateBadge state={job.costApproval.state} />
            )}
          </Group>
        </Group>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={4}>{when}</Stack>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <ThemeIcon variant="light" color="indigo" size="md" radius="md" aria-hidden>
              <IconMapPin size={16} />
            </ThemeIcon>
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {job.property.name}
                {place ? ` · ${place}` : ''}
              </Text>
              <Anchor
                size="sm"
                href={`https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(job.property.address)}`}
                target="_blank"
                rel="noreferrer"
                data-testid="job-address"
              >
                {job.property.address}
              </Anchor>
            </div>
          </Group>
        </SimpleGrid>

        {job.rescheduleRequest && (
          <RescheduleRequestNotice request={job.rescheduleRequest} locale={locale} timeZone={timeZone} />
        )}

        <Paper bg="gray.0" radius="md" p="sm" data-testid="job-access">
          <Group gap={6} mb={6}>
            <IconDoorEnter size={16} aria-hidden />
            <Text size="sm" fw={600}>
              {t('access.title')}
            </Text>
            <Text size="xs" c={job.permissionToEnter ? 'teal.8' : 'orange.8'} fw={500}>
              {job.permissionToEnter ? t('jobs.mayEnter') : t('jobs.mayNotEnter')}
            </Text>
          </Group>
          {accessItems.length > 0 ? (
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" verticalSpacing={6}>
              {accessItems.map(([label, value]) => (
                <AccessItem key={label} label={label}>
                  {value}
                </AccessItem>
              ))}
            </SimpleGrid>
          ) : (
            <Text size="sm" c="dimmed">
              {t('access.none')}
            </Text>
          )}
        </Paper>

        <Spoiler
          maxHeight={66}
          showLabel={t('jobs.showMore')}
          hideLabel={t('jobs.showLess')}
          styles={{ control: { fontSize: 'var(--mantine-font-size-sm)' } }}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {job.description || t('workOrder.noDescription')}
          </Text>
        </Spoiler>

        <Group justify="space-between" align="flex-end" gap="xs">
          <WorkOrderActionBar workOrder={job} role={role} order={JOB_ACTION_ORDER} onAction={onAction} />
          <Button
            variant="default"
            size="sm"
            leftSection={<IconCalendarEvent size={16} aria-hidden />}
            onClick={() => onOpen(job.id)}
            aria-describedby={titleId}
          >
            {t('jobs.details')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
