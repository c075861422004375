import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { Message } from '../messaging/message.entity';
import { WorkOrder } from '../work-order/work-order.entity';
import { Attachment } from './attachment.entity';
import { messageAttachmentsLoader, workOrderAttachmentsLoader } from './attachment.service';

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: 'A download link valid for 15 minutes.' })
  url(@Root() a: Attachment, @Ctx() ctx: Context): string {
    return ctx.services.signUploadUrl(a.id, 'original');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A 320 px preview (images), valid for 15 minutes.',
  })
  thumbnailUrl(@Root() a: Attachment, @Ctx() ctx: Context): string | null {
    return a.thumbnailKey ? ctx.services.signUploadUrl(a.id, 'thumbnail') : null;
  }
}

@Resolver(() => WorkOrder)
export class WorkOrderAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: 'Photos and videos of the request and its completion.' })
  attachments(@Root() wo: WorkOrder, @Ctx() ctx: Context): Promise<Attachment[]> {
    return ctx.loaders.custom(workOrderAttachmentsLoader).load(wo.id);
  }
}

@Resolver(() => Message)
export class MessageAttachmentsResolver {
  @FieldResolver(() => [Attachment])
  attachments(@Root() m: Message, @Ctx() ctx: Context): Promise<Attachment[]> {
    return ctx.loaders.custom(messageAttachmentsLoader).load(m.id);
  }
}
