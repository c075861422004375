import { ApprovalsView } from '../modules/approvals/views/ApprovalsView';
import { WorkOrderDrawerView } from '../modules/work-order/views/WorkOrderDrawerView';

/** Estimates waiting for a decision, with the work order drawer opened by `?wo=<id>`. */
export function ApprovalsPage() {
  return (
    <>
      <ApprovalsView />
      <WorkOrderDrawerView />
    </>
  );
}
