import { Avatar, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconShieldX, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AssignmentSuggestionsQuery } from '../../../generated/graphql';
import { formatNumber } from '../../../shared/format/intl';

export type Suggestion = AssignmentSuggestionsQuery['assignmentSuggestions'][number];

export interface SuggestionRowProps {
  suggestion: Suggestion;
  top: boolean;
  current: boolean;
  selected: boolean;
  locale: string;
  onPick: () => void;
}

/** The factors the api scores by; an unknown one shows its key as sent. */
const KNOWN_FACTORS = [
  'category',
  'preference',
  'insurance',
  'workload',
  'sameProperty',
  'completionRate',
  'rating',
] as const;
type KnownFactor = (typeof KNOWN_FACTORS)[number];

function isKnownFactor(factor: string): factor is KnownFactor {
  return (KNOWN_FACTORS as readonly string[]).includes(factor);
}

function signed(points: number, locale: string): string {
  const formatted = formatNumber(Math.abs(points), locale);
  if (points > 0) return `+${formatted}`;
  if (points < 0) return `−${formatted}`;
  return formatted;
}

/** One ranked candidate: who, the score, why (factor · points · detail), and what blocks them. */
export function SuggestionRow({ suggestion, top, current, selected, locale, onPick }: SuggestionRowProps) {
  const { t } = useTranslation();
  const { assignee } = suggestion;
  const kind = assignee.__typename === 'Vendor' ? 'vendor' : 'technician';
  const nameId = `suggestion-${assignee.id}-name`;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid="suggestion"
      data-selected={selected || undefined}
      data-blocked={suggestion.blocked || undefined}
      aria-labelledby={nameId}
      role="group"
      style={{
        borderColor: selected
          ? 'var(--mantine-color-indigo-5)'
          : suggestion.blocked
            ? 'var(--mantine-color-red-3)'
            : undefined,
        boxShadow: selected ? '0 0 0 1px var(--mantine-color-indigo-5)' : undefined,
      }}
    >
      <Stack gap={8}>
        <Group justify="space-between" wrap="nowrap" align="center">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Avatar name={assignee.name} color="initials" size={32} aria-hidden />
            <div style={{ minWidth: 0 }}>
              <Group gap={6} wrap="wrap">
                <Text fw={600} size="sm" id={nameId} data-testid="suggestion-name">
                  {assignee.name}
                </Text>
                <Badge size="xs" variant="default" radius="sm">
                  {t(`dispatch.assign.kind.${kind}`)}
                </Badge>
                {top && !suggestion.blocked && (
                  <Badge
                    size="xs"
                    color="indigo"
                    variant="light"
                    radius="sm"
                    leftSection={<IconStarFilled size={10} aria-hidden />}
                  >
                    {t('dispatch.assign.topPick')}
                  </Badge>
                )}
                {current && (
                  <Badge size="xs" color="gray" variant="outline" radius="sm">
                    {t('dispatch.assign.current')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('dispatch.assign.score', { score: formatNumber(suggestion.score, locale) })}
              </Text>
            </div>
          </Group>
          <Button
            size="xs"
            variant={selected ? 'filled' : 'light'}
            color={suggestion.blocked ? 'red' : 'indigo'}
            leftSection={selected ? <IconCheck size={14} aria-hidden /> : undefined}
            aria-pressed={selected}
            aria-describedby={nameId}
            onClick={onPick}
            data-testid="suggestion-pick"
          >
            {selected ? t('dispatch.assign.picked') : t('dispatch.assign.pick')}
          </Button>
        </Group>

        {suggestion.factors.length > 0 && (
          <Table
            fz="xs"
            verticalSpacing={2}
            horizontalSpacing={6}
            withRowBorders={false}
            aria-label={t('dispatch.assign.factorsFor', { name: assignee.name })}
            data-testid="suggestion-factors"
          >
            <Table.Tbody>
              {suggestion.factors.map((factor) => (
                <Table.Tr key={factor.factor}>
                  <Table.Td w="32%" c="dimmed">
                    {isKnownFactor(factor.factor)
                      ? t(`dispatch.assign.factors.${factor.factor}`)
                      : factor.factor}
                  </Table.Td>
                  <Table.Td
                    w={64}
                    ta="right"
                    fw={600}
                    c={factor.points > 0 ? 'teal.8' : factor.points < 0 ? 'red.7' : 'dimmed'}
                    style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                  >
                    {signed(factor.points, locale)}
                  </Table.Td>
                  <Table.Td>{factor.detail}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}

        {suggestion.blocked && (
          <Group gap={6} wrap="nowrap" align="flex-start" data-testid="suggestion-blocked">
            <IconShieldX size={16} color="var(--mantine-color-red-7)" aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm" c="red.7" fw={500}>
              {t('dispatch.assign.blocked', {
                reason: suggestion.blockedReason ?? t('dispatch.assign.blockedUnknown'),
              })}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
