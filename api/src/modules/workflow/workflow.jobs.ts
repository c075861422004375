import type { Jobs } from '../../platform/jobs/jobs';
import { PAGE_JOB, page } from '../escalation/escalation.service';
import { SLA_CHECK_JOB, checkSla } from '../sla/sla.service';
import { JOB, appointmentReminder, approvalFollowUp, autoClose, type WorkflowDeps } from './workflow.service';

/** The workflow's timed work: auto-close, appointment reminders, approval reminders and escalation. */
export const registerWorkflowJobs = async (jobs: Jobs, deps: WorkflowDeps): Promise<void> => {
  await jobs.work<{ workOrderId: number; completedAt: string }>(JOB.AUTO_CLOSE, (data) =>
    autoClose(deps, data),
  );
  await jobs.work<{ workOrderId: number; startsAt: string; reminder: string }>(
    JOB.APPOINTMENT_REMINDER,
    (data) => appointmentReminder(deps, data),
  );
  await jobs.work<{ workOrderId: number }>(SLA_CHECK_JOB, (data) => checkSla(deps, data.workOrderId));
  await jobs.work<{ workOrderId: number; level: number }>(PAGE_JOB, (data) => page(deps, data));
  await jobs.work<{ workOrderId: number; submittedAt: string; stage: 'REMIND' | 'ESCALATE' }>(
    JOB.APPROVAL_FOLLOW_UP,
    (data) => approvalFollowUp(deps, data),
  );
};
