import { createUnionType } from 'type-graphql';
import { Technician } from './technician.entity';
import { Vendor } from './vendor.entity';

export const Assignee = createUnionType({
  name: 'Assignee',
  description: 'Who has the job: an outside vendor or an in-house technician.',
  types: () => [Vendor, Technician] as const,
  // no resolveType: type-graphql's own (instanceof) is synchronous, as graphql-jit needs; one given here would be
  // wrapped in an async function
});
