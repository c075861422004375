import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ObjectType } from 'type-graphql';
import { Property } from '../portfolio/property.entity';
import type { WorkOrder } from '../work-order/work-order.entity';
import { Assignee } from './assignee';
import { Technician } from './technician.entity';
import { INSURANCE_WARNING_DAYS, SUGGESTION_WEIGHTS as W, insuranceValid } from './vendor.rules';
import { Vendor } from './vendor.entity';

@ObjectType({ description: 'One part of a suggestion’s score.' })
export class ScoreFactor {
  @Field()
  factor!: string;

  @Field(() => Float)
  points!: number;

  @Field()
  detail!: string;
}

@ObjectType({ description: 'A ranked candidate for a job, with its score broken down.' })
export class AssignmentSuggestion {
  @Field(() => Assignee)
  assignee!: Vendor | Technician;

  @Field(() => Float)
  score!: number;

  @Field(() => [ScoreFactor])
  factors!: ScoreFactor[];

  @Field({ description: 'Cannot be dispatched without an override (e.g. expired insurance).' })
  blocked!: boolean;

  @Field(() => String, { nullable: true })
  blockedReason?: string | null;
}

interface Stats {
  open: number;
  same_property_today: number;
  done: number;
  dropped: number;
  rating: number | null;
}

const statsSql = (column: 'assignee_vendor_id' | 'assignee_technician_id') => `
  select w.${column} as id,
    count(*) filter (where w.status in ('ASSIGNED', 'SCHEDULED'))::int as open,
    count(*) filter (where w.status = 'SCHEDULED' and w.property_id = ?
      and ((w.appointment->>'startsAt')::timestamptz at time zone ?)::date = (?::timestamptz at time zone ?)::date)::int as same_property_today,
    count(*) filter (where w.status in ('COMPLETED', 'CLOSED') and w.assigned_at > ?::timestamptz - interval '365 days')::int as done,
    count(*) filter (where w.status = 'CANCELLED' and w.assigned_at > ?::timestamptz - interval '365 days')::int as dropped,
    avg(w.rating_score)::float as rating
  from work_orders w where w.${column} in (?) group by w.${column}`;

const round = (n: number): number => Math.round(n * 10) / 10;

const score = (
  candidate: { name: string; rank: number | null; capacity: number; insuranceExpiresOn?: string | null },
  stats: Stats | undefined,
  now: Date,
): Omit<AssignmentSuggestion, 'assignee'> => {
  const factors: ScoreFactor[] = [];
  const add = (factor: string, points: number, detail: string): void => {
    factors.push(Object.assign(new ScoreFactor(), { factor, points: round(points), detail }));
  };
  add('category', W.category, 'Serves this category');
  if (candidate.rank !== null) {
    const points = W.preference[Math.min(candidate.rank, W.preference.length) - 1] ?? 0;
    add(
      'preference',
      points,
      candidate.rank === 1
        ? 'Preferred vendor for this category'
        : `Backup #${candidate.rank - 1} for this category`,
    );
  } else {
    add('preference', W.preference[1] ?? 0, 'In-house technician');
  }
  let blocked = false;
  let blockedReason: string | null = null;
  if (candidate.insuranceExpiresOn !== undefined) {
    if (!insuranceValid({ insuranceExpiresOn: candidate.insuranceExpiresOn ?? null }, now)) {
      blocked = true;
      blockedReason = `Insurance expired on ${candidate.insuranceExpiresOn}`;
      add('insurance', 0, blockedReason);
    } else if (candidate.insuranceExpiresOn === null) {
      add('insurance', 0, 'No insurance expiry on file');
    } else {
      const days = Math.floor((Date.parse(candidate.insuranceExpiresOn) - now.getTime()) / 86_400_000);
      if (days <= INSURANCE_WARNING_DAYS)
        add('insurance', W.insuranceExpiringSoon, `Insurance expires in ${days} days`);
      else add('insurance', 0, `Insured until ${candidate.insuranceExpiresOn}`);
    }
  }
  const open = stats?.open ?? 0;
  const free = candidate.capacity - open;
  if (free <= 0)
    add(
      'workload',
      W.overCapacity,
      `${open} open jobs, at or over the weekly capacity of ${candidate.capacity}`,
    );
  else
    add(
      'workload',
      (W.capacity * free) / candidate.capacity,
      `${open} open of ${candidate.capacity} per week`,
    );
  if ((stats?.same_property_today ?? 0) > 0)
    add('sameProperty', W.sameProperty, 'Already at this property today');
  const finished = (stats?.done ?? 0) + (stats?.dropped ?? 0);
  if (finished > 0) {
    const rate = (stats?.done ?? 0) / finished;
    add(
      'completionRate',
      W.completionRate * rate,
      `${Math.round(rate * 100)}% of ${finished} jobs completed in the last 12 months`,
    );
  } else {
    add('completionRate', 0, 'No finished jobs in the last 12 months');
  }
  if (stats?.rating != null)
    add('rating', W.ratingPerStar * (stats.rating - 3), `Average rating ${stats.rating.toFixed(1)}/5`);
  return { score: round(factors.reduce((sum, f) => sum + f.points, 0)), factors, blocked, blockedReason };
};

