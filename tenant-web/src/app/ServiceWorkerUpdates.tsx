import { Button, Group, Paper, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/** How often an open app asks whether a new version was deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** How long "Reload" waits for the new version to take over before reloading anyway. */
const RELOAD_FALLBACK_MS = 3000;

/**
 * Registers the service worker (offline app shell, push notifications) and, when a new version is
 * waiting, offers to reload into it: never mid-way through a form without asking. Production builds only.
 */
export const ServiceWorkerUpdates = () => {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: true,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      window.setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });

  if (!needRefresh) return null;

  const reload = (): void => {
    // The new version takes over, then the page reloads into it. (The plugin reloads by itself only when
    // the page was already controlled when it registered, not on a first visit: do it here in any case.)
    let reloading = false;
    const reloadOnce = (): void => {
      if (reloading) return;
      reloading = true;
      window.location.reload();
    };
    navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
    // Another tab may already have switched to it: no change will come, reload anyway.
    window.setTimeout(reloadOnce, RELOAD_FALLBACK_MS);
    void updateServiceWorker(true);
  };

  return (
    <Paper
      role="status"
      aria-live="polite"
      withBorder
      shadow="md"
      radius="lg"
      p="sm"
      data-testid="update-notice"
      style={{
        position: 'fixed',
        insetInline: 'var(--mantine-spacing-md)',
        bottom: 'calc(var(--mantine-spacing-md) + env(safe-area-inset-bottom, 0px))',
        maxWidth: 560,
        marginInline: 'auto',
        zIndex: 300,
      }}
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text fw={600}>{t('app.updateAvailable')}</Text>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={() => setNeedRefresh(false)}>
            {t('app.updateLater')}
          </Button>
          <Button color="teal.9" leftSection={<IconRefresh size={18} aria-hidden />} onClick={reload}>
            {t('app.updateReload')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
};
