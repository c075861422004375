import { registerEnumType } from 'type-graphql';

export enum ContactMethod {
  PHONE = 'PHONE',
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  APP = 'APP',
}

registerEnumType(ContactMethod, { name: 'ContactMethod' });