/** Ranked candidates (vendors and technicians serving the order's category), best first, blocked ones last. */
export const suggestAssignees = async (
  em: EntityManager,
  wo: WorkOrder,
  now = new Date(),
): Promise<AssignmentSuggestion[]> => {
  const conn = em.getConnection();
  const categoryId = wo.category.id;
  const vendorRows = await conn.execute<{ id: number; rank: number }[]>(
    'select v.id, vc.rank from vendors v join vendor_categories vc on vc.vendor_id = v.id where v.active and vc.category_id = ?',
    [categoryId],
    'all',
    em.getTransactionContext(),
  );
  const techRows = await conn.execute<{ id: number }[]>(
    'select t.id from technicians t join technician_categories tc on tc.technician_id = t.id where t.active and tc.category_id = ?',
    [categoryId],
    'all',
    em.getTransactionContext(),
  );
  const property = await em.findOneOrFail(Property, wo.property.id);
  const statsOf = async (column: 'assignee_vendor_id' | 'assignee_technician_id', ids: number[]) => {
    if (ids.length === 0) return new Map<number, Stats>();
    const iso = now.toISOString();
    const rows = await conn.execute<(Stats & { id: number })[]>(statsSql(column), [
      property.id,
      property.timezone,
      iso,
      property.timezone,
      iso,
      iso,
      ids,
    ]);
    return new Map(rows.map((r) => [r.id, r]));
  };
  const [vendors, technicians, vendorStats, techStats] = await Promise.all([
    em.find(Vendor, { id: { $in: vendorRows.map((r) => r.id) } }),
    em.find(Technician, { id: { $in: techRows.map((r) => r.id) } }),
    statsOf(
      'assignee_vendor_id',
      vendorRows.map((r) => r.id),
    ),
    statsOf(
      'assignee_technician_id',
      techRows.map((r) => r.id),
    ),
  ]);
  const rankOf = new Map(vendorRows.map((r) => [r.id, r.rank]));
  const suggestions = [
    ...vendors.map((v) =>
      Object.assign(new AssignmentSuggestion(), {
        assignee: v,
        ...score(
          {
            name: v.name,
            rank: rankOf.get(v.id) ?? null,
            capacity: v.weeklyCapacity,
            insuranceExpiresOn: v.insuranceExpiresOn ?? null,
          },
          vendorStats.get(v.id),
          now,
        ),
      }),
    ),
    ...technicians.map((t) =>
      Object.assign(new AssignmentSuggestion(), {
        assignee: t,
        ...score({ name: t.name, rank: null, capacity: t.weeklyCapacity }, techStats.get(t.id), now),
      }),
    ),
  ];
  return suggestions.sort(
    (a, b) =>
      Number(a.blocked) - Number(b.blocked) ||
      b.score - a.score ||
      a.assignee.name.localeCompare(b.assignee.name),
  );
};
