import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import type { Viewer } from '../../platform/graphql/context';
import { parseCsv } from '../../platform/csv/csv';
import { CsvRowError } from '../../platform/csv/csv.types';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import { formatMoney } from '../approval/approval.rules';
import { normalizeEmail } from '../identity/identity.service';
import { Role, isStaff } from '../identity/role';
import { User } from '../identity/user.entity';
import { inNotificationTransaction, type NotificationDeps } from '../notification/notification.service';
import { NotificationTemplateKey } from '../notification/notification.rules';
import { Property } from '../portfolio/property.entity';
import { Tenancy, isActiveTenancy } from '../portfolio/tenancy.entity';
import { Unit } from '../portfolio/unit.entity';
import { RentEntry, RentEntryKind } from './rent-entry.entity';
import {
  AMOUNT_MAX_CENTS,
  DEFAULT_DESCRIPTION,
  DESCRIPTION_MAX,
  IMPORT_MAX_ROWS,
  REFERENCE_MAX,
  RENT_REMINDER_DAYS,
  isIsoDate,
  parseAmount,
  summarizeLedger,
  type LedgerSummary,
} from './rent.rules';

export interface Ledger {
  tenancy: Tenancy;
  entries: RentEntry[];
  summary: LedgerSummary;
  today: string;
}

const todayAt = async (em: EntityManager, tenancy: Tenancy): Promise<string> => {
  const unit = await em.findOneOrFail(Unit, tenancy.unit.id);
  const property = await em.findOneOrFail(Property, unit.property.id);
  return DateTime.now().setZone(property.timezone).toISODate() ?? DateTime.utc().toISODate() ?? '';
};

/**
 * The tenancy whose ledger the viewer asks for: managers any (by id); a tenant their own (by id, or without one
 * their current tenancy); nobody else. Null when there is none the viewer may see.
 */
export const tenancyForLedger = async (
  em: EntityManager,
  viewer: Viewer,
  tenancyId: string | null | undefined,
): Promise<Tenancy | null> => {
  if (viewer.apiKey) return null;
  if (isStaff(viewer.role as Role)) {
    return tenancyId ? em.findOne(Tenancy, idOf('Tenancy', tenancyId) ?? -1) : null;
  }
  if (viewer.role !== Role.TENANT) return null;
  if (tenancyId) return em.findOne(Tenancy, { id: idOf('Tenancy', tenancyId) ?? -1, tenant: viewer.id });
  const own = await em.find(Tenancy, { tenant: viewer.id }, { orderBy: { startsOn: 'desc', id: 'desc' } });
  const today = new Date().toISOString().slice(0, 10);
  return own.find((t) => isActiveTenancy(t, today)) ?? own[0] ?? null;
};

export const ledgerOf = async (em: EntityManager, tenancy: Tenancy): Promise<Ledger> => {
  const entries = await em.find(
    RentEntry,
    { tenancy: tenancy.id },
    { orderBy: { date: 'desc', id: 'desc' } },
  );
  const today = await todayAt(em, tenancy);
  return { tenancy, entries, summary: summarizeLedger(entries, today), today };
};

export interface RentEntryFields {
  kind: RentEntryKind;
  amountCents: number;
  date: string;
  description?: string | null;
  reference?: string | null;
}

/** The checks every entry passes, by hand or imported; returns the problems as (field, message). */
const problemsOf = (fields: RentEntryFields): [string, string][] => {
  const problems: [string, string][] = [];
  if (!Number.isInteger(fields.amountCents) || fields.amountCents <= 0) {
    problems.push(['amount', 'The amount must be more than zero, in cents.']);
  } else if (fields.amountCents > AMOUNT_MAX_CENTS) {
    problems.push(['amount', `At most ${formatMoney(AMOUNT_MAX_CENTS)} per entry.`]);
  }
  if (!isIsoDate(fields.date)) problems.push(['date', `"${fields.date}" is not a date written YYYY-MM-DD.`]);
  if ((fields.description ?? '').length > DESCRIPTION_MAX) {
    problems.push(['description', `At most ${DESCRIPTION_MAX} characters.`]);
  }
  if ((fields.reference ?? '').length > REFERENCE_MAX) {
    problems.push(['reference', `At most ${REFERENCE_MAX} characters.`]);
  }
  return problems;
};

