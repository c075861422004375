import { Button, EmptyState, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { thrownErrorKey } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { CommonAreaRequestCard, CommonAreaRequestCardSkeleton } from '../components/CommonAreaRequestCard';
import { BuildingRequestsQuery } from '../graphql/common-areas';
import { useMeToo } from '../hooks/useMeToo';

/** "In your building": the open common-area problems of the tenant's building(s), with "Me too". */
export const BuildingView = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('building.title'));
  const { data, loading, error, refetch } = useQuery(BuildingRequestsQuery, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { pendingId, setMeToo } = useMeToo();
  const [announcement, setAnnouncement] = useState('');
  const requests = data?.commonAreaRequests;
  const showProperty = new Set(requests?.map((request) => request.property)).size > 1;

  const toggle = async (id: string, on: boolean): Promise<void> => {
    const request = requests?.find((candidate) => candidate.id === id);
    if (!request) return;
    const updated = await setMeToo(request, on);
    if (!updated) return;
    setAnnouncement(
      updated.meToo
        ? t('building.meTooAdded', { title: updated.title, count: updated.affectedCount })
        : t('building.meTooRemoved', { title: updated.title, count: updated.affectedCount }),
    );
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz="h2">
          {t('building.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('building.intro')}
        </Text>
      </div>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>

      {error && (
        <ErrorAlert
          message={t('building.loadError')}
          detail={t(thrownErrorKey(error))}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      )}

      {!requests && loading && (
        <Stack gap="md" aria-busy="true" aria-label={t('building.loading')}>
          <CommonAreaRequestCardSkeleton />
          <CommonAreaRequestCardSkeleton />
        </Stack>
      )}

      {requests && requests.length === 0 && (
        <EmptyState
          icon={<IconBuildingCommunity size={32} aria-hidden />}
          title={t('building.emptyTitle')}
          description={t('building.emptyBody')}
          data-testid="building-empty"
        />
      )}

      {requests && requests.length > 0 && (
        <Stack gap="md" data-testid="building-list">
          {requests.map((request) => (
            <CommonAreaRequestCard
              key={request.id}
              request={request}
              showProperty={showProperty}
              pending={pendingId === request.id}
              onMeToo={(on) => void toggle(request.id, on)}
            />
          ))}
        </Stack>
      )}

      <Button
        component={Link}
        to="/report"
        variant="light"
        leftSection={<IconPlus size={20} aria-hidden />}
        style={{ alignSelf: 'center' }}
      >
        {t('building.report')}
      </Button>
    </Stack>
  );
};
