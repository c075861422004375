import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import { Role, isStaff } from '../identity/role';
import { ACTIVE_TENANCY } from '../portfolio/portfolio.policy';
import { LocationKind, WorkOrderStatus } from '../work-order/work-order-status';
import { CommonAreaReport } from './common-area.entity';

/** Statuses in which a common-area problem is still open (and "me too" makes sense). */
export const OPEN_STATUSES: readonly WorkOrderStatus[] = [
  WorkOrderStatus.NEW,
  WorkOrderStatus.ASSIGNED,
  WorkOrderStatus.SCHEDULED,
];

export const SEARCH_MAX = 200;

export interface CommonAreaRow {
  id: number;
  number: number;
  title: string;
  location: string | null;
  status: WorkOrderStatus;
  created_at: Date;
  property_id: number;
  property_name: string;
  category_name: string;
  affected: number;
  mine: boolean;
  me_too: boolean;
}

/** Words that say nothing about the problem (English, French, Dutch), left out of the suggestion search. */
const STOP_WORDS = new Set(
  (
    'the and for not with from that this are was has have its our any all but out off too very there ' +
    'les des une est pas dans pour sur par qui que avec aux plus ' +
    'het een van niet met voor dat die ook nog wel aan bij naar zijn'
  ).split(' '),
);

/** Words of at least three letters or digits (stop words left out), as a prefix OR query for `simple` search. */
export const searchQuery = (text: string): string | null => {
  const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])]
    .filter((w) => !STOP_WORDS.has(w))
    .slice(0, 12);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' | ');
};

/** The property condition for the viewer: a tenant's currently leased properties; staff all; others none. */
const propertyCondition = (viewer: Viewer): { sql: string; params: unknown[] } =>
  isStaff(viewer.role as Role) && !viewer.apiKey
    ? { sql: 'true', params: [] }
    : viewer.role === Role.TENANT && !viewer.apiKey
      ? {
          sql: `w.property_id in (select u.property_id from units u join tenancies t on t.unit_id = u.id where t.tenant_id = ? and ${ACTIVE_TENANCY})`,
          params: [viewer.id],
        }
      : { sql: 'false', params: [] };

/**
 * Open common-area requests of the viewer's properties (optionally one), best match first when `search` is given,
 * else newest first — what a tenant sees before filing a duplicate. Only the request's public facts are read.
 */
export const listCommonAreaRequests = async (
  em: EntityManager,
  viewer: Viewer,
  options: { propertyId?: string | null; search?: string | null; first: number; ids?: number[] },
): Promise<CommonAreaRow[]> => {
  const scope = propertyCondition(viewer);
  const params: unknown[] = [
    viewer.id,
    viewer.id,
    ...scope.params,
    LocationKind.COMMON_AREA,
    [...OPEN_STATUSES],
  ];
  let where = `${scope.sql} and w.location_kind = ? and w.status in (?)`;
  if (options.propertyId !== undefined && options.propertyId !== null) {
    where += ' and w.property_id = ?';
    params.push(idOf('Property', options.propertyId) ?? -1);
  }
  if (options.ids) {
    where += ' and w.id in (?)';
    params.push(options.ids.length > 0 ? options.ids : [-1]);
  }
  const query = options.search ? searchQuery(options.search.slice(0, SEARCH_MAX)) : null;
  // a search of only short or stop words matches nothing (rather than everything)
  if (options.search?.trim() && query === null) return [];
  const document = `to_tsvector('simple', w.title || ' ' || coalesce(w.location_detail, '') || ' ' || c.name)`;
  let order = 'w.created_at desc';
  if (query !== null) {
    where += ` and ${document} @@ to_tsquery('simple', ?)`;
    params.push(query);
    order = `ts_rank(${document}, to_tsquery('simple', ?)) desc, w.created_at desc`;
    params.push(query);
  }
  params.push(options.first);
  return em.getConnection().execute<CommonAreaRow[]>(
    `select w.id, w.number, w.title, w.location_detail as location, w.status, w.created_at,
            p.id as property_id, p.name as property_name, c.name as category_name,
            1 + (select count(*)::int from common_area_reports r where r.work_order_id = w.id) as affected,
            w.requester_id = ? as mine,
            exists (select 1 from common_area_reports r where r.work_order_id = w.id and r.user_id = ?) as me_too
       from work_orders w join properties p on p.id = w.property_id join categories c on c.id = w.category_id
      where ${where}
      order by ${order}
      limit ?`,
    params,
    'all',
    em.getTransactionContext(),
  );
};

const openCommonArea = async (em: EntityManager, viewer: Viewer, workOrderId: string): Promise<number> => {
  const id = idOf('WorkOrder', workOrderId) ?? -1;
  const [row] = await listCommonAreaRequests(em, viewer, { first: 1, ids: [id] });
  if (row === undefined) {
    throw UserFacingError.of(
      'NOT_FOUND',
      'That is not an open common-area request of your building (it may just have been fixed).',
      ['workOrderId'],
    );
  }
  if (row.mine) throw UserFacingError.of('CONFLICT', 'You reported this one yourself.', ['workOrderId']);
  return id;
};

/** Adds the tenant to a common-area request's affected people; adding twice changes nothing. */
export const addMeToo = async (em: EntityManager, viewer: Viewer, workOrderId: string): Promise<number> => {
  const id = await openCommonArea(em, viewer, workOrderId);
  await em
    .getConnection()
    .execute(
      'insert into common_area_reports (work_order_id, user_id) values (?, ?) on conflict do nothing',
      [id, viewer.id],
      'run',
      em.getTransactionContext(),
    );
  return id;
};

export const removeMeToo = async (
  em: EntityManager,
  viewer: Viewer,
  workOrderId: string,
): Promise<number> => {
  const id = await openCommonArea(em, viewer, workOrderId);
  await em.nativeDelete(CommonAreaReport, { workOrder: id, user: viewer.id });
  return id;
};

/** How many people a request affects: its reporter plus every "me too"; one statement per batch. */
export const affectedCountLoader = (em: EntityManager): DataLoader<number, number> =>
  new DataLoader(async (ids) => {
    const rows = await em
      .getConnection()
      .execute<{ work_order_id: number; n: number }[]>(
        'select work_order_id, count(*)::int as n from common_area_reports where work_order_id in (?) group by work_order_id',
        [[...ids]],
        'all',
        em.getTransactionContext(),
      );
    const counts = new Map(rows.map((r) => [r.work_order_id, r.n]));
    return ids.map((id) => 1 + (counts.get(id) ?? 0));
  });
