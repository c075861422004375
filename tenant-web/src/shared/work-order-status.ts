import type { WorkOrderStatus } from '../generated/graphql';

/** The tenant's progress line: Received → Assigned → Scheduled → Done. */
export const PROGRESS_STEPS = ['received', 'assigned', 'scheduled', 'done'] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

/** Index into PROGRESS_STEPS, or null for a cancelled request (shown apart). */
export const progressIndex = (status: WorkOrderStatus): number | null => {
  switch (status) {
    case 'NEW':
      return 0;
    case 'ASSIGNED':
      return 1;
    case 'SCHEDULED':
      return 2;
    case 'COMPLETED':
    case 'CLOSED':
      return 3;
    case 'CANCELLED':
      return null;
  }
};

export const isOpenStatus = (status: WorkOrderStatus): boolean =>
  status !== 'CLOSED' && status !== 'CANCELLED';
