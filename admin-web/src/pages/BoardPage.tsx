import { BoardView } from '../modules/board/views/BoardView';
import { WorkOrderDrawerView } from '../modules/work-order/views/WorkOrderDrawerView';

/** The live board, with the work order drawer opened by `?wo=<id>` (or `?open=<id>` from a notification). */
export function BoardPage() {
  return (
    <>
      <BoardView />
      <WorkOrderDrawerView />
    </>
  );
}
