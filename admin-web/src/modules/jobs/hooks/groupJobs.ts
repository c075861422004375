import type { MyJobsQuery, Severity } from '../../../generated/graphql';
import { safeTimeZone } from '../../../shared/format/intl';
import { zonedDateKey } from '../../../shared/format/zoned';
import { PRIORITY_ORDER } from '../../../shared/ui/PriorityBadge';

export type Job = MyJobsQuery['workOrders']['nodes'][number];

export type JobGroupKey = 'today' | 'upcoming' | 'toSchedule' | 'completed';

export interface JobGroup {
  key: JobGroupKey;
  jobs: Job[];
}

export interface JobTiming {
  /** The appointment's day is before today (in the property's zone) and the job is not done. */
  overdue: boolean;
  today: boolean;
}

const PRIORITY_RANK = new Map<Severity, number>(PRIORITY_ORDER.map((priority, index) => [priority, index]));

export function jobTiming(job: Job, now: number): JobTiming {
  if (job.status !== 'SCHEDULED' || !job.appointment) return { overdue: false, today: false };
  const timeZone = safeTimeZone(job.property.timezone);
  const today = zonedDateKey(new Date(now), timeZone);
  const day = zonedDateKey(new Date(job.appointment.startsAt), timeZone);
  return { overdue: day < today, today: day === today };
}

const byStart = (a: Job, b: Job) =>
  Date.parse(a.appointment?.startsAt ?? '') - Date.parse(b.appointment?.startsAt ?? '');
const byPriorityThenAge = (a: Job, b: Job) =>
  (PRIORITY_RANK.get(a.priority) ?? 9) - (PRIORITY_RANK.get(b.priority) ?? 9) ||
  Date.parse(a.createdAt) - Date.parse(b.createdAt);
const byCompletedDesc = (a: Job, b: Job) =>
  Date.parse(b.completedAt ?? b.createdAt) - Date.parse(a.completedAt ?? a.createdAt);

/**
 * Today's appointments first (with any missed earlier ones), then upcoming ones by start, then jobs still to
 * schedule (most urgent first), then what is done and waits for the tenant.
 */
export function groupJobs(jobs: readonly Job[], now: number): JobGroup[] {
  const today: Job[] = [];
  const upcoming: Job[] = [];
  const toSchedule: Job[] = [];
  const completed: Job[] = [];
  for (const job of jobs) {
    if (job.status === 'COMPLETED') completed.push(job);
    else if (job.status === 'SCHEDULED' && job.appointment) {
      const timing = jobTiming(job, now);
      (timing.today || timing.overdue ? today : upcoming).push(job);
    } else toSchedule.push(job);
  }
  return [
    { key: 'today' as const, jobs: today.sort(byStart) },
    { key: 'upcoming' as const, jobs: upcoming.sort(byStart) },
    { key: 'toSchedule' as const, jobs: toSchedule.sort(byPriorityThenAge) },
    { key: 'completed' as const, jobs: completed.sort(byCompletedDesc) },
  ].filter((group) => group.jobs.length > 0);
}
