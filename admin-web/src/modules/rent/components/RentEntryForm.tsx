import { Alert, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentEntryKind } from '../../../generated/graphql';
import { localDateKey } from '../../../shared/format/intl';
import { MoneyInput, toCents } from '../../dispatch/components/MoneyInput';

export const RENT_ENTRY_FIELDS = ['amount', 'amountCents', 'date', 'description', 'reference'] as const;
export type RentEntryField = 'amount' | 'date' | 'description' | 'reference';

export interface RentEntryValues {
  kind: RentEntryKind;
  amountCents: number;
  date: string;
  description: string | null;
  reference: string | null;
}

export interface RentEntryFormErrors {
  fields: Partial<Record<RentEntryField, string>>;
  form?: string;
}

export interface RentEntryFormProps {
  kind: RentEntryKind;
  currencySymbol: string;
  submitting: boolean;
  errors: RentEntryFormErrors;
  onSubmit: (values: RentEntryValues) => void;
  onCancel: () => void;
}

/** A charge (its due date) or a payment (the day it came in), typed by hand. */
export function RentEntryForm({
  kind,
  currencySymbol,
  submitting,
  errors,
  onSubmit,
  onCancel,
}: RentEntryFormProps) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState<number | ''>('');
  const [date, setDate] = useState(localDateKey());
  const [description, setDescription] = useState('');
  const [reference, setReference] = useState('');
  const [local, setLocal] = useState<Partial<Record<RentEntryField, string>>>({});
  const headingId = `rent-entry-${kind.toLowerCase()}-heading`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = toCents(amount);
    const next: typeof local = {};
    if (cents === null || cents <= 0) next.amount = t('rent.form.amountRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) next.date = t('rent.form.dateRequired');
    setLocal(next);
    if (cents === null || next.amount || next.date) return;
    onSubmit({
      kind,
      amountCents: cents,
      date,
      description: description.trim() || null,
      reference: reference.trim() || null,
    });
  };

  const error = (field: RentEntryField) => local[field] ?? errors.fields[field];

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0" component="section" aria-labelledby={headingId}>
      <form onSubmit={submit} noValidate data-testid="rent-entry-form" data-kind={kind}>
        <Stack gap="sm">
          <Title order={3} size="h5" id={headingId}>
            {t(`rent.form.title.${kind}`)}
          </Title>
          <Group grow align="flex-start" gap="sm">
            <MoneyInput
              label={t('rent.form.amount')}
              currencySymbol={currencySymbol}
              value={amount}
              onChange={(value) => {
                setAmount(value);
                setLocal((current) => ({ ...current, amount: undefined }));
              }}
              required
              error={error('amount')}
              disabled={submitting}
              data-autofocus
              data-testid="rent-amount"
            />
            <TextInput
              type="date"
              label={t(`rent.form.date.${kind}`)}
              value={date}
              onChange={(event) => {
                setDate(event.currentTarget.value);
                setLocal((current) => ({ ...current, date: undefined }));
              }}
              required
              error={error('date')}
              disabled={submitting}
              data-testid="rent-date"
            />
          </Group>
          <Group grow align="flex-start" gap="sm">
            <TextInput
              label={t('rent.form.description')}
              placeholder={t(`rent.form.descriptionDefault.${kind}`)}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              maxLength={200}
              error={error('description')}
              disabled={submitting}
            />
            <TextInput
              label={t('rent.form.reference')}
              description={t('rent.form.referenceHint')}
              value={reference}
              onChange={(event) => setReference(event.currentTarget.value)}
              maxLength={100}
              error={error('reference')}
              disabled={submitting}
              data-testid="rent-reference"
            />
          </Group>
          {errors.form && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} aria-hidden />}
              role="alert"
              p="sm"
            >
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} disabled={submitting}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting} data-testid="rent-entry-submit">
              {t(`rent.form.submit.${kind}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
