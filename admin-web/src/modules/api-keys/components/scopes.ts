import type { ApiKeyScope } from '../../../generated/graphql';

/** Every scope, in the order the form offers them. */
export const API_KEY_SCOPES: readonly ApiKeyScope[] = [
  'READ_WORK_ORDERS',
  'WRITE_WORK_ORDERS',
  'READ_REPORTS',
  'MANAGE_WEBHOOKS',
];
