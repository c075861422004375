import { Button, Center, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { canOpen, homePage, PAGE_PATHS, type AppPage } from '../../../app/navigation';
import { useViewer } from '../auth-context';

/** Renders the page only for the roles it is meant for; everyone else learns where to go instead. */
export function RequireRole({ page, children }: { page: AppPage; children: ReactNode }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (canOpen(page, viewer.role)) return children;
  const home = homePage(viewer.role);
  return (
    <Center mih="60dvh" p="md">
      <EmptyState
        icon={<IconLock size={24} aria-hidden />}
        title={t('guard.title')}
        description={t('guard.description', {
          page: t(`nav.${page}`),
          role: t(`role.${viewer.role}`),
        })}
        data-testid="not-available"
      >
        {home && (
          <Button component={Link} to={PAGE_PATHS[home]} mt="md">
            {t('guard.goHome', { page: t(`nav.${home}`) })}
          </Button>
        )}
      </EmptyState>
    </Center>
  );
}
