import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { ApiKeyScope } from './api-key.scopes';
import { User } from './user.entity';

/** A third party's key: the secret is shown once and kept only as a SHA-256 hash. */
@Entity({ tableName: 'api_keys' })
@ObjectType({
  implements: Node,
  description: 'An API key for a third party; the secret is shown once, at creation.',
})
export class ApiKey extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The public start of the key (fxk_xxxxxxxx), to recognise it.' })
  @Property({ type: 'text', unique: true })
  prefix!: string;

  @Property({ type: 'text', hidden: true })
  secretHash!: string;

  @Field(() => [ApiKeyScope])
  @Property({ type: 'json' })
  scopes!: ApiKeyScope[];

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
