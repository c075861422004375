import { Alert, List, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { CsvRowErrorsTable, type CsvRowError } from './CsvRowErrorsTable';

export interface CsvProblemLabels {
  /** Title over problems with the file as a whole (a missing column, too many rows). */
  fileProblem: string;
  /** Title over the wrong lines, e.g. "3 lines need fixing". */
  rowErrors: string;
  /** What that means for the import (e.g. "Nothing was imported"). */
  rowErrorsBody: string;
}

/**
 * What the api found wrong with an uploaded CSV: problems with the file itself, then the wrong lines in a table.
 * `testId` prefixes the test ids (`<testId>-file-error`, `<testId>-row-errors`, `<testId>-row-error-table`).
 */
export function CsvProblems({
  messages,
  rowErrors,
  labels,
  testId,
}: {
  messages: readonly string[];
  rowErrors: readonly CsvRowError[];
  labels: CsvProblemLabels;
  testId: string;
}) {
  return (
    <>
      {messages.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={18} aria-hidden />}
          title={labels.fileProblem}
          data-testid={`${testId}-file-error`}
        >
          <List size="sm">
            {messages.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {rowErrors.length > 0 && (
        <Stack gap="xs">
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} aria-hidden />}
            title={labels.rowErrors}
            data-testid={`${testId}-row-errors`}
          >
            {labels.rowErrorsBody}
          </Alert>
          <CsvRowErrorsTable errors={rowErrors} testId={`${testId}-row-error-table`} />
        </Stack>
      )}
    </>
  );
}
