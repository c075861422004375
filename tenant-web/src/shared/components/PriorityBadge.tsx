import { Badge, type BadgeProps } from '@mantine/core';
import {
  IconAlertTriangleFilled,
  IconArrowDown,
  IconClockExclamation,
  IconTool,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../generated/graphql';

const LOOK: Record<Severity, { color: string; variant: BadgeProps['variant']; icon: Icon }> = {
  EMERGENCY: { color: 'red', variant: 'filled', icon: IconAlertTriangleFilled },
  URGENT: { color: 'orange', variant: 'light', icon: IconClockExclamation },
  ROUTINE: { color: 'blue', variant: 'light', icon: IconTool },
  LOW: { color: 'gray', variant: 'light', icon: IconArrowDown },
};

export interface PriorityBadgeProps {
  priority: Severity;
  size?: BadgeProps['size'];
}

/** Colour + icon + word: an emergency never relies on colour alone. */
export const PriorityBadge = ({ priority, size = 'md' }: PriorityBadgeProps) => {
  const { t } = useTranslation();
  const look = LOOK[priority];
  const Icon = look.icon;
  return (
    <Badge
      color={look.color}
      variant={look.variant}
      size={size}
      leftSection={<Icon size={14} aria-hidden />}
      data-priority={priority}
    >
      {t(`priority.${priority}`)}
    </Badge>
  );
};
