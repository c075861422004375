import { Alert, Button, Group, Paper, Stack, Switch, Textarea } from '@mantine/core';
import { IconAlertCircle, IconLock, IconSend } from '@tabler/icons-react';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploads } from '../../../shared/hooks/useUploads';
import { AttachmentPicker } from '../../../shared/ui/AttachmentPicker';

export const MESSAGE_MAX_LENGTH = 5000;

export interface ComposerValues {
  body: string;
  internal: boolean;
  /** Finished uploads (photos, videos). */
  attachmentIds: readonly string[];
}

export interface ComposerErrors {
  body?: string;
  internal?: string;
  form?: string;
}

export interface MessageComposerProps {
  sending: boolean;
  errors: ComposerErrors;
  /** Resolves true when the message was accepted: the text and the attachments are then cleared. */
  onSend: (values: ComposerValues) => Promise<boolean>;
}

/** Writes to the thread or, with the switch on, adds a note only staff will see. Ctrl/Cmd+Enter sends. */
export function MessageComposer({ sending, errors, onSend }: MessageComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const uploads = useUploads();
  const empty = body.trim().length === 0;

  const submit = async () => {
    if (empty || sending || uploads.uploading) return;
    if (await onSend({ body, internal, attachmentIds: uploads.attachmentIds })) {
      setBody('');
      uploads.clear();
    }
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <Paper
      component="form"
      onSubmit={handleSubmit}
      withBorder
      p="sm"
      radius="md"
      style={
        internal
          ? { background: 'var(--mantine-color-yellow-0)', borderColor: 'var(--mantine-color-yellow-5)' }
          : undefined
      }
      aria-label={t('messages.composerLabel')}
    >
      <Stack gap="xs">
        <Textarea
          label={internal ? t('messages.noteLabel') : t('messages.inputLabel')}
          description={t('messages.shortcut')}
          placeholder={internal ? t('messages.notePlaceholder') : t('messages.inputPlaceholder')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          onKeyDown={handleKeyDown}
          error={errors.body}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={MESSAGE_MAX_LENGTH}
          data-testid="message-input"
        />
        <AttachmentPicker uploads={uploads} label={t('messages.attachments')} disabled={sending} />
        {errors.form && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
            {errors.form}
          </Alert>
        )}
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Switch
            label={t('messages.internalSwitch')}
            description={t('messages.internalSwitchHint')}
            checked={internal}
            onChange={(event) => setInternal(event.currentTarget.checked)}
            error={errors.internal}
            color="yellow"
            thumbIcon={
              internal ? <IconLock size={10} aria-hidden color="var(--mantine-color-dark-6)" /> : undefined
            }
            data-testid="message-internal-switch"
          />
          <Button
            type="submit"
            size="sm"
            loading={sending}
            disabled={empty || uploads.uploading}
            color={internal ? 'yellow' : undefined}
            c={internal ? 'dark' : undefined}
            leftSection={internal ? <IconLock size={16} aria-hidden /> : <IconSend size={16} aria-hidden />}
            data-testid="message-send"
          >
            {uploads.uploading
              ? t('uploads.waiting')
              : internal
                ? t('messages.sendNote')
                : t('messages.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
