import type { Role, WorkOrderStatus, WorkflowAction } from '../../generated/graphql';

/** The actions the console offers as buttons, each with a dialog; the tenant's own actions are not here. */
export type DialogAction = Exclude<WorkflowAction, 'TRIAGE' | 'REQUEST_RESCHEDULE' | 'CONFIRM_RESOLUTION'>;

export type CostDecision = 'approve' | 'reject';

export interface ActionRequest {
  workOrderId: string;
  action: DialogAction;
  /** For DECIDE_COST_APPROVAL: open on one decision (the approvals list) instead of offering both. */
  decision?: CostDecision;
}

/** Button order in the drawer: the next step first, the way back and out last. */
export const DRAWER_ACTION_ORDER: readonly DialogAction[] = [
  'ASSIGN',
  'DECIDE_COST_APPROVAL',
  'SCHEDULE',
  'COMPLETE',
  'CLOSE',
  'SUBMIT_ESTIMATE',
  'RESCHEDULE',
  'REPORT_RUNNING_LATE',
  'REASSIGN',
  'REOPEN',
  'UNASSIGN',
  'CANCEL',
];

/** The actions an assignee works with on "My jobs". */
export const JOB_ACTION_ORDER: readonly DialogAction[] = [
  'COMPLETE',
  'SCHEDULE',
  'RESCHEDULE',
  'REPORT_RUNNING_LATE',
  'SUBMIT_ESTIMATE',
];

/** Taken back, taken away: shown in red and confirmed. */
export const DESTRUCTIVE_ACTIONS: ReadonlySet<DialogAction> = new Set<DialogAction>(['CANCEL', 'UNASSIGN']);

/** The step forward on a work order: a filled button. */
export const PRIMARY_ACTIONS: ReadonlySet<DialogAction> = new Set<DialogAction>([
  'ASSIGN',
  'SCHEDULE',
  'COMPLETE',
  'CLOSE',
  'DECIDE_COST_APPROVAL',
]);

/** Keyboard shortcuts in the open drawer for the frequent actions. */
export const ACTION_HOTKEYS: Partial<Record<DialogAction, string>> = {
  ASSIGN: 'A',
  REASSIGN: 'A',
  SCHEDULE: 'S',
  RESCHEDULE: 'S',
  SUBMIT_ESTIMATE: 'E',
  COMPLETE: 'C',
};

/** The actions a card can be dropped into another column for. */
export type DropAction = Extract<
  DialogAction,
  'ASSIGN' | 'UNASSIGN' | 'SCHEDULE' | 'COMPLETE' | 'CLOSE' | 'REOPEN' | 'CANCEL'
>;

/** The column a card lands in when the action is taken by dropping it there (board drag and drop). */
const DROP_TARGETS: ReadonlyArray<readonly [DropAction, WorkOrderStatus]> = [
  ['ASSIGN', 'ASSIGNED'],
  ['UNASSIGN', 'NEW'],
  ['SCHEDULE', 'SCHEDULED'],
  ['COMPLETE', 'COMPLETED'],
  ['CLOSE', 'CLOSED'],
  ['REOPEN', 'ASSIGNED'],
  ['CANCEL', 'CANCELLED'],
];

const DIALOG_ACTIONS: ReadonlySet<WorkflowAction> = new Set<WorkflowAction>(DRAWER_ACTION_ORDER);

export function isDialogAction(action: WorkflowAction): action is DialogAction {
  return DIALOG_ACTIONS.has(action);
}

/** The action that dropping a card with these actions on `target` starts, or null when it cannot go there. */
export function dropActionFor(
  card: { status: WorkOrderStatus; availableActions: readonly WorkflowAction[] },
  target: WorkOrderStatus,
): DropAction | null {
  if (card.status === target) return null;
  for (const [action, to] of DROP_TARGETS) {
    if (to === target && card.availableActions.includes(action)) return action;
  }
  return null;
}

export interface CostApprovalGate {
  state: string;
  blocksScheduling: boolean;
  managerMayDecide: boolean;
}

/**
 * The server lists an action when the transition table allows it, preconditions aside: an approval decision
 * only makes sense while one is pending, and a manager decides only within their authority.
 */
export function canDecideNow(
  availableActions: readonly WorkflowAction[],
  costApproval: CostApprovalGate | null | undefined,
  role: Role,
): boolean {
  if (!availableActions.includes('DECIDE_COST_APPROVAL')) return false;
  if (costApproval?.state !== 'PENDING_OWNER') return false;
  return role === 'OWNER' || costApproval.managerMayDecide;
}

/** Scheduling waits while the owner's approval is pending (the emergency rule aside). */
export function schedulingBlocked(costApproval: CostApprovalGate | null | undefined): boolean {
  return Boolean(costApproval?.blocksScheduling);
}

/** The dialog actions to show, in order, for what the viewer may do now. */
export function visibleActions(
  order: readonly DialogAction[],
  workOrder: {
    availableActions: readonly WorkflowAction[];
    costApproval?: CostApprovalGate | null;
  },
  role: Role,
): DialogAction[] {
  return order.filter((action) => {
    if (!workOrder.availableActions.includes(action)) return false;
    if (action === 'DECIDE_COST_APPROVAL')
      return canDecideNow(workOrder.availableActions, workOrder.costApproval, role);
    return true;
  });
}
