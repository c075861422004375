import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkOrderStatus } from '../../generated/graphql';

const COLORS: Record<WorkOrderStatus, string> = {
  NEW: 'indigo',
  ASSIGNED: 'cyan',
  SCHEDULED: 'violet',
  COMPLETED: 'teal',
  CLOSED: 'gray',
  CANCELLED: 'gray',
};

export function StatusBadge({ status, size = 'sm' }: { status: WorkOrderStatus; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" color={COLORS[status]} variant="outline" size={size} radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}
