import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeverityLevelInput } from '../../../generated/graphql';
import { userErrorField } from '../../../shared/graphql/user-errors';
import { PRIORITY_ORDER, PriorityBadge } from '../../../shared/ui/PriorityBadge';
import { SettingsLoadError, SettingsSkeleton } from '../components/LoadState';
import { SettingsError } from '../components/SettingsError';
import { notifySaved, requestErrorMessage, userErrorIndex } from '../feedback';
import { SettingsSeverityLevelsQuery, UpdateSeverityLevelsMutation } from '../graphql/settings.graphql';

type LevelField = 'label' | 'definition' | 'responseExpectation';
type FieldErrors = Record<string, Partial<Record<LevelField, string>>>;

interface SeverityFormProps {
  initial: SeverityLevelInput[];
}

function SeverityForm({ initial }: SeverityFormProps) {
  const { t } = useTranslation();
  const [levels, setLevels] = useState<SeverityLevelInput[]>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [update, { loading }] = useMutation(UpdateSeverityLevelsMutation);

  const change = (severity: SeverityLevelInput['severity'], field: LevelField, value: string) =>
    setLevels((current) =>
      current.map((level) => (level.severity === severity ? { ...level, [field]: value } : level)),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors({});
    setFormErrors([]);
    const missing: FieldErrors = {};
    for (const level of levels) {
      for (const field of ['label', 'definition', 'responseExpectation'] as const) {
        if (!level[field].trim())
          missing[level.severity] = { ...missing[level.severity], [field]: t('settings.required') };
      }
    }
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    try {
      const payload = (
        await update({
          variables: {
            input: {
              levels: levels.map((level) => ({
                severity: level.severity,
                label: level.label.trim(),
                definition: level.definition.trim(),
                responseExpectation: level.responseExpectation.trim(),
              })),
            },
          },
        })
      ).data?.updateSeverityLevels;
      if (!payload) {
        setFormErrors([t('dispatch.errors.unexpected')]);
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: FieldErrors = {};
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          const index = userErrorIndex(userError, 'levels');
          const field = userErrorField(userError);
          const severity = index === undefined ? undefined : levels[index]?.severity;
          if (severity && (field === 'label' || field === 'definition' || field === 'responseExpectation'))
            next[severity] = { ...next[severity], [field]: userError.message };
          else general.push(userError.message);
        }
        setFieldErrors(next);
        setFormErrors(general);
        return;
      }
      notifySaved(t, t('settings.severity.saved'));
    } catch (caught) {
      setFormErrors([requestErrorMessage(t, caught)]);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <SettingsError messages={formErrors} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {levels.map((level) => (
            <Paper
              key={level.severity}
              withBorder
              radius="md"
              p="md"
              data-testid={`severity-${level.severity}`}
            >
              <Stack gap="sm">
                <PriorityBadge priority={level.severity} size="md" />
                <TextInput
                  label={t('settings.severity.label')}
                  required
                  value={level.label}
                  onChange={(event) => change(level.severity, 'label', event.currentTarget.value)}
                  error={fieldErrors[level.severity]?.label}
                />
                <Textarea
                  label={t('settings.severity.definition')}
                  description={t('settings.severity.definitionHint')}
                  required
                  autosize
                  minRows={2}
                  value={level.definition}
                  onChange={(event) => change(level.severity, 'definition', event.currentTarget.value)}
                  error={fieldErrors[level.severity]?.definition}
                />
                <TextInput
                  label={t('settings.severity.responseExpectation')}
                  required
                  value={level.responseExpectation}
                  onChange={(event) =>
                    change(level.severity, 'responseExpectation', event.currentTarget.value)
                  }
                  error={fieldErrors[level.severity]?.responseExpectation}
                />
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The four levels tenants choose from, with the words they see. */
export function SeverityLevelsView() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SettingsSeverityLevelsQuery, {
    fetchPolicy: 'network-only',
  });
  if (!data && loading) return <SettingsSkeleton rows={4} height={160} />;
  if (!data) return error ? <SettingsLoadError onRetry={() => void refetch()} /> : null;
  const initial = data.severityLevels
    .map(({ severity, label, definition, responseExpectation }) => ({
      severity,
      label,
      definition,
      responseExpectation,
    }))
    .sort((a, b) => PRIORITY_ORDER.indexOf(a.severity) - PRIORITY_ORDER.indexOf(b.severity));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('settings.severity.description')}
      </Text>
      <SeverityForm initial={initial} />
    </Stack>
  );
}
