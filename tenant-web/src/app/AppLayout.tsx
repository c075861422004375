import { Anchor, AppShell, Badge, Button, Container, Group, Text, Tooltip } from '@mantine/core';
import { IconLogout, IconTool, IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../modules/auth/hooks/session';
import { useTenantGuard } from '../modules/auth/hooks/useTenantGuard';
import { useConnectionStatus } from '../shared/connection-status';

export const AppLayout = () => {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const connection = useConnectionStatus();
  useTenantGuard();

  // A new page starts at its top.
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <Anchor href="#main" className="fixline-skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Container size={640} h="100%" px="md">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.home')}>
              <Group gap={8} wrap="nowrap" mih={44}>
                <IconTool size={26} aria-hidden color="var(--mantine-color-teal-8)" />
                <Text fw={800} fz="xl">
                  {t('app.name')}
                </Text>
              </Group>
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              {connection === 'reconnecting' && (
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
              <Button
                variant="subtle"
                color="gray"
                leftSection={<IconLogout size={18} aria-hidden />}
                onClick={() => signOut()}
              >
                {t('app.signOut')}
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
    </AppShell>
  );
};
