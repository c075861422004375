import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PriorityBadge } from '../../../shared/components/PriorityBadge';
import { useFormatters } from '../../../shared/format';
import {
  windowInstant,
  type IntakeCategory,
  type IntakeDraft,
  type IntakeSeverityLevel,
  type IntakeUnit,
  type StepId,
} from '../hooks/draft';

export interface ReviewStepProps {
  draft: IntakeDraft;
  unit: IntakeUnit | undefined;
  categories: readonly IntakeCategory[];
  levels: readonly IntakeSeverityLevel[];
  onEdit: (step: StepId) => void;
}

interface SectionProps {
  title: string;
  step: StepId;
  onEdit: (step: StepId) => void;
  children: ReactNode;
}

const Section = ({ title, step, onEdit, children }: SectionProps) => {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="sm" component="section" aria-label={title}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Title order={3} fz="sm" c="dimmed" fw={700}>
            {title}
          </Title>
          {children}
        </Stack>
        <Button
          variant="subtle"
          size="compact-md"
          mih={44}
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => onEdit(step)}
          aria-label={t('intake.review.editSection', { section: title })}
        >
          {t('common.edit')}
        </Button>
      </Group>
    </Card>
  );
};

const Line = ({ label, value }: { label: string; value: string }) => {
  const { t } = useTranslation();
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      <Text span fw={600} size="sm">
        {t('common.labelValue', { label })}
      </Text>{' '}
      {value}
    </Text>
  );
};

export const ReviewStep = ({ draft, unit, categories, levels, onEdit }: ReviewStepProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const category = categories.find((c) => c.id === draft.categoryId);
  const level = levels.find((l) => l.severity === draft.severity);
  const notProvided = t('common.notProvided');

  const where =
    draft.locationKind === 'COMMON_AREA'
      ? t('request.commonArea', { area: draft.commonArea ?? '' })
      : t('request.unitLocation', {
          unit: unit?.label ?? '',
          room:
            draft.room === 'other'
              ? draft.otherRoom.trim() || t('intake.rooms.other')
              : draft.room
                ? t(`intake.rooms.${draft.room}`)
                : '',
        });

  const windows = draft.availability.flatMap((window) => {
    const startsAt = windowInstant(window.date, window.from);
    const endsAt = windowInstant(window.date, window.to);
    return startsAt && endsAt ? [{ key: window.key, text: format.timeWindow(startsAt, endsAt) }] : [];
  });

  return (
    <Stack gap="sm">
      <Text c="dimmed">{t('intake.review.intro')}</Text>
      <Section title={t('intake.review.where')} step="where" onEdit={onEdit}>
        <Text>{where}</Text>
        {unit && (
          <Text size="sm" c="dimmed">
            {unit.property.name}
          </Text>
        )}
      </Section>
      <Section title={t('intake.review.what')} step="what" onEdit={onEdit}>
        <Text>{category?.name ?? notProvided}</Text>
      </Section>
      <Section title={t('intake.review.urgency')} step="urgency" onEdit={onEdit}>
        {draft.severity ? <PriorityBadge priority={draft.severity} /> : <Text>{notProvided}</Text>}
        {level && (
          <Text size="sm" c="dimmed">
            {t('intake.urgency.expectation', { expectation: level.responseExpectation })}
          </Text>
        )}
      </Section>
      <Section title={t('intake.review.describe')} step="describe" onEdit={onEdit}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {draft.title.trim() || notProvided}
        </Text>
        <Text size="sm" lineClamp={6} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {draft.description.trim() || notProvided}
        </Text>
        {draft.attachments.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('uploads.count', { count: draft.attachments.length })}
          </Text>
        )}
      </Section>
      <Section title={t('intake.review.access')} step="access" onEdit={onEdit}>
        <Line label={t('intake.review.pets')} value={draft.pets.trim() || notProvided} />
        <Line
          label={t('intake.review.contactMethod')}
          value={
            draft.bestContactMethod
              ? t(`intake.access.contact.${draft.bestContactMethod}`)
              : t('intake.access.contactNone')
          }
        />
        <Line label={t('intake.review.preferredTimes')} value={draft.preferredTimes.trim() || notProvided} />
        <Line label={t('intake.review.notes')} value={draft.notes.trim() || notProvided} />
        <Line
          label={t('intake.review.permission')}
          value={draft.permissionToEnter ? t('common.yes') : t('common.no')}
        />
        <Text size="sm" fw={600}>
          {t('common.labelValue', { label: t('intake.review.windows') })}
        </Text>
        {windows.length > 0 ? (
          <List size="sm">
            {windows.map((window) => (
              <List.Item key={window.key}>{window.text}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{t('intake.review.noWindows')}</Text>
        )}
      </Section>
    </Stack>
  );
};
