import type { ApprovalPolicyRecord } from '../portfolio/approval-policy';
import { CostApprovalState } from '../work-order/work-order-records';

export interface ApprovalOutcome {
  state: CostApprovalState;
  rule: string;
  ownerNotified: boolean;
  blocksScheduling: boolean;
  managerMayDecide: boolean;
}

interface Estimate {
  amountCents: number;
  emergency: boolean;
}

export const formatMoney = (cents: number, currency = 'USD'): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);

/**
 * PRODUCT.md §8 / DOMAIN.md "Cost approval", first match wins; the thresholds come from the owner's policy.
 * under $200: manager approves · $200–$500: manager approves, owner notified · over $500: owner must approve ·
 * emergency over $500: the manager may approve, owner notified.
 */
export const APPROVAL_RULES: readonly {
  key: string;
  applies: (e: Estimate, p: ApprovalPolicyRecord) => boolean;
  outcome: (p: ApprovalPolicyRecord) => ApprovalOutcome;
}[] = [
  {
    key: 'UNDER_MANAGER_LIMIT',
    applies: (e, p) => e.amountCents < p.managerApprovesBelowCents,
    outcome: (p) => ({
      state: CostApprovalState.NOT_REQUIRED,
      rule: `Under ${formatMoney(p.managerApprovesBelowCents)}: the manager approves`,
      ownerNotified: false,
      blocksScheduling: false,
      managerMayDecide: false,
    }),
  },
  {
    key: 'OWNER_NOTIFIED',
    applies: (e, p) => e.amountCents <= p.ownerApprovalAboveCents,
    outcome: (p) => ({
      state: CostApprovalState.NOT_REQUIRED,
      rule: `${formatMoney(p.managerApprovesBelowCents)} to ${formatMoney(p.ownerApprovalAboveCents)}: the manager approves; the owner is notified`,
      ownerNotified: true,
      blocksScheduling: false,
      managerMayDecide: false,
    }),
  },
  {
    key: 'EMERGENCY_MANAGER_MAY_APPROVE',
    applies: (e, p) => e.emergency && p.emergencyManagerMayApprove,
    outcome: (p) => ({
      state: CostApprovalState.PENDING_OWNER,
      rule: `Emergency over ${formatMoney(p.ownerApprovalAboveCents)}: the manager may approve; the owner is notified`,
      ownerNotified: true,
      blocksScheduling: false,
      managerMayDecide: true,
    }),
  },
  {
    key: 'OWNER_APPROVAL_REQUIRED',
    applies: () => true,
    outcome: (p) => ({
      state: CostApprovalState.PENDING_OWNER,
      rule: `Over ${formatMoney(p.ownerApprovalAboveCents)}: the owner must approve`,
      ownerNotified: false,
      blocksScheduling: true,
      managerMayDecide: false,
    }),
  },
];

export const evaluateApproval = (estimate: Estimate, policy: ApprovalPolicyRecord): ApprovalOutcome =>
  (
    APPROVAL_RULES.find((r) => r.applies(estimate, policy)) ??
    (APPROVAL_RULES.at(-1) as (typeof APPROVAL_RULES)[number])
  ).outcome(policy);
