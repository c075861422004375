import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { DEFAULT_APPROVAL_POLICY, type ApprovalPolicyRecord } from './approval-policy';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { User } from '../identity/user.entity';

@Entity({ tableName: 'owners' })
@ObjectType({ implements: Node, description: 'The owner of one or more properties; approves costs.' })
export class Owner extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  /** Cost approval thresholds agreed with this owner (PRODUCT.md §8 defaults). */
  @Property({ type: 'json' })
  approvalPolicy: Opt<ApprovalPolicyRecord> = { ...DEFAULT_APPROVAL_POLICY };

  /** The owner's login, when they have one. */
  @ManyToOne(() => User, { ref: true, nullable: true, index: true })
  user?: Ref<User> | null;
}
