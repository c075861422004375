import { Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface CsvRowError {
  line: number;
  column: string | null;
  message: string;
}

/** The lines of a CSV the api refused, in file order: line, column, what is wrong. */
export function CsvRowErrorsTable({ errors, testId }: { errors: readonly CsvRowError[]; testId: string }) {
  const { t } = useTranslation();
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  return (
    <Table.ScrollContainer minWidth={420} maxHeight={320}>
      <Table verticalSpacing={6} striped stickyHeader data-testid={testId}>
        <Table.Caption>{t('csv.errors.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('csv.errors.line')}</Table.Th>
            <Table.Th w={130}>{t('csv.errors.column')}</Table.Th>
            <Table.Th>{t('csv.errors.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((error, index) => (
            <Table.Tr
              key={`${error.line}-${error.column ?? ''}-${index}`}
              data-testid="csv-row-error"
              data-line={error.line}
            >
              <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{error.line}</Table.Td>
              <Table.Td>{error.column ? <Code>{error.column}</Code> : '—'}</Table.Td>
              <Table.Td>{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
