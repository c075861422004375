import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { ViewerContext, useAuth } from '../auth-context';
import { ViewerQuery } from '../graphql/auth.graphql';

/** Renders its children only for a signed-in staff member, and tells them who they are. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { token, signOut } = useAuth();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ViewerQuery, {
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const viewer = data?.viewer;
  const settled = Boolean(token) && !loading && !error;

  useEffect(() => {
    if (!settled) return;
    if (!viewer) signOut('expired');
    else if (viewer.role === 'TENANT') signOut('tenant');
  }, [settled, viewer, signOut]);

  if (!token) return <Navigate to="/login" replace state={{ from: location }} />;

  if (error) {
    return (
      <Center mih="100dvh" p="md">
        <Stack align="center" gap="sm" role="alert">
          <Text fw={600}>{t('errors.loadViewer.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('errors.loadViewer.body')}
          </Text>
          <Button onClick={() => void refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }

  if (!viewer || viewer.role === 'TENANT') {
    return (
      <Center mih="100dvh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }

  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}
