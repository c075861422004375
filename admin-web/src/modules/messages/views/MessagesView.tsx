import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, CloseButton, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDocumentVisibility } from '@mantine/hooks';
import { IconAlertCircle, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userErrorField } from '../../../shared/graphql/user-errors';
import { useViewer } from '../../auth/auth-context';
import { MessageComposer, type ComposerErrors, type ComposerValues } from '../components/MessageComposer';
import { MessageList } from '../components/MessageList';
import {
  PostMessageMutation,
  SearchMessagesQuery,
  WorkOrderMessagesQuery,
} from '../graphql/messages.graphql';
import { THREAD_PAGE_SIZE, appendToThread, mergeMessages } from '../hooks/thread-cache';
import { useMarkThreadRead } from '../hooks/useThreadLive';

const SEARCH_LIMIT = 50;

export interface MessagesViewProps {
  workOrderId: string;
  /** The viewer's unread count, from the drawer's work order. */
  unreadCount: number;
  locale: string;
  /** The property's time zone. */
  timeZone: string | undefined;
}

/**
 * The drawer's Messages tab: search, the thread (live through the drawer's subscription) and the
 * composer. Mounted only while the tab is shown, so being here means the thread is on screen.
 */
export function MessagesView({ workOrderId, unreadCount, locale, timeZone }: MessagesViewProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const pageVisibility = useDocumentVisibility();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [errors, setErrors] = useState<ComposerErrors>({});

  const { data, loading, error, refetch, fetchMore } = useQuery(WorkOrderMessagesQuery, {
    variables: { id: workOrderId, first: THREAD_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const thread = data?.workOrder?.id === workOrderId ? data.workOrder.messages : null;

  // A long thread: keep loading newer pages until the newest message is here.
  const nextCursor = thread?.pageInfo.hasNextPage ? thread.pageInfo.endCursor : null;
  useEffect(() => {
    if (!nextCursor) return;
    fetchMore({
      variables: { after: nextCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        const earlier = previous.workOrder;
        const later = fetchMoreResult.workOrder;
        if (!earlier || !later) return previous;
        return {
          ...previous,
          workOrder: {
            ...earlier,
            messages: {
              ...later.messages,
              nodes: mergeMessages(earlier.messages.nodes, later.messages.nodes),
            },
          },
        };
      },
    }).catch(() => undefined);
  }, [nextCursor, fetchMore]);

  // On screen with unread messages: they are read now (and again whenever the count goes back up).
  const markRead = useMarkThreadRead(workOrderId);
  useEffect(() => {
    if (unreadCount > 0 && pageVisibility === 'visible') markRead();
  }, [unreadCount, pageVisibility, markRead]);

  const searching = debouncedSearch.length > 0;
  const results = useQuery(SearchMessagesQuery, {
    variables: { text: debouncedSearch, workOrderId, first: SEARCH_LIMIT },
    skip: !searching,
    fetchPolicy: 'network-only',
  });

  const [post, { loading: sending }] = useMutation(PostMessageMutation);

  const send = async ({ body, internal, attachmentIds }: ComposerValues): Promise<boolean> => {
    setErrors({});
    try {
      const { data: result } = await post({
        variables: { input: { workOrderId, body, internal, attachmentIds: [...attachmentIds] } },
        update: (cache, { data: posted }) => {
          const message = posted?.postMessage.message;
          if (message) appendToThread(cache, workOrderId, message);
        },
      });
      const payload = result?.postMessage;
      if (!payload) {
        setErrors({ form: t('messages.errors.unexpected') });
        return false;
      }
      if (payload.userErrors.length > 0) {
        const next: ComposerErrors = {};
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          const field = userErrorField(userError);
          if (field === 'body' || field === 'internal') next[field] = userError.message;
          else general.push(userError.message);
        }
        if (general.length > 0) next.form = general.join(' ');
        setErrors(next);
        return false;
      }
      return true;
    } catch {
      setErrors({ form: t('messages.errors.network') });
      return false;
    }
  };

  let body;
  if (searching) {
    const matches = results.data?.searchMessages ?? [];
    body = results.error ? (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        {t('messages.searchError')}
      </Alert>
    ) : results.loading && !results.data ? (
      <Skeleton height={60} aria-label={t('messages.searching')} />
    ) : (
      <Stack gap="xs">
        <Text size="xs" c="dimmed" role="status">
          {t('messages.searchCount', { count: matches.length })}
        </Text>
        <MessageList
          messages={mergeMessages([], matches)}
          viewerId={viewer.id}
          locale={locale}
          timeZone={timeZone}
          emptyText={t('messages.searchEmpty')}
          label={t('messages.searchResultsLabel')}
        />
      </Stack>
    );
  } else if (thread) {
    body = (
      <MessageList
        messages={thread.nodes}
        viewerId={viewer.id}
        locale={locale}
        timeZone={timeZone}
        emptyText={t('messages.empty')}
        label={t('messages.threadLabel')}
        followNewest
      />
    );
  } else if (loading) {
    body = (
      <Stack gap="sm" aria-hidden>
        <Skeleton height={56} width="70%" />
        <Skeleton height={56} width="60%" style={{ alignSelf: 'flex-end' }} />
      </Stack>
    );
  } else {
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('messages.loadError')}
        </Text>
        {error !== undefined && (
          <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        )}
      </Alert>
    );
  }

  return (
    <Stack gap="md" data-testid="messages-panel">
      <TextInput
        size="xs"
        type="search"
        aria-label={t('messages.searchLabel')}
        placeholder={t('messages.searchPlaceholder')}
        leftSection={<IconSearch size={14} aria-hidden />}
        rightSection={
          search ? (
            <CloseButton size="sm" aria-label={t('messages.clearSearch')} onClick={() => setSearch('')} />
          ) : undefined
        }
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maxLength={200}
        data-testid="message-search"
      />
      {body}
      <MessageComposer sending={sending} errors={errors} onSend={send} />
    </Stack>
  );
}
