import { Alert, Badge, Button, Group, Stack, Text, Textarea, TextInput, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationTemplateFieldsFragment } from '../../../generated/graphql';
import { SettingsError } from '../../settings/components/SettingsError';
import { isAudience } from '../channels';
import { describePlaceholder } from '../placeholders';
import { insertAt, renderPreview, unknownPlaceholders } from '../template-preview';
import { ChannelLabel } from './ChannelLabel';
import { TemplatePreview } from './TemplatePreview';

export interface TemplateDraft {
  subject: string;
  body: string;
}

export const TEMPLATE_FIELDS = ['subject', 'body'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export interface TemplateErrors {
  fields: Partial<Record<TemplateField, string>>;
  form: string[];
}

export interface TemplateEditorProps {
  template: NotificationTemplateFieldsFragment;
  draft: TemplateDraft;
  errors: TemplateErrors;
  saving: boolean;
  samples: Readonly<Record<string, string>>;
  companyName: string;
  logoUrl: string | null;
  onChange: (draft: TemplateDraft) => void;
  onSave: () => void;
  onDiscard: () => void;
  onReset: () => void;
}

/** One template: subject and body with placeholder buttons, a live preview, save and reset. */
export function TemplateEditor({
  template,
  draft,
  errors,
  saving,
  samples,
  companyName,
  logoUrl,
  onChange,
  onSave,
  onDiscard,
  onReset,
}: TemplateEditorProps) {
  const { t } = useTranslation();
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Where a placeholder goes: the field last typed in (the body until then).
  const [target, setTarget] = useState<TemplateField>('body');
  const dirty = draft.subject !== template.subject || draft.body !== template.body;
  const unknown = unknownPlaceholders(`${draft.subject} ${draft.body}`, template.placeholders);

  const insert = (placeholder: string) => {
    const element = target === 'subject' ? subjectRef.current : bodyRef.current;
    const { value, caret } = insertAt(
      draft[target],
      `{${placeholder}}`,
      element?.selectionStart ?? null,
      element?.selectionEnd ?? null,
    );
    onChange({ ...draft, [target]: value });
    // After React has put the new text in, put the caret right after the placeholder.
    requestAnimationFrame(() => {
      const field = target === 'subject' ? subjectRef.current : bodyRef.current;
      field?.focus();
      field?.setSelectionRange(caret, caret);
    });
  };

  return (
    <Stack gap="md" data-testid="template-editor" data-key={template.key}>
      <div>
        <Group gap="xs" align="center">
          <Title order={3} size="h5" id="template-editor-heading">
            {t(`notifications.template.${template.key}`)}
          </Title>
          {template.customized && (
            <Badge color="grape" variant="light" radius="sm" size="sm">
              {t('notifications.templates.customized')}
            </Badge>
          )}
        </Group>
        <Group gap="md" mt={4}>
          <Text size="sm" c="dimmed">
            {t('notifications.templates.sentTo', {
              audience: isAudience(template.audience)
                ? t(`notifications.audience.${template.audience}`)
                : template.audience,
            })}
          </Text>
          <Group gap="sm" c="dimmed" aria-label={t('notifications.templates.defaultChannels')} role="list">
            {template.defaultChannels.map((channel) => (
              <span role="listitem" key={channel}>
                <ChannelLabel channel={channel} />
              </span>
            ))}
          </Group>
        </Group>
      </div>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        <Stack gap="sm">
          <SettingsError messages={errors.form} />
          <TextInput
            ref={subjectRef}
            label={t('notifications.templates.subject')}
            description={t('notifications.templates.subjectHint')}
            required
            maxLength={200}
            value={draft.subject}
            onChange={(event) => onChange({ ...draft, subject: event.currentTarget.value })}
            onFocus={() => setTarget('subject')}
            error={errors.fields.subject}
            data-testid="template-subject"
          />
          <Textarea
            ref={bodyRef}
            label={t('notifications.templates.body')}
            description={t('notifications.templates.bodyHint')}
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={1000}
            value={draft.body}
            onChange={(event) => onChange({ ...draft, body: event.currentTarget.value })}
            onFocus={() => setTarget('body')}
            error={errors.fields.body}
            data-testid="template-body"
          />
          <div role="group" aria-labelledby="placeholder-heading">
            <Text size="sm" fw={500} id="placeholder-heading">
              {t('notifications.templates.placeholders')}
            </Text>
            <Text size="xs" c="dimmed" mb={6}>
              {t(
                target === 'subject'
                  ? 'notifications.templates.insertIntoSubject'
                  : 'notifications.templates.insertIntoBody',
              )}
            </Text>
            <Group gap={6}>
              {template.placeholders.map((placeholder) => {
                const description = describePlaceholder(t, placeholder);
                const button = (
                  <Button
                    size="compact-xs"
                    variant="light"
                    radius="xl"
                    ff="monospace"
                    tt="none"
                    // Keep the caret (and the focus) in the field a mouse user is typing in.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => insert(placeholder)}
                    aria-label={t('notifications.templates.insert', { placeholder: `{${placeholder}}` })}
                    data-testid="placeholder-chip"
                    data-placeholder={placeholder}
                  >
                    {`{${placeholder}}`}
                  </Button>
                );
                return description ? (
                  <Tooltip key={placeholder} label={description} withArrow openDelay={300}>
                    {button}
                  </Tooltip>
                ) : (
                  <span key={placeholder}>{button}</span>
                );
              })}
            </Group>
          </div>
          {unknown.length > 0 && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} py="xs">
              <Text size="sm">
                {t('notifications.templates.unknownWarning', {
                  names: unknown.map((name) => `{${name}}`).join(', '),
                })}
              </Text>
            </Alert>
          )}
          <div>
            <Text size="sm" fw={500} mb={6}>
              {t('notifications.templates.preview')}
            </Text>
            <TemplatePreview
              subject={renderPreview(draft.subject, samples, template.placeholders)}
              body={renderPreview(draft.body, samples, template.placeholders)}
              companyName={companyName}
              logoUrl={logoUrl}
            />
          </div>
          <Group justify="space-between" gap="sm">
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconRestore size={16} aria-hidden />}
              disabled={!template.customized}
              onClick={onReset}
              data-testid="template-reset"
            >
              {t('notifications.templates.reset')}
            </Button>
            <Group gap="sm">
              {dirty && (
                <Button variant="default" onClick={onDiscard}>
                  {t('notifications.templates.discard')}
                </Button>
              )}
              <Button type="submit" loading={saving} disabled={!dirty} data-testid="template-save">
                {t('settings.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
