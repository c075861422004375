import { useMutation } from '@apollo/client/react';
import { Button, Group, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/format/intl';
import { useUploads } from '../../../shared/hooks/useUploads';
import { AttachmentPicker } from '../../../shared/ui/AttachmentPicker';
import { CompleteWorkOrderMutation } from '../graphql/dispatch.graphql';
import { useActionSubmit } from '../hooks/useActionSubmit';
import { DialogForm } from './DialogForm';
import { currencySymbol, MoneyInput, toCents } from './MoneyInput';
import type { ActionDialogProps } from './types';

const FIELDS = ['notes', 'actualCost', 'amountCents', 'attachmentIds'] as const;

/** Mark the job done: what was done (required), and what it cost. */
export function CompleteDialog({ workOrder, locale, onCancel, onDone, onConflict }: ActionDialogProps) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState('');
  const [cost, setCost] = useState<number | ''>('');
  const { errors, submitting, run, setFieldErrors } = useActionSubmit({ fields: FIELDS, onConflict });
  const [complete] = useMutation(CompleteWorkOrderMutation);
  const uploads = useUploads();
  const estimate = workOrder.costApproval?.estimate ?? null;
  const currency = estimate?.currency ?? 'USD';

  const submit = async () => {
    if (uploads.uploading) return;
    if (!notes.trim()) {
      setFieldErrors({ notes: t('dispatch.complete.errors.notes') });
      return;
    }
    const cents = toCents(cost);
    const result = await run(async () => {
      const { data } = await complete({
        variables: {
          input: {
            workOrderId: workOrder.id,
            expectedVersion: workOrder.version,
            notes: notes.trim(),
            attachmentIds: [...uploads.attachmentIds],
            ...(cents !== null ? { actualCost: { amountCents: cents, currency } } : {}),
          },
        },
      });
      return data?.completeWorkOrder;
    });
    if (result.ok) {
      notifications.show({
        color: 'teal',
        title: t('dispatch.complete.doneTitle'),
        message: t('dispatch.complete.doneBody', { number: workOrder.number }),
      });
      onDone();
    }
  };

  return (
    <DialogForm
      workOrder={workOrder}
      formError={errors.form}
      conflict={errors.conflict}
      submitting={submitting}
      submitLabel={uploads.uploading ? t('uploads.waiting') : t('dispatch.complete.submit')}
      submitDisabled={uploads.uploading}
      submitColor="teal"
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <Textarea
        label={t('dispatch.complete.notes')}
        description={t('dispatch.complete.notesHint')}
        required
        autosize
        minRows={3}
        maxRows={8}
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        error={errors.fields.notes}
        data-testid="complete-notes"
        data-autofocus
      />
      <Group align="flex-end" gap="sm">
        <MoneyInput
          label={t('dispatch.complete.actualCost')}
          description={
            estimate
              ? t('dispatch.complete.estimateWas', { amount: formatMoney(estimate, locale) })
              : t('common.optional')
          }
          currencySymbol={currencySymbol(currency, locale)}
          value={cost}
          onChange={setCost}
          error={errors.fields.actualCost ?? errors.fields.amountCents}
          w={220}
        />
        {estimate && cost === '' && (
          <Button variant="subtle" size="compact-sm" onClick={() => setCost(estimate.amountCents / 100)}>
            {t('dispatch.complete.sameAsEstimate')}
          </Button>
        )}
      </Group>
      <AttachmentPicker
        uploads={uploads}
        label={t('dispatch.complete.photos')}
        error={errors.fields.attachmentIds}
        disabled={submitting}
      />
    </DialogForm>
  );
}
