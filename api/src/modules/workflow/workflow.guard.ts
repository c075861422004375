import { AppError } from '../../platform/graphql/errors';
import { UserFacingError } from '../../platform/graphql/user-error';
import type { WorkOrderStatus } from '../work-order/work-order-status';
import { TRANSITIONS, type Party, type Transition, type WorkflowAction } from './workflow.rules';

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
