import { registerEnumType } from 'type-graphql';
import type { StoredWindow } from './time-window';

export enum CostApprovalState {
  NOT_REQUIRED = 'NOT_REQUIRED',
  PENDING_OWNER = 'PENDING_OWNER',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(CostApprovalState, { name: 'CostApprovalState' });

/** JSON kept on the work order (times as ISO strings). */
export interface AppointmentRecord {
  startsAt: string;
  endsAt: string;
  eta?: string | null;
  runningLateNote?: string | null;
  outsideAvailabilityReason?: string | null;
}

export interface RescheduleRequestRecord {
  windows: StoredWindow[];
  reason: string;
  requestedAt: string;
  requestedById: number;
}

export interface CostApprovalRecord {
  amountCents: number;
  currency: string;
  lineItems: { description: string; amountCents: number }[];
  note: string | null;
  state: CostApprovalState;
  rule: string;
  ownerNotified: boolean;
  blocksScheduling: boolean;
  managerMayDecide: boolean;
  submittedById: number;
  submittedAt: string;
  decidedById: number | null;
  decidedAt: string | null;
  decisionNote: string | null;
}
