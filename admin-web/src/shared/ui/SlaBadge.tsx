import { Badge, type BadgeProps } from '@mantine/core';
import {
  IconAlarm,
  IconAlertTriangle,
  IconClock,
  IconClockCheck,
  IconClockX,
  IconPlayerPause,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaVisualState } from '../format/sla';

export interface SlaLook {
  color: string;
  variant: BadgeProps['variant'];
  Icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
}

/** Colour, icon and word together, never colour alone: neutral, amber at risk, red overdue. */
export const SLA_LOOKS: Record<SlaVisualState, SlaLook> = {
  ON_TRACK: { color: 'gray', variant: 'light', Icon: IconClock },
  AT_RISK: { color: 'orange', variant: 'light', Icon: IconAlertTriangle },
  BREACHED: { color: 'red', variant: 'filled', Icon: IconAlarm },
  MET: { color: 'teal', variant: 'light', Icon: IconClockCheck },
  MISSED: { color: 'red', variant: 'light', Icon: IconClockX },
};

export interface SlaStateBadgeProps {
  state: SlaVisualState;
  size?: BadgeProps['size'];
}

/** "On track" / "At risk" / "Overdue" / "Met" / "Met late". */
export function SlaStateBadge({ state, size = 'sm' }: SlaStateBadgeProps) {
  const { t } = useTranslation();
  const { color, variant, Icon } = SLA_LOOKS[state];
  return (
    <Badge
      component="span"
      color={color}
      variant={variant}
      size={size}
      radius="sm"
      leftSection={<Icon size={12} aria-hidden />}
      data-sla-state={state}
    >
      {t(`sla.state.${state}`)}
    </Badge>
  );
}

/** The gray "Paused" badge, shown while the order waits on the tenant or the owner. */
export function SlaPausedBadge({ size = 'sm', title }: { size?: BadgeProps['size']; title?: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      component="span"
      color="gray"
      variant="outline"
      size={size}
      radius="sm"
      leftSection={<IconPlayerPause size={12} aria-hidden />}
      title={title}
      data-testid="sla-paused"
    >
      {t('sla.paused')}
    </Badge>
  );
}
