import {
  IconAlertTriangle,
  IconBell,
  IconBellRinging,
  IconDeviceMobileMessage,
  IconMail,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type {
  NotificationChannel,
  NotificationStatus,
  NotificationTemplateKey,
} from '../../generated/graphql';

/** The order channels are listed in everywhere. */
export const CHANNELS: readonly NotificationChannel[] = ['IN_APP', 'EMAIL', 'SMS', 'PUSH'];

export const CHANNEL_ICONS: Record<NotificationChannel, ComponentType<{ size?: number }>> = {
  IN_APP: IconBell,
  EMAIL: IconMail,
  SMS: IconDeviceMobileMessage,
  PUSH: IconBellRinging,
};

export const STATUS_COLORS: Record<NotificationStatus, string> = {
  PENDING: 'gray',
  SENDING: 'blue',
  SENT: 'teal',
  FAILED: 'red',
};

/** Who a template goes to, as the api names it. */
export const AUDIENCES = [
  'REQUESTER',
  'MANAGERS',
  'ASSIGNEE',
  'OWNER',
  'PAGED_USER',
  'TENANT',
  'AFFECTED',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

/** Templates that need someone to act now: their toasts and rows stand out. */
const URGENT_TEMPLATES: ReadonlySet<NotificationTemplateKey> = new Set(['EMERGENCY', 'SLA_BREACHED']);
const WARNING_TEMPLATES: ReadonlySet<NotificationTemplateKey> = new Set([
  'SLA_AT_RISK',
  'APPROVAL_ESCALATED',
]);

export function templateColor(template: NotificationTemplateKey): string {
  if (URGENT_TEMPLATES.has(template)) return 'red';
  if (WARNING_TEMPLATES.has(template)) return 'orange';
  return 'indigo';
}

export function templateIcon(template: NotificationTemplateKey): ComponentType<{ size?: number }> {
  return URGENT_TEMPLATES.has(template) || WARNING_TEMPLATES.has(template) ? IconAlertTriangle : IconBell;
}

/** The work order a notification leads to: its own, or the `?open=` of its link. */
export function notificationWorkOrderId(notification: {
  url: string | null;
  workOrder: { id: string } | null;
}): string | null {
  if (notification.workOrder) return notification.workOrder.id;
  if (!notification.url) return null;
  try {
    return new URL(notification.url, window.location.origin).searchParams.get('open');
  } catch {
    return null;
  }
}

/** The id of a notification's toast, so that opening the notification elsewhere can close it. */
export function toastIdFor(notificationId: string): string {
  return `notification-${notificationId}`;
}
