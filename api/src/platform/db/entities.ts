import { AuditEntry } from '../../modules/audit/audit-entry.entity';
import { Setting } from '../../modules/settings/setting.entity';
import { Attachment } from '../../modules/attachment/attachment.entity';
import { Message, MessageRead } from '../../modules/messaging/message.entity';
import { TriageRule } from '../../modules/triage/triage-rule.entity';
import { Category } from '../../modules/category/category.entity';
import { ApiKey } from '../../modules/identity/api-key.entity';
import { WebhookDelivery, WebhookEndpoint } from '../../modules/webhook/webhook.entities';
import { User } from '../../modules/identity/user.entity';
import { AccessProfile } from '../../modules/portfolio/access-profile.entity';
import { Owner } from '../../modules/portfolio/owner.entity';
import { Property } from '../../modules/portfolio/property.entity';
import { Tenancy } from '../../modules/portfolio/tenancy.entity';
import { Unit } from '../../modules/portfolio/unit.entity';
import { AssignmentRule } from '../../modules/vendor/assignment-rule.entity';
import { Technician } from '../../modules/vendor/technician.entity';
import { VendorService } from '../../modules/vendor/vendor-service.entity';
import { Vendor } from '../../modules/vendor/vendor.entity';
import { WorkOrderEvent } from '../../modules/work-order/work-order-event.entity';
import { WorkOrder } from '../../modules/work-order/work-order.entity';
import { Notification, PushSubscriptionRecord } from '../../modules/notification/notification.entities';
import { Document } from '../../modules/document/document.entity';
import { RentEntry } from '../../modules/rent/rent-entry.entity';
import { CommonAreaReport } from '../../modules/common-area/common-area.entity';

/** Every entity, listed explicitly (no folder scanning: the same list in tsc output, swc and jest). */
export const ENTITIES = [
  User,
  Owner,
  Property,
  Unit,
  Tenancy,
  AccessProfile,
  Category,
  Vendor,
  VendorService,
  AssignmentRule,
  Technician,
  WorkOrder,
  WorkOrderEvent,
  ApiKey,
  AuditEntry,
  WebhookEndpoint,
  WebhookDelivery,
  Setting,
  TriageRule,
  Message,
  MessageRead,
  Attachment,
  Notification,
  PushSubscriptionRecord,
  Document,
  RentEntry,
  CommonAreaReport,
];
