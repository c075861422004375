import { Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { thrownErrorKey } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { NotificationPreferencesForm } from '../components/NotificationPreferencesForm';
import { PushDeviceCard } from '../components/PushDeviceCard';
import { NotificationSettingsQuery } from '../graphql/notifications';

/** Which notifications reach the tenant where (in the app, email, text, push), quiet hours, and push here. */
export const NotificationSettingsView = () => {
  const { t } = useTranslation();
  useDocumentTitle(t('notificationSettings.title'));
  const { data, loading, error, refetch } = useQuery(NotificationSettingsQuery, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const preferences = data?.notificationPreferences;

  return (
    <Stack gap="lg">
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
      <Stack gap={4}>
        <Title order={1} fz="h2">
          {t('notificationSettings.title')}
        </Title>
        <Text c="gray.7">{t('notificationSettings.intro')}</Text>
      </Stack>

      <PushDeviceCard />

      {!preferences && error && (
        <ErrorAlert
          message={t('notificationSettings.loadError')}
          detail={t(thrownErrorKey(error))}
          onRetry={() => void refetch().catch(() => undefined)}
          retrying={loading}
        />
      )}
      {!preferences && !error && (
        <Stack gap="md" aria-busy="true" aria-label={t('app.loading')}>
          <Skeleton height={24} width="60%" />
          <Skeleton height={80} radius="md" />
          <Skeleton height={80} radius="md" />
          <Skeleton height={80} radius="md" />
        </Stack>
      )}
      {preferences && <NotificationPreferencesForm preferences={preferences} />}
    </Stack>
  );
};
