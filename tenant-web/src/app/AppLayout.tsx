import { Anchor, AppShell, Badge, Button, Container, Group, Text, Tooltip } from '@mantine/core';
import { IconCloudOff, IconLogout, IconTool, IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../modules/auth/hooks/session';
import { useTenantGuard } from '../modules/auth/hooks/useTenantGuard';
import { usePrefetchIntakeSetup } from '../modules/intake/hooks/useIntakeSetup';
import { NotificationBell } from '../modules/notifications/components/NotificationBell';
import { LanguageSelect } from '../shared/components/LanguageSelect';
import { useConnectionStatus } from '../shared/connection-status';
import { useOnlineStatus } from '../shared/hooks/useOnlineStatus';
import { MainNav } from './MainNav';

export const AppLayout = () => {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const connection = useConnectionStatus();
  const online = useOnlineStatus();
  const showStatus = !online || connection === 'reconnecting';
  useTenantGuard();
  // The report form's data, kept on the phone so that a problem can be reported offline later.
  usePrefetchIntakeSetup();

  // A new page starts at its top.
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <AppShell header={{ height: 60 }} footer={{ height: 64 }} padding={0}>
      <Anchor href="#main" className="fixline-skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Container size={640} h="100%" px="md">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.home')}>
              <Group gap={8} wrap="nowrap" mih={44}>
                <IconTool size={26} aria-hidden color="var(--mantine-color-teal-8)" />
                {/* A narrow phone's header only has room for the icon next to the bell, and any phone's once a
                    connection badge shows too (the link keeps its name). */}
                <Text
                  fw={800}
                  fz="xl"
                  className={showStatus ? 'fixline-sr-only-on-phone' : 'fixline-sr-only-on-narrow-phone'}
                >
                  {t('app.name')}
                </Text>
              </Group>
            </Anchor>
            <Group gap="xs" wrap="nowrap" className="fixline-header-actions">
              {!online && (
                <Tooltip
                  label={t('app.offlineHint')}
                  events={{ hover: true, focus: true, touch: true }}
                  multiline
                  w={260}
                >
                  <Badge
                    color="gray.8"
                    variant="filled"
                    leftSection={<IconCloudOff size={14} aria-hidden />}
                    tabIndex={0}
                    role="status"
                    data-testid="offline-badge"
                  >
                    <span className="fixline-sr-only-on-phone">{t('app.offline')}</span>
                  </Badge>
                </Tooltip>
              )}
              {online && connection === 'reconnecting' && (
                <Tooltip label={t('app.reconnectingHint')} events={{ hover: true, focus: true, touch: true }}>
                  <Badge
                    color="orange"
                    variant="light"
                    leftSection={<IconWifiOff size={14} aria-hidden />}
                    tabIndex={0}
                    role="status"
                  >
                    {/* Phones: just the icon (the header is narrow); screen readers always get the words. */}
                    <span className="fixline-sr-only-on-phone">{t('app.reconnecting')}</span>
                  </Badge>
                </Tooltip>
              )}
              <NotificationBell />
              <LanguageSelect inHeader />
              <Button
                variant="subtle"
                color="gray"
                px="xs"
                leftSection={<IconLogout size={18} aria-hidden />}
                onClick={() => signOut()}
                className="fixline-signout"
              >
                {/* Phones: just the icon (the header is narrow); the button keeps its name. */}
                <span className="fixline-sr-only-on-phone">{t('app.signOut')}</span>
              </Button>
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size={640} px="md" py="lg" id="main" tabIndex={-1}>
          <Outlet />
        </Container>
      </AppShell.Main>
      <AppShell.Footer>
        <MainNav />
      </AppShell.Footer>
    </AppShell>
  );
};
