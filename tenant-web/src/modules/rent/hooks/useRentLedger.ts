import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MoneyFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';
import { MyRentLedgerQuery } from '../graphql/rent';

/** The tenant's current lease's ledger (null when they have none): from the cache at once, then fresh. */
export const useRentLedger = () =>
  useQuery(MyRentLedgerQuery, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });

/** Money in the ledger's own currency and the UI language, e.g. "$1,250.00" or "1 250,00 $US". */
export const useMoney = (): ((money: MoneyFieldsFragment) => string) => {
  const format = useFormatters();
  return useCallback((money) => format.money(money.amountCents / 100, money.currency), [format]);
};

export type BalanceState = 'owed' | 'credit' | 'paid';

/** Positive is owed, negative is credit. */
export const balanceState = (balance: MoneyFieldsFragment): BalanceState =>
  balance.amountCents > 0 ? 'owed' : balance.amountCents < 0 ? 'credit' : 'paid';

/** The absolute amount (a credit shows as "$50.00 in credit", not "-$50.00"). */
export const absolute = (money: MoneyFieldsFragment): MoneyFieldsFragment => ({
  ...money,
  amountCents: Math.abs(money.amountCents),
});
