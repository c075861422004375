import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { IconAlertCircle, IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentPicker } from '../../../shared/components/AttachmentPicker';
import { useUploads } from '../../../shared/hooks/useUploads';

const MESSAGE_MAX = 5000;

export interface ConversationComposerProps {
  sending: boolean;
  bodyError?: string;
  formError?: string;
  /** Resolves true when the message was accepted: the text and the attachments are then cleared. */
  onSend: (body: string, attachmentIds: readonly string[]) => Promise<boolean>;
}

export const ConversationComposer = ({
  sending,
  bodyError,
  formError,
  onSend,
}: ConversationComposerProps) => {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const uploads = useUploads();
  const empty = body.trim().length === 0;

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (empty || sending || uploads.uploading) return;
    if (await onSend(body, uploads.attachmentIds)) {
      setBody('');
      uploads.clear();
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('messages.inputLabel')}
          placeholder={t('messages.inputPlaceholder')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={bodyError}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={MESSAGE_MAX}
          size="md"
          data-testid="tenant-message-input"
        />
        <AttachmentPicker uploads={uploads} label={t('messages.attachments')} disabled={sending} />
        {formError && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {formError}
          </Alert>
        )}
        <Button
          type="submit"
          size="md"
          mih={44}
          loading={sending}
          disabled={empty || uploads.uploading}
          leftSection={<IconSend size={18} aria-hidden />}
          style={{ alignSelf: 'flex-end' }}
          data-testid="tenant-message-send"
        >
          {uploads.uploading ? t('uploads.waiting') : t('messages.send')}
        </Button>
      </Stack>
    </form>
  );
};
