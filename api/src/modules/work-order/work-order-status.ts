import { registerEnumType } from 'type-graphql';

export enum WorkOrderStatus {
  NEW = 'NEW',
  ASSIGNED = 'ASSIGNED',
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(WorkOrderStatus, { name: 'WorkOrderStatus' });

export enum LocationKind {
  UNIT = 'UNIT',
  COMMON_AREA = 'COMMON_AREA',
}

registerEnumType(LocationKind, {
  name: 'LocationKind',
  description: "Where the problem is: inside the tenant's unit, or in a common area of the property.",
});

export enum WorkOrderChangeKind {
  CREATED = 'CREATED',
  TRIAGED = 'TRIAGED',
  ASSIGNED = 'ASSIGNED',
  SCHEDULED = 'SCHEDULED',
  RESCHEDULE_REQUESTED = 'RESCHEDULE_REQUESTED',
  COST_APPROVAL = 'COST_APPROVAL',
  COMPLETED = 'COMPLETED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  CANCELLED = 'CANCELLED',
  MESSAGE_POSTED = 'MESSAGE_POSTED',
  SLA_CHANGED = 'SLA_CHANGED',
  UPDATED = 'UPDATED',
  UNASSIGNED = 'UNASSIGNED',
  RUNNING_LATE = 'RUNNING_LATE',
  REMINDER = 'REMINDER',
  OWNER_NOTIFIED = 'OWNER_NOTIFIED',
  PAGED = 'PAGED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}

registerEnumType(WorkOrderChangeKind, { name: 'WorkOrderChangeKind' });
