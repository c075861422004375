import { Button, Group, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsError } from './SettingsError';

export interface CategoryValues {
  name: string;
  examples: string[];
  emergencyKeywords: string[];
}

export interface CategoryFormErrors {
  name?: string;
  examples?: string;
  emergencyKeywords?: string;
  form: string[];
}

export interface CategoryFormProps {
  initial: CategoryValues;
  submitting: boolean;
  errors: CategoryFormErrors;
  onSubmit: (values: CategoryValues) => void;
  onCancel: () => void;
}

export function CategoryForm({ initial, submitting, errors, onSubmit, onCancel }: CategoryFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CategoryValues>(initial);
  const [nameMissing, setNameMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = values.name.trim();
    if (!name) {
      setNameMissing(true);
      return;
    }
    onSubmit({ ...values, name });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SettingsError messages={errors.form} />
        <TextInput
          label={t('settings.categories.name')}
          required
          value={values.name}
          onChange={(event) => {
            const name = event.currentTarget.value;
            setValues((current) => ({ ...current, name }));
            setNameMissing(false);
          }}
          error={nameMissing ? t('settings.categories.nameRequired') : errors.name}
          data-autofocus
        />
        <TagsInput
          label={t('settings.categories.examples')}
          description={t('settings.categories.examplesHint')}
          value={values.examples}
          onChange={(examples) => setValues((current) => ({ ...current, examples }))}
          error={errors.examples}
          clearable
        />
        <TagsInput
          label={t('settings.categories.emergencyKeywords')}
          description={t('settings.categories.emergencyKeywordsHint')}
          value={values.emergencyKeywords}
          onChange={(emergencyKeywords) => setValues((current) => ({ ...current, emergencyKeywords }))}
          error={errors.emergencyKeywords}
          clearable
        />
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
