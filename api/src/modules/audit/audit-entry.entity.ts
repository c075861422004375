import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';

/** One administrative action: who, what, on which object, when. Append-only. */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['at'] })
@ObjectType({ implements: Node, description: 'An administrative action, for the audit trail.' })
export class AuditEntry extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'int', nullable: true })
  actorId?: number | null;

  @Field(() => Int, { nullable: true, description: 'Set when an API key acted.' })
  @Property({ type: 'int', nullable: true })
  apiKeyId?: number | null;

  @Field({ description: 'E.g. api_key.created, webhook.deleted, vendor.updated.' })
  @Property({ type: 'text' })
  action!: string;

  @Field({ description: 'Global id of the object acted on.' })
  @Property({ type: 'text' })
  target!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();
}
