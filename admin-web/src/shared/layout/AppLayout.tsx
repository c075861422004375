import {
  ActionIcon,
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAdjustmentsAlt,
  IconApi,
  IconBell,
  IconBuildingStore,
  IconChartBar,
  IconChevronDown,
  IconClipboardList,
  IconKey,
  IconLayoutKanban,
  IconLogout,
  IconMailbox,
  IconScale,
  IconSettings,
  IconTool,
  IconUsers,
  IconWebhook,
} from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, useLocation } from 'react-router-dom';
import type { Role } from '../../generated/graphql';
import type { ConnectionStatus } from '../../app/connection-status';
import { NAV_BY_ROLE, PAGE_PATHS, type AppPage } from '../../app/navigation';
import { ConnectionIndicator } from './ConnectionIndicator';

const NAV_ICONS: Record<AppPage, ComponentType<{ size?: number }>> = {
  board: IconLayoutKanban,
  approvals: IconScale,
  vendors: IconBuildingStore,
  residents: IconUsers,
  reports: IconChartBar,
  settings: IconSettings,
  jobs: IconClipboardList,
  apiKeys: IconKey,
  webhooks: IconWebhook,
  explorer: IconApi,
  mailbox: IconMailbox,
  notifications: IconBell,
};

export interface AppLayoutProps {
  viewer: { name: string; role: Role };
  connectionStatus: ConnectionStatus;
  /** Shown next to "Approvals"; null when unknown or not for this role. */
  pendingApprovals: number | null;
  /** The notification bell, beside the viewer's name. */
  notificationBell?: ReactNode;
  onSignOut: () => void;
  children: ReactNode;
}

export function AppLayout({
  viewer,
  connectionStatus,
  pendingApprovals,
  notificationBell,
  onSignOut,
  children,
}: AppLayoutProps) {
  const { t } = useTranslation();
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const { pathname } = useLocation();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(navbarOpened ? 'layout.closeNavigation' : 'layout.openNavigation')}
            />
            <Group gap={8} wrap="nowrap">
              <ThemeIcon variant="filled" radius="md" size="md" aria-hidden>
                <IconTool size={18} />
              </ThemeIcon>
              <Title order={1} size="h4" fw={700}>
                {t('app.name')}
              </Title>
              <Text size="sm" c="dimmed" visibleFrom="md">
                {t('app.console')}
              </Text>
            </Group>
          </Group>
          <Group gap="md" wrap="nowrap">
            <ConnectionIndicator status={connectionStatus} />
            {notificationBell}
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton visibleFrom="sm" data-testid="user-menu">
                  <Group gap={8} wrap="nowrap">
                    <Text size="sm" fw={500} data-testid="viewer-name">
                      {viewer.name}
                    </Text>
                    <Badge variant="default" size="sm" radius="sm">
                      {t(`role.${viewer.role}`)}
                    </Badge>
                    <IconChevronDown size={14} aria-hidden />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  component={Link}
                  to={PAGE_PATHS.notifications}
                  leftSection={<IconBell size={16} aria-hidden />}
                >
                  {t('nav.notifications')}
                </Menu.Item>
                <Menu.Item
                  component={Link}
                  to={`${PAGE_PATHS.notifications}?tab=preferences`}
                  leftSection={<IconAdjustmentsAlt size={16} aria-hidden />}
                  data-testid="menu-notification-preferences"
                >
                  {t('notifications.preferences.title')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button
              variant="subtle"
              color="gray"
              size="compact-sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={onSignOut}
              visibleFrom="sm"
            >
              {t('layout.signOut')}
            </Button>
            <Tooltip label={t('layout.signOut')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={onSignOut}
                hiddenFrom="sm"
                aria-label={t('layout.signOut')}
              >
                <IconLogout size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t('layout.mainNavigation')}>
        {NAV_BY_ROLE[viewer.role].map((page) => {
          const Icon = NAV_ICONS[page];
          const path = PAGE_PATHS[page];
          const count = page === 'approvals' && pendingApprovals ? pendingApprovals : null;
          return (
            <NavLink
              key={page}
              component={RouterNavLink}
              to={path}
              active={
                pathname === path ||
                // API keys and webhooks live under /settings/ but have their own entries.
                (page !== 'settings' && pathname.startsWith(`${path}/`))
              }
              label={t(`nav.${page}`)}
              leftSection={<Icon size={18} aria-hidden />}
              rightSection={
                count ? (
                  <Badge
                    size="sm"
                    color="yellow"
                    c="dark"
                    variant="filled"
                    radius="xl"
                    aria-label={t('nav.pendingApprovals', { count })}
                  >
                    {count}
                  </Badge>
                ) : undefined
              }
              onClick={closeNavbar}
              data-testid={`nav-${page}`}
            />
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
