import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconChecklist, IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localDateKey } from '../../../shared/format/intl';
import { graphQLErrorCode } from '../../../shared/graphql/user-errors';
import { CsvInput } from '../../../shared/ui/CsvInput';
import { CsvProblems } from '../../../shared/ui/CsvProblems';
import type { CsvRowError } from '../../../shared/ui/CsvRowErrorsTable';
import { ImportRentLedgerMutation } from '../graphql/rent.graphql';

export interface ImportLedgerViewProps {
  opened: boolean;
  onClose: () => void;
}

interface ImportResult {
  csv: string;
  dryRun: boolean;
  imported: number;
  duplicates: number;
  rowErrors: readonly CsvRowError[];
  messages: readonly string[];
}

const template = (): string => {
  const today = localDateKey();
  const firstOfMonth = `${today.slice(0, 8)}01`;
  return [
    'tenant_email,unit,kind,amount,date,description,reference',
    `jordan.lee@example.com,101,charge,1250.00,${firstOfMonth},Rent,INV-${today.slice(0, 7)}-101`,
    `jordan.lee@example.com,101,payment,1250.00,${today},Bank transfer,BANK-000123`,
    '',
  ].join('\n');
};

function ImportLedgerForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [importLedger] = useMutation(ImportRentLedgerMutation);
  const [csv, setCsv] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const checked = result && result.dryRun && result.csv === csv ? result : null;
  const ready = checked !== null && checked.rowErrors.length === 0 && checked.messages.length === 0;
  const done =
    result && !result.dryRun && result.rowErrors.length === 0 && result.messages.length === 0 ? result : null;
  const problems =
    result && (result.rowErrors.length > 0 || result.messages.length > 0) && result.csv === csv
      ? result
      : null;

  const describe = (next: ImportResult): string => {
    if (next.messages.length > 0) return next.messages.join(' ');
    if (next.rowErrors.length > 0) return t('rent.import.rowErrors', { count: next.rowErrors.length });
    if (next.dryRun) return t('rent.import.ready', { count: next.imported, duplicates: next.duplicates });
    return t('rent.import.done', { count: next.imported, duplicates: next.duplicates });
  };

  const run = async (dryRun: boolean) => {
    if (!csv.trim()) {
      setMissing(true);
      return;
    }
    setBusy(dryRun ? 'check' : 'import');
    setRequestError(null);
    try {
      const payload = (await importLedger({ variables: { input: { csv, dryRun } } })).data?.importRentLedger;
      if (!payload) {
        setRequestError(t('dispatch.errors.unexpected'));
        return;
      }
      const next: ImportResult = {
        csv,
        dryRun,
        imported: payload.imported,
        duplicates: payload.duplicates,
        rowErrors: payload.rowErrors,
        messages: payload.userErrors.map((userError) => userError.message),
      };
      setResult(next);
      setAnnouncement(describe(next));
      if (!dryRun && next.rowErrors.length === 0 && next.messages.length === 0) {
        notifications.show({ color: 'teal', title: t('rent.import.doneTitle'), message: describe(next) });
        setCsv('');
        // Any ledger on screen shows the new entries.
        await client.refetchQueries({
          include: 'active',
          onQueryUpdated: (query) => (query.queryName === 'RentLedger' ? query.refetch() : false),
        });
      }
    } catch (caught) {
      setRequestError(
        graphQLErrorCode(caught) === 'FORBIDDEN'
          ? t('dispatch.errors.forbidden')
          : t('dispatch.errors.network'),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('rent.import.subtitle')}
      </Text>
      <form
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void run(true);
        }}
      >
        <Stack gap="sm">
          <CsvInput
            label={t('rent.import.csvLabel')}
            description={t('rent.import.csvHint')}
            value={csv}
            onChange={(value) => {
              setCsv(value);
              setMissing(false);
            }}
            template={{ fileName: 'rent-ledger.csv', text: template() }}
            error={missing ? t('csv.missing') : null}
            disabled={busy !== null}
            testId="ledger-csv"
          />
          <Group gap="sm">
            <Button
              type="submit"
              variant={ready ? 'default' : 'filled'}
              loading={busy === 'check'}
              disabled={busy === 'import'}
              leftSection={<IconChecklist size={16} aria-hidden />}
              data-testid="ledger-check"
            >
              {t('rent.import.check')}
            </Button>
            {ready && (
              <Button
                loading={busy === 'import'}
                disabled={checked.imported === 0}
                leftSection={<IconFileImport size={16} aria-hidden />}
                onClick={() => void run(false)}
                data-testid="ledger-import"
              >
                {t('rent.import.submit', { count: checked.imported })}
              </Button>
            )}
          </Group>
        </Stack>
      </form>

      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>

      {requestError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} p="sm">
          {requestError}
        </Alert>
      )}
      {problems && (
        <CsvProblems
          messages={problems.messages}
          rowErrors={problems.rowErrors}
          labels={{
            fileProblem: t('rent.import.fileProblem'),
            rowErrors: t('rent.import.rowErrors', { count: problems.rowErrors.length }),
            rowErrorsBody: t('rent.import.rowErrorsBody'),
          }}
          testId="ledger"
        />
      )}
      {ready && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconChecklist size={18} aria-hidden />}
          title={t('rent.import.readyTitle')}
          data-testid="ledger-ready"
        >
          {describe(checked)}
        </Alert>
      )}
      {done && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={18} aria-hidden />}
          title={t('rent.import.doneTitle')}
          data-testid="ledger-imported"
          data-imported={done.imported}
          data-duplicates={done.duplicates}
        >
          {describe(done)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} disabled={busy !== null}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Charges and payments from a CSV for any lease: a check first (nothing written), then the import. */
export function ImportLedgerView({ opened, onClose }: ImportLedgerViewProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={
        <Title order={2} size="h4">
          {t('rent.import.title')}
        </Title>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="ledger-import-dialog"
    >
      <ImportLedgerForm onClose={onClose} />
    </Modal>
  );
}
