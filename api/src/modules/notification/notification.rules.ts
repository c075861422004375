import { registerEnumType } from 'type-graphql';
import { Role } from '../identity/role';
import { WorkOrderChangeKind } from '../work-order/work-order-status';

export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  PUSH = 'PUSH',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel' });

export enum NotificationTemplateKey {
  REQUEST_RECEIVED = 'REQUEST_RECEIVED',
  ASSIGNED = 'ASSIGNED',
  SCHEDULED = 'SCHEDULED',
  REMINDER = 'REMINDER',
  COMPLETED = 'COMPLETED',
  FOLLOW_UP = 'FOLLOW_UP',
  CANCELLED = 'CANCELLED',
  NEW_MESSAGE = 'NEW_MESSAGE',
  NEW_REQUEST = 'NEW_REQUEST',
  JOB_ASSIGNED = 'JOB_ASSIGNED',
  RESCHEDULE_REQUESTED = 'RESCHEDULE_REQUESTED',
  APPROVAL_NEEDED = 'APPROVAL_NEEDED',
  APPROVAL_ESCALATED = 'APPROVAL_ESCALATED',
  SLA_AT_RISK = 'SLA_AT_RISK',
  SLA_BREACHED = 'SLA_BREACHED',
  EMERGENCY = 'EMERGENCY',
  RENT_DUE = 'RENT_DUE',
  TENANT_INVITE = 'TENANT_INVITE',
  COMMON_AREA_FIXED = 'COMMON_AREA_FIXED',
  COMMON_AREA_CLOSED = 'COMMON_AREA_CLOSED',
}
registerEnumType(NotificationTemplateKey, {
  name: 'NotificationTemplateKey',
  description: 'What a notification is about; each has an editable template (DOMAIN.md defaults).',
});

/** Who a template goes to, relative to the work order (AFFECTED: tenants who added "me too"; TENANT: named). */
export type Audience = 'REQUESTER' | 'MANAGERS' | 'ASSIGNEE' | 'OWNER' | 'PAGED_USER' | 'TENANT' | 'AFFECTED';

export interface TemplateDefinition {
  label: string;
  audience: Audience;
  subject: string;
  body: string;
  /** Channels used unless the recipient chose otherwise (in-app is always on). */
  channels: NotificationChannel[];
  /** Sent even in the recipient's quiet hours. */
  urgent?: boolean;
  /** Exactly these channels, whatever the recipient chose, and no in-app copy (an invite goes by email only). */
  fixedChannels?: boolean;
  /** Where a tenant's link points instead of the request page (which "me too" tenants cannot open). */
  tenantPath?: string;
}

const { IN_APP, EMAIL, SMS, PUSH } = NotificationChannel;

