import { Alert, Button, Group, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateWebhookEndpointInput, WorkOrderChangeKind } from '../../../generated/graphql';
import { isWorkOrderChangeKind, WORK_ORDER_CHANGE_KINDS } from './event-kinds';

export const WEBHOOK_FIELDS = ['url', 'description', 'eventKinds'] as const;
export type WebhookField = (typeof WEBHOOK_FIELDS)[number];

export interface WebhookFormErrors {
  fields: Partial<Record<WebhookField, string>>;
  form?: string;
}

export interface CreateWebhookFormProps {
  submitting: boolean;
  errors: WebhookFormErrors;
  onSubmit: (input: CreateWebhookEndpointInput) => void;
  onCancel: () => void;
}

export function CreateWebhookForm({ submitting, errors, onSubmit, onCancel }: CreateWebhookFormProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventKinds, setEventKinds] = useState<WorkOrderChangeKind[]>([]);
  const [urlError, setUrlError] = useState<string | null>(null);

  const options = useMemo(
    () =>
      WORK_ORDER_CHANGE_KINDS.map((kind) => ({ value: kind, label: `${kind} · ${t(`changeKind.${kind}`)}` })),
    [t],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!url.trim()) {
      setUrlError(t('webhooks.form.urlRequired'));
      return;
    }
    setUrlError(null);
    onSubmit({
      url: url.trim(),
      description: description.trim() || null,
      eventKinds: WORK_ORDER_CHANGE_KINDS.filter((kind) => eventKinds.includes(kind)),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          type="url"
          label={t('webhooks.form.url')}
          description={t('webhooks.form.urlDescription')}
          placeholder={t('webhooks.form.urlPlaceholder')}
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={urlError ?? errors.fields.url}
          required
          data-autofocus
          data-testid="webhook-url"
        />
        <Textarea
          label={t('webhooks.form.description')}
          placeholder={t('webhooks.form.descriptionPlaceholder')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.fields.description}
          autosize
          minRows={2}
          maxRows={4}
          data-testid="webhook-description"
        />
        <MultiSelect
          label={t('webhooks.form.eventKinds')}
          description={t('webhooks.form.eventKindsDescription')}
          placeholder={eventKinds.length === 0 ? t('webhooks.form.eventKindsPlaceholder') : undefined}
          data={options}
          value={eventKinds}
          onChange={(values) => setEventKinds(values.filter(isWorkOrderChangeKind))}
          error={errors.fields.eventKinds}
          searchable
          clearable
          hidePickedOptions
          comboboxProps={{ withinPortal: true }}
          data-testid="webhook-event-kinds"
        />
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
            {t('webhooks.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
