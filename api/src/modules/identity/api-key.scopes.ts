import { registerEnumType } from 'type-graphql';

export enum ApiKeyScope {
  READ_WORK_ORDERS = 'READ_WORK_ORDERS',
  WRITE_WORK_ORDERS = 'WRITE_WORK_ORDERS',
  READ_REPORTS = 'READ_REPORTS',
  MANAGE_WEBHOOKS = 'MANAGE_WEBHOOKS',
}
registerEnumType(ApiKeyScope, { name: 'ApiKeyScope', description: 'What a third party’s API key may do.' });

const R = ApiKeyScope.READ_WORK_ORDERS;
const W = ApiKeyScope.WRITE_WORK_ORDERS;
const H = ApiKeyScope.MANAGE_WEBHOOKS;

/**
 * The operations an API key may call and the scope each needs. Anything not listed is refused to keys
 * (deny by default): sign-in, user administration and API keys themselves are for people.
 */
export const API_KEY_FIELDS: Readonly<Record<string, ApiKeyScope>> = {
  'Query.node': R,
  'Query.nodes': R,
  'Query.workOrders': R,
  'Query.workOrder': R,
  'Query.categories': R,
  'Query.severityLevels': R,
  'Query.properties': R,
  'Query.vendors': R,
  'Query.technicians': R,
  'Query.assignmentSuggestions': R,
  'Subscription.workOrderChanged': R,
  'Subscription.messageAdded': R,
  'Query.searchMessages': R,
  'Mutation.triageWorkOrder': W,
  'Mutation.assignWorkOrder': W,
  'Mutation.unassignWorkOrder': W,
  'Mutation.scheduleWorkOrder': W,
  'Mutation.reportRunningLate': W,
  'Mutation.submitCostEstimate': W,
  'Mutation.completeWorkOrder': W,
  'Mutation.closeWorkOrder': W,
  'Mutation.cancelWorkOrder': W,
  'Query.maintenanceReport': ApiKeyScope.READ_REPORTS,
  'Query.webhookEndpoints': H,
  'Mutation.createWebhookEndpoint': H,
  'Mutation.deleteWebhookEndpoint': H,
  'Mutation.redeliverWebhook': H,
};

/** The scope a key needs for `Type.field`, or null when keys may not use it at all. */
export const scopeFor = (parentType: string, field: string): ApiKeyScope | null =>
  API_KEY_FIELDS[`${parentType}.${field}`] ?? null;
