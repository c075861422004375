import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAdjustmentsAlt, IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { NotificationInboxView } from './NotificationInboxView';
import { NotificationPreferencesView } from './NotificationPreferencesView';

type MyNotificationsTab = 'inbox' | 'preferences';

/** My notifications: the inbox and my preferences; the tab is in the URL (`?tab=preferences`). */
export function MyNotificationsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.documentTitle'));
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: MyNotificationsTab = searchParams.get('tab') === 'preferences' ? 'preferences' : 'inbox';

  return (
    <Stack gap="md" maw={1000}>
      <div>
        <Title order={1} size="h3">
          {t('nav.notifications')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('notifications.subtitle')}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(value) =>
          setSearchParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (value === 'preferences') next.set('tab', value);
              else next.delete('tab');
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="inbox" leftSection={<IconInbox size={16} aria-hidden />}>
            {t('notifications.tabs.inbox')}
          </Tabs.Tab>
          <Tabs.Tab
            value="preferences"
            leftSection={<IconAdjustmentsAlt size={16} aria-hidden />}
            data-testid="notifications-tab-preferences"
          >
            {t('notifications.tabs.preferences')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inbox" pt="md">
          <NotificationInboxView />
        </Tabs.Panel>
        <Tabs.Panel value="preferences" pt="md">
          <NotificationPreferencesView />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
