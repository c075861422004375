import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RepeatPattern } from '../../../generated/graphql';

const PATTERN_COLORS: Record<RepeatPattern, string> = {
  SAME_UNIT_SAME_CATEGORY: 'red',
  SAME_CATEGORY_ACROSS_PROPERTY: 'orange',
  SAME_ASSIGNEE_REPEAT_VISITS: 'grape',
};

export interface RepeatIssueLike {
  pattern: RepeatPattern;
  label: string;
  count: number;
  suggestedAction: string;
  workOrderNumbers: readonly number[];
}

export interface RepeatIssuesListProps {
  issues: readonly RepeatIssueLike[];
  /** Opens the work order with this tracking number. */
  onOpenNumber: (number: number) => void;
  /** The number being looked up, to show it busy. */
  openingNumber: number | null;
}

/** Same unit same problem, same category across a property, same assignee back again. */
export function RepeatIssuesList({ issues, onOpenNumber, openingNumber }: RepeatIssuesListProps) {
  const { t } = useTranslation();
  if (issues.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('reports.repeats.none')}
      </Text>
    );
  return (
    <Stack gap="xs">
      {issues.map((issue) => (
        <Paper
          key={`${issue.pattern}|${issue.label}`}
          withBorder
          radius="md"
          p="sm"
          data-testid="repeat-issue"
          data-pattern={issue.pattern}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Badge
                  color={PATTERN_COLORS[issue.pattern]}
                  variant="light"
                  radius="sm"
                  size="sm"
                  leftSection={<IconRepeat size={12} aria-hidden />}
                >
                  {t(`reports.repeats.pattern.${issue.pattern}`)}
                </Badge>
                <Text size="sm" fw={600}>
                  {issue.label}
                </Text>
              </Group>
              <Text size="sm">{issue.suggestedAction}</Text>
              <Group gap={6} aria-label={t('reports.repeats.orders')}>
                {issue.workOrderNumbers.map((number) => (
                  <Anchor
                    key={number}
                    component="button"
                    type="button"
                    size="sm"
                    fw={600}
                    onClick={() => onOpenNumber(number)}
                    disabled={openingNumber === number}
                    aria-busy={openingNumber === number || undefined}
                  >
                    {t('workOrder.number', { number })}
                  </Anchor>
                ))}
              </Group>
            </Stack>
            <Badge variant="default" radius="sm" size="lg" style={{ flexShrink: 0 }}>
              {t('reports.repeats.count', { count: issue.count })}
            </Badge>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
