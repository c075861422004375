import { IsIn, IsOptional, MaxLength } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  connectionFrom,
  connectionOf,
  decodeCursor,
  encodeCursor,
  pageSize,
} from '../../platform/graphql/connection';
import { type Context, found, viewerOf } from '../../platform/graphql/context';
import { UserError, payloadOf } from '../../platform/graphql/user-error';
import { Attachment } from '../attachment/attachment.entity';
import { Role } from '../identity/role';
import { Tenancy } from '../portfolio/tenancy.entity';
import { Unit } from '../portfolio/unit.entity';
import { Document, DocumentKind } from './document.entity';
import {
  TITLE_MAX,
  addDocument,
  deleteDocument,
  documentFileLoader,
  listDocuments,
} from './document.service';

export const { Connection: DocumentConnection } = connectionOf(Document, 'Document');

@InputType()
export class AddDocumentInput {
  @Field(() => ID, { description: 'A PDF or photo uploaded with POST /uploads.' })
  attachmentId!: string;

  @Field(() => DocumentKind)
  @IsIn(Object.values(DocumentKind))
  kind!: DocumentKind;

  @Field()
  @MaxLength(TITLE_MAX)
  title!: string;

  @Field(() => ID, { nullable: true, description: 'For every current tenant of the unit.' })
  @IsOptional()
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For one tenancy only (a lease, a condition report).' })
  @IsOptional()
  tenancyId?: string | null;
}

@ObjectType()
export class DocumentPayload {
  @Field(() => Document, { nullable: true })
  document?: Document | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DeleteDocumentPayload {
  @Field(() => ID, { nullable: true })
  deletedId?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized()
  @Query(() => DocumentConnection, {
    description:
      'Documents, newest first: managers see all (filter by unit or tenancy); a tenant sees their own only.',
  })
  async documents(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('tenancyId', () => ID, { nullable: true }) tenancyId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<InstanceType<typeof DocumentConnection>> {
    const size = pageSize(first);
    const afterId = after ? (decodeCursor(after, ['number'])[0] as number) : null;
    const { rows, total } = await listDocuments(ctx.em, viewerOf(ctx), { unitId, tenancyId }, size, afterId);
    return connectionFrom(rows, size, total, (d) => encodeCursor([d.id]), afterId !== null);
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => DocumentPayload, { description: 'Files an uploaded PDF or photo for a unit or a tenancy.' })
  addDocument(
    @Arg('input', () => AddDocumentInput, { validate: false }) input: AddDocumentInput,
    @Ctx() ctx: Context,
  ): Promise<DocumentPayload> {
    return payloadOf<DocumentPayload>(
      input,
      async () => ({ document: await addDocument(ctx.em, viewerOf(ctx), input) }),
      () => ({ document: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => DeleteDocumentPayload, {
    description: 'Removes a document; its download links stop working.',
  })
  deleteDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DeleteDocumentPayload> {
    return payloadOf<DeleteDocumentPayload>(
      null,
      async () => ({ deletedId: await deleteDocument(ctx.em, id) }),
      () => ({ deletedId: null }),
    );
  }

  @FieldResolver(() => Attachment, { description: 'The file, with a download link valid for 15 minutes.' })
  async file(@Root() d: Document, @Ctx() ctx: Context): Promise<Attachment> {
    return found(await ctx.loaders.custom(documentFileLoader).load(d.id));
  }

  @FieldResolver(() => Unit)
  async unit(@Root() d: Document, @Ctx() ctx: Context): Promise<Unit> {
    return found(await ctx.loaders.byId(Unit).load(d.unit.id));
  }

  @FieldResolver(() => Tenancy, { nullable: true, description: 'Null for a document of the whole unit.' })
  async tenancy(@Root() d: Document, @Ctx() ctx: Context): Promise<Tenancy | null> {
    return d.tenancy ? ctx.loaders.byId(Tenancy).load(d.tenancy.id) : null;
  }
}
