/** An owner's cost approval thresholds, in cents. */
export interface ApprovalPolicyRecord {
  /** Below this the manager approves alone (default $200). */
  managerApprovesBelowCents: number;
  /** Above this the owner must approve (default $500); between the two the owner is notified. */
  ownerApprovalAboveCents: number;
  /** Emergency over the owner threshold: the manager may approve, the owner is notified. */
  emergencyManagerMayApprove: boolean;
}

export const DEFAULT_APPROVAL_POLICY: ApprovalPolicyRecord = {
  managerApprovesBelowCents: 20_000,
  ownerApprovalAboveCents: 50_000,
  emergencyManagerMayApprove: true,
};
