import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { PAUSE_EVENT_KINDS, RESPONSE_EVENTS } from './sla.rules';
import type { SlaEvent } from './sla.service';

interface SlaEventRow extends Omit<SlaEvent, 'at'> {
  workOrderId: number;
  atMs: number;
}

/** An event kind as an SQL literal (the kinds are the enum's upper-case names). */
const kindLiteral = (kind: string): string => {
  if (!/^[A-Z_]+$/.test(kind)) throw new Error(`Not an event kind: ${kind}`);
  return `'${kind}'`;
};

/** `RESPONSE_EVENTS` as an SQL condition on the events aliased `alias`. */
const respondsSql = (alias: string): string =>
  RESPONSE_EVENTS.map((r) =>
    [
      `${alias}.kind = ${kindLiteral(r.kind)}`,
      ...(r.visible === true ? [`not ${alias}.internal`] : []),
      ...(r.flag === undefined ? [] : [`${alias}.data -> '${r.flag}' = 'true'::jsonb`]),
    ].join(' and '),
  )
    .map((condition) => `(${condition})`)
    .join(' or ');

/**
 * The events the SLA clocks read, of the events aliased `alias` (their order's id is the SQL expression
 * `orderId`): those a pause rule reads (`PAUSE_EVENT_KINDS`) and the first response. `slaOf` gives the same result
 * for these as for the whole timeline; a busy order's messages (most of its events) are left unread.
 */
export const slaEventsWhere = (alias: string, orderId: string): string =>
  `(${alias}.kind in (${PAUSE_EVENT_KINDS.map(kindLiteral).join(', ')}) or ${alias}.id = (
      select r.id from work_order_events r where r.work_order_id = ${orderId} and (${respondsSql('r')})
       order by r.at, r.id limit 1))`;

/**
 * The events the clocks read of each order (`slaEventsWhere`: pauses and the first response), in one statement per
 * batch — only the four columns the clock reads, as plain rows.
 */
export const slaEventsLoader = (em: EntityManager): DataLoader<number, SlaEvent[]> =>
  new DataLoader(async (ids) => {
    const events = await em.getConnection().execute<SlaEventRow[]>(
      `select work_order_id as "workOrderId", kind, (extract(epoch from at) * 1000)::float8 as "atMs", data, internal
         from work_order_events e where work_order_id in (?) and ${slaEventsWhere('e', 'e.work_order_id')}
        order by at, id`,
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
      order by e.at, e.id), '[]'::json) from work_order_events e
      where e.work_order_id = ${orderId} and ${slaEventsWhere('e', orderId)})`;

export const slaEventsFromJson = (events: SlaEventsJson): SlaEvent[] =>
  events.map(([kind, atMs, data, internal]) => ({ kind, at: new Date(atMs), data, internal }));
