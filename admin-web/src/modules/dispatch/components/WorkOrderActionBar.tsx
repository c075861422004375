import { Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconArrowBackUp,
  IconCalendarEvent,
  IconCalendarRepeat,
  IconCircleCheck,
  IconClockExclamation,
  IconLock,
  IconLockCheck,
  IconReceipt2,
  IconScale,
  IconUserMinus,
  IconUserPlus,
  IconUsers,
  IconX,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionWorkOrderFragment, Role } from '../../../generated/graphql';
import {
  ACTION_HOTKEYS,
  DESTRUCTIVE_ACTIONS,
  DRAWER_ACTION_ORDER,
  PRIMARY_ACTIONS,
  schedulingBlocked,
  visibleActions,
  type ActionRequest,
  type DialogAction,
} from '../actions';

const ICONS: Record<DialogAction, ComponentType<{ size?: number }>> = {
  ASSIGN: IconUserPlus,
  REASSIGN: IconUsers,
  UNASSIGN: IconUserMinus,
  SCHEDULE: IconCalendarEvent,
  RESCHEDULE: IconCalendarRepeat,
  REPORT_RUNNING_LATE: IconClockExclamation,
  SUBMIT_ESTIMATE: IconReceipt2,
  DECIDE_COST_APPROVAL: IconScale,
  COMPLETE: IconCircleCheck,
  CLOSE: IconLockCheck,
  REOPEN: IconArrowBackUp,
  CANCEL: IconX,
};

const SCHEDULING_ROLES: ReadonlySet<Role> = new Set<Role>(['MANAGER', 'ADMIN', 'TECHNICIAN', 'VENDOR']);

export interface WorkOrderActionBarProps {
  workOrder: ActionWorkOrderFragment;
  role: Role;
  /** Which actions, in which order (the drawer shows all, "My jobs" the assignee's). */
  order?: readonly DialogAction[];
  size?: 'xs' | 'sm';
  /** Single-key shortcuts (A, S, E, C) while nothing else has focus. */
  hotkeys?: boolean;
  onAction: (request: ActionRequest) => void;
}

/**
 * Exactly the actions the server says the viewer may take now, as buttons. Scheduling that waits for the
 * owner's approval stays visible, disabled, with the reason.
 */
export function WorkOrderActionBar({
  workOrder,
  role,
  order = DRAWER_ACTION_ORDER,
  size = 'sm',
  hotkeys = false,
  onAction,
}: WorkOrderActionBarProps) {
  const { t } = useTranslation();
  const blocked = schedulingBlocked(workOrder.costApproval) && workOrder.status === 'ASSIGNED';
  const actions = visibleActions(order, workOrder, role).filter(
    (action) => !(blocked && action === 'SCHEDULE'),
  );
  const showBlockedSchedule =
    blocked &&
    order.includes('SCHEDULE') &&
    (workOrder.availableActions.includes('SCHEDULE') || SCHEDULING_ROLES.has(role));

  const open = (action: DialogAction) => onAction({ workOrderId: workOrder.id, action });

  useHotkeys(
    hotkeys
      ? actions.flatMap((action) => {
          const key = ACTION_HOTKEYS[action];
          return key ? [[key.toLowerCase(), () => open(action)] as [string, () => void]] : [];
        })
      : [],
  );

  if (actions.length === 0 && !showBlockedSchedule) return null;

  const forward = actions.filter((action) => !DESTRUCTIVE_ACTIONS.has(action));
  const destructive = actions.filter((action) => DESTRUCTIVE_ACTIONS.has(action));
  const blockedNoteId = `schedule-blocked-${workOrder.id}`;

  const button = (action: DialogAction) => {
    const Icon = ICONS[action];
    const hotkey = hotkeys ? ACTION_HOTKEYS[action] : undefined;
    const isDestructive = DESTRUCTIVE_ACTIONS.has(action);
    return (
      <Button
        key={action}
        size={size}
        variant={isDestructive ? 'subtle' : PRIMARY_ACTIONS.has(action) ? 'filled' : 'light'}
        color={isDestructive ? 'red' : action === 'COMPLETE' ? 'teal' : undefined}
        leftSection={<Icon size={16} aria-hidden />}
        rightSection={
          hotkey ? (
            <Kbd size="xs" aria-hidden>
              {hotkey}
            </Kbd>
          ) : undefined
        }
        aria-keyshortcuts={hotkey}
        onClick={() => open(action)}
        data-testid={`action-${action}`}
      >
        {t(`actions.${action}`)}
      </Button>
    );
  };

  return (
    <Stack gap={6}>
      <Group gap="xs" justify="space-between" wrap="wrap" role="toolbar" aria-label={t('actions.toolbar')}>
        <Group gap="xs" wrap="wrap">
          {showBlockedSchedule && (
            <Button
              size={size}
              variant="light"
              color="gray"
              leftSection={<IconLock size={16} aria-hidden />}
              data-disabled
              aria-disabled
              aria-describedby={blockedNoteId}
              onClick={(event) => event.preventDefault()}
              data-testid="action-SCHEDULE"
              data-blocked
            >
              {t('actions.SCHEDULE')}
            </Button>
          )}
          {forward.map(button)}
        </Group>
        {destructive.length > 0 && (
          <Group gap="xs" wrap="wrap">
            {destructive.map(button)}
          </Group>
        )}
      </Group>
      {showBlockedSchedule && (
        <Text size="xs" c="yellow.9" id={blockedNoteId} data-testid="schedule-blocked-note">
          {t('actions.scheduleBlocked')}
        </Text>
      )}
    </Stack>
  );
}
