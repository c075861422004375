import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import type { Jobs, PlannedJob } from '../../platform/jobs/jobs';
import type { FixlinePubSub } from '../../platform/pubsub/pubsub';
import { Role, isStaff } from '../identity/role';
import { User } from '../identity/user.entity';
import { readSetting, writeSetting, type SettingDef } from '../settings/settings.service';
import { readSlaSettings } from '../sla/sla.settings';
import { Severity } from '../triage/severity';
import { withChanges } from '../work-order/work-order-events';
import { WorkOrderEvent } from '../work-order/work-order-event.entity';
import { WorkOrderChangeKind, WorkOrderStatus } from '../work-order/work-order-status';
import { WorkOrder } from '../work-order/work-order.entity';
import { visibleWorkOrderLoader } from '../work-order/work-order.service';

export const PAGE_JOB = 'escalation.page';

/** The on-call chain: user ids paged in order. */
export const ON_CALL_ROTA: SettingDef<number[]> = { key: 'on_call_rota', defaults: [] };

const ON_CALL_ROLES: readonly string[] = [Role.MANAGER, Role.ADMIN, Role.TECHNICIAN];

export const readRota = async (em: EntityManager): Promise<User[]> => {
  const ids = await readSetting(em, ON_CALL_ROTA);
  const users = await em.find(User, { id: { $in: ids }, active: true });
  return ids.map((id) => users.find((u) => u.id === id)).filter((u): u is User => u !== undefined);
};

export const updateRota = async (em: EntityManager, userIds: readonly string[]): Promise<User[]> => {
  const ids = userIds.map((id) => idOf('User', id));
  if (ids.length > 20)
    throw UserFacingError.of('INVALID', `At most 20 people on the rota; ${ids.length} were given.`, [
      'input',
      'userIds',
    ]);
  const users = await em.find(User, {
    id: { $in: ids.filter((id): id is number => id !== null) },
    active: true,
  });
  const bad = ids.findIndex((id) => !users.some((u) => u.id === id && ON_CALL_ROLES.includes(u.role)));
  if (bad >= 0)
    throw UserFacingError.of('INVALID', 'The rota takes active managers, admins and technicians.', [
      'input',
      'userIds',
      String(bad),
    ]);
  if (new Set(ids).size !== ids.length)
    throw UserFacingError.of('INVALID', 'Each person once.', ['input', 'userIds']);
  await writeSetting(em, ON_CALL_ROTA, ids as number[]);
  return readRota(em);
};

export interface EscalationDeps {
  em: EntityManager;
  pubSub: FixlinePubSub;
  jobs: Jobs;
}

/** Starts the chain for an emergency (in the caller's transaction): level 0 is paged at once. */
/** The first page of an emergency, as a job statement to run inside another (see `Jobs.plan`). */
export const escalationJob = (jobs: Jobs, workOrderId: number): Promise<PlannedJob> =>
  jobs.plan(PAGE_JOB, { workOrderId, level: 0 }, { singletonKey: `page:${workOrderId}:0` });

export const startEscalation = async (jobs: Jobs, em: EntityManager, workOrderId: number): Promise<void> =>
  jobs.runIn(em, await escalationJob(jobs, workOrderId));

const acknowledged = (events: readonly WorkOrderEvent[]): boolean =>
  events.some((e) => e.kind === WorkOrderChangeKind.ACKNOWLEDGED);

/**
 * Pages the person at `level` of the rota (a PAGED event: the notifications consumer delivers it), then queues the
 * next level after the configured minutes. Stops once acknowledged, or when the order is no longer an open emergency.
 */
export const page = async (
  deps: EscalationDeps,
  data: { workOrderId: number; level: number },
): Promise<void> => {
  await withChanges(deps.em.fork(), deps.pubSub, async (em, changes) => {
    const wo = await em.findOne(WorkOrder, data.workOrderId);
    if (wo === null || wo.priority !== Severity.EMERGENCY) return;
    if ([WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED, WorkOrderStatus.CANCELLED].includes(wo.status))
      return;
    const events = await em.find(WorkOrderEvent, { workOrder: wo.id });
    if (acknowledged(events)) return;
    const rota = await readRota(em);
    if (rota.length === 0) return;
    const person = rota[Math.min(data.level, rota.length - 1)] as User;
    changes.record(wo, {
      kind: WorkOrderChangeKind.PAGED,
      actorId: null,
      summary: `${data.level === 0 ? 'Paged' : 'Escalated to'} ${person.name} (on call, level ${data.level + 1})`,
      data: { userId: person.id, level: data.level },
    });
    await em.flush();
    const { escalationAfterMinutes } = await readSlaSettings(em);
    await deps.jobs.sendIn(
      em,
      PAGE_JOB,
      { workOrderId: wo.id, level: data.level + 1 },
      {
        startAfter: new Date(Date.now() + escalationAfterMinutes * 60_000),
        singletonKey: `page:${wo.id}:${data.level + 1}`,
      },
    );
  });
};

/** The person paged (or any manager/admin) acknowledges: the chain stops. */
export const acknowledgeEmergency = async (
  deps: EscalationDeps,
  viewer: Viewer,
  workOrderId: string,
): Promise<WorkOrder> =>
  withChanges(deps.em, deps.pubSub, async (em, changes) => {
    const id = idOf('WorkOrder', workOrderId);
    const wo = id === null ? null : await visibleWorkOrderLoader(em, viewer).load(id);
    if (wo === null) throw UserFacingError.of('NOT_FOUND', 'No such work order.', ['input', 'workOrderId']);
    const events = await em.find(WorkOrderEvent, { workOrder: wo.id }, { orderBy: { id: 'asc' } });
    const paged = events.filter((e) => e.kind === WorkOrderChangeKind.PAGED);
    if (paged.length === 0)
      throw UserFacingError.of('NOT_PAGED', 'Nobody has been paged for this order.', [
        'input',
        'workOrderId',
      ]);
    if (acknowledged(events))
      throw UserFacingError.of('ALREADY_ACKNOWLEDGED', 'This emergency was already acknowledged.', [
        'input',
        'workOrderId',
      ]);
    const wasPaged = paged.some((e) => e.data?.userId === viewer.id);
    if (!wasPaged && !isStaff(viewer.role as Role)) {
      throw UserFacingError.of('FORBIDDEN', 'Only the person paged or a manager can acknowledge.', [
        'input',
        'workOrderId',
      ]);
    }
    changes.record(wo, {
      kind: WorkOrderChangeKind.ACKNOWLEDGED,
      actorId: viewer.id,
      summary: 'Emergency acknowledged',
      data: {},
    });
    await em.flush();
    return wo;
  });
