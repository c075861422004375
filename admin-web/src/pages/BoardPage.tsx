import { BoardView } from '../modules/board/views/BoardView';
import { WorkOrderDrawerView } from '../modules/work-order/views/WorkOrderDrawerView';

/** The live board, with the work order drawer opened by `?wo=<id>`. */
export function BoardPage() {
  return (
    <>
      <BoardView />
      <WorkOrderDrawerView />
    </>
  );
}
