import { parse } from 'csv-parse/sync';
import { UserFacingError } from '../graphql/user-error';

/** One data row: its columns by (lower-cased, trimmed) header name, and its line in the file for messages. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvSpec {
  required: readonly string[];
  optional: readonly string[];
  maxRows: number;
  /** The input field the CSV came in, for `userErrors`. */
  field: string[];
}

export const CSV_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Parses a CSV with a header row (comma or semicolon separated, quoted fields, a BOM is ignored): a malformed file,
 * a missing required column or too many rows is one user error naming what is wrong; unknown columns too (a typo
 * must not drop data silently).
 */
export const parseCsv = (text: string, spec: CsvSpec): CsvRow[] => {
  const fail = (message: string): never => {
    throw UserFacingError.of('INVALID', message, spec.field);
  };
  if (Buffer.byteLength(text, 'utf8') > CSV_MAX_BYTES) {
    fail(`The file is over ${CSV_MAX_BYTES / 1024 / 1024} MB; split it.`);
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return fail(`The CSV could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const [header, ...data] = records;
  if (header === undefined) return fail(`The CSV is empty; the first line must name the columns.`);
  const columns = header.record.map((c) => c.trim().toLowerCase().replace(/\s+/g, '_'));
  const missing = spec.required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    fail(
      `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')} (the first line must name the columns: ${[...spec.required, ...spec.optional].join(', ')}).`,
    );
  }
  const known = new Set([...spec.required, ...spec.optional]);
  const unknown = columns.filter((c) => c !== '' && !known.has(c));
  if (unknown.length > 0) {
    fail(
      `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}; the columns are ${[...known].join(', ')}.`,
    );
  }
  if (data.length === 0) fail('The CSV has a header but no rows.');
  if (data.length > spec.maxRows) fail(`At most ${spec.maxRows} rows per file; this one has ${data.length}.`);
  return data.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(columns.map((c, i) => [c, (record[i] ?? '').trim()])),
  }));
};
