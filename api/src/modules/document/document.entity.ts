import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { User } from '../identity/user.entity';
import { Tenancy } from '../portfolio/tenancy.entity';
import { Unit } from '../portfolio/unit.entity';

export enum DocumentKind {
  LEASE = 'LEASE',
  CONDITION_REPORT = 'CONDITION_REPORT',
  RECEIPT = 'RECEIPT',
  CERTIFICATE = 'CERTIFICATE',
  NOTICE = 'NOTICE',
  OTHER = 'OTHER',
}
registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'What a tenant document is.' });

/**
 * A file a manager shares with a unit's tenants (unit documents: the current tenants see them) or with one tenancy
 * (lease, condition report: only that tenant sees them, also after moving out). Its file is an Attachment.
 */
@Entity({ tableName: 'documents' })
@Index({ properties: ['unit', 'createdAt'] })
@ObjectType({
  implements: Node,
  description: 'A lease, condition report, receipt or certificate for a tenant.',
})
export class Document extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => Unit, { ref: true })
  unit!: Ref<Unit>;

  @ManyToOne(() => Tenancy, { ref: true, nullable: true, index: true })
  tenancy?: Ref<Tenancy> | null;

  @Field(() => DocumentKind)
  @Enum({ items: () => DocumentKind })
  kind!: DocumentKind;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => User, { ref: true })
  uploadedBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
