import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123232509 } from './Migration20261123232509';
import { Migration20261123235842 } from './Migration20261123235842';
import { Migration20261124001533 } from './Migration20261124001533';
import { Migration20261124003520 } from './Migration20261124003520';
import { Migration20261124004917 } from './Migration20261124004917';
import { Migration20261124010611 } from './Migration20261124010611';
import { Migration20261124011257 } from './Migration20261124011257';
import { Migration20261124020057 } from './Migration20261124020057';
import { Migration20261124033500 } from './Migration20261124033500';
import { Migration20261124044910 } from './Migration20261124044910';
import { Migration20261124045850 } from './Migration20261124045850';
import { Migration20261124052648 } from './Migration20261124052648';
import { Migration20261124061527 } from './Migration20261124061527';
import { Migration20261124071500 } from './Migration20261124071500';
import { Migration20261124072000 } from './Migration20261124072000';
import { Migration20261125080000 } from './Migration20261125080000';
import { Migration20261125090000 } from './Migration20261125090000';
import { Migration20261126090000 } from './Migration20261126090000';
import { Migration20261127080000 } from './Migration20261127080000';
import { Migration20261127090000 } from './Migration20261127090000';
import { Migration20261128080000 } from './Migration20261128080000';

/** Committed migrations, oldest first. `npm run -w api migration:create` writes new ones; add them here. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123232509', class: Migration20261123232509 },
  { name: 'Migration20261123235842', class: Migration20261123235842 },
  { name: 'Migration20261124001533', class: Migration20261124001533 },
  { name: 'Migration20261124003520', class: Migration20261124003520 },
  { name: 'Migration20261124004917', class: Migration20261124004917 },
  { name: 'Migration20261124010611', class: Migration20261124010611 },
  { name: 'Migration20261124011257', class: Migration20261124011257 },
  { name: 'Migration20261124020057', class: Migration20261124020057 },
  { name: 'Migration20261124033500', class: Migration20261124033500 },
  { name: 'Migration20261124044910', class: Migration20261124044910 },
  { name: 'Migration20261124045850', class: Migration20261124045850 },
  { name: 'Migration20261124052648', class: Migration20261124052648 },
  { name: 'Migration20261124061527', class: Migration20261124061527 },
  { name: 'Migration20261124071500', class: Migration20261124071500 },
  { name: 'Migration20261124072000', class: Migration20261124072000 },
  { name: 'Migration20261125080000', class: Migration20261125080000 },
  { name: 'Migration20261125090000', class: Migration20261125090000 },
  { name: 'Migration20261126090000', class: Migration20261126090000 },
  { name: 'Migration20261127080000', class: Migration20261127080000 },
  { name: 'Migration20261127090000', class: Migration20261127090000 },
  { name: 'Migration20261128080000', class: Migration20261128080000 },
];