/** Records one charge or payment; a reference already on this tenancy's ledger (same kind) is a conflict. */
export const recordRentEntry = async (
  em: EntityManager,
  viewer: Viewer,
  input: RentEntryFields & { tenancyId: string },
): Promise<Ledger> => {
  const problems = problemsOf(input);
  if (problems.length > 0) {
    throw new UserFacingError(
      problems.map(([field, message]) => ({ code: 'INVALID', message, field: ['input', field] })),
    );
  }
  const tenancy = await em.findOne(Tenancy, idOf('Tenancy', input.tenancyId) ?? -1);
  if (tenancy === null) throw UserFacingError.of('NOT_FOUND', 'No such tenancy.', ['input', 'tenancyId']);
  const reference = input.reference?.trim() || null;
  if (reference && (await em.count(RentEntry, { tenancy: tenancy.id, kind: input.kind, reference })) > 0) {
    throw UserFacingError.of(
      'CONFLICT',
      `This ledger already has a ${input.kind.toLowerCase()} with reference "${reference}".`,
      ['input', 'reference'],
    );
  }
  em.create(RentEntry, {
    tenancy: tenancy.id,
    kind: input.kind,
    amountCents: input.amountCents,
    date: input.date,
    description: input.description?.trim() || DEFAULT_DESCRIPTION[input.kind],
    reference,
    recordedBy: viewer.id,
  });
  await em.flush();
  return ledgerOf(em, tenancy);
};

export const deleteRentEntry = async (em: EntityManager, entryId: string): Promise<Ledger> => {
  const entry = await em.findOne(RentEntry, idOf('RentEntry', entryId) ?? -1);
  if (entry === null) throw UserFacingError.of('NOT_FOUND', 'No such ledger entry.', ['id']);
  const tenancy = await em.findOneOrFail(Tenancy, entry.tenancy.id);
  await em.nativeDelete(RentEntry, { id: entry.id });
  return ledgerOf(em, tenancy);
};

export interface ImportResult {
  imported: number;
  duplicates: number;
  rowErrors: CsvRowError[];
}

export const LEDGER_COLUMNS = {
  required: ['tenant_email', 'kind', 'amount', 'date'],
  optional: ['unit', 'description', 'reference'],
} as const;

/**
 * Imports charges and payments from a CSV (tenant_email, unit, kind, amount, date, description, reference). All or
 * nothing: if any line is wrong nothing is written and every wrong line is reported; lines whose reference is
 * already on the ledger are skipped, so importing the same file twice adds nothing. `dryRun` only checks.
 */
