import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useDocumentVisibility, useInViewport } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { thrownErrorKey, userErrorPath } from '../../../shared/errors';
import { CurrentViewerQuery } from '../../auth/graphql/auth';
import { ConversationComposer } from '../components/ConversationComposer';
import { ConversationMessage } from '../components/ConversationMessage';
import { SendMessageMutation } from '../graphql/messages';
import { useConversation } from '../hooks/useConversation';

export interface RequestConversationViewProps {
  workOrderId: string;
}

interface SendErrors {
  body?: string;
  form?: string;
}

/** The request page's conversation with the manager and whoever does the work; live, read when seen. */
export const RequestConversationView = ({ workOrderId }: RequestConversationViewProps) => {
  const { t } = useTranslation();
  const { data: viewerData } = useQuery(CurrentViewerQuery);
  const viewerId = viewerData?.viewer?.id ?? null;
  const { ref, inViewport } = useInViewport<HTMLElement>();
  const pageVisible = useDocumentVisibility() === 'visible';
  const conversation = useConversation(workOrderId, viewerId, inViewport && pageVisible);
  const [send, { loading: sending }] = useMutation(SendMessageMutation);
  const [errors, setErrors] = useState<SendErrors>({});

  const onSend = async (body: string, attachmentIds: readonly string[]): Promise<boolean> => {
    setErrors({});
    try {
      const { data } = await send({
        variables: { input: { workOrderId, body, attachmentIds: [...attachmentIds] } },
      });
      const payload = data?.postMessage;
      if (!payload) {
        setErrors({ form: t('common.unexpectedError') });
        return false;
      }
      if (payload.userErrors.length > 0) {
        const next: SendErrors = {};
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          if (userErrorPath(userError) === 'body') next.body = userError.message;
          else general.push(userError.message);
        }
        if (general.length > 0) next.form = general.join(' ');
        setErrors(next);
        return false;
      }
      if (payload.message) conversation.append(payload.message);
      return true;
    } catch (error) {
      setErrors({ form: t(thrownErrorKey(error)) });
      return false;
    }
  };

  const { messages } = conversation;
  return (
    <Stack
      gap="md"
      component="section"
      aria-labelledby="request-messages"
      ref={ref}
      data-testid="conversation"
    >
      <Title order={2} fz="h4" id="request-messages">
        {t('messages.title')}
      </Title>
      {messages === null && conversation.error !== undefined && (
        <ErrorAlert
          message={t('messages.loadError')}
          detail={t(thrownErrorKey(conversation.error))}
          onRetry={conversation.retry}
          retrying={conversation.loading}
        />
      )}
      {messages === null && conversation.error === undefined && (
        <Stack gap="sm" aria-busy="true" aria-label={t('app.loading')}>
          <Skeleton height={64} width="75%" radius="lg" />
          <Skeleton height={64} width="65%" radius="lg" style={{ alignSelf: 'flex-end' }} />
        </Stack>
      )}
      {messages !== null && (
        <Stack gap="sm" role="log" aria-label={t('messages.title')}>
          {messages.length === 0 ? (
            <Text c="dimmed">{t('messages.empty')}</Text>
          ) : (
            messages.map((message) => (
              <ConversationMessage key={message.id} message={message} own={message.author.id === viewerId} />
            ))
          )}
        </Stack>
      )}
      <ConversationComposer
        sending={sending}
        bodyError={errors.body}
        formError={errors.form}
        onSend={onSend}
      />
    </Stack>
  );
};
