import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionWorkOrderFragment } from '../../../generated/graphql';
import { describeLocation } from '../../../shared/format/location';
import { StatusBadge } from '../../../shared/ui/StatusBadge';

export interface DialogFormProps {
  workOrder: ActionWorkOrderFragment;
  children?: ReactNode;
  formError?: string;
  conflict?: boolean;
  submitting: boolean;
  submitLabel: string;
  submitColor?: string;
  submitDisabled?: boolean;
  /** Buttons between Cancel and the submit button (e.g. "Reject" next to "Approve"). */
  extraActions?: ReactNode;
  /** The button that closes without acting ("Cancel" unless that reads like the action). */
  dismissLabel?: string;
  onSubmit: () => void;
  onCancel: () => void;
}

/** Which work order the dialog acts on, in one line. */
export function WorkOrderSummaryLine({ workOrder }: { workOrder: ActionWorkOrderFragment }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <StatusBadge status={workOrder.status} />
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} lineClamp={1}>
          {t('workOrder.number', { number: workOrder.number })} · {workOrder.title}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {describeLocation(workOrder, t)}
        </Text>
      </div>
    </Group>
  );
}

/** The frame of every action dialog: what it acts on, its fields, what went wrong, Cancel and the action. */
export function DialogForm({
  workOrder,
  children,
  formError,
  conflict,
  submitting,
  submitLabel,
  submitColor,
  submitDisabled,
  extraActions,
  dismissLabel,
  onSubmit,
  onCancel,
}: DialogFormProps) {
  const { t } = useTranslation();
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting && !submitDisabled) onSubmit();
  };
  return (
    <form onSubmit={handleSubmit} noValidate data-testid="action-dialog">
      <Stack gap="md">
        <WorkOrderSummaryLine workOrder={workOrder} />
        {children}
        {formError && (
          <Alert
            color={conflict ? 'yellow' : 'red'}
            variant="light"
            icon={
              conflict ? <IconRefresh size={18} aria-hidden /> : <IconAlertCircle size={18} aria-hidden />
            }
            role="alert"
            p="sm"
            data-testid="dialog-error"
          >
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            {dismissLabel ?? t('common.cancel')}
          </Button>
          {extraActions}
          <Button
            type="submit"
            color={submitColor}
            loading={submitting}
            disabled={submitDisabled}
            data-testid="dialog-submit"
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
