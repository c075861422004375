import { Group, Paper, Rating, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetailQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/intl';

type Detail = NonNullable<WorkOrderDetailQuery['workOrder']>;

export interface WorkOrderCompletionProps {
  workOrder: Pick<Detail, 'completionNotes' | 'completedAt' | 'rating' | 'status'>;
  locale: string;
  timeZone: string | undefined;
}

/** What the assignee said they did, and how the tenant rated it. */
export function WorkOrderCompletion({ workOrder, locale, timeZone }: WorkOrderCompletionProps) {
  const { t } = useTranslation();
  const { completionNotes, completedAt, rating, status } = workOrder;
  if (!completionNotes && !rating) return null;
  // Reopened: the earlier completion is history, not the current state.
  const current = status === 'COMPLETED' || status === 'CLOSED';
  return (
    <Paper withBorder radius="md" p="sm" bg={current ? 'teal.0' : 'gray.0'} data-testid="completion">
      <Stack gap={6}>
        <Group gap={6}>
          <IconCircleCheck
            size={18}
            color={current ? 'var(--mantine-color-teal-7)' : 'var(--mantine-color-gray-6)'}
            aria-hidden
          />
          <Title order={3} size="h6">
            {t(current ? 'completion.title' : 'completion.earlier')}
          </Title>
          {completedAt && (
            <Text size="xs" c="dimmed">
              {formatDateTime(completedAt, locale, timeZone)}
            </Text>
          )}
        </Group>
        {completionNotes && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="completion-notes">
            {completionNotes}
          </Text>
        )}
        {rating ? (
          <Group gap="xs" align="center" data-testid="rating">
            <Rating
              value={rating.score}
              readOnly
              size="sm"
              aria-label={t('completion.rating', { score: rating.score })}
            />
            <Text size="sm" fw={600}>
              {t('completion.ratingShort', { score: rating.score })}
            </Text>
            {rating.comment && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                “{rating.comment}”
              </Text>
            )}
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            {t('completion.noRating')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
