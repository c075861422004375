import { registerEnumType } from 'type-graphql';
import { Role } from '../identity/role';
import { WorkOrderChangeKind, WorkOrderStatus } from '../work-order/work-order-status';

export enum WorkflowAction {
  TRIAGE = 'TRIAGE',
  ASSIGN = 'ASSIGN',
  REASSIGN = 'REASSIGN',
  UNASSIGN = 'UNASSIGN',
  SCHEDULE = 'SCHEDULE',
  RESCHEDULE = 'RESCHEDULE',
  REQUEST_RESCHEDULE = 'REQUEST_RESCHEDULE',
  REPORT_RUNNING_LATE = 'REPORT_RUNNING_LATE',
  SUBMIT_ESTIMATE = 'SUBMIT_ESTIMATE',
  DECIDE_COST_APPROVAL = 'DECIDE_COST_APPROVAL',
  COMPLETE = 'COMPLETE',
  CONFIRM_RESOLUTION = 'CONFIRM_RESOLUTION',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  CANCEL = 'CANCEL',
}
registerEnumType(WorkflowAction, {
  name: 'WorkflowAction',
  description: 'Something that can be done to a work order.',
});

/**
 * Who may act: a staff role, or the actor's relation to this work order — its requester, its current assignee
 * (the technician, or a user of the vendor company), the owner of its property — or the system (jobs, rules).
 */
export type Party = Role.MANAGER | Role.ADMIN | 'REQUESTER' | 'ASSIGNEE' | 'OWNER' | 'SYSTEM';

export interface Transition {
  action: WorkflowAction;
  from: readonly WorkOrderStatus[];
  /** The status after the action; `null` keeps the current one. */
  to: WorkOrderStatus | null;
  parties: readonly Party[];
  /** The timeline/domain event the action writes. */
  event: WorkOrderChangeKind;
}

const { NEW, ASSIGNED, SCHEDULED, COMPLETED, CLOSED, CANCELLED } = WorkOrderStatus;
const STAFF: readonly Party[] = [Role.MANAGER, Role.ADMIN];
const K = WorkOrderChangeKind;

/** DOMAIN.md "Workflow": the one transition table. `guard` in workflow.guard.ts is the only reader. */
export const TRANSITIONS: readonly Transition[] = [
  { action: WorkflowAction.TRIAGE, from: [NEW], to: null, parties: STAFF, event: K.TRIAGED },
  {
    action: WorkflowAction.ASSIGN,
    from: [NEW],
    to: ASSIGNED,
    parties: [...STAFF, 'SYSTEM'],
    event: K.ASSIGNED,
  },
  { action: WorkflowAction.REASSIGN, from: [ASSIGNED], to: ASSIGNED, parties: STAFF, event: K.ASSIGNED },
  { action: WorkflowAction.UNASSIGN, from: [ASSIGNED], to: NEW, parties: STAFF, event: K.UNASSIGNED },
  {
    action: WorkflowAction.SCHEDULE,
    from: [ASSIGNED],
    to: SCHEDULED,
    parties: [...STAFF, 'ASSIGNEE'],
    event: K.SCHEDULED,
  },
  {
    action: WorkflowAction.RESCHEDULE,
    from: [SCHEDULED],
    to: SCHEDULED,
    parties: [...STAFF, 'ASSIGNEE'],
    event: K.SCHEDULED,
  },
  {
    action: WorkflowAction.REQUEST_RESCHEDULE,
    from: [SCHEDULED],
    to: null,
    parties: ['REQUESTER'],
    event: K.RESCHEDULE_REQUESTED,
  },
  {
    action: WorkflowAction.REPORT_RUNNING_LATE,
    from: [SCHEDULED],
    to: null,
    parties: [...STAFF, 'ASSIGNEE'],
    event: K.RUNNING_LATE,
  },
  {
    action: WorkflowAction.SUBMIT_ESTIMATE,
    from: [ASSIGNED, SCHEDULED],
    to: null,
    parties: [...STAFF, 'ASSIGNEE'],
    event: K.COST_APPROVAL,
  },
  {
    action: WorkflowAction.DECIDE_COST_APPROVAL,
    from: [ASSIGNED, SCHEDULED],
    to: null,
    parties: [...STAFF, 'OWNER'],
    event: K.COST_APPROVAL,
  },
  {
    action: WorkflowAction.COMPLETE,
    from: [ASSIGNED, SCHEDULED],
    to: COMPLETED,
    parties: [...STAFF, 'ASSIGNEE'],
    event: K.COMPLETED,
  },
  {
    action: WorkflowAction.CONFIRM_RESOLUTION,
    from: [COMPLETED],
    to: CLOSED,
    parties: ['REQUESTER'],
    event: K.CLOSED,
  },
  {
    action: WorkflowAction.CLOSE,
    from: [COMPLETED],
    to: CLOSED,
    parties: [...STAFF, 'SYSTEM'],
    event: K.CLOSED,
  },
  {
    action: WorkflowAction.REOPEN,
    from: [COMPLETED, CLOSED],
    to: ASSIGNED,
    parties: [...STAFF, 'REQUESTER'],
    event: K.REOPENED,
  },
  {
    action: WorkflowAction.CANCEL,
    from: [NEW],
    to: CANCELLED,
    parties: [...STAFF, 'REQUESTER'],
    event: K.CANCELLED,
  },
  {
    action: WorkflowAction.CANCEL,
    from: [ASSIGNED, SCHEDULED],
    to: CANCELLED,
    parties: STAFF,
    event: K.CANCELLED,
  },
];

/** Timings of the workflow's own jobs and limits, in seconds (configurable; see config.ts). */
export interface WorkflowTimings {
  autoCloseAfterSeconds: number;
  tenantReopenWithinSeconds: number;
  approvalReminderAfterSeconds: number;
  approvalEscalationAfterSeconds: number;
}

export const REMINDERS_BEFORE_APPOINTMENT: readonly { key: string; seconds: number; label: string }[] = [
  { key: 'DAY_BEFORE', seconds: 24 * 3600, label: 'tomorrow' },
  { key: 'HOUR_BEFORE', seconds: 3600, label: 'in an hour' },
];
