/**
 * Who may call every root field of the API — the table the authorization test asserts, kept by hand.
 * A field added to the schema without a row here fails the test. ALLOWED means the call passed authentication,
 * the role/scope check and the data-level check for the fixture order; what each caller then sees is narrowed
 * by data-level scoping (tested in isolation.spec.ts).
 */
export type Principal =
  | 'ANONYMOUS'
  | 'TENANT'
  | 'MANAGER'
  | 'TECHNICIAN'
  | 'VENDOR'
  | 'OWNER'
  | 'ADMIN'
  | 'KEY_READ'
  | 'KEY_WRITE'
  | 'KEY_WEBHOOKS';

export const PRINCIPALS: Principal[] = [
  'ANONYMOUS',
  'TENANT',
  'MANAGER',
  'TECHNICIAN',
  'VENDOR',
  'OWNER',
  'ADMIN',
  'KEY_READ',
  'KEY_WRITE',
  'KEY_WEBHOOKS',
];

const PEOPLE: Principal[] = ['TENANT', 'MANAGER', 'TECHNICIAN', 'VENDOR', 'OWNER', 'ADMIN'];
const READERS: Principal[] = [...PEOPLE, 'KEY_READ', 'KEY_WRITE'];
const STAFF: Principal[] = ['MANAGER', 'ADMIN'];

export interface Row {
  /** The operation, with `$order` (a work order assigned to the technician, at the owner's property, requested by the tenant). */
  operation: string;
  variables?: (order: { id: string }) => Record<string, unknown>;
  allowed: Principal[];
}

