import { IsIn, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
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
import { CsvRowError } from '../../platform/csv/csv.types';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { UserError, payloadOf } from '../../platform/graphql/user-error';
import { Role } from '../identity/role';
import { Tenancy } from '../portfolio/tenancy.entity';
import { Money } from '../workflow/workflow.types';
import { RentEntry, RentEntryKind } from './rent-entry.entity';
import { DESCRIPTION_MAX, REFERENCE_MAX } from './rent.rules';
import {
  deleteRentEntry,
  importRentLedger,
  ledgerOf,
  recordRentEntry,
  tenancyForLedger,
  type Ledger,
} from './rent.service';

@ObjectType({ description: 'The oldest charge payments do not cover yet.' })
export class RentDue {
  @Field({ description: 'YYYY-MM-DD' })
  dueOn!: string;

  @Field(() => Money, { description: 'What is still unpaid of it.' })
  amount!: Money;

  @Field({ description: 'Its due date has passed.' })
  overdue!: boolean;
}

@ObjectType({ description: "A tenancy's rent: balance, what is due next, and every charge and payment." })
export class RentLedger {
  @Field(() => Tenancy)
  tenancy!: Tenancy;

  @Field(() => Money, { description: 'Charges minus payments: positive is owed, negative is credit.' })
  balance!: Money;

  @Field(() => Money, { description: 'Unpaid charges whose due date has passed.' })
  overdue!: Money;

  @Field(() => RentDue, { nullable: true, description: 'Null when everything charged is paid.' })
  nextDue?: RentDue | null;

  @Field(() => [RentEntry], { description: 'Newest first.' })
  entries!: RentEntry[];
}

const ledgerType = (ledger: Ledger): RentLedger => {
  const { summary } = ledger;
  return Object.assign(new RentLedger(), {
    tenancy: ledger.tenancy,
    balance: Money.of(summary.balanceCents),
    overdue: Money.of(summary.overdueCents),
    nextDue: summary.nextDue
      ? Object.assign(new RentDue(), {
          dueOn: summary.nextDue.dueOn,
          amount: Money.of(summary.nextDue.outstandingCents),
          overdue: summary.nextDue.dueOn < ledger.today,
        })
      : null,
    entries: ledger.entries,
  });
};

@InputType()
export class RecordRentEntryInput {
  @Field(() => ID)
  tenancyId!: string;

  @Field(() => RentEntryKind)
  @IsIn(Object.values(RentEntryKind))
  kind!: RentEntryKind;

  @Field(() => Int, { description: 'In cents, more than zero.' })
  @IsInt()
  @Min(1)
  amountCents!: number;

  @Field({ description: 'YYYY-MM-DD: the due date of a charge, the day a payment was received.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to "Rent" or "Payment".' })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REFERENCE_MAX)
  reference?: string | null;
}

@InputType()
export class ImportRentLedgerInput {
  @Field({
    description:
      'CSV with a header row: tenant_email, kind (charge|payment), amount (1250.00), date (YYYY-MM-DD), and optionally unit, description, reference.',
  })
  csv!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check the file and report, writing nothing.' })
  dryRun: boolean = false;
}

@ObjectType()
export class RentLedgerPayload {
  @Field(() => RentLedger, { nullable: true })
  ledger?: RentLedger | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ImportRentLedgerPayload {
  @Field(() => Int, { description: 'Entries written (or, in a dry run, that would be).' })
  imported!: number;

  @Field(() => Int, { description: 'Lines skipped because their reference is already on the ledger.' })
  duplicates!: number;

  @Field(() => [CsvRowError], { description: 'Every wrong line; when there is any, nothing was written.' })
  rowErrors!: CsvRowError[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => RentEntry)
export class RentResolver {
  @Authorized()
  @Query(() => RentLedger, {
    nullable: true,
    description:
      "A tenancy's rent ledger: managers give the tenancy; a tenant sees their own (without an id, their current lease).",
  })
  async rentLedger(
    @Ctx() ctx: Context,
    @Arg('tenancyId', () => ID, { nullable: true }) tenancyId?: string,
  ): Promise<RentLedger | null> {
    const tenancy = await tenancyForLedger(ctx.em, viewerOf(ctx), tenancyId);
    return tenancy === null ? null : ledgerType(await ledgerOf(ctx.em, tenancy));
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => RentLedgerPayload, { description: 'Records a charge or a payment by hand.' })
  recordRentEntry(
    @Arg('input', () => RecordRentEntryInput, { validate: false }) input: RecordRentEntryInput,
    @Ctx() ctx: Context,
  ): Promise<RentLedgerPayload> {
    return payloadOf<RentLedgerPayload>(
      input,
      async () => ({ ledger: ledgerType(await recordRentEntry(ctx.em, viewerOf(ctx), input)) }),
      () => ({ ledger: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => RentLedgerPayload, { description: 'Removes a mistaken ledger entry.' })
  deleteRentEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RentLedgerPayload> {
    return payloadOf<RentLedgerPayload>(
      null,
      async () => ({ ledger: ledgerType(await deleteRentEntry(ctx.em, id)) }),
      () => ({ ledger: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => ImportRentLedgerPayload, {
    description: 'Imports charges and payments from a CSV: all lines or none; known references are skipped.',
  })
  importRentLedger(
    @Arg('input', () => ImportRentLedgerInput, { validate: false }) input: ImportRentLedgerInput,
    @Ctx() ctx: Context,
  ): Promise<ImportRentLedgerPayload> {
    return payloadOf<ImportRentLedgerPayload>(
      input,
      () => importRentLedger(ctx.em, viewerOf(ctx), input.csv, input.dryRun),
      () => ({ imported: 0, duplicates: 0, rowErrors: [] }),
    );
  }

  @FieldResolver(() => Money)
  amount(@Root() entry: RentEntry): Money {
    return Money.of(entry.amountCents) as Money;
  }
}
