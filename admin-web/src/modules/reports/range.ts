import { addDays } from '../../shared/format/zoned';

export type RangePreset = '30d' | '3m' | '12m' | 'custom';

export const RANGE_PRESETS: readonly Exclude<RangePreset, 'custom'>[] = ['30d', '3m', '12m'];

/** An inclusive range of calendar days ("YYYY-MM-DD") in the browser's zone. */
export interface ReportRange {
  preset: RangePreset;
  from: string;
  to: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

function localDateKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parseKey(key: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The preset's days up to and including today. */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, now = new Date()): ReportRange {
  const to = localDateKey(now);
  if (preset === '30d') return { preset, from: addDays(to, -29), to };
  const months = preset === '3m' ? 3 : 12;
  const start = new Date(now.getFullYear(), now.getMonth() - months, now.getDate() + 1);
  return { preset, from: localDateKey(start), to };
}

/** The instants the api wants: from the first day's midnight to the midnight after the last day. */
export function rangeToInput(range: ReportRange): { from: string; to: string } | null {
  const from = parseKey(range.from);
  const last = parseKey(range.to);
  if (!from || !last || last < from) return null;
  const to = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  return { from: from.toISOString(), to: to.toISOString() };
}
