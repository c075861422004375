import { Alert, Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../generated/graphql';
import { PRIORITY_ORDER } from '../../../shared/ui/PriorityBadge';

export interface TriageValues {
  priority: Severity;
  categoryId: string;
  reason: string;
}

export interface TriageFormErrors {
  priority?: string;
  categoryId?: string;
  reason?: string;
  /** Shown above the buttons; `conflict` styles it as "someone else changed it". */
  form?: ReactNode;
  conflict?: boolean;
}

export interface TriageFormProps {
  initial: { priority: Severity; categoryId: string };
  categories: ReadonlyArray<{ value: string; label: string }>;
  submitting: boolean;
  errors: TriageFormErrors;
  onSubmit: (values: TriageValues) => void;
  onCancel: () => void;
}

function isSeverity(value: string | null): value is Severity {
  return value !== null && (PRIORITY_ORDER as readonly string[]).includes(value);
}

export function TriageForm({ initial, categories, submitting, errors, onSubmit, onCancel }: TriageFormProps) {
  const { t } = useTranslation();
  const [priority, setPriority] = useState<Severity>(initial.priority);
  const [categoryId, setCategoryId] = useState(initial.categoryId);
  const [reason, setReason] = useState('');
  const [localErrors, setLocalErrors] = useState<TriageFormErrors>({});

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nextErrors: TriageFormErrors = {};
    if (!reason.trim()) nextErrors.reason = t('triage.errors.reasonRequired');
    if (priority === initial.priority && categoryId === initial.categoryId) {
      nextErrors.form = t('triage.errors.nothingChanged');
    }
    setLocalErrors(nextErrors);
    if (nextErrors.reason || nextErrors.form) return;
    onSubmit({ priority, categoryId, reason: reason.trim() });
  };

  const formError = localErrors.form ?? errors.form;
  const conflict = !localErrors.form && errors.conflict;

  return (
    <form onSubmit={handleSubmit} aria-label={t('triage.title')} data-testid="triage-form">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select
            label={t('triage.priority')}
            data={PRIORITY_ORDER.map((value) => ({ value, label: t(`priority.${value}`) }))}
            value={priority}
            onChange={(value) => {
              if (isSeverity(value)) setPriority(value);
            }}
            allowDeselect={false}
            error={errors.priority}
          />
          <Select
            label={t('triage.category')}
            data={categories.map((category) => ({ ...category }))}
            value={categoryId}
            onChange={(value) => {
              if (value) setCategoryId(value);
            }}
            allowDeselect={false}
            searchable
            error={errors.categoryId}
          />
        </Group>
        <Textarea
          label={t('triage.reason')}
          description={t('triage.reasonHint')}
          required
          autosize
          minRows={2}
          maxRows={6}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={localErrors.reason ?? errors.reason}
        />
        {formError && (
          <Alert
            color={conflict ? 'yellow' : 'red'}
            variant="light"
            icon={<IconAlertCircle size={18} aria-hidden />}
            role="alert"
            p="sm"
          >
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('triage.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
