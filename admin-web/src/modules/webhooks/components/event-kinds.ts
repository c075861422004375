import type { WebhookDeliveryStatus, WorkOrderChangeKind } from '../../../generated/graphql';

/** Every event kind an endpoint can subscribe to, in the order a work order usually meets them. */
export const WORK_ORDER_CHANGE_KINDS: readonly WorkOrderChangeKind[] = [
  'CREATED',
  'TRIAGED',
  'ASSIGNED',
  'UNASSIGNED',
  'SCHEDULED',
  'RESCHEDULE_REQUESTED',
  'RUNNING_LATE',
  'COST_APPROVAL',
  'OWNER_NOTIFIED',
  'COMPLETED',
  'CLOSED',
  'REOPENED',
  'CANCELLED',
  'MESSAGE_POSTED',
  'SLA_CHANGED',
  'REMINDER',
  'UPDATED',
];

export function isWorkOrderChangeKind(value: string): value is WorkOrderChangeKind {
  return WORK_ORDER_CHANGE_KINDS.some((kind) => kind === value);
}

export const DELIVERY_STATUS_COLORS: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'yellow',
  SUCCEEDED: 'teal',
  FAILED: 'red',
};
