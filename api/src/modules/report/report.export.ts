import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/graphql/context';
import { reportScope } from './report.service';

const COLUMNS = [
  'number',
  'completed_at',
  'closed_at',
  'property',
  'unit',
  'category',
  'priority',
  'assignee',
  'actual_cost_usd',
  'rating',
  'title',
] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets never run it as a formula. */
const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Completed jobs with their costs, for accounting; scoped like the reports (owners: their properties). */
export const completedJobsCsv = async (
  em: EntityManager,
  viewer: Viewer,
  range: { from: Date; to: Date },
  propertyIds: readonly string[],
): Promise<string> => {
  const scope = reportScope(viewer, propertyIds);
  const rows = await em.getConnection().execute<Record<(typeof COLUMNS)[number], unknown>[]>(
    `select w.number, to_char(w.completed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as completed_at,
        to_char(w.closed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as closed_at, p.name as property, u.label as unit, c.name as category, w.priority,
        coalesce(v.name, t.name) as assignee, round(w.actual_cost_cents / 100.0, 2) as actual_cost_usd, w.rating_score as rating, w.title
       from work_orders w join properties p on p.id = w.property_id left join units u on u.id = w.unit_id
       join categories c on c.id = w.category_id left join vendors v on v.id = w.assignee_vendor_id
       left join technicians t on t.id = w.assignee_technician_id
      where w.completed_at is not null and w.completed_at >= ? and w.completed_at < ?
        and ${scope.sql}
      order by w.completed_at, w.number`,
    [range.from, range.to, ...scope.params],
    'all',
    em.getTransactionContext(),
  );
  return (
    [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n'
  );
};