export const importRentLedger = async (
  em: EntityManager,
  viewer: Viewer,
  csv: string,
  dryRun: boolean,
): Promise<ImportResult> => {
  const rows = parseCsv(csv, { ...LEDGER_COLUMNS, maxRows: IMPORT_MAX_ROWS, field: ['input', 'csv'] });
  const emails = [...new Set(rows.map((r) => normalizeEmail(r.values.tenant_email ?? '')))];
  const tenants = await em.find(User, { email: { $in: emails }, role: Role.TENANT });
  const tenancies = await em.find(
    Tenancy,
    { tenant: { $in: tenants.map((u) => u.id) } },
    { populate: ['unit'], orderBy: { startsOn: 'desc' } },
  );
  const today = new Date().toISOString().slice(0, 10);
  const rowErrors: CsvRowError[] = [];
  const accepted: (RentEntryFields & { tenancyId: number; line: number })[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const v = row.values;
    const errorsBefore = rowErrors.length;
    const tenant = tenants.find((u) => u.email === normalizeEmail(v.tenant_email ?? ''));
    let tenancy: Tenancy | undefined;
    if (!tenant) {
      rowErrors.push(
        CsvRowError.of(row.line, `No tenant with the email "${v.tenant_email}".`, 'tenant_email'),
      );
    } else {
      const own = tenancies.filter(
        (t) => t.tenant.id === tenant.id && (!v.unit || t.unit.getEntity().label === v.unit),
      );
      const current = own.filter((t) => isActiveTenancy(t, today));
      const candidates = current.length > 0 ? current : own;
      if (candidates.length === 1) tenancy = candidates[0];
      else if (candidates.length === 0) {
        rowErrors.push(
          CsvRowError.of(
            row.line,
            v.unit ? `${v.tenant_email} has no lease of unit ${v.unit}.` : `${v.tenant_email} has no lease.`,
            v.unit ? 'unit' : 'tenant_email',
          ),
        );
      } else {
        rowErrors.push(
          CsvRowError.of(
            row.line,
            `${v.tenant_email} leases ${candidates.length} units; say which in the unit column.`,
            'unit',
          ),
        );
      }
    }
    const kindText = (v.kind ?? '').toUpperCase();
    const kind = kindText === 'CHARGE' || kindText === 'PAYMENT' ? (kindText as RentEntryKind) : null;
    if (kind === null)
      rowErrors.push(
        CsvRowError.of(row.line, `Kind must be "charge" or "payment", not "${v.kind}".`, 'kind'),
      );
    const amountCents = parseAmount(v.amount ?? '');
    if (amountCents === null) {
      rowErrors.push(CsvRowError.of(row.line, `"${v.amount}" is not an amount like 1250.00.`, 'amount'));
    }
    const fields: RentEntryFields = {
      kind: kind ?? RentEntryKind.CHARGE,
      amountCents: amountCents ?? 1,
      date: v.date ?? '',
      description: v.description || null,
      reference: v.reference || null,
    };
    for (const [column, message] of problemsOf(fields))
      rowErrors.push(CsvRowError.of(row.line, message, column));
    if (tenancy && kind && fields.reference) {
      const key = `${tenancy.id}:${kind}:${fields.reference}`;
      if (seen.has(key)) {
        rowErrors.push(
          CsvRowError.of(row.line, `Reference "${fields.reference}" appears twice in the file.`, 'reference'),
        );
      }
      seen.add(key);
    }
    if (rowErrors.length === errorsBefore && tenancy)
      accepted.push({ ...fields, tenancyId: tenancy.id, line: row.line });
  }
  if (rowErrors.length > 0) return { imported: 0, duplicates: 0, rowErrors };
  const known = await em.find(
    RentEntry,
    { tenancy: { $in: [...new Set(accepted.map((a) => a.tenancyId))] }, reference: { $ne: null } },
    { fields: ['tenancy', 'kind', 'reference'] },
  );
  const knownKeys = new Set(known.map((k) => `${k.tenancy.id}:${k.kind}:${k.reference}`));
  const fresh = accepted.filter(
    (a) => !a.reference || !knownKeys.has(`${a.tenancyId}:${a.kind}:${a.reference}`),
  );
  if (!dryRun) {
    await em.transactional(async (tem) => {
      for (const a of fresh) {
        tem.create(RentEntry, {
          tenancy: a.tenancyId,
          kind: a.kind,
          amountCents: a.amountCents,
          date: a.date,
          description: a.description?.trim() || DEFAULT_DESCRIPTION[a.kind],
          reference: a.reference,
          recordedBy: viewer.id,
        });
      }
    });
  }
  return { imported: fresh.length, duplicates: accepted.length - fresh.length, rowErrors: [] };
};

const formatDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

interface DueCharge {
  id: number;
  tenancy_id: number;
  tenant_id: number;
  unit_label: string;
  property_name: string;
}

/**
 * Reminds tenants of charges due within RENT_REMINDER_DAYS that payments do not cover yet. Each charge is claimed
 * once (SKIP LOCKED, `reminded_at`) in the same transaction that writes its notifications, whose unique source key
 * (`rent-due:<id>`) makes a repeat add nothing. Returns how many reminders went out.
 */
export const remindRentDue = async (deps: NotificationDeps, batch = 200): Promise<number> =>
  inNotificationTransaction(deps, async (em, send) => {
    const due = await em.getConnection().execute<DueCharge[]>(
      `update rent_entries r set reminded_at = now()
         from tenancies t join units u on u.id = t.unit_id join properties p on p.id = u.property_id
        where t.id = r.tenancy_id and r.id in (
          select id from rent_entries
           where kind = 'CHARGE' and reminded_at is null
             and date between current_date and current_date + ?::int
           order by date, id limit ? for update skip locked)
        returning r.id, r.tenancy_id, t.tenant_id, u.label as unit_label, p.name as property_name`,
      [RENT_REMINDER_DAYS, batch],
      'all',
      em.getTransactionContext(),
    );
    let sent = 0;
    for (const charge of due) {
      const tenancy = await em.findOneOrFail(Tenancy, charge.tenancy_id);
      const { summary } = await ledgerOf(em, tenancy);
      const left = summary.outstanding.get(charge.id) ?? 0;
      if (left <= 0) continue;
      const entry = await em.findOneOrFail(RentEntry, charge.id);
      sent += await send({
        sourceKey: `rent-due:${charge.id}`,
        template: NotificationTemplateKey.RENT_DUE,
        recipients: [charge.tenant_id],
        values: {
          amount: formatMoney(left),
          due: formatDay(entry.date),
          unit: `unit ${charge.unit_label}`,
          property: charge.property_name,
        },
        link: `${deps.publicUrl.replace(/\/$/, '')}/rent`,
      });
    }
    return sent;
  });