const stale = (order: { id: string }) => ({ workOrderId: order.id, expectedVersion: 999 });
const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export const MATRIX: Record<string, Row> = {
  'Query.viewer': { operation: '{ viewer { id } }', allowed: ['ANONYMOUS', ...PEOPLE] },
  'Query.node': {
    operation: 'query($id: ID!) { node(id: $id) { id } }',
    variables: (o) => ({ id: o.id }),
    allowed: ['ANONYMOUS', ...READERS],
  },
  'Query.nodes': {
    operation: 'query($id: ID!) { nodes(ids: [$id]) { id } }',
    variables: (o) => ({ id: o.id }),
    allowed: ['ANONYMOUS', ...READERS],
  },
  'Query.workOrders': { operation: '{ workOrders(first: 1) { totalCount } }', allowed: READERS },
  'Query.workOrder': {
    operation: 'query($id: ID) { workOrder(id: $id) { id } }',
    variables: (o) => ({ id: o.id }),
    allowed: READERS,
  },
  'Query.notifications': { operation: '{ notifications(first: 5) { totalCount } }', allowed: PEOPLE },
  'Query.unreadNotificationCount': { operation: '{ unreadNotificationCount }', allowed: PEOPLE },
  'Query.notificationPreferences': {
    operation: '{ notificationPreferences { events { template } } }',
    allowed: PEOPLE,
  },
  'Query.notificationTemplates': { operation: '{ notificationTemplates { key } }', allowed: STAFF },
  'Query.companyProfile': { operation: '{ companyProfile { name } }', allowed: PEOPLE },
  'Query.vapidPublicKey': { operation: '{ vapidPublicKey }', allowed: PEOPLE },
  'Query.developmentMailbox': { operation: '{ developmentMailbox(first: 1) { id } }', allowed: STAFF },
  'Query.categories': { operation: '{ categories { id } }', allowed: READERS },
  'Query.severityLevels': {
    operation: '{ severityLevels { severity } }',
    allowed: ['ANONYMOUS', ...READERS],
  },
  'Query.properties': { operation: '{ properties { totalCount } }', allowed: READERS },
  'Query.vendors': { operation: '{ vendors { totalCount } }', allowed: READERS },
  'Query.technicians': { operation: '{ technicians { id } }', allowed: READERS },
  'Query.assignmentSuggestions': {
    operation: 'query($id: ID!) { assignmentSuggestions(workOrderId: $id) { score } }',
    variables: (o) => ({ id: o.id }),
    allowed: [...STAFF, 'KEY_READ', 'KEY_WRITE'],
  },
  'Query.assignmentRules': { operation: '{ assignmentRules { id } }', allowed: STAFF },
  'Query.owners': { operation: '{ owners { id } }', allowed: [...STAFF, 'OWNER'] },
  'Query.apiKeys': { operation: '{ apiKeys { id } }', allowed: ['ADMIN'] },
  'Query.auditLog': { operation: '{ auditLog { id } }', allowed: ['ADMIN'] },
  'Query.webhookEndpoints': { operation: '{ webhookEndpoints { id } }', allowed: ['ADMIN', 'KEY_WEBHOOKS'] },
  'Query.triageRules': { operation: '{ triageRules { id } }', allowed: STAFF },
  'Query.slaSettings': { operation: '{ slaSettings { atRiskPercent } }', allowed: STAFF },
  'Query.onCallRota': { operation: '{ onCallRota { chain { id } } }', allowed: STAFF },
  'Query.onCallCandidates': { operation: '{ onCallCandidates { id } }', allowed: STAFF },
  'Query.searchMessages': {
    operation: 'query($id: ID) { searchMessages(text: "leak", workOrderId: $id) { id } }',
    variables: (o) => ({ id: o.id }),
    // a vendor who cannot see the order gets an empty list (data-level scoping), not an error
    allowed: READERS,
  },
  'Query.maintenanceReport': {
    operation:
      '{ maintenanceReport(range: { from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z" }) { timeToClose { overall { count } } } }',
    allowed: [...STAFF, 'OWNER'],
  },

  'Mutation.login': {
    operation: 'mutation { login(input: { email: "nobody@demo.test", password: "x" }) { token } }',
    allowed: ['ANONYMOUS', ...PEOPLE],
  },
  'Mutation.refreshToken': { operation: 'mutation { refreshToken { token } }', allowed: PEOPLE },
  'Mutation.submitMaintenanceRequest': {
    operation:
      'mutation { submitMaintenanceRequest(input: { categoryId: "Q2F0ZWdvcnk6MQ", severity: LOW, title: "", description: "" }) { userErrors { code } } }',
    allowed: ['TENANT'],
  },
  'Mutation.updateAccessProfile': {
    operation: 'mutation($p: String) { updateAccessProfile(input: { pets: $p }) { userErrors { code } } }',
    variables: () => ({ p: 'x'.repeat(1001) }),
    allowed: ['TENANT'],
  },
  'Mutation.triageWorkOrder': {
    operation:
      'mutation($i: TriageWorkOrderInput!) { triageWorkOrder(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), reason: 'matrix' } }),
    allowed: [...STAFF, 'KEY_WRITE'],
  },
  'Mutation.assignWorkOrder': {
    operation:
      'mutation($i: AssignWorkOrderInput!) { assignWorkOrder(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), assigneeId: 'VmVuZG9yOjE' } }),
    allowed: [...STAFF, 'KEY_WRITE'],
  },
  'Mutation.unassignWorkOrder': {
    operation:
      'mutation($i: UnassignWorkOrderInput!) { unassignWorkOrder(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), reason: 'matrix' } }),
    allowed: [...STAFF, 'KEY_WRITE'],
  },
  'Mutation.scheduleWorkOrder': {
    operation:
      'mutation($i: ScheduleWorkOrderInput!) { scheduleWorkOrder(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), window: { startsAt: later(2), endsAt: later(2.1) } } }),
    allowed: [...STAFF, 'TECHNICIAN', 'KEY_WRITE'],
  },
  'Mutation.requestReschedule': {
    operation:
      'mutation($i: RequestRescheduleInput!) { requestReschedule(input: $i) { userErrors { code field } } }',
    variables: (o) => ({
      i: { ...stale(o), windows: [{ startsAt: later(3), endsAt: later(3.1) }], reason: 'matrix' },
    }),
    allowed: ['TENANT'],
  },
  'Mutation.reportRunningLate': {
    operation:
      'mutation($i: ReportRunningLateInput!) { reportRunningLate(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), eta: later(1) } }),
    allowed: [...STAFF, 'TECHNICIAN', 'KEY_WRITE'],
  },
  'Mutation.submitCostEstimate': {
    operation:
      'mutation($i: SubmitCostEstimateInput!) { submitCostEstimate(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), amount: { amountCents: 100 } } }),
    allowed: [...STAFF, 'TECHNICIAN', 'KEY_WRITE'],
  },
  'Mutation.decideCostApproval': {
    operation:
      'mutation($i: DecideCostApprovalInput!) { decideCostApproval(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), approve: true } }),
    allowed: [...STAFF, 'OWNER'],
  },
  'Mutation.completeWorkOrder': {
    operation:
      'mutation($i: CompleteWorkOrderInput!) { completeWorkOrder(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), notes: 'matrix' } }),
    allowed: [...STAFF, 'TECHNICIAN', 'KEY_WRITE'],
  },
  'Mutation.confirmResolution': {
    operation:
      'mutation($i: ConfirmResolutionInput!) { confirmResolution(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), rating: 5 } }),
    allowed: ['TENANT'],
  },
  'Mutation.closeWorkOrder': {
    operation:
      'mutation($i: CloseWorkOrderInput!) { closeWorkOrder(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: stale(o) }),
    allowed: [...STAFF, 'KEY_WRITE'],
  },
  'Mutation.reopenWorkOrder': {
    operation:
      'mutation($i: ReopenWorkOrderInput!) { reopenWorkOrder(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), reason: 'matrix' } }),
    allowed: [...STAFF, 'TENANT'],
  },
  'Mutation.cancelWorkOrder': {
    operation:
      'mutation($i: CancelWorkOrderInput!) { cancelWorkOrder(input: $i) { userErrors { code field } } }',
    variables: (o) => ({ i: { ...stale(o), reason: 'matrix' } }),
    allowed: [...STAFF, 'TENANT', 'KEY_WRITE'],
  },
  'Mutation.createCategory': {
    operation: 'mutation { createCategory(input: { name: "X" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.updateCategory': {
    operation:
      'mutation { updateCategory(input: { categoryId: "Q2F0ZWdvcnk6OTk5", name: "Xy" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.reorderCategories': {
    operation: 'mutation { reorderCategories(input: { categoryIds: [] }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.updateSeverityLevels': {
    operation: 'mutation { updateSeverityLevels(input: { levels: [] }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.createTriageRule': {
    operation:
      'mutation { createTriageRule(input: { signal: "x", priority: URGENT, patterns: [] }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.updateTriageRule': {
    operation:
      'mutation { updateTriageRule(input: { ruleId: "VHJpYWdlUnVsZTo5OTk", active: true }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.updateSlaSettings': {
    operation: 'mutation { updateSlaSettings(input: { atRiskPercent: 5 }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.updateBusinessCalendar': {
    operation:
      'mutation { updateBusinessCalendar(input: { propertyId: "UHJvcGVydHk6MQ", days: [], opens: "x", closes: "y", holidays: [] }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.updateOnCallRota': {
    operation: 'mutation { updateOnCallRota(input: { userIds: ["VXNlcjo5OTk5"] }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.acknowledgeEmergency': {
    operation:
      'mutation($id: ID!) { acknowledgeEmergency(input: { workOrderId: $id }) { userErrors { code field } } }',
    variables: (o) => ({ id: o.id }),
    allowed: PEOPLE.filter((p) => p !== 'VENDOR'),
  },
  'Mutation.postMessage': {
    operation:
      'mutation($id: ID!) { postMessage(input: { workOrderId: $id, body: "" }) { userErrors { code field } } }',
    variables: (o) => ({ id: o.id }),
    allowed: PEOPLE,
  },
  'Mutation.markMessagesRead': {
    operation:
      'mutation($id: ID!) { markMessagesRead(input: { workOrderId: $id }) { userErrors { code field } } }',
    variables: (o) => ({ id: o.id }),
    allowed: PEOPLE.filter((p) => p !== 'VENDOR'),
  },
  'Mutation.markNotificationsRead': {
    operation: 'mutation { markNotificationsRead(input: { all: true }) { userErrors { code } } }',
    allowed: PEOPLE,
  },
  'Mutation.updateNotificationPreferences': {
    operation: 'mutation { updateNotificationPreferences(input: {}) { userErrors { code } } }',
    allowed: PEOPLE,
  },
  'Mutation.updateNotificationTemplate': {
    operation:
      'mutation { updateNotificationTemplate(input: { key: COMPLETED, subject: "Done #{number}", body: "Done" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.resetNotificationTemplate': {
    operation: 'mutation { resetNotificationTemplate(input: { key: COMPLETED }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.updateCompanyProfile': {
    operation: 'mutation { updateCompanyProfile(input: { name: "Fixline PM" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.registerPushSubscription': {
    operation:
      'mutation { registerPushSubscription(input: { endpoint: "https://push.example/x", p256dh: "k", auth: "a" }) { userErrors { code } } }',
    allowed: PEOPLE,
  },
  'Mutation.unregisterPushSubscription': {
    operation:
      'mutation { unregisterPushSubscription(input: { endpoint: "https://push.example/x" }) { userErrors { code } } }',
    allowed: PEOPLE,
  },
  'Mutation.createVendor': {
    operation: 'mutation { createVendor(input: { name: "X" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.updateVendor': {
    operation:
      'mutation { updateVendor(input: { vendorId: "VmVuZG9yOjk5OTk", name: "Xy" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.createAssignmentRule': {
    operation:
      'mutation { createAssignmentRule(input: { assigneeId: "VmVuZG9yOjE" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.deleteAssignmentRule': {
    operation:
      'mutation { deleteAssignmentRule(input: { ruleId: "QXNzaWdubWVudFJ1bGU6OTk5" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.updateApprovalPolicy': {
    operation:
      'mutation { updateApprovalPolicy(input: { ownerId: "T3duZXI6MQ", managerApprovesBelowCents: 900, ownerApprovalAboveCents: 100, emergencyManagerMayApprove: true }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.createApiKey': {
    operation: 'mutation { createApiKey(input: { name: "matrix", scopes: [] }) { userErrors { code } } }',
    allowed: ['ADMIN'],
  },
  'Mutation.revokeApiKey': {
    operation: 'mutation { revokeApiKey(input: { apiKeyId: "QXBpS2V5Ojk5OQ" }) { userErrors { code } } }',
    allowed: ['ADMIN'],
  },
  'Mutation.createWebhookEndpoint': {
    operation: 'mutation { createWebhookEndpoint(input: { url: "nope" }) { userErrors { code } } }',
    allowed: ['ADMIN', 'KEY_WEBHOOKS'],
  },
  'Mutation.deleteWebhookEndpoint': {
    operation:
      'mutation { deleteWebhookEndpoint(input: { endpointId: "V2ViaG9va0VuZHBvaW50Ojk5OQ" }) { userErrors { code } } }',
    allowed: ['ADMIN', 'KEY_WEBHOOKS'],
  },
  'Mutation.redeliverWebhook': {
    operation:
      'mutation { redeliverWebhook(input: { deliveryId: "V2ViaG9va0RlbGl2ZXJ5Ojk5OQ" }) { userErrors { code } } }',
    allowed: ['ADMIN', 'KEY_WEBHOOKS'],
  },

  'Subscription.notificationAdded': {
    operation: 'subscription { notificationAdded { id } }',
    allowed: PEOPLE,
  },
  'Subscription.messageAdded': {
    operation: 'subscription($id: ID!) { messageAdded(workOrderId: $id) { id } }',
    variables: (o) => ({ id: o.id }),
    allowed: READERS,
  },
  'Subscription.workOrderChanged': {
    operation: 'subscription { workOrderChanged { kind } }',
    allowed: READERS,
  },
  'Query.documents': { operation: '{ documents(first: 1) { totalCount } }', allowed: PEOPLE },
  'Mutation.addDocument': {
    operation:
      'mutation { addDocument(input: { attachmentId: "eA", kind: LEASE, title: "" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.deleteDocument': {
    operation: 'mutation { deleteDocument(id: "eA") { userErrors { code } } }',
    allowed: STAFF,
  },
  'Query.rentLedger': { operation: '{ rentLedger { balance { amountCents } } }', allowed: PEOPLE },
  'Mutation.recordRentEntry': {
    operation:
      'mutation { recordRentEntry(input: { tenancyId: "eA", kind: CHARGE, amountCents: 0, date: "x" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.deleteRentEntry': {
    operation: 'mutation { deleteRentEntry(id: "eA") { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.importRentLedger': {
    operation: 'mutation { importRentLedger(input: { csv: "x" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Query.commonAreaRequests': { operation: '{ commonAreaRequests { id } }', allowed: PEOPLE },
  'Mutation.addMeToo': {
    operation: 'mutation($id: ID!) { addMeToo(workOrderId: $id) { userErrors { code } } }',
    variables: (o) => ({ id: o.id }),
    allowed: ['TENANT'],
  },
  'Mutation.removeMeToo': {
    operation: 'mutation($id: ID!) { removeMeToo(workOrderId: $id) { userErrors { code } } }',
    variables: (o) => ({ id: o.id }),
    allowed: ['TENANT'],
  },
  'Query.portalWelcome': {
    operation: '{ portalWelcome(propertyId: "eA") { propertyName } }',
    allowed: ['ANONYMOUS', ...PEOPLE],
  },
  'Query.invitation': {
    operation: '{ invitation(token: "nope") { email } }',
    allowed: ['ANONYMOUS', ...PEOPLE],
  },
  'Mutation.inviteTenants': {
    operation: 'mutation { inviteTenants(input: { propertyId: "eA", csv: "x" }) { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.resendInvite': {
    operation: 'mutation { resendInvite(userId: "eA") { userErrors { code } } }',
    allowed: STAFF,
  },
  'Mutation.acceptInvite': {
    operation: 'mutation { acceptInvite(input: { token: "nope", password: "x" }) { userErrors { code } } }',
    allowed: ['ANONYMOUS', ...PEOPLE],
  },
};
