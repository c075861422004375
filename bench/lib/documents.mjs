// The GraphQL documents the clients really send, taken from their generated code (admin-web, tenant-web), so the
// benchmarks follow the UI when it changes.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from './common.mjs';

const require = createRequire(import.meta.url);
require('@swc-node/register');
const { print } = require('graphql');
const admin = require(join(REPO_ROOT, 'admin-web', 'src', 'generated', 'graphql.ts'));
const tenant = require(join(REPO_ROOT, 'tenant-web', 'src', 'generated', 'graphql.ts'));

/** The admin board's column query (BoardColumn with the BoardCard fragment), as the UI sends it. */
export const BOARD_COLUMN_UI = print(admin.BoardColumnDocument);

/**
 * The benchmark's board query: the UI's column query plus the card's requester and category (issue #8 lists them;
 * the board card does not show them today).
 */
export const BOARD_QUERY = BOARD_COLUMN_UI.replace(
  /fragment BoardCard on WorkOrder \{/,
  'fragment BoardCard on WorkOrder {\n  requester {\n    id\n    name\n  }\n  category {\n    id\n    name\n  }',
);
if (BOARD_QUERY === BOARD_COLUMN_UI) throw new Error('BoardCard fragment not found in the admin board query');

/** The admin board's live subscription. */
export const BOARD_SUBSCRIPTION = print(admin.BoardWorkOrderChangedDocument);

/** The tenant app's submit mutation. */
export const SUBMIT_REQUEST = print(tenant.SubmitMaintenanceRequestDocument);

/** The admin reports page's query. */
export const MAINTENANCE_REPORT = print(admin.MaintenanceReportDocument);
