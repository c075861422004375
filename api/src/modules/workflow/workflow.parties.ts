import type { Viewer } from '../../platform/graphql/context';
import type { Loaders } from '../../platform/graphql/loaders';
import { ApiKeyScope } from '../identity/api-key.scopes';
import { Role } from '../identity/role';
import { Owner } from '../portfolio/owner.entity';
import { Property } from '../portfolio/property.entity';
import { Technician } from '../vendor/technician.entity';
import type { WorkOrder } from '../work-order/work-order.entity';
import type { Party } from './workflow.rules';

export const SYSTEM: ReadonlySet<Party> = new Set<Party>(['SYSTEM']);

/**
 * The viewer's parties to this work order: staff role, requester, current assignee, owner of the property. At once
 * (no promise) unless a technician's or an owner's relation has to be loaded.
 */
export const partiesOf = (
  loaders: Loaders,
  viewer: Viewer,
  wo: WorkOrder,
): Set<Party> | Promise<Set<Party>> => {
  const parties = new Set<Party>();
  if (viewer.role === Role.MANAGER) parties.add(Role.MANAGER);
  if (viewer.role === Role.ADMIN) parties.add(Role.ADMIN);
  if (viewer.apiKey?.scopes.includes(ApiKeyScope.WRITE_WORK_ORDERS)) parties.add(Role.MANAGER);
  if (viewer.role === Role.TENANT && wo.requester.id === viewer.id) parties.add('REQUESTER');
  if (viewer.role === Role.VENDOR && viewer.vendorId !== null && wo.assigneeVendor?.id === viewer.vendorId) {
    parties.add('ASSIGNEE');
  }
  if (viewer.role === Role.TECHNICIAN && wo.assigneeTechnician) {
    const { id } = wo.assigneeTechnician;
    return (async () => {
      const technician = await loaders.byId(Technician).load(id);
      if (technician?.user.id === viewer.id) parties.add('ASSIGNEE');
      return parties;
    })();
  }
  if (viewer.role === Role.OWNER) {
    return (async () => {
      const property = await loaders.byId(Property).load(wo.property.id);
      const owner = property ? await loaders.byId(Owner).load(property.owner.id) : null;
      if (owner?.user?.id === viewer.id) parties.add('OWNER');
      return parties;
    })();
  }
  return parties;
};
