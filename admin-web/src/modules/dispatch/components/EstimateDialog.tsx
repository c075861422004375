import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionWorkOrderFragment } from '../../../generated/graphql';
import { formatMoney } from '../../../shared/format/intl';
import { SubmitCostEstimateMutation } from '../graphql/dispatch.graphql';
import { useActionSubmit } from '../hooks/useActionSubmit';
import { CostApprovalSummary } from './CostApprovalSummary';
import { DialogForm, WorkOrderSummaryLine } from './DialogForm';
import { currencySymbol, MoneyInput, toCents } from './MoneyInput';
import type { ActionDialogProps } from './types';

const FIELDS = ['amount', 'amountCents', 'lineItems', 'note'] as const;
const CURRENCY = 'USD';

interface LineRow {
  key: number;
  description: string;
  amount: number | '';
}

/** Submit (or replace) an estimate; afterwards shows what the approval policy made of it. */
export function EstimateDialog({
  workOrder,
  locale,
  timeZone,
  onCancel,
  onDone,
  onConflict,
}: ActionDialogProps) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState<number | ''>('');
  const [rows, setRows] = useState<LineRow[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [note, setNote] = useState('');
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [result, setResult] = useState<ActionWorkOrderFragment | null>(null);
  const { errors, submitting, run, setFieldErrors } = useActionSubmit({ fields: FIELDS, onConflict });
  const [submitEstimate] = useMutation(SubmitCostEstimateMutation);
  const symbol = currencySymbol(CURRENCY, locale);

  const filledRows = rows.filter((row) => row.description.trim() || row.amount !== '');
  const rowsTotalCents = filledRows.reduce((sum, row) => sum + (toCents(row.amount) ?? 0), 0);
  const amountCents = toCents(amount);
  const current = workOrder.costApproval;

  const submit = async () => {
    const nextRowErrors: Record<number, string> = {};
    for (const row of filledRows) {
      if (!row.description.trim() || toCents(row.amount) === null) {
        nextRowErrors[row.key] = t('dispatch.estimate.errors.row');
      }
    }
    setRowErrors(nextRowErrors);
    const effectiveCents = amountCents ?? (filledRows.length > 0 ? rowsTotalCents : null);
    if (effectiveCents === null || effectiveCents <= 0) {
      setFieldErrors({ amount: t('dispatch.estimate.errors.amount') });
      return;
    }
    if (Object.keys(nextRowErrors).length > 0) return;
    const outcome = await run(async () => {
      const { data } = await submitEstimate({
        variables: {
          input: {
            workOrderId: workOrder.id,
            expectedVersion: workOrder.version,
            amount: { amountCents: effectiveCents, currency: CURRENCY },
            ...(filledRows.length > 0
              ? {
                  lineItems: filledRows.map((row) => ({
                    description: row.description.trim(),
                    amountCents: toCents(row.amount) ?? 0,
                  })),
                }
              : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        },
      });
      return data?.submitCostEstimate;
    });
    if (outcome.ok) {
      notifications.show({
        color: 'teal',
        title: t('dispatch.estimate.doneTitle'),
        message: t('dispatch.estimate.doneBody', {
          number: workOrder.number,
          amount: formatMoney({ amountCents: effectiveCents, currency: CURRENCY }, locale),
        }),
      });
      setResult(outcome.payload.workOrder ?? null);
      onDone({ keepOpen: true });
    }
  };

  if (result?.costApproval) {
    return (
      <Stack gap="md" data-testid="estimate-result">
        <WorkOrderSummaryLine workOrder={result} />
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} aria-hidden />} p="sm">
          {t('dispatch.estimate.sent')}
        </Alert>
        <CostApprovalSummary costApproval={result.costApproval} locale={locale} timeZone={timeZone} compact />
        <Group justify="flex-end">
          <Button onClick={onCancel} data-testid="dialog-done" data-autofocus>
            {t('common.done')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <DialogForm
      workOrder={workOrder}
      formError={errors.form ?? errors.fields.lineItems}
      conflict={errors.conflict}
      submitting={submitting}
      submitLabel={t(current ? 'dispatch.estimate.submitReplace' : 'dispatch.estimate.submit')}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {current && (
        <Text size="sm" c="dimmed">
          {t('dispatch.estimate.replaces', {
            amount: formatMoney(current.estimate, locale),
            state: t(`approvalState.${current.state}`),
          })}
        </Text>
      )}
      <MoneyInput
        label={t('dispatch.estimate.amount')}
        description={t('dispatch.estimate.amountHint')}
        required={filledRows.length === 0}
        currencySymbol={symbol}
        value={amount}
        onChange={setAmount}
        placeholder={filledRows.length > 0 ? String(rowsTotalCents / 100) : '0.00'}
        error={errors.fields.amount ?? errors.fields.amountCents}
        data-testid="estimate-amount-input"
        data-autofocus
        w={220}
      />

      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('dispatch.estimate.lineItems')}{' '}
          <Text span size="xs" c="dimmed">
            ({t('common.optional')})
          </Text>
        </Text>
        {rows.map((row, index) => (
          <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={t('dispatch.estimate.itemDescription', { index: index + 1 })}
              placeholder={t('dispatch.estimate.itemPlaceholder')}
              value={row.description}
              onChange={(event) => {
                const description = event.currentTarget.value;
                setRows((current) => current.map((r) => (r.key === row.key ? { ...r, description } : r)));
              }}
              error={rowErrors[row.key]}
              style={{ flex: 1 }}
            />
            <MoneyInput
              aria-label={t('dispatch.estimate.itemAmount', { index: index + 1 })}
              currencySymbol={symbol}
              value={row.amount}
              onChange={(value) =>
                setRows((current) => current.map((r) => (r.key === row.key ? { ...r, amount: value } : r)))
              }
              w={130}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
              aria-label={t('dispatch.estimate.removeItem', { index: index + 1 })}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setRows((current) => [...current, { key: nextKey, description: '', amount: '' }]);
              setNextKey((key) => key + 1);
            }}
          >
            {t('dispatch.estimate.addItem')}
          </Button>
          {filledRows.length > 0 && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('dispatch.estimate.itemsTotal', {
                  amount: formatMoney({ amountCents: rowsTotalCents, currency: CURRENCY }, locale),
                })}
              </Text>
              {amountCents !== rowsTotalCents && (
                <Button size="compact-xs" variant="light" onClick={() => setAmount(rowsTotalCents / 100)}>
                  {t('dispatch.estimate.useTotal')}
                </Button>
              )}
            </Group>
          )}
        </Group>
      </Stack>

      <Textarea
        label={t('dispatch.estimate.note')}
        description={t('dispatch.estimate.noteHint')}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={errors.fields.note}
      />
    </DialogForm>
  );
}
