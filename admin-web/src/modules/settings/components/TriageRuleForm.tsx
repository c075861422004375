import { Button, Group, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../generated/graphql';
import { PRIORITY_ORDER } from '../../../shared/ui/PriorityBadge';
import { SettingsError } from './SettingsError';

export interface TriageRuleValues {
  signal: string;
  priority: Severity;
  patterns: string[];
}

export interface TriageRuleFormErrors {
  signal?: string;
  priority?: string;
  patterns?: string;
  /** Per pattern, by index in `patterns`. */
  patternAt: Record<number, string>;
  form: string[];
}

export interface TriageRuleFormProps {
  initial: TriageRuleValues;
  condition?: string | null;
  submitting: boolean;
  errors: TriageRuleFormErrors;
  onSubmit: (values: TriageRuleValues) => void;
  onCancel: () => void;
}

function isSeverity(value: string | null): value is Severity {
  return value !== null && (PRIORITY_ORDER as readonly string[]).includes(value);
}

export function TriageRuleForm({
  initial,
  condition,
  submitting,
  errors,
  onSubmit,
  onCancel,
}: TriageRuleFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<TriageRuleValues>(initial);
  const [local, setLocal] = useState<{ signal?: string; patterns?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const signal = values.signal.trim();
    const patterns = values.patterns.map((pattern) => pattern.trim()).filter(Boolean);
    const next: typeof local = {};
    if (!signal) next.signal = t('settings.required');
    if (patterns.length === 0) next.patterns = t('settings.triage.patternsRequired');
    setLocal(next);
    if (next.signal || next.patterns) return;
    onSubmit({ ...values, signal, patterns });
  };

  // The server's message names the pattern ("Pattern 4 is not a valid regular expression: …").
  const patternErrors = Object.values(errors.patternAt);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SettingsError messages={errors.form} />
        <TextInput
          label={t('settings.triage.signal')}
          description={t('settings.triage.signalHint')}
          required
          value={values.signal}
          onChange={(event) => {
            const signal = event.currentTarget.value;
            setValues((current) => ({ ...current, signal }));
          }}
          error={local.signal ?? errors.signal}
          data-autofocus
        />
        <Select
          label={t('settings.triage.priority')}
          required
          allowDeselect={false}
          data={PRIORITY_ORDER.map((priority) => ({ value: priority, label: t(`priority.${priority}`) }))}
          value={values.priority}
          onChange={(value) => {
            if (isSeverity(value)) setValues((current) => ({ ...current, priority: value }));
          }}
          error={errors.priority}
        />
        <TagsInput
          label={t('settings.triage.patterns')}
          description={t('settings.triage.patternsHint')}
          value={values.patterns}
          onChange={(patterns) => setValues((current) => ({ ...current, patterns }))}
          error={
            local.patterns ??
            errors.patterns ??
            (patternErrors.length > 0 ? patternErrors.join(' · ') : undefined)
          }
          splitChars={[]}
          clearable
          styles={{ pill: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        {condition && (
          <Text size="sm" c="dimmed">
            {t('settings.triage.conditionNote', { condition })}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
