import { Badge, type BadgeProps } from '@mantine/core';
import { IconAlertTriangleFilled, IconChevronDown, IconChevronsUp, IconEqual } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../generated/graphql';

interface PriorityLook {
  color: string;
  variant: BadgeProps['variant'];
  Icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
}

const LOOKS: Record<Severity, PriorityLook> = {
  EMERGENCY: { color: 'red', variant: 'filled', Icon: IconAlertTriangleFilled },
  URGENT: { color: 'orange', variant: 'light', Icon: IconChevronsUp },
  ROUTINE: { color: 'blue', variant: 'light', Icon: IconEqual },
  LOW: { color: 'gray', variant: 'light', Icon: IconChevronDown },
};

export const PRIORITY_ORDER: readonly Severity[] = ['EMERGENCY', 'URGENT', 'ROUTINE', 'LOW'];

export interface PriorityBadgeProps {
  priority: Severity;
  size?: BadgeProps['size'];
}

/** Priority as colour, icon and word together: never colour alone. */
export function PriorityBadge({ priority, size = 'sm' }: PriorityBadgeProps) {
  const { t } = useTranslation();
  const { color, variant, Icon } = LOOKS[priority];
  return (
    <Badge
      component="span"
      color={color}
      variant={variant}
      size={size}
      radius="sm"
      leftSection={<Icon size={12} aria-hidden />}
      data-priority={priority}
    >
      {t(`priority.${priority}`)}
    </Badge>
  );
}
