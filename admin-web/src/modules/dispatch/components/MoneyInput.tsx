import { NumberInput, type NumberInputProps } from '@mantine/core';

export interface MoneyInputProps extends Omit<NumberInputProps, 'value' | 'onChange' | 'prefix'> {
  /** Dollars (or the currency's main unit) as typed; '' when empty. */
  value: number | '';
  onChange: (value: number | '') => void;
  currencySymbol: string;
}

/** An amount in dollars and cents: two decimals, never negative, thousands grouped. */
export function MoneyInput({ value, onChange, currencySymbol, ...rest }: MoneyInputProps) {
  return (
    <NumberInput
      {...rest}
      value={value}
      onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? '' : Number(next))}
      prefix={currencySymbol}
      decimalScale={2}
      fixedDecimalScale={false}
      thousandSeparator=","
      min={0}
      allowNegative={false}
      hideControls
      inputMode="decimal"
    />
  );
}

/** Dollars → cents, rounding away float noise (19.99 → 1999). */
export function toCents(value: number | ''): number | null {
  if (value === '' || Number.isNaN(value)) return null;
  return Math.round(value * 100);
}

/** The currency's symbol in the locale ("$" for USD in English). */
export function currencySymbol(currency: string, locale: string): string {
  try {
    const part = new Intl.NumberFormat(locale, { style: 'currency', currency })
      .formatToParts(0)
      .find((p) => p.type === 'currency');
    return part?.value ?? currency;
  } catch {
    return currency;
  }
}
