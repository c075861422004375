import { Avatar, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface AssigneeChipProps {
  assignee: { id: string; name: string } | null | undefined;
  size?: 'xs' | 'sm' | 'md';
}

/** The assignee's initials and name, or a quiet "Unassigned". */
export function AssigneeChip({ assignee, size = 'sm' }: AssigneeChipProps) {
  const { t } = useTranslation();
  if (!assignee) {
    return (
      <Text component="span" size={size} c="dimmed">
        {t('workOrder.unassigned')}
      </Text>
    );
  }
  return (
    <Group component="span" gap={6} wrap="nowrap" miw={0}>
      <Avatar
        component="span"
        name={assignee.name}
        color="initials"
        size={size === 'md' ? 28 : 22}
        aria-hidden
      />
      <Text component="span" size={size} truncate="end">
        {assignee.name}
      </Text>
    </Group>
  );
}
