import { Group, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "2 affected": the reporter plus everyone who said "me too". */
export const AffectedCount = ({ count }: { count: number }) => {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" data-testid="affected-count" data-count={count}>
      <IconUsers size={18} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" fw={600}>
        {t('building.affected', { count })}
      </Text>
    </Group>
  );
};
