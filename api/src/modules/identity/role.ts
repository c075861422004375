import { registerEnumType } from 'type-graphql';

export enum Role {
  TENANT = 'TENANT',
  MANAGER = 'MANAGER',
  TECHNICIAN = 'TECHNICIAN',
  VENDOR = 'VENDOR',
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user is to the portfolio; decides what they see.',
});

/** Roles that see the whole portfolio. */
export const STAFF_ROLES: readonly Role[] = [Role.MANAGER, Role.ADMIN];

export const isStaff = (role: Role): boolean => STAFF_ROLES.includes(role);
