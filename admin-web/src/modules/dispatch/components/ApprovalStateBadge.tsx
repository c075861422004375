import { Badge, type BadgeProps } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconHourglassHigh, IconX } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostApprovalState } from '../../../generated/graphql';

const LOOKS: Record<
  CostApprovalState,
  { color: string; variant: BadgeProps['variant']; Icon: ComponentType<{ size?: number }> }
> = {
  NOT_REQUIRED: { color: 'gray', variant: 'light', Icon: IconCircleDashed },
  PENDING_OWNER: { color: 'yellow', variant: 'filled', Icon: IconHourglassHigh },
  APPROVED: { color: 'teal', variant: 'light', Icon: IconCheck },
  REJECTED: { color: 'red', variant: 'light', Icon: IconX },
};

/** Approval state as colour, icon and words. */
export function ApprovalStateBadge({
  state,
  size = 'sm',
}: {
  state: CostApprovalState;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation();
  const { color, variant, Icon } = LOOKS[state];
  return (
    <Badge
      component="span"
      color={color}
      variant={variant}
      size={size}
      radius="sm"
      leftSection={<Icon size={12} aria-hidden />}
      data-approval-state={state}
      c={state === 'PENDING_OWNER' ? 'dark' : undefined}
    >
      {t(`approvalState.${state}`)}
    </Badge>
  );
}
