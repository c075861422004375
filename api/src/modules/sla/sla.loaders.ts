import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import type { SlaEvent } from './sla.service';

interface SlaEventRow extends Omit<SlaEvent, 'at'> {
  workOrderId: number;
  atMs: number;
}

/**
 * All events of each order (pauses come from them, internal ones included), in one statement per batch — only the
 * four columns the clock reads, as plain rows: a board page reads hundreds of events and shows none of them.
 */
export const slaEventsLoader = (em: EntityManager): DataLoader<number, SlaEvent[]> =>
  new DataLoader(async (ids) => {
    const events = await em.getConnection().execute<SlaEventRow[]>(
      `select work_order_id as "workOrderId", kind, (extract(epoch from at) * 1000)::float8 as "atMs", data, internal
         from work_order_events where work_order_id in (?) order by at, id`,
      [[...ids]],
      'all',
      em.getTransactionContext(),
    );
    const light = events.map(({ workOrderId, kind, atMs, data, internal }) => ({
      workOrderId,
      kind,
      at: new Date(atMs),
      data,
      internal,
    }));
    return groupInKeyOrder(ids, light, (e) => e.workOrderId);
  });

/** One order's events as `slaEventsJson` gives them: [kind, at (epoch ms), data, internal], in the loader's order. */
export type SlaEventsJson = [SlaEvent['kind'], number, SlaEvent['data'], boolean][];

/**
 * The same events of one order as a JSON array, for a page statement that reads its rows' events itself (then
 * primes the loader with `slaEventsFromJson`); `orderId` is the SQL expression of the order's id.
 */
export const slaEventsJson = (orderId: string): string =>
  `(select coalesce(json_agg(json_build_array(e.kind, (extract(epoch from e.at) * 1000)::float8, e.data, e.internal)
      order by e.at, e.id), '[]'::json) from work_order_events e where e.work_order_id = ${orderId})`;

export const slaEventsFromJson = (events: SlaEventsJson): SlaEvent[] =>
  events.map(([kind, atMs, data, internal]) => ({ kind, at: new Date(atMs), data, internal }));
