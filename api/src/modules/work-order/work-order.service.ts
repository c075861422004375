import { OptimisticLockError, type EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { decodeCursor, encodeCursor } from '../../platform/graphql/connection';
import type { Viewer } from '../../platform/graphql/context';
import { groupInKeyOrder } from '../../platform/graphql/loaders';
import { idOf } from '../../platform/graphql/node';
import { executePrepared } from '../../platform/db/prepared';
import { readRow, rowColumns } from '../../platform/db/read-rows';
import { UserFacingError } from '../../platform/graphql/user-error';
import { Category } from '../category/category.entity';
import { Role } from '../identity/role';
import { User } from '../identity/user.entity';
import { Property } from '../portfolio/property.entity';
import { Unit } from '../portfolio/unit.entity';
import { Technician } from '../vendor/technician.entity';
import { Vendor } from '../vendor/vendor.entity';
import { WorkOrderEvent } from './work-order-event.entity';
import {
  OrderDirection,
  WorkOrderOrderField,
  type WorkOrderFilter,
  type WorkOrderOrder,
} from './work-order.filter';
import { seesPortfolio } from '../portfolio/portfolio.policy';
import { slaEventsFromJson, slaEventsJson, type SlaEventsJson } from '../sla/sla.loaders';
import type { SlaEvent } from '../sla/sla.service';
import { SLA_SETTINGS } from '../sla/sla.settings';
import { repeatCountSql } from './repeat.loaders';
import { seesInternalNotes, workOrderScope } from './work-order.policy';
import { WorkOrder } from './work-order.entity';

const ORDER_COLUMN: Record<
  WorkOrderOrderField,
  { column: string; property: 'createdAt' | 'updatedAt' | 'number' }
> = {
  [WorkOrderOrderField.CREATED_AT]: { column: 'w.created_at', property: 'createdAt' },
  [WorkOrderOrderField.UPDATED_AT]: { column: 'w.updated_at', property: 'updatedAt' },
  [WorkOrderOrderField.NUMBER]: { column: 'w.number', property: 'number' },
};

/** Listing rules, as data. */
export const LIST_RULES = {
  /**
   * A text search counts its matches up to this many: every match of a common word is a row read from the table (a
   * GIN index cannot count by itself), 55,000 of them for "leak" on 1,000,000 orders. The total then reads "1,000+".
   */
  textCountCap: 1_000,
} as const;

const idsOf = (type: string, ids: readonly string[]): number[] => ids.map((id) => idOf(type, id) ?? -1);

/**
 * The total from `work_order_counts` (kept exact by a trigger, see its migration) when the filter and the viewer's
 * scope only concern status, priority and property — a board column or "show closed" sums a few hundred rows
 * instead of counting every matching order. Null when the orders themselves must be counted.
 */
const keptCount = (
  viewer: Viewer,
  filter: WorkOrderFilter | undefined | null,
): { sql: string; bindings: unknown[] } | null => {
  if (!seesPortfolio(viewer) && viewer.role !== Role.OWNER) return null; // scopes beyond the property
  if (
    filter?.approvalStates?.length ||
    filter?.categoryIds?.length ||
    filter?.assigneeIds?.length ||
    filter?.text?.trim()
  )
    return null;
  const scope = workOrderScope(viewer); // for these viewers, a condition on w.property_id only
  const conditions = [scope.sql];
  const bindings = [...scope.params];
  const narrow = (column: string, values: readonly unknown[] | null | undefined): void => {
    if (!values?.length) return;
    conditions.push(`w.${column} in (?)`);
    bindings.push([...values]);
  };
  narrow('status', filter?.statuses);
  narrow('priority', filter?.priorities);
  narrow('property_id', filter?.propertyIds ? idsOf('Property', filter.propertyIds) : null);
  return {
    sql: `select coalesce(sum(w.n), 0)::int as n from work_order_counts w where ${conditions.join(' and ')}`,
    bindings,
  };
};

/**
 * Columns a list page reads only when a field that shows them is asked of its rows (GraphQL field → the work order's
 * properties it reads). A board card shows none of them; they are a third of a row's columns. Every other column is
 * always read; properties listed under no field (`[]`) are never read for a page. A field that reads one of these
 * properties must be listed here: test/page-columns.spec.ts compares every field of a page's rows with the same
 * order read whole.
 */
export const ON_DEMAND_COLUMNS: Readonly<Record<string, readonly (keyof WorkOrder & string)[]>> = {
  reportedSeverity: ['reportedSeverity'],
  triageReasons: ['triageReasons'],
  description: ['description'],
  access: ['accessSnapshot'],
  permissionToEnter: ['permissionToEnter'],
  assignedAt: ['assignedAt'],
  actualCost: ['actualCostCents'],
  completionNotes: ['completionNotes'],
  rating: ['ratingScore', 'ratingComment', 'ratedAt'],
  '': ['idempotencyKey', 'scheduledAt', 'cancelledAt'],
};

/** The work order's properties a page leaves unread when its rows are asked `fields` (all are read without a list). */
const unreadFor = (fields: ReadonlySet<string> | undefined): string[] =>
  fields === undefined
    ? []
    : Object.entries(ON_DEMAND_COLUMNS)
        .filter(([field]) => !fields.has(field))
        .flatMap(([, properties]) => properties);

/** "#1042" or "1042": a tracking number, looked up directly rather than searched. */
const TRACKING_NUMBER = /^#?(\d{1,9})$/;

/** A `where` clause being built: its conditions (`?` placeholders; an array value fills `in (?)`) and values. */
interface Conditions {
  sql: string[];
  params: unknown[];
}

const where = (conditions: Conditions, ...more: string[]): string =>
  [...conditions.sql, ...more].join(' and ');

const assigneeSql = '(w.assignee_vendor_id in (?) or w.assignee_technician_id in (?))';

/**
 * Counts the orders `filtered` matches (and, if given, assigned to one of `assignees`). An assignee filter is counted
 * as two sums, vendors' jobs and then technicians' jobs not already counted, each read from its assignee index alone:
 * counted as one `vendor in … or technician in …` condition, every matching order's row was read from the table
 * (24,000 rows for a busy vendor's "any status" list; bench/results/board-profile.md).
 */
const orderCount = (
  filtered: Conditions,
  assignees: { vendors: number[]; technicians: number[] } | null,
  capped: boolean,
): { sql: string; bindings: readonly unknown[] } => {
  if (capped) {
    // one more than the cap tells "more than the cap" from "exactly the cap"
    const assigned = assignees === null ? [] : [assigneeSql];
    return {
      sql: `select count(*) from (select 1 from work_orders w where ${where(filtered, ...assigned)} limit ?) capped`,
      bindings: [
        ...filtered.params,
        ...(assignees === null ? [] : [assignees.vendors, assignees.technicians]),
        LIST_RULES.textCountCap + 1,
      ],
    };
  }
  if (assignees === null)
    return {
      sql: `select count(w.id) from work_orders w where ${where(filtered)}`,
      bindings: filtered.params,
    };
  const vendors = `select count(w.id) from work_orders w where ${where(filtered, 'w.assignee_vendor_id in (?)')}`;
  const technicians = `select count(w.id) from work_orders w where ${where(
    filtered,
    'w.assignee_technician_id in (?)',
    '(w.assignee_vendor_id is null or w.assignee_vendor_id not in (?))',
  )}`;
  return {
    sql: `select (${vendors}) + (${technicians})`,
    bindings: [
      ...filtered.params,
      assignees.vendors,
      ...filtered.params,
      assignees.technicians,
      assignees.vendors,
    ],
  };
};

/** Keyset cursor: the sort value and the id. */
export const cursorOf = (order: WorkOrderOrder, row: WorkOrder): string => {
  const value = row[ORDER_COLUMN[order.field].property];
  return encodeCursor([value instanceof Date ? value.toISOString() : value, row.id]);
};

/** What a board card shows besides the order itself, fetched in the page's own statement. */
export interface WorkOrderPageRelations {
  units: Unit[];
  properties: Property[];
  users: User[];
  categories: Category[];
  vendors: Vendor[];
  technicians: Technician[];
  /** Unread messages per order for the viewer. */
  unread: Map<number, number>;
  /** What `PageExtras` asked for: each order's SLA events and repeat count, and the stored SLA settings. */
  slaEvents: Map<number, SlaEvent[]>;
  repeatCounts: Map<number, number>;
  slaSettings: { stored: unknown } | null;
}

/** What a page's fields will ask of each row besides its relations, read in the page's statement too. */
export interface PageExtras {
  /** The SLA clock's events of each order (and the SLA settings). */
  slaEvents?: boolean;
  /** The repeat badge's count. */
  repeatCount?: boolean;
  /**
   * The fields asked of each row: columns only other fields show (`ON_DEMAND_COLUMNS`) are left unread, and the
   * rows' instances leave those properties unset. Without it every column is read.
   */
  fields?: ReadonlySet<string>;
}

export interface WorkOrderPage {
  rows: WorkOrder[];
  totalCount: number;
  /** False when a text search matched more than LIST_RULES.textCountCap orders (totalCount is then the cap). */
  totalCountExact: boolean;
  related: WorkOrderPageRelations;
}

/**
 * One page of the work orders the viewer may see, with everything a board card needs in the same statement: the
 * unit, property, requester, category and assignee rows (as JSON, mapped to entities), the viewer's unread count
 * and the total (an uncorrelated count subquery, computed once; an empty page counts apart).
 */
export const listWorkOrders = async (
  em: EntityManager,
  viewer: Viewer,
  filter: WorkOrderFilter | undefined | null,
  order: WorkOrderOrder,
  size: number,
  after: string | null | undefined,
  extras: PageExtras = {},
): Promise<WorkOrderPage> => {
  // the statement is written out rather than built by the query builder: building it cost about as much CPU as
  // mapping the page's rows
  const scope = workOrderScope(viewer);
  const filtered: Conditions = { sql: [`(${scope.sql})`], params: [...scope.params] };
  const narrow = (column: string, values: readonly unknown[] | null | undefined): void => {
    if (!values?.length) return;
    filtered.sql.push(`w.${column} in (?)`);
    filtered.params.push([...values]);
  };
  narrow('status', filter?.statuses);
  narrow('priority', filter?.priorities);
  narrow('approval_state', filter?.approvalStates);
  narrow('property_id', filter?.propertyIds?.length ? idsOf('Property', filter.propertyIds) : null);
  narrow('category_id', filter?.categoryIds?.length ? idsOf('Category', filter.categoryIds) : null);
  const text = filter?.text?.trim();
  const number = text ? TRACKING_NUMBER.exec(text) : null;
  if (number) {
    filtered.sql.push('w.number = ?');
    filtered.params.push(Number(number[1]));
  } else if (text) {
    filtered.sql.push(`w.search_vector @@ websearch_to_tsquery('english', ?)`);
    filtered.params.push(text);
  }
  // a text search (not a tracking number) counts up to the cap
  const capped = Boolean(text) && number === null;
  const assignees = filter?.assigneeIds?.length
    ? { vendors: idsOf('Vendor', filter.assigneeIds), technicians: idsOf('Technician', filter.assigneeIds) }
    : null;
  const page: Conditions = { sql: [...filtered.sql], params: [...filtered.params] };
  if (assignees !== null) {
    page.sql.push(assigneeSql);
    page.params.push(assignees.vendors, assignees.technicians);
  }
  const { column } = ORDER_COLUMN[order.field];
  const dir = order.direction === OrderDirection.ASC ? 'asc' : 'desc';
  if (after) {
    const [value, id] = decodeCursor(after, [
      order.field === WorkOrderOrderField.NUMBER ? 'number' : 'string',
      'number',
    ]);
    page.sql.push(`(${column}, w.id) ${dir === 'asc' ? '>' : '<'} (?, ?)`);
    page.params.push(value, id);
  }
  // The page itself is chosen first; only its rows are then joined to their relations and counted for unread
  // messages — not every row the filter matches.
  const inner = {
    sql: `select ${rowColumns(em, WorkOrder, 'w', unreadFor(extras.fields))} from work_orders w where ${where(page)} order by ${column} ${dir}, w.id ${dir} limit ?`,
    bindings: [...page.params, size + 1],
  };
  // the total (every page: without the cursor) as an uncorrelated subquery: computed once — from the trigger-kept
  // counts where the filter allows, otherwise by an index-only count
  const kept = keptCount(viewer, filter);
  const counted = kept ?? orderCount(filtered, assignees, capped);
  const viewerId = Number(viewer.id);
  const outerOrder = `${column.replace(/^w\./, 'p.')} ${dir}, p.id ${dir}`;
  const repeats = extras.repeatCount ? repeatCountSql('p', viewer) : null;
  const settings = extras.slaEvents ? [SLA_SETTINGS.key] : [];
  // a relation shared by several cards (a page has a few properties and categories for fifty cards) is sent once
  const firstOf = (alias: string, column: string): string =>
    `case when row_number() over (partition by p.${column}) = 1 then to_jsonb(${alias}) end`;
  // the total apart from the page: an empty page has no row to carry it (a page past the end, or nothing matches)
  const countApart = async (): Promise<number> => {
    const [row] = await em
      .getConnection()
      .execute<{ n: number }[]>(
        `select (${counted.sql})::int as n`,
        [...counted.bindings],
        'all',
        em.getTransactionContext(),
      );
    return Number(row?.n ?? 0);
  };
  // A text search's capped count scans the table for matches (7 ms for a common word on 1,000,000 orders), and as the
  // page statement's subquery it ran before the page: it runs beside the page instead, on a connection of its own.
  // (Promise.all: a failure of either is the request's, and neither is left unawaited)
  const [raws, besideTotal] = await Promise.all([
    executePrepared<PageRow>(
      em,
      `select p.*, ${capped ? 'null' : `(${counted.sql})`} as page_total,
        (select count(*)::int from messages m
           left join message_reads mr on mr.work_order_id = m.work_order_id and mr.user_id = ?
          where m.work_order_id = p.id and m.author_id <> ?
            and m.id > coalesce(mr.last_read_message_id, 0)${seesInternalNotes(viewer) ? '' : ' and not m.internal'}
        ) as page_unread,
        ${repeats === null ? 'null' : repeats.sql} as page_repeats,
        ${extras.slaEvents ? slaEventsJson('p.id') : 'null'} as page_events,
        ${extras.slaEvents ? `case when row_number() over () = 1 then jsonb_build_array((select s.value from settings s where s.key = ?)) end` : 'null'} as page_settings,
        to_jsonb(pu) as page_unit, ${firstOf('pp', 'property_id')} as page_property,
        to_jsonb(pr) - 'password_hash' as page_requester, ${firstOf('pc', 'category_id')} as page_category,
        ${firstOf('pv', 'assignee_vendor_id')} as page_vendor, ${firstOf('pt', 'assignee_technician_id')} as page_technician
       from (${inner.sql}) p
       left join units pu on pu.id = p.unit_id
       left join properties pp on pp.id = p.property_id
       left join users pr on pr.id = p.requester_id
       left join categories pc on pc.id = p.category_id
       left join vendors pv on pv.id = p.assignee_vendor_id
       left join technicians pt on pt.id = p.assignee_technician_id
      order by ${outerOrder}`,
      [
        ...(capped ? [] : counted.bindings),
        viewerId,
        viewerId,
        ...(repeats?.params ?? []),
        ...settings,
        ...inner.bindings,
      ],
    ),
    capped ? countApart() : null,
  ]);
  // each related row is mapped to its entity once, however many cards share it (a page has a few properties and
  // categories for fifty cards)
  const seen = new Set<string>();
  const once = <T extends object>(
    entity: new () => T,
    data: Record<string, unknown> | null,
    into: T[],
  ): void => {
    if (data === null) return;
    const key = `${entity.name}:${String(data.id)}`;
    if (seen.has(key)) return;
    seen.add(key);
    into.push(readRow(em, entity, data));
  };
  const related: WorkOrderPageRelations = {
    units: [],
    properties: [],
    users: [],
    categories: [],
    vendors: [],
    technicians: [],
    unread: new Map(),
    slaEvents: new Map(),
    repeatCounts: new Map(),
    slaSettings: null,
  };
  const rows = raws.map((r) => {
    const {
      page_unread,
      page_repeats,
      page_events,
      page_settings,
      page_unit,
      page_property,
      page_requester,
      page_category,
      page_vendor,
      page_technician,
    } = r;
    // the row itself: a read row takes its entity's columns and ignores the page_ ones
    const wo = readRow(em, WorkOrder, r);
    once(Unit, page_unit, related.units);
    once(Property, page_property, related.properties);
    once(User, page_requester, related.users);
    once(Category, page_category, related.categories);
    once(Vendor, page_vendor, related.vendors);
    once(Technician, page_technician, related.technicians);
    related.unread.set(wo.id, page_unread);
    if (page_repeats !== null) related.repeatCounts.set(wo.id, page_repeats);
    if (page_events !== null) related.slaEvents.set(wo.id, slaEventsFromJson(page_events));
    // the settings row as a one-element array: [null] when none is stored
    if (page_settings !== null) related.slaSettings = { stored: page_settings[0] ?? undefined };
    return wo;
  });
  const total = raws[0]?.page_total;
  const matched =
    besideTotal !== null
      ? besideTotal
      : total !== undefined && total !== null
        ? Number(total)
        : await countApart();
  const totalCountExact = !capped || matched <= LIST_RULES.textCountCap;
  return { rows, totalCount: totalCountExact ? matched : LIST_RULES.textCountCap, totalCountExact, related };
};

interface PageRow extends Record<string, unknown> {
  page_total: string | number | null;
  page_unread: number;
  page_repeats: number | null;
  page_events: SlaEventsJson | null;
  page_settings: [unknown] | null;
  page_unit: Record<string, unknown> | null;
  page_property: Record<string, unknown> | null;
  page_requester: Record<string, unknown> | null;
  page_category: Record<string, unknown> | null;
  page_vendor: Record<string, unknown> | null;
  page_technician: Record<string, unknown> | null;
}

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
