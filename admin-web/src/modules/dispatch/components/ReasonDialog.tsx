import { useMutation } from '@apollo/client/react';
import { Alert, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CancelWorkOrderMutation,
  CloseWorkOrderMutation,
  ReopenWorkOrderMutation,
  UnassignWorkOrderMutation,
} from '../graphql/dispatch.graphql';
import { useActionSubmit } from '../hooks/useActionSubmit';
import { DialogForm } from './DialogForm';
import type { ActionDialogProps } from './types';

export type ReasonAction = 'CANCEL' | 'UNASSIGN' | 'REOPEN' | 'CLOSE';

const FIELDS = ['reason'] as const;

interface ReasonLook {
  reasonRequired: boolean;
  color: string;
  destructive: boolean;
}

const LOOKS: Record<ReasonAction, ReasonLook> = {
  CANCEL: { reasonRequired: true, color: 'red', destructive: true },
  UNASSIGN: { reasonRequired: true, color: 'red', destructive: true },
  REOPEN: { reasonRequired: true, color: 'indigo', destructive: false },
  CLOSE: { reasonRequired: false, color: 'indigo', destructive: false },
};

/** Cancel, unassign, reopen or close: says what will happen, asks why, and asks to confirm. */
export function ReasonDialog({
  workOrder,
  action,
  onCancel,
  onDone,
  onConflict,
}: ActionDialogProps & { action: ReasonAction }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { errors, submitting, run, setFieldErrors } = useActionSubmit({ fields: FIELDS, onConflict });
  const [cancel] = useMutation(CancelWorkOrderMutation);
  const [unassign] = useMutation(UnassignWorkOrderMutation);
  const [reopen] = useMutation(ReopenWorkOrderMutation);
  const [close] = useMutation(CloseWorkOrderMutation);
  const look = LOOKS[action];
  const key = action.toLowerCase() as Lowercase<ReasonAction>;

  const execute = async () => {
    const base = { workOrderId: workOrder.id, expectedVersion: workOrder.version };
    const text = reason.trim();
    switch (action) {
      case 'CANCEL':
        return (await cancel({ variables: { input: { ...base, reason: text } } })).data?.cancelWorkOrder;
      case 'UNASSIGN':
        return (await unassign({ variables: { input: { ...base, reason: text } } })).data?.unassignWorkOrder;
      case 'REOPEN':
        return (await reopen({ variables: { input: { ...base, reason: text } } })).data?.reopenWorkOrder;
      case 'CLOSE':
        return (await close({ variables: { input: { ...base, ...(text ? { reason: text } : {}) } } })).data
          ?.closeWorkOrder;
    }
  };

  const submit = async () => {
    if (look.reasonRequired && !reason.trim()) {
      setFieldErrors({ reason: t('dispatch.reason.required') });
      return;
    }
    const result = await run(execute);
    if (result.ok) {
      notifications.show({
        color: look.destructive ? 'orange' : 'teal',
        title: t(`dispatch.reason.${key}.doneTitle`),
        message: t('dispatch.reason.doneBody', { number: workOrder.number }),
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
      submitLabel={t(`dispatch.reason.${key}.confirm`)}
      submitColor={look.color}
      dismissLabel={t('dispatch.reason.goBack')}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <Alert
        color={look.destructive ? 'red' : 'gray'}
        variant="light"
        icon={
          look.destructive ? (
            <IconAlertTriangle size={18} aria-hidden />
          ) : (
            <IconInfoCircle size={18} aria-hidden />
          )
        }
        p="sm"
      >
        {t(`dispatch.reason.${key}.consequence`)}
      </Alert>
      <Textarea
        label={t('dispatch.reason.label')}
        description={t(look.reasonRequired ? 'dispatch.reason.hint' : 'dispatch.optionalTimeline')}
        required={look.reasonRequired}
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={errors.fields.reason}
        data-testid="reason-input"
        data-autofocus
      />
    </DialogForm>
  );
}
