import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { IconAlertCircle, IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const MESSAGE_MAX = 5000;

export interface ConversationComposerProps {
  sending: boolean;
  bodyError?: string;
  formError?: string;
  /** Resolves true when the message was accepted: the text is then cleared. */
  onSend: (body: string) => Promise<boolean>;
}

export const ConversationComposer = ({
  sending,
  bodyError,
  formError,
  onSend,
}: ConversationComposerProps) => {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const empty = body.trim().length === 0;

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (empty || sending) return;
    if (await onSend(body)) setBody('');
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
          disabled={empty}
          leftSection={<IconSend size={18} aria-hidden />}
          style={{ alignSelf: 'flex-end' }}
          data-testid="tenant-message-send"
        >
          {t('messages.send')}
        </Button>
      </Stack>
    </form>
  );
};