/** Placeholders a template may use; `{name}` in a template is replaced, an unknown name is refused on save. */
export const PLACEHOLDERS = [
  'company',
  'number',
  'title',
  'property',
  'unit',
  'assignee',
  'window',
  'amount',
  'summary',
  'link',
  'recipient',
  'due',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The default templates: the tenant texts are DOMAIN.md's table; staff ones add what they need to act. */
export const TEMPLATES: Record<NotificationTemplateKey, TemplateDefinition> = {
  REQUEST_RECEIVED: {
    label: 'Request received',
    audience: 'REQUESTER',
    subject: '{company}: request #{number} received',
    body: 'We got your request, tracking #{number}',
    channels: [IN_APP, EMAIL, PUSH],
  },
  ASSIGNED: {
    label: 'Assigned',
    audience: 'REQUESTER',
    subject: '{company}: request #{number} assigned',
    body: 'Your request has been assigned to {assignee}',
    channels: [IN_APP, EMAIL, PUSH],
  },
  SCHEDULED: {
    label: 'Appointment scheduled',
    audience: 'REQUESTER',
    subject: '{company}: appointment for request #{number}',
    body: 'Appointment scheduled for {window}',
    channels: [IN_APP, EMAIL, PUSH],
  },
  REMINDER: {
    label: 'Appointment reminder',
    audience: 'REQUESTER',
    subject: '{company}: maintenance visit reminder',
    body: 'Reminder: maintenance visit tomorrow at {window}',
    channels: [IN_APP, EMAIL, SMS, PUSH],
  },
  COMPLETED: {
    label: 'Work completed',
    audience: 'REQUESTER',
    subject: '{company}: request #{number} completed',
    body: 'Work completed. Let us know if you have questions',
    channels: [IN_APP, EMAIL, PUSH],
  },
  FOLLOW_UP: {
    label: 'Follow-up rating',
    audience: 'REQUESTER',
    subject: '{company}: how did we do?',
    body: 'How did we do? Rate your experience',
    channels: [IN_APP, EMAIL],
  },
  CANCELLED: {
    label: 'Request cancelled',
    audience: 'REQUESTER',
    subject: '{company}: request #{number} cancelled',
    body: 'Request #{number} ({title}) was cancelled: {summary}',
    channels: [IN_APP, EMAIL],
  },
  NEW_MESSAGE: {
    label: 'New message',
    audience: 'REQUESTER',
    subject: '{company}: new message on request #{number}',
    body: 'New message on #{number} ({title})',
    channels: [IN_APP, PUSH],
  },
  NEW_REQUEST: {
    label: 'New request (managers)',
    audience: 'MANAGERS',
    subject: 'New request #{number}: {title}',
    body: 'New request #{number} at {property} {unit}: {title}',
    channels: [IN_APP, EMAIL],
  },
  JOB_ASSIGNED: {
    label: 'Job assigned (assignee)',
    audience: 'ASSIGNEE',
    subject: 'New job #{number}: {title}',
    body: 'You have a new job #{number} at {property} {unit}: {title}',
    channels: [IN_APP, EMAIL, PUSH],
  },
  RESCHEDULE_REQUESTED: {
    label: 'Reschedule requested (assignee)',
    audience: 'ASSIGNEE',
    subject: 'Reschedule requested for #{number}',
    body: 'The tenant asked to reschedule #{number} ({title}): {summary}',
    channels: [IN_APP, EMAIL, SMS, PUSH],
  },
  APPROVAL_NEEDED: {
    label: 'Approval needed (owner)',
    audience: 'OWNER',
    subject: '{company}: {amount} estimate waiting for your approval',
    body: 'An estimate of {amount} for #{number} at {property} ({title}) needs your approval',
    channels: [IN_APP, EMAIL],
  },
  APPROVAL_ESCALATED: {
    label: 'Approval escalated (managers)',
    audience: 'MANAGERS',
    subject: 'Owner approval overdue for #{number}',
    body: '{summary}',
    channels: [IN_APP, EMAIL],
  },
  SLA_AT_RISK: {
    label: 'SLA at risk (managers)',
    audience: 'MANAGERS',
    subject: 'SLA at risk: #{number} {title}',
    body: '{summary}',
    channels: [IN_APP, EMAIL],
  },
  SLA_BREACHED: {
    label: 'SLA breached (managers)',
    audience: 'MANAGERS',
    subject: 'SLA breached: #{number} {title}',
    body: '{summary}',
    channels: [IN_APP, EMAIL, PUSH],
  },
  EMERGENCY: {
    label: 'Emergency page (on call)',
    audience: 'PAGED_USER',
    subject: 'EMERGENCY #{number} at {property}: {title}',
    body: 'Emergency #{number} at {property} {unit}: {title}. Acknowledge in Fixline.',
    channels: [IN_APP, EMAIL, SMS, PUSH],
    urgent: true,
  },
  COMMON_AREA_FIXED: {
    label: 'Common area fixed (me too)',
    audience: 'AFFECTED',
    subject: '{company}: {title} is fixed',
    body: 'Good news: "{title}" ({unit}, {property}), which you reported too, has been fixed.',
    channels: [IN_APP, EMAIL, PUSH],
    tenantPath: '/building',
  },
  COMMON_AREA_CLOSED: {
    label: 'Common area closed (me too)',
    audience: 'AFFECTED',
    subject: '{company}: {title} closed',
    body: '"{title}" ({unit}, {property}), which you reported too, was closed: {summary}',
    channels: [IN_APP, EMAIL],
    tenantPath: '/building',
  },
  RENT_DUE: {
    label: 'Rent due soon',
    audience: 'TENANT',
    subject: '{company}: rent of {amount} due on {due}',
    body: 'Reminder: {amount} is due on {due} for {unit}. Thank you!',
    channels: [IN_APP, EMAIL, PUSH],
  },
  TENANT_INVITE: {
    label: 'Tenant invite',
    audience: 'TENANT',
    subject: '{company}: your tenant portal for {property}',
    body: 'Hello {recipient}, {company} invites you to its tenant portal for {unit} at {property}: report repairs in a minute and follow them live. Set your password here (the link works for 14 days): {link}',
    channels: [EMAIL],
    urgent: true,
    fixedChannels: true,
  },
};

/** The templates a role can receive (tenants: the tenant ones; staff: theirs and the tenant ones they may get). */
export const templatesFor = (role: Role): NotificationTemplateKey[] =>
  (Object.keys(TEMPLATES) as NotificationTemplateKey[]).filter((key) => {
    const audience = TEMPLATES[key].audience;
    switch (role) {
      case Role.TENANT:
        return ['REQUESTER', 'TENANT', 'AFFECTED'].includes(audience) && !TEMPLATES[key].fixedChannels;
      case Role.OWNER:
        return audience === 'OWNER';
      case Role.TECHNICIAN:
      case Role.VENDOR:
        return audience === 'ASSIGNEE' || key === NotificationTemplateKey.NEW_MESSAGE;
      default:
        return (
          audience === 'MANAGERS' || audience === 'PAGED_USER' || key === NotificationTemplateKey.NEW_MESSAGE
        );
    }
  });

/** What an outbox event tells fan-out. */
export interface EventFacts {
  kind: WorkOrderChangeKind;
  data: Record<string, unknown>;
  internal: boolean;
}

interface EventRule {
  on: WorkOrderChangeKind;
  when?: (e: EventFacts) => boolean;
  template: NotificationTemplateKey;
  /** Overrides the template's audience (e.g. a tenant's message goes to staff). */
  audience?: Audience[];
  /** Tell the person who made the change too (a receipt). */
  includeActor?: boolean;
}

const K = WorkOrderChangeKind;
const T = NotificationTemplateKey;

/** Outbox event → who is told what. The actor is not told of their own change unless the rule says so. */
export const EVENT_RULES: readonly EventRule[] = [
  { on: K.CREATED, template: T.REQUEST_RECEIVED, includeActor: true },
  { on: K.CREATED, template: T.NEW_REQUEST },
  { on: K.ASSIGNED, template: T.ASSIGNED },
  { on: K.ASSIGNED, template: T.JOB_ASSIGNED },
  { on: K.SCHEDULED, template: T.SCHEDULED },
  { on: K.REMINDER, template: T.REMINDER },
  { on: K.COMPLETED, template: T.COMPLETED },
  { on: K.COMPLETED, template: T.COMMON_AREA_FIXED },
  { on: K.CANCELLED, template: T.COMMON_AREA_CLOSED },
  { on: K.CANCELLED, template: T.CANCELLED, audience: ['REQUESTER', 'ASSIGNEE'] },
  { on: K.RESCHEDULE_REQUESTED, template: T.RESCHEDULE_REQUESTED },
  { on: K.OWNER_NOTIFIED, template: T.APPROVAL_NEEDED },
  { on: K.COST_APPROVAL, when: (e) => e.data.stage === 'REMIND', template: T.APPROVAL_NEEDED },
  { on: K.COST_APPROVAL, when: (e) => e.data.stage === 'ESCALATE', template: T.APPROVAL_ESCALATED },
  { on: K.SLA_CHANGED, when: (e) => e.data.state === 'AT_RISK', template: T.SLA_AT_RISK },
  { on: K.SLA_CHANGED, when: (e) => e.data.state === 'BREACHED', template: T.SLA_BREACHED },
  { on: K.PAGED, template: T.EMERGENCY },
  {
    on: K.MESSAGE_POSTED,
    when: (e) => e.data.fromStaff === true && !e.internal,
    template: T.NEW_MESSAGE,
    audience: ['REQUESTER'],
  },
  {
    on: K.MESSAGE_POSTED,
    when: (e) => e.data.fromStaff !== true,
    template: T.NEW_MESSAGE,
    audience: ['MANAGERS', 'ASSIGNEE'],
  },
];

export const rulesFor = (
  event: EventFacts,
): { template: NotificationTemplateKey; audience: Audience[]; includeActor: boolean }[] =>
  EVENT_RULES.filter((r) => r.on === event.kind && (r.when?.(event) ?? true)).map((r) => ({
    template: r.template,
    audience: r.audience ?? [TEMPLATES[r.template].audience],
    includeActor: r.includeActor ?? false,
  }));
