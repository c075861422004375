import { MyJobsView } from '../modules/jobs/views/MyJobsView';
import { WorkOrderDrawerView } from '../modules/work-order/views/WorkOrderDrawerView';

/** The assignee's jobs, with the work order drawer opened by `?wo=<id>`. */
export function JobsPage() {
  return (
    <>
      <MyJobsView />
      <WorkOrderDrawerView />
    </>
  );
}
