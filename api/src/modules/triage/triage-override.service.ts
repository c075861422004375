import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import type { FixlinePubSub } from '../../platform/pubsub/pubsub';
import { UserFacingError } from '../../platform/graphql/user-error';
import type { Jobs } from '../../platform/jobs/jobs';
import { Category } from '../category/category.entity';
import { queueSlaCheck } from '../sla/sla.service';
import { Loaders } from '../../platform/graphql/loaders';
import { withChanges } from '../work-order/work-order-events';
import { guard } from '../workflow/workflow.guard';
import { partiesOf } from '../workflow/workflow.parties';
import { WorkflowAction } from '../workflow/workflow.rules';
import { assertVersion, mapLockError } from '../work-order/work-order.service';
import { WorkOrderChangeKind } from '../work-order/work-order-status';
import { WorkOrder } from '../work-order/work-order.entity';
import { Severity } from './severity';
import { startEscalation } from '../escalation/escalation.service';

export interface TriageOverride {
  workOrderId: string;
  expectedVersion?: number | null;
  priority?: Severity | null;
  categoryId?: string | null;
  reason: string;
}

/** A manager sets the priority and/or category with a reason; either way the order no longer needs review. */
export const overrideTriage = (
  em: EntityManager,
  pubSub: FixlinePubSub,
  jobs: Jobs,
  viewer: Viewer,
  input: TriageOverride,
): Promise<WorkOrder> =>
  mapLockError(input.expectedVersion, () =>
    withChanges(em, pubSub, async (tem, changes) => {
      const id = idOf('WorkOrder', input.workOrderId);
      const workOrder = id === null ? null : await tem.findOne(WorkOrder, id);
      if (workOrder === null) {
        throw UserFacingError.of('NOT_FOUND', 'No such work order.', ['input', 'workOrderId']);
      }
      guard(
        WorkflowAction.TRIAGE,
        workOrder.status,
        await partiesOf(new Loaders(tem, viewer), viewer, workOrder),
      );
      assertVersion(workOrder, input.expectedVersion);
      const changed: string[] = [];
      const data: Record<string, unknown> = { reason: input.reason };
      if (input.priority && input.priority !== workOrder.priority) {
        data.priority = { from: workOrder.priority, to: input.priority };
        changed.push(`priority ${workOrder.priority} → ${input.priority}`);
        workOrder.priority = input.priority;
        workOrder.triageReasons = [...workOrder.triageReasons, `Set by a manager: ${input.reason}`];
      }
      if (input.categoryId) {
        const categoryId = idOf('Category', input.categoryId);
        const category =
          categoryId === null ? null : await tem.findOne(Category, { id: categoryId, active: true });
        if (category === null) {
          throw UserFacingError.of('NOT_FOUND', 'No such active category.', ['input', 'categoryId']);
        }
        if (category.id !== workOrder.category.id) {
          data.categoryId = { from: workOrder.category.id, to: category.id };
          changed.push(`category → ${category.name}`);
          workOrder.category = tem.getReference(Category, category.id, { wrapped: true });
        }
      }
      workOrder.needsReview = false;
      changes.record(workOrder, {
        kind: WorkOrderChangeKind.TRIAGED,
        actorId: viewer.id,
        summary:
          changed.length > 0
            ? `Triaged: ${changed.join(', ')} (${input.reason})`
            : `Reviewed: ${input.reason}`,
        data,
      });
      await tem.flush();
      // a new priority means new SLA targets: check the clocks now (the check re-queues itself)
      await queueSlaCheck(jobs, tem, workOrder.id, new Date());
      if (input.priority === Severity.EMERGENCY && data.priority !== undefined)
        await startEscalation(jobs, tem, workOrder.id);
      return workOrder;
    }),
  );
