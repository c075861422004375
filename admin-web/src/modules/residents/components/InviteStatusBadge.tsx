import { Badge } from '@mantine/core';
import { IconCircleCheck, IconClockHour4, IconMailOff, IconMailQuestion } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteStatus } from '../../../generated/graphql';

const LOOKS: Record<InviteStatus, { color: string; Icon: ComponentType<{ size?: number }> }> = {
  ACTIVE: { color: 'teal', Icon: IconCircleCheck },
  PENDING: { color: 'blue', Icon: IconClockHour4 },
  EXPIRED: { color: 'orange', Icon: IconMailQuestion },
  NOT_INVITED: { color: 'gray', Icon: IconMailOff },
};

/** Where a tenant is in the invite flow: word, icon and colour together. */
export function InviteStatusBadge({ status }: { status: InviteStatus }) {
  const { t } = useTranslation();
  const { color, Icon } = LOOKS[status];
  return (
    <Badge
      component="span"
      color={color}
      variant="light"
      radius="sm"
      tt="none"
      leftSection={<Icon size={12} aria-hidden />}
      data-testid="invite-status"
      data-status={status}
      // never cut to "Invite pen…" in a narrow table column
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`residents.inviteStatus.${status}`)}
    </Badge>
  );
}

/** Statuses a new invite link can be sent for (the tenant has no password yet). */
export function canResendInvite(status: InviteStatus | null): boolean {
  return status === 'PENDING' || status === 'EXPIRED' || status === 'NOT_INVITED';
}
