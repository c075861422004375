import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

const WORK_ORDER_PARAM = 'wo';
/** Links in notification emails and pushes: `/admin/?open=<id>`. */
const OPEN_PARAM = 'open';

/**
 * The work order drawer is driven by `?wo=<id>` (or `?open=<id>`, the form notification links use) so
 * that an open work order is linkable and survives a reload; opening and closing keep every other
 * parameter (the board's filters).
 */
export function useWorkOrderParam() {
  const [searchParams, setSearchParams] = useSearchParams();
  const workOrderId = searchParams.get(WORK_ORDER_PARAM) || searchParams.get(OPEN_PARAM) || null;

  const open = useCallback(
    (id: string) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.delete(OPEN_PARAM);
        next.set(WORK_ORDER_PARAM, id);
        return next;
      });
    },
    [setSearchParams],
  );

  const close = useCallback(() => {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.delete(WORK_ORDER_PARAM);
      next.delete(OPEN_PARAM);
      return next;
    });
  }, [setSearchParams]);

  return { workOrderId, open, close };
}
