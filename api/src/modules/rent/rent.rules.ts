import { RentEntryKind } from './rent-entry.entity';

/** Tenants are reminded of a charge this many days before it is due (and on the day), once. */
export const RENT_REMINDER_DAYS = 3;

export const AMOUNT_MAX_CENTS = 100_000_000;
export const DESCRIPTION_MAX = 200;
export const REFERENCE_MAX = 100;
export const IMPORT_MAX_ROWS = 5000;

export const DEFAULT_DESCRIPTION: Readonly<Record<RentEntryKind, string>> = {
  CHARGE: 'Rent',
  PAYMENT: 'Payment',
};

export interface LedgerLine {
  id: number;
  kind: RentEntryKind;
  amountCents: number;
  date: string;
}

export interface LedgerSummary {
  /** Charges minus payments: positive is owed, negative is credit. */
  balanceCents: number;
  /** What is still unpaid of charges due before `today`. */
  overdueCents: number;
  /** The oldest charge not yet covered by payments (payments settle the oldest charges first). */
  nextDue: { entryId: number; dueOn: string; outstandingCents: number } | null;
  /** Unpaid remainder per charge id. */
  outstanding: ReadonlyMap<number, number>;
}

/** Applies payments to charges oldest first (the usual ledger rule) and reads off balance, overdue and next due. */
export const summarizeLedger = (lines: readonly LedgerLine[], today: string): LedgerSummary => {
  const charges = lines
    .filter((l) => l.kind === RentEntryKind.CHARGE)
    .sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
  const totalPaid = lines
    .filter((l) => l.kind === RentEntryKind.PAYMENT)
    .reduce((sum, l) => sum + l.amountCents, 0);
  let paid = totalPaid;
  const charged = charges.reduce((sum, l) => sum + l.amountCents, 0);
  const outstanding = new Map<number, number>();
  let overdueCents = 0;
  let nextDue: LedgerSummary['nextDue'] = null;
  for (const charge of charges) {
    const covered = Math.min(paid, charge.amountCents);
    paid -= covered;
    const left = charge.amountCents - covered;
    outstanding.set(charge.id, left);
    if (left === 0) continue;
    if (charge.date < today) overdueCents += left;
    nextDue ??= { entryId: charge.id, dueOn: charge.date, outstandingCents: left };
  }
  return { balanceCents: charged - totalPaid, overdueCents, nextDue, outstanding };
};

/** "1250", "1,250.00", "1250.5" → cents; null when it is not a positive amount with at most two decimals. */
export const parseAmount = (text: string): number | null => {
  const clean = text.replace(/[\s$€£]/g, '').replace(/,(?=\d{3}(\D|$))/g, '');
  const normalized = /^\d+,\d{1,2}$/.test(clean) ? clean.replace(',', '.') : clean;
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return null;
  const [whole, fraction = ''] = normalized.split('.') as [string, string?];
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
};

/** A real calendar date written YYYY-MM-DD. */
export const isIsoDate = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};
