import { Badge } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function NeedsReviewBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      component="span"
      color="yellow"
      variant="outline"
      size="sm"
      radius="sm"
      leftSection={<IconEye size={12} aria-hidden />}
    >
      {t('workOrder.needsReview')}
    </Badge>
  );
}
