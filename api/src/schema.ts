import { GraphQLInterfaceType, type GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { authChecker } from './platform/graphql/auth-checker';
import type { Context, Viewer } from './platform/graphql/context';
import { createFixlinePubSub, type FixlinePubSub } from './platform/pubsub/pubsub';
import { createNodeResolver, type NodeFetcher } from './platform/graphql/node.resolver';
import { resolveNodeType } from './platform/graphql/node';
import { markPlainFieldsSimple } from './platform/graphql/plain-fields';
import { callPlainFieldResolversDirectly } from './platform/graphql/direct-resolvers';
import { Category } from './modules/category/category.entity';
import { CategoryResolver } from './modules/category/category.resolver';
import { IdentityResolver } from './modules/identity/identity.resolver';
import { Role, isStaff } from './modules/identity/role';
import { User } from './modules/identity/user.entity';
import { IntakeResolver } from './modules/intake/intake.resolver';
import { Owner } from './modules/portfolio/owner.entity';
import {
  AccessProfileResolver,
  PropertyResolver,
  TenancyResolver,
  UnitResolver,
} from './modules/portfolio/portfolio.resolver';
import { Tenancy } from './modules/portfolio/tenancy.entity';
import { Document } from './modules/document/document.entity';
import { DocumentResolver } from './modules/document/document.resolver';
import { canSeeDocuments } from './modules/document/document.service';
import { RentEntry } from './modules/rent/rent-entry.entity';
import { RentResolver } from './modules/rent/rent.resolver';
import { CommonAreaResolver, WorkOrderAffectedResolver } from './modules/common-area/common-area.resolver';
import {
  LaunchKitResolver,
  PropertyPortalResolver,
  UserInviteResolver,
} from './modules/launch-kit/launch-kit.resolver';
import { canSeeProperties, canSeeUnits } from './modules/portfolio/portfolio.service';
import { Property } from './modules/portfolio/property.entity';
import { Unit } from './modules/portfolio/unit.entity';
import { Technician } from './modules/vendor/technician.entity';
import { TechnicianResolver, VendorResolver } from './modules/vendor/vendor.resolver';
import { vendorVisible } from './modules/vendor/vendor.service';
import { Vendor } from './modules/vendor/vendor.entity';
import { WorkOrderEvent } from './modules/work-order/work-order-event.entity';
import {
  WorkOrderChangeResolver,
  WorkOrderEventResolver,
  WorkOrderResolver,
} from './modules/work-order/work-order.resolver';
import { visibleWorkOrderLoader } from './modules/work-order/work-order.service';
import { CostApprovalResolver, WorkflowResolver } from './modules/workflow/workflow.resolver';
import {
  AssignmentRuleResolver,
  VendorDirectoryResolver,
  VendorServiceResolver,
} from './modules/vendor/directory.resolver';
import { ApprovalPolicyResolver } from './modules/approval/approval.resolver';
import { ApiKeyResolver } from './modules/identity/api-key.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { WebhookResolver } from './modules/webhook/webhook.resolver';
import { SlaResolver } from './modules/sla/sla.resolver';
import { ReportResolver } from './modules/report/report.resolver';
import { SlaConfigResolver } from './modules/sla/sla-config.resolver';
import { TriageConfigResolver } from './modules/triage/triage-config.resolver';
import { EscalationFieldsResolver, EscalationResolver } from './modules/escalation/escalation.resolver';
import { RepeatResolver } from './modules/work-order/repeat.resolver';
import { MessagingResolver, WorkOrderMessagesResolver } from './modules/messaging/messaging.resolver';
import { Message } from './modules/messaging/message.entity';
import { Attachment } from './modules/attachment/attachment.entity';
import {
  AttachmentResolver,
  MessageAttachmentsResolver,
  WorkOrderAttachmentsResolver,
} from './modules/attachment/attachment.resolver';
import { seesInternal } from './modules/messaging/messaging.service';
import { TriageRule } from './modules/triage/triage-rule.entity';
import { AssignmentRule } from './modules/vendor/assignment-rule.entity';
import { Notification } from './modules/notification/notification.entities';
import {
  NotificationResolver,
  WorkOrderNotificationsResolver,
} from './modules/notification/notification.resolver';

const staff = (viewer: Viewer): boolean => isStaff(viewer.role as Role);

const byIdWhere =
  <T extends { id: number }>(
    entity: new () => T,
    allowed: (viewer: Viewer, row: T) => boolean,
  ): NodeFetcher =>
  async (ctx, viewer, ids) => {
    const rows = await ctx.loaders.byId(entity).loadMany(ids);
    return rows.map((row) => (row instanceof Error || row === null || !allowed(viewer, row) ? null : row));
  };

const byIdAmong =
  <T extends { id: number }>(
    entity: new () => T,
    visible: (em: Context['em'], viewer: Viewer, ids: readonly number[]) => Promise<Set<number>>,
  ): NodeFetcher =>
  async (ctx, viewer, ids) => {
    const allowed = await visible(ctx.em, viewer, ids);
    return byIdWhere(entity, (_viewer, row) => allowed.has(row.id))(ctx, viewer, ids);
  };

/** Every Node type and how `node(id:)` loads it — with the same data-level rule as the type's own query. */
const NODE_FETCHERS: Record<string, NodeFetcher> = {
  WorkOrder: async (ctx, _viewer, ids) => {
    const rows = await ctx.loaders.custom(visibleWorkOrderLoader).loadMany(ids);
    return rows.map((row) => (row instanceof Error ? null : row));
  },
  WorkOrderEvent: async (ctx, viewer, ids) => {
    const events = await ctx.loaders.byId(WorkOrderEvent).loadMany(ids);
    const orders = await ctx.loaders
      .custom(visibleWorkOrderLoader)
      .loadMany(events.map((e) => (e instanceof Error || e === null ? -1 : e.workOrder.id)));
    return events.map((e, i) =>
      e instanceof Error || e === null || orders[i] === null || orders[i] instanceof Error
        ? null
        : e.internal && viewer.role === Role.TENANT
          ? null
          : e,
    );
  },
  Property: byIdAmong(Property, canSeeProperties),
  Unit: byIdAmong(Unit, canSeeUnits),
  User: byIdWhere(User, (viewer, user) => staff(viewer) || viewer.id === user.id),
  Category: byIdWhere(Category, () => true),
  Vendor: byIdWhere(Vendor, (viewer, vendor) => vendorVisible(viewer, vendor.id)),
  Technician: byIdWhere(Technician, (viewer, tech) => staff(viewer) || viewer.id === tech.user.id),
  Owner: byIdWhere(Owner, (viewer, owner) => staff(viewer) || viewer.id === owner.user?.id),
  AssignmentRule: byIdWhere(AssignmentRule, (viewer) => staff(viewer)),
  TriageRule: byIdWhere(TriageRule, (viewer) => staff(viewer)),
  Tenancy: byIdWhere(Tenancy, (viewer, t) => (staff(viewer) && !viewer.apiKey) || viewer.id === t.tenant.id),
  Document: byIdAmong(Document, canSeeDocuments),
  RentEntry: async (ctx, viewer, ids) => {
    const rows = await ctx.loaders.byId(RentEntry).loadMany(ids);
    const tenancies = await ctx.loaders
      .byId(Tenancy)
      .loadMany(rows.map((r) => (r instanceof Error || r === null ? -1 : r.tenancy.id)));
    return rows.map((r, i) => {
      const t = tenancies[i];
      if (r instanceof Error || r === null || t instanceof Error || !t || viewer.apiKey) return null;
      return staff(viewer) || t.tenant.id === viewer.id ? r : null;
    });
  },
  Attachment: async (ctx, viewer, ids) => {
    const rows = await ctx.loaders.byId(Attachment).loadMany(ids);
    const documents = await canSeeDocuments(
      ctx.em,
      viewer,
      rows.map((a) => (a instanceof Error || a === null ? -1 : (a.documentId ?? -1))),
    );
    const orders = await ctx.loaders
      .custom(visibleWorkOrderLoader)
      .loadMany(rows.map((a) => (a instanceof Error || a === null || !a.workOrder ? -1 : a.workOrder.id)));
    const messages = await ctx.loaders
      .byId(Message)
      .loadMany(rows.map((a) => (a instanceof Error || a === null || !a.message ? -1 : a.message.id)));
    return rows.map((a, i) => {
      if (a instanceof Error || a === null) return null;
      if (a.documentId) return documents.has(a.documentId) ? a : null;
      if (!a.workOrder) return a.uploadedBy.id === viewer.id ? a : null;
      const message = messages[i];
      const hiddenNote = message instanceof Message && message.internal && !seesInternal(viewer);
      return orders[i] === null || orders[i] instanceof Error || hiddenNote ? null : a;
    });
  },
  Notification: byIdWhere(Notification, (viewer, n) => viewer.id === n.recipient.id && !viewer.apiKey),
  Message: async (ctx, viewer, ids) => {
    const messages = await ctx.loaders.byId(Message).loadMany(ids);
    const orders = await ctx.loaders
      .custom(visibleWorkOrderLoader)
      .loadMany(messages.map((m) => (m instanceof Error || m === null ? -1 : m.workOrder.id)));
    return messages.map((m, i) =>
      m instanceof Error ||
      m === null ||
      orders[i] === null ||
      orders[i] instanceof Error ||
      (m.internal && !seesInternal(viewer))
        ? null
        : m,
    );
  },
};

export const RESOLVERS = [
  createNodeResolver(NODE_FETCHERS),
  IdentityResolver,
  PropertyResolver,
  UnitResolver,
  AccessProfileResolver,
  CategoryResolver,
  VendorResolver,
  TechnicianResolver,
  IntakeResolver,
  WorkOrderResolver,
  WorkOrderChangeResolver,
  WorkOrderEventResolver,
  WorkflowResolver,
  CostApprovalResolver,
  VendorDirectoryResolver,
  VendorServiceResolver,
  AssignmentRuleResolver,
  ApprovalPolicyResolver,
  ApiKeyResolver,
  AuditResolver,
  WebhookResolver,
  SlaResolver,
  ReportResolver,
  SlaConfigResolver,
  TriageConfigResolver,
  EscalationResolver,
  EscalationFieldsResolver,
  RepeatResolver,
  MessagingResolver,
  WorkOrderMessagesResolver,
  AttachmentResolver,
  WorkOrderAttachmentsResolver,
  MessageAttachmentsResolver,
  NotificationResolver,
  WorkOrderNotificationsResolver,
  TenancyResolver,
  DocumentResolver,
  RentResolver,
  CommonAreaResolver,
  WorkOrderAffectedResolver,
  LaunchKitResolver,
  PropertyPortalResolver,
  UserInviteResolver,
] as const;

export const createSchema = async (pubSub: FixlinePubSub = createFixlinePubSub()): Promise<GraphQLSchema> => {
  // plain fields and plain field resolvers skip type-graphql's per-call wrapper (docs/adr/0004): so no
  // globalMiddlewares here — they would not run for those fields
  markPlainFieldsSimple();
  const schema = await buildSchema({
    pubSub,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    resolvers: RESOLVERS,
    authChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
    orphanedTypes: [Category, Owner, WorkOrderEvent],
  });
  const node = schema.getType('Node');
  if (!(node instanceof GraphQLInterfaceType)) throw new Error('The schema has no Node interface');
  node.resolveType = resolveNodeType;
  callPlainFieldResolversDirectly(schema);
  return schema;
};
