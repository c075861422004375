import { useCallback, useMemo, useState } from 'react';
import type { BoardCardFragment, WorkOrderStatus } from '../../../generated/graphql';
import { dropActionFor, type ActionRequest } from '../../dispatch/actions';
import type { ColumnDnd } from '../components/BoardColumn';

/**
 * Native drag and drop between columns: a card can go to the columns one of its available actions leads to,
 * and dropping it there opens that action's dialog (nothing changes until the dialog is confirmed).
 */
export function useBoardDnd(
  statuses: readonly WorkOrderStatus[],
  onAction: (request: ActionRequest) => void,
): (status: WorkOrderStatus) => ColumnDnd {
  const [dragging, setDragging] = useState<BoardCardFragment | null>(null);
  const [over, setOver] = useState<WorkOrderStatus | null>(null);

  const canDrag = useCallback(
    (card: BoardCardFragment) => statuses.some((status) => dropActionFor(card, status) !== null),
    [statuses],
  );
  const onCardDragStart = useCallback((card: BoardCardFragment) => {
    setDragging(card);
    setOver(null);
  }, []);
  const onCardDragEnd = useCallback(() => {
    setDragging(null);
    setOver(null);
  }, []);
  const onDragOver = useCallback((status: WorkOrderStatus) => setOver(status), []);
  const onDragLeave = useCallback(
    (status: WorkOrderStatus) => setOver((current) => (current === status ? null : current)),
    [],
  );
  const onDrop = useCallback(
    (status: WorkOrderStatus) => {
      const action = dragging ? dropActionFor(dragging, status) : null;
      if (dragging && action) onAction({ workOrderId: dragging.id, action });
      setDragging(null);
      setOver(null);
    },
    [dragging, onAction],
  );

  const shared = useMemo(
    () => ({ canDrag, onCardDragStart, onCardDragEnd, onDragOver, onDragLeave, onDrop }),
    [canDrag, onCardDragStart, onCardDragEnd, onDragOver, onDragLeave, onDrop],
  );

  return useCallback(
    (status: WorkOrderStatus): ColumnDnd => {
      if (!dragging) return { ...shared, dropState: null, dropAction: null, draggingId: null };
      const dropAction = dropActionFor(dragging, status);
      return {
        ...shared,
        dropAction,
        draggingId: dragging.id,
        dropState: dropAction ? (over === status ? 'over' : 'allowed') : 'none',
      };
    },
    [dragging, over, shared],
  );
}
