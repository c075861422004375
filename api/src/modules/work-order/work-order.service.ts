import { OptimisticLockError, type EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { decodeCursor, encodeCursor } from '../../platform/graphql/connection';
import type { Viewer } from '../../platform/graphql/context';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import { Role } from '../identity/role';
import { WorkOrderEvent } from './work-order-event.entity';
import {
  OrderDirection,
  WorkOrderOrderField,
  type WorkOrderFilter,
  type WorkOrderOrder,
} from './work-order.filter';
import { workOrderScope } from './work-order.policy';
import { WorkOrder } from './work-order.entity';

const ORDER_COLUMN: Record<
  WorkOrderOrderField,
  { column: string; property: 'createdAt' | 'updatedAt' | 'number' }
> = {
  [WorkOrderOrderField.CREATED_AT]: { column: 'w.created_at', property: 'createdAt' },
  [WorkOrderOrderField.UPDATED_AT]: { column: 'w.updated_at', property: 'updatedAt' },
  [WorkOrderOrderField.NUMBER]: { column: 'w.number', property: 'number' },
};

const idsOf = (type: string, ids: readonly string[]): number[] => ids.map((id) => idOf(type, id) ?? -1);

/** Keyset cursor: the sort value and the id. */
export const cursorOf = (order: WorkOrderOrder, row: WorkOrder): string => {
  const value = row[ORDER_COLUMN[order.field].property];
  return encodeCursor([value instanceof Date ? value.toISOString() : value, row.id]);
};

export interface WorkOrderPage {
  rows: WorkOrder[];
  totalCount: number;
}

/** One page of the work orders the viewer may see: one statement for the rows and one for the count. */
export const listWorkOrders = async (
  em: EntityManager,
  viewer: Viewer,
  filter: WorkOrderFilter | undefined | null,
  order: WorkOrderOrder,
  size: number,
  after: string | null | undefined,
): Promise<WorkOrderPage> => {
  const scope = workOrderScope(viewer);
  const qb = em.createQueryBuilder(WorkOrder, 'w').select('*').where(scope.sql, scope.params);
  if (filter?.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
  if (filter?.priorities?.length) qb.andWhere({ priority: { $in: filter.priorities } });
  if (filter?.approvalStates?.length) qb.andWhere({ approvalState: { $in: filter.approvalStates } });
  if (filter?.propertyIds?.length) qb.andWhere({ property: { $in: idsOf('Property', filter.propertyIds) } });
  if (filter?.categoryIds?.length) qb.andWhere({ category: { $in: idsOf('Category', filter.categoryIds) } });
  if (filter?.assigneeIds?.length) {
    qb.andWhere({
      $or: [
        { assigneeVendor: { $in: idsOf('Vendor', filter.assigneeIds) } },
        { assigneeTechnician: { $in: idsOf('Technician', filter.assigneeIds) } },
      ],
    });
  }
  const text = filter?.text?.trim();
  if (text) {
    const number = /^#?(\d{1,9})$/.exec(text);
    if (number !== null) qb.andWhere({ number: Number(number[1]) });
    else qb.andWhere(`w.search_vector @@ websearch_to_tsquery('english', ?)`, [text]);
  }
  const countQuery = qb.clone();
  const { column } = ORDER_COLUMN[order.field];
  const dir = order.direction === OrderDirection.ASC ? 'asc' : 'desc';
  if (after) {
    const [value, id] = decodeCursor(after, [
      order.field === WorkOrderOrderField.NUMBER ? 'number' : 'string',
      'number',
    ]);
    qb.andWhere(`(${column}, w.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`, [value, id]);
  }
  qb.orderBy({ [ORDER_COLUMN[order.field].property]: dir, id: dir }).limit(size + 1);
  const [rows, totalCount] = await Promise.all([qb.getResultList(), countQuery.getCount()]);
  return { rows, totalCount };
};

/** Work orders by id, only those the viewer may see (null otherwise), in one statement per batch. */
export const visibleWorkOrderLoader = (
  em: EntityManager,
  viewer: Viewer | null,
): DataLoader<number, WorkOrder | null> =>
  new DataLoader(async (ids) => {
    if (viewer === null) return ids.map(() => null);
    const scope = workOrderScope(viewer);
    const rows = await em
      .createQueryBuilder(WorkOrder, 'w')
      .select('*')
      .where({ id: { $in: [...ids] } })
      .andWhere(scope.sql, scope.params)
      .getResultList();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** Timelines by work order; tenants never see internal events. */
export const timelineLoader = (
  em: EntityManager,
  viewer: Viewer | null,
): DataLoader<number, WorkOrderEvent[]> =>
  new DataLoader(async (workOrderIds) => {
    const events = await em.find(
      WorkOrderEvent,
      {
        workOrder: { $in: [...workOrderIds] },
        ...(viewer?.role === Role.TENANT ? { internal: false } : {}),
      },
      { orderBy: { at: 'asc', id: 'asc' } },
    );
    return groupInKeyOrder(workOrderIds, events, (e) => e.workOrder.id);
  });

export const conflict = (expected: number, actual: number): UserFacingError =>
  UserFacingError.of(
    'CONFLICT',
    `This work order changed while you were looking at it (you had version ${expected}, it is now ${actual}). Reload and try again.`,
    ['input', 'expectedVersion'],
  );

/** Checks the caller's `expectedVersion` (when given) before a change. */
export const assertVersion = (workOrder: WorkOrder, expected: number | null | undefined): void => {
  if (expected !== null && expected !== undefined && workOrder.version !== expected) {
    throw conflict(expected, workOrder.version);
  }
};

/** A concurrent writer won the race on flush: report it like a stale `expectedVersion`. */
export const mapLockError = async <T>(
  expected: number | null | undefined,
  run: () => Promise<T>,
): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(expected ?? -1, -1);
    throw error;
  }
};
