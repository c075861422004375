import { Button, EmptyState, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useQuery, useSubscription } from '@apollo/client/react';
import { IconArrowLeft, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { thrownErrorKey } from '../../../shared/errors';
import { RequestConversationView } from '../../messages/views/RequestConversationView';
import { RequestDetails } from '../components/RequestDetails';
import { RequestChangedSubscription, RequestDetailQuery } from '../graphql/requests';
import { useStatusChanges } from '../hooks/useStatusChanges';

export const RequestView = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams<{ id: string }>();
  const { data, loading, error, refetch } = useQuery(RequestDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // The subscription's payload is the fresh work order: the cache normalizes it by id, so the
  // query above re-renders with it.
  useSubscription(RequestChangedSubscription, { variables: { id } });

  const request = data?.workOrder ?? null;
  useDocumentTitle(
    request ? t('request.documentTitle', { number: request.number, title: request.title }) : null,
  );
  const watched = useMemo(() => (request ? [request] : undefined), [request]);
  const { announcement, changedIds } = useStatusChanges(watched);

  const backLink = (
    <Button
      component={Link}
      to="/"
      variant="subtle"
      leftSection={<IconArrowLeft size={18} aria-hidden />}
      style={{ alignSelf: 'flex-start' }}
      px={4}
    >
      {t('common.backHome')}
    </Button>
  );

  return (
    <Stack gap="md">
      {backLink}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {error && (
        <ErrorAlert
          message={t('request.loadError')}
          detail={t(thrownErrorKey(error))}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      )}
      {!data && loading && (
        <Stack gap="md" aria-busy="true" aria-label={t('app.loading')}>
          <Skeleton height={20} width="30%" />
          <Skeleton height={32} width="80%" />
          <Skeleton height={110} radius="lg" />
          <Skeleton height={160} radius="lg" />
        </Stack>
      )}
      {data && !request && (
        <EmptyState
          icon={<IconSearch size={32} aria-hidden />}
          title={t('request.notFoundTitle')}
          description={t('request.notFoundBody')}
        />
      )}
      {request && (
        <RequestDetails
          request={request}
          highlighted={changedIds.has(request.id)}
          conversation={<RequestConversationView key={request.id} workOrderId={request.id} />}
        />
      )}
    </Stack>
  );
};
