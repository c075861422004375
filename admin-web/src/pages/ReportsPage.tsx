import { ReportsView } from '../modules/reports/views/ReportsView';
import { WorkOrderDrawerView } from '../modules/work-order/views/WorkOrderDrawerView';

/** Reports, with the work order drawer opened by `?wo=<id>` from a repeat issue's numbers. */
export function ReportsPage() {
  return (
    <>
      <ReportsView />
      <WorkOrderDrawerView />
    </>
  );
}
