import { Code, DataList, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetailQuery } from '../../../generated/graphql';
import { formatTimeWindow } from '../../../shared/format/intl';
import { PriorityBadge } from '../../../shared/ui/PriorityBadge';
import { AssigneeChip } from '../../../shared/ui/AssigneeChip';
import { AttachmentGallery } from '../../../shared/ui/AttachmentGallery';

export type WorkOrderDetail = NonNullable<WorkOrderDetailQuery['workOrder']>;

export interface WorkOrderDetailsProps {
  workOrder: WorkOrderDetail;
  locale: string;
  timeZone: string | undefined;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={3} size="h6" tt="uppercase" c="dimmed" lts={0.4}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function WorkOrderDetails({ workOrder, locale, timeZone }: WorkOrderDetailsProps) {
  const { t } = useTranslation();
  const access = workOrder.access;
  const place =
    workOrder.locationKind === 'COMMON_AREA'
      ? t('workOrder.commonAreaNamed', { name: workOrder.locationDetail ?? t('workOrder.commonArea') })
      : [
          workOrder.unit ? t('workOrder.unitLabel', { label: workOrder.unit.label }) : null,
          workOrder.locationDetail,
        ]
          .filter(Boolean)
          .join(' · ');

  const accessRows: Array<[string, ReactNode]> = [];
  if (access?.gateCode) accessRows.push([t('access.gateCode'), <Code key="gate">{access.gateCode}</Code>]);
  if (access?.lockboxCode)
    accessRows.push([t('access.lockboxCode'), <Code key="lockbox">{access.lockboxCode}</Code>]);
  if (access?.pets) accessRows.push([t('access.pets'), access.pets]);
  if (access?.bestContactMethod) {
    accessRows.push([t('access.bestContactMethod'), t(`contactMethod.${access.bestContactMethod}`)]);
  }
  if (access?.preferredTimes) accessRows.push([t('access.preferredTimes'), access.preferredTimes]);
  if (access?.notes) accessRows.push([t('access.notes'), access.notes]);

  return (
    <Stack gap="lg">
      <Section title={t('workOrder.description')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {workOrder.description || t('workOrder.noDescription')}
        </Text>
      </Section>

      {workOrder.attachments.length > 0 && (
        <Section title={t('uploads.gallery')}>
          <AttachmentGallery attachments={workOrder.attachments} />
        </Section>
      )}

      <Section title={t('workOrder.details')}>
        <DataList size="sm" labelWidth={170} gap="xs">
          <Row label={t('workOrder.property')}>
            <Text size="sm" span>
              {workOrder.property.name}
            </Text>
            <Text size="xs" c="dimmed">
              {workOrder.property.address}
            </Text>
          </Row>
          <Row label={t('workOrder.location')}>{place || t('common.notProvided')}</Row>
          <Row label={t('workOrder.category')}>{workOrder.category.name}</Row>
          <Row label={t('workOrder.severityVsPriority')}>
            <Group gap={6}>
              <PriorityBadge priority={workOrder.reportedSeverity} />
              <Text size="xs" c="dimmed" span aria-hidden>
                →
              </Text>
              <PriorityBadge priority={workOrder.priority} />
            </Group>
            <Text size="xs" c="dimmed">
              {t('workOrder.severityVsPriorityHint', {
                reported: t(`priority.${workOrder.reportedSeverity}`),
                priority: t(`priority.${workOrder.priority}`),
              })}
            </Text>
          </Row>
          <Row label={t('workOrder.requester')}>{workOrder.requester.name}</Row>
          <Row label={t('workOrder.assignee')}>
            <AssigneeChip assignee={workOrder.assignee} />
          </Row>
          <Row label={t('workOrder.permissionToEnter')}>
            {workOrder.permissionToEnter ? t('common.yes') : t('common.no')}
          </Row>
        </DataList>
      </Section>

      <Section title={t('workOrder.availability')}>
        {workOrder.availability.length > 0 ? (
          <List size="sm" spacing={4} data-testid="availability">
            {workOrder.availability.map((window) => (
              <List.Item key={`${window.startsAt}-${window.endsAt}`}>
                {formatTimeWindow(window.startsAt, window.endsAt, locale, timeZone)}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('workOrder.noAvailability')}
          </Text>
        )}
      </Section>

      <Section title={t('access.title')}>
        {accessRows.length > 0 ? (
          <DataList size="sm" labelWidth={170} gap="xs" data-testid="access-instructions">
            {accessRows.map(([label, value]) => (
              <Row key={label} label={label}>
                {value}
              </Row>
            ))}
          </DataList>
        ) : (
          <Text size="sm" c="dimmed">
            {t('access.none')}
          </Text>
        )}
      </Section>
    </Stack>
  );
}
