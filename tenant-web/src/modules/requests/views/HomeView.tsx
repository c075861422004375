import { Alert, Button, EmptyState, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconBellCog, IconClipboardList, IconPlus, IconWifiOff } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useOnlineStatus } from '../../../shared/hooks/useOnlineStatus';
import { thrownErrorKey } from '../../../shared/errors';
import { isOpenStatus } from '../../../shared/work-order-status';
import { LatestDocumentsCard } from '../../documents/components/LatestDocumentsCard';
import { QueuedRequests } from '../../intake/components/QueuedRequests';
import { useIntakeOutbox } from '../../intake/outbox/IntakeOutbox';
import { NextRentCard } from '../../rent/components/NextRentCard';
import { RequestCard, RequestCardSkeleton } from '../components/RequestCard';
import { useLiveRequests } from '../hooks/useLiveRequests';
import { useStatusChanges } from '../hooks/useStatusChanges';

export const HomeView = () => {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useLiveRequests();
  useDocumentTitle(t('home.title'));
  const requests = data?.workOrders.nodes;
  const { announcement, changedIds } = useStatusChanges(requests);
  const queued = useIntakeOutbox().items.length;
  const online = useOnlineStatus();
  // offline, the list could not load: it does when the connection is back
  useEffect(() => {
    if (online && error) void refetch();
  }, [online, error, refetch]);

  const [open, past] = useMemo(() => {
    const all = requests ?? [];
    return [all.filter((r) => isOpenStatus(r.status)), all.filter((r) => !isOpenStatus(r.status))];
  }, [requests]);

  const reportButton = (
    <Button
      component={Link}
      to="/report"
      size="xl"
      fullWidth
      leftSection={<IconPlus size={26} aria-hidden />}
      // Longer in French or Dutch: let the words wrap rather than be cut.
      h="auto"
      mih={60}
      py={8}
      styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
      data-testid="report-problem"
    >
      {t('home.report')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        {t('home.title')}
      </Title>
      {reportButton}
      {/* Requests made offline, kept on this phone until they are sent. */}
      <QueuedRequests />
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>

      {error && !online && (
        <Alert
          color="gray"
          variant="light"
          icon={<IconWifiOff size={18} aria-hidden />}
          data-testid="home-offline"
        >
          {t('home.offlineList')}
        </Alert>
      )}
      {error && online && (
        <ErrorAlert
          message={t('home.loadError')}
          detail={t(thrownErrorKey(error))}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      )}

      {!requests && loading && (
        <Stack gap="md" aria-busy="true" aria-label={t('home.loadingList')}>
          <RequestCardSkeleton />
          <RequestCardSkeleton />
          <RequestCardSkeleton />
        </Stack>
      )}

      {requests && requests.length === 0 && queued === 0 && (
        <EmptyState
          icon={<IconClipboardList size={32} aria-hidden />}
          title={t('home.emptyTitle')}
          description={t('home.emptyBody')}
          data-testid="requests-empty"
        />
      )}

      {requests && requests.length > 0 && (
        <Stack gap="md" component="section" aria-labelledby="open-requests">
          <Title order={2} fz="h4" id="open-requests">
            {t('home.open')}
          </Title>
          {open.length === 0 && <Text c="dimmed">{t('home.noOpen')}</Text>}
          {open.map((request) => (
            <RequestCard key={request.id} request={request} highlighted={changedIds.has(request.id)} />
          ))}
        </Stack>
      )}

      {/* The rest of the tenant's home: rent (hidden without a lease) and the newest documents. */}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NextRentCard />
        <LatestDocumentsCard />
      </SimpleGrid>

      {past.length > 0 && (
        <Stack gap="md" component="section" aria-labelledby="past-requests">
          <Title order={2} fz="h4" id="past-requests">
            {t('home.past')}
          </Title>
          {past.map((request) => (
            <RequestCard key={request.id} request={request} highlighted={changedIds.has(request.id)} />
          ))}
        </Stack>
      )}

      <Button
        component={Link}
        to="/settings/notifications"
        variant="subtle"
        leftSection={<IconBellCog size={20} aria-hidden />}
        style={{ alignSelf: 'center' }}
        data-testid="home-notification-settings"
      >
        {t('notificationSettings.title')}
      </Button>
    </Stack>
  );
};
