import { Role } from '../src/modules/identity/role';
import type { Viewer } from '../src/platform/graphql/context';
import type { TestApp } from './harness';

/** A global id, as the API encodes it ("WorkOrder:12" in base64url). */
export const gid = (type: string, id: number | undefined): string =>
  Buffer.from(`${type}:${id}`).toString('base64url');

/** The database id inside a global id. */
export const dbId = (globalId: string): number =>
  Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** Polls `probe` until it returns something truthy; fails naming `what` after `timeoutMs`. */
export const until = async <T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
  everyMs = 100,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
};

/** Global ids of demo objects, looked up through the API as a client would. */
export const demoIds = async (t: TestApp, token: string) => {
  const r = await t.gql<{
    viewer: { units: { id: string; label: string; property: { id: string; name: string } }[] };
    categories: { id: string; key: string }[];
  }>('{ viewer { units { id label property { id name } } } categories { id key } }', {}, token);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  const category = (key: string): string => {
    const found = r.data?.categories.find((c) => c.key === key);
    if (!found) throw new Error(`no category ${key}`);
    return found.id;
  };
  const unit = r.data.viewer.units[0];
  return { unitId: unit?.id, propertyId: unit?.property.id, category };
};

export const SUBMIT = `mutation Submit($input: SubmitMaintenanceRequestInput!) {
  submitMaintenanceRequest(input: $input) {
    workOrder { id number status priority reportedSeverity triageReasons needsReview title
      unit { id label } property { id name emergencyHotline } requester { email }
      access { pets bestContactMethod preferredTimes notes gateCode lockboxCode }
      availability { startsAt endsAt } locationKind locationDetail version }
    userErrors { field message code }
  }
}`;

export interface SubmittedOrder {
  id: string;
  number: number;
  status: string;
  priority: string;
  reportedSeverity: string;
  triageReasons: string[];
  needsReview: boolean;
  title: string;
  version: number;
  unit: { id: string; label: string } | null;
  property: { id: string; name: string; emergencyHotline: string };
  requester: { email: string };
  access: Record<string, string | null>;
  availability: { startsAt: string; endsAt: string }[];
  locationKind: string;
  locationDetail: string | null;
}

export interface SubmitResult {
  submitMaintenanceRequest: {
    workOrder: SubmittedOrder | null;
    userErrors: { field: string[] | null; message: string; code: string }[];
  };
}

export const submit = async (t: TestApp, token: string, input: Record<string, unknown>) => {
  const r = await t.gql<SubmitResult>(SUBMIT, { input }, token);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.submitMaintenanceRequest;
};

/** The value, or a failed test when there is none. */
export const must = <T>(value: T | null | undefined): T => {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
};

/** The demo manager and the second owner as the report services see them (viewers, no login). */
export const reportViewers = async (t: TestApp): Promise<{ manager: Viewer; owner2: Viewer }> => {
  const [m] = await t.sql<{ id: number }>(`select id from users where email = 'manager@demo.test'`);
  const [o] = await t.sql<{ id: number }>(`select id from users where email = 'owner2@demo.test'`);
  return {
    manager: { id: must(m).id, role: Role.MANAGER, vendorId: null },
    owner2: { id: must(o).id, role: Role.OWNER, vendorId: null },
  };
};
