import { Badge } from '@mantine/core';
import { IconAlertTriangleFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Overdue" in words with an icon, not colour alone. */
export const OverdueBadge = () => {
  const { t } = useTranslation();
  return (
    <Badge
      color="red.8"
      variant="filled"
      size="lg"
      radius="sm"
      leftSection={<IconAlertTriangleFilled size={14} aria-hidden />}
      data-testid="overdue-badge"
    >
      {t('rent.overdueBadge')}
    </Badge>
  );
};
