import { AppError } from '../../platform/graphql/errors';
import { UserFacingError } from '../../platform/graphql/user-error';
import { Role } from '../identity/role';
import { CostApprovalState } from '../work-order/work-order-records';
import type { WorkOrderStatus } from '../work-order/work-order-status';
import type { WorkOrder } from '../work-order/work-order.entity';
import { TRANSITIONS, WorkflowAction, type Party, type Transition } from './workflow.rules';

export type GuardResult =
  { ok: true; transition: Transition } | { ok: false; code: 'FORBIDDEN' | 'INVALID_TRANSITION' };

/** The one guard: may these parties take this action from this status? */
export const check = (
  action: WorkflowAction,
  status: WorkOrderStatus,
  parties: ReadonlySet<Party>,
): GuardResult => {
  const rows = TRANSITIONS.filter((t) => t.action === action && t.parties.some((p) => parties.has(p)));
  if (rows.length === 0) return { ok: false, code: 'FORBIDDEN' };
  const row = rows.find((t) => t.from.includes(status));
  return row === undefined ? { ok: false, code: 'INVALID_TRANSITION' } : { ok: true, transition: row };
};

/** Like `check`, but throws: FORBIDDEN as an error (never allowed for you), INVALID_TRANSITION as a user error. */
export const guard = (
  action: WorkflowAction,
  status: WorkOrderStatus,
  parties: ReadonlySet<Party>,
): Transition => {
  const result = check(action, status, parties);
  if (result.ok) return result.transition;
  if (result.code === 'FORBIDDEN') {
    throw new AppError(
      'FORBIDDEN',
      `You may not ${action.toLowerCase().replaceAll('_', ' ')} this work order.`,
    );
  }
  throw UserFacingError.of(
    'INVALID_TRANSITION',
    `This work order is ${status.toLowerCase()}: "${action.toLowerCase().replaceAll('_', ' ')}" is not possible now.`,
    ['input', 'workOrderId'],
  );
};

/** Every action the parties could take from this status (preconditions aside). */
export const possibleActions = (status: WorkOrderStatus, parties: ReadonlySet<Party>): WorkflowAction[] => [
  ...new Set(
    TRANSITIONS.filter((t) => t.from.includes(status) && t.parties.some((p) => parties.has(p))).map(
      (t) => t.action,
    ),
  ),
];

/**
 * What the parties may do to the order now: the possible actions, less those whose precondition fails at `now` — an
 * estimate to decide must be waiting and within the party's authority, and a reopen by anyone but staff must come
 * within `tenantReopenWithinSeconds` of completion. The mutations check the same (workflow.service.ts).
 */
export const availableActionsFor = (
  wo: Pick<WorkOrder, 'status' | 'costApprovalRecord' | 'completedAt' | 'closedAt'>,
  parties: ReadonlySet<Party>,
  now: number,
  tenantReopenWithinSeconds: number,
): WorkflowAction[] =>
  possibleActions(wo.status, parties).filter((action) => {
    if (action === WorkflowAction.DECIDE_COST_APPROVAL) {
      const record = wo.costApprovalRecord;
      return (
        record?.state === CostApprovalState.PENDING_OWNER && (parties.has('OWNER') || record.managerMayDecide)
      );
    }
    if (action === WorkflowAction.REOPEN && !parties.has(Role.MANAGER) && !parties.has(Role.ADMIN)) {
      const since = wo.completedAt ?? wo.closedAt;
      return (
        since === null || since === undefined || now - since.getTime() <= tenantReopenWithinSeconds * 1000
      );
    }
    return true;
  });
