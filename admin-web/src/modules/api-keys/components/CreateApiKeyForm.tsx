import { Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyScope, CreateApiKeyInput } from '../../../generated/graphql';
import { API_KEY_SCOPES } from './scopes';

export const API_KEY_FIELDS = ['name', 'scopes'] as const;
export type ApiKeyField = (typeof API_KEY_FIELDS)[number];

export interface ApiKeyFormErrors {
  fields: Partial<Record<ApiKeyField, string>>;
  form?: string;
}

export interface CreateApiKeyFormProps {
  submitting: boolean;
  errors: ApiKeyFormErrors;
  onSubmit: (input: CreateApiKeyInput) => void;
  onCancel: () => void;
}

function isScope(value: string): value is ApiKeyScope {
  return API_KEY_SCOPES.some((scope) => scope === value);
}

export function CreateApiKeyForm({ submitting, errors, onSubmit, onCancel }: CreateApiKeyFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['READ_WORK_ORDERS']);
  const [local, setLocal] = useState<ApiKeyFormErrors['fields']>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: ApiKeyFormErrors['fields'] = {};
    if (!name.trim()) next.name = t('apiKeys.form.nameRequired');
    if (scopes.length === 0) next.scopes = t('apiKeys.form.scopesRequired');
    setLocal(next);
    if (next.name || next.scopes) return;
    onSubmit({ name: name.trim(), scopes: API_KEY_SCOPES.filter((scope) => scopes.includes(scope)) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('apiKeys.form.name')}
          description={t('apiKeys.form.nameDescription')}
          placeholder={t('apiKeys.form.namePlaceholder')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={local.name ?? errors.fields.name}
          maxLength={100}
          required
          data-autofocus
          data-testid="api-key-name"
        />
        <Checkbox.Group
          label={t('apiKeys.form.scopes')}
          description={t('apiKeys.form.scopesDescription')}
          value={scopes}
          onChange={(values) => setScopes(values.filter(isScope))}
          error={local.scopes ?? errors.fields.scopes}
          required
        >
          <Stack gap="sm" mt="xs">
            {API_KEY_SCOPES.map((scope) => (
              <Checkbox
                key={scope}
                value={scope}
                label={
                  <Text size="sm" fw={500} component="span">
                    {t(`apiKeys.scope.${scope}.label`)}{' '}
                    <Text span size="xs" c="dimmed" ff="monospace">
                      {scope}
                    </Text>
                  </Text>
                }
                description={t(`apiKeys.scope.${scope}.description`)}
                data-testid={`api-key-scope-${scope}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        {errors.form && (
          <Alert color="red" variant="light" role="alert" p="sm">
            {errors.form}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting} data-testid="dialog-submit">
            {t('apiKeys.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
