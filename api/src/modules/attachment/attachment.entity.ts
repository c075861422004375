import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../platform/graphql/node';
import { User } from '../identity/user.entity';
import { Message } from '../messaging/message.entity';
import { WorkOrder } from '../work-order/work-order.entity';

export enum AttachmentKind {
  IMAGE = 'IMAGE',
  VIDEO = 'VIDEO',
  /** A PDF a manager files as a tenant document (lease, condition report, receipt, certificate). */
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(AttachmentKind, { name: 'AttachmentKind' });

/** An uploaded photo or video: stored under a generated key, type decided from its bytes, images re-encoded. */
@Entity({ tableName: 'attachments' })
@Index({ properties: ['workOrder'] })
@ObjectType({
  implements: Node,
  description: 'A photo or video on a work order or message, or a document’s file.',
})
export class Attachment extends Node {
  @PrimaryKey({ type: 'int' })
  id!: number;

  @ManyToOne(() => WorkOrder, { ref: true, nullable: true })
  workOrder?: Ref<WorkOrder> | null;

  @ManyToOne(() => Message, { ref: true, nullable: true })
  message?: Ref<Message> | null;

  /** Set when the file is a tenant document (see the document module); such a file belongs to nothing else. */
  @Property({ type: 'int', nullable: true, index: true })
  documentId?: number | null;

  @ManyToOne(() => User, { ref: true })
  uploadedBy!: Ref<User>;

  @Field(() => AttachmentKind)
  @Enum({ items: () => AttachmentKind })
  kind!: AttachmentKind;

  @Field({ description: 'Decided from the file’s bytes, never from its name.' })
  @Property({ type: 'text' })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes, as stored (after re-encoding for images).' })
  @Property({ type: 'int' })
  size!: number;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'text', hidden: true })
  storageKey!: string;

  @Property({ type: 'text', nullable: true, hidden: true })
  thumbnailKey?: string | null;

  @Field({ description: 'The file’s name as uploaded, cleaned; for display only.' })
  @Property({ type: 'text' })
  originalName!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
