import { useMutation } from '@apollo/client/react';
import { Alert, Button, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/format/intl';
import type { CostDecision } from '../actions';
import { DecideCostApprovalMutation } from '../graphql/dispatch.graphql';
import { useActionSubmit } from '../hooks/useActionSubmit';
import { CostApprovalSummary } from './CostApprovalSummary';
import { DialogForm } from './DialogForm';
import type { ActionDialogProps } from './types';

const FIELDS = ['note', 'approve'] as const;

/** Approve or reject the pending estimate, with a note; a rejection says why. */
export function DecisionDialog({
  workOrder,
  locale,
  timeZone,
  decision: preset,
  onCancel,
  onDone,
  onConflict,
}: ActionDialogProps & { decision?: CostDecision }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<CostDecision | null>(null);
  const { errors, submitting, run, setFieldErrors } = useActionSubmit({ fields: FIELDS, onConflict });
  const [decide] = useMutation(DecideCostApprovalMutation);
  const costApproval = workOrder.costApproval;

  const submit = async (decision: CostDecision) => {
    if (decision === 'reject' && !note.trim()) {
      setFieldErrors({ note: t('dispatch.decision.errors.rejectNote') });
      return;
    }
    setPending(decision);
    const result = await run(async () => {
      const { data } = await decide({
        variables: {
          input: {
            workOrderId: workOrder.id,
            expectedVersion: workOrder.version,
            approve: decision === 'approve',
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        },
      });
      return data?.decideCostApproval;
    });
    setPending(null);
    if (result.ok) {
      notifications.show({
        color: decision === 'approve' ? 'teal' : 'orange',
        title: t(
          decision === 'approve' ? 'dispatch.decision.approvedTitle' : 'dispatch.decision.rejectedTitle',
        ),
        message: t('dispatch.decision.doneBody', {
          number: workOrder.number,
          amount: costApproval ? formatMoney(costApproval.estimate, locale) : '',
        }),
      });
      onDone();
    }
  };

  const primary: CostDecision = preset ?? 'approve';

  return (
    <DialogForm
      workOrder={workOrder}
      formError={errors.form}
      conflict={errors.conflict}
      submitting={submitting && pending === primary}
      submitLabel={t(primary === 'approve' ? 'dispatch.decision.approve' : 'dispatch.decision.reject')}
      submitColor={primary === 'approve' ? 'teal' : 'red'}
      extraActions={
        preset ? undefined : (
          <Button
            variant="outline"
            color="red"
            loading={submitting && pending === 'reject'}
            disabled={submitting}
            onClick={() => void submit('reject')}
            data-testid="dialog-reject"
          >
            {t('dispatch.decision.reject')}
          </Button>
        )
      }
      onSubmit={() => void submit(primary)}
      onCancel={onCancel}
    >
      {costApproval ? (
        <CostApprovalSummary costApproval={costApproval} locale={locale} timeZone={timeZone} />
      ) : (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('dispatch.decision.noEstimate')}
        </Alert>
      )}
      {costApproval?.managerMayDecide && (
        <Text size="sm" c="dimmed">
          {t('dispatch.decision.managerMayDecide')}
        </Text>
      )}
      <Textarea
        label={t('dispatch.decision.note')}
        description={t(
          primary === 'reject' ? 'dispatch.decision.noteHintReject' : 'dispatch.decision.noteHint',
        )}
        required={primary === 'reject'}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={errors.fields.note}
        data-testid="decision-note"
        data-autofocus
      />
    </DialogForm>
  );
}
