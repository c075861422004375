import { createUnionType } from 'type-graphql';
import { Technician } from './technician.entity';
import { Vendor } from './vendor.entity';

export const Assignee = createUnionType({
  name: 'Assignee',
  description: 'Who has the job: an outside vendor or an in-house technician.',
  types: () => [Vendor, Technician] as const,
  resolveType: (value) => (value instanceof Vendor ? Vendor : Technician),
});
