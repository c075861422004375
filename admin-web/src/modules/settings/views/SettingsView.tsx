import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import {
  IconAlarm,
  IconBell,
  IconCalendarTime,
  IconCategory,
  IconFilterBolt,
  IconGauge,
  IconPhoneCall,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { NotificationSettingsView } from '../../notifications/views/NotificationSettingsView';
import { BusinessCalendarsView } from './BusinessCalendarsView';
import { CategoriesView } from './CategoriesView';
import { OnCallRotaView } from './OnCallRotaView';
import { SeverityLevelsView } from './SeverityLevelsView';
import { SlaSettingsView } from './SlaSettingsView';
import { TriageRulesView } from './TriageRulesView';

const TABS = ['categories', 'severity', 'triage', 'sla', 'calendars', 'onCall', 'notifications'] as const;
type SettingsTab = (typeof TABS)[number];

const TAB_ICONS: Record<SettingsTab, ComponentType<{ size?: number }>> = {
  categories: IconCategory,
  severity: IconGauge,
  triage: IconFilterBolt,
  sla: IconAlarm,
  calendars: IconCalendarTime,
  onCall: IconPhoneCall,
  notifications: IconBell,
};

function isTab(value: string | null): value is SettingsTab {
  return value !== null && (TABS as readonly string[]).includes(value);
}

/** Intake, triage and SLA configuration; the tab is in the URL (`?tab=`) so it can be linked to. */
export function SettingsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.documentTitle'));
  const [searchParams, setSearchParams] = useSearchParams();
  const param = searchParams.get('tab');
  const tab: SettingsTab = isTab(param) ? param : 'categories';

  return (
    <Stack gap="md" maw={1400}>
      <div>
        <Title order={1} size="h3">
          {t('settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.subtitle')}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isTab(value))
            setSearchParams(
              (current) => {
                const next = new URLSearchParams(current);
                next.set('tab', value);
                return next;
              },
              { replace: true },
            );
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((name) => {
            const Icon = TAB_ICONS[name];
            return (
              <Tabs.Tab
                key={name}
                value={name}
                leftSection={<Icon size={16} />}
                data-testid={`settings-tab-${name}`}
              >
                {t(`settings.tabs.${name}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="categories" pt="md">
          <CategoriesView />
        </Tabs.Panel>
        <Tabs.Panel value="severity" pt="md">
          <SeverityLevelsView />
        </Tabs.Panel>
        <Tabs.Panel value="triage" pt="md">
          <TriageRulesView />
        </Tabs.Panel>
        <Tabs.Panel value="sla" pt="md">
          <SlaSettingsView />
        </Tabs.Panel>
        <Tabs.Panel value="calendars" pt="md">
          <BusinessCalendarsView />
        </Tabs.Panel>
        <Tabs.Panel value="onCall" pt="md">
          <OnCallRotaView />
        </Tabs.Panel>
        <Tabs.Panel value="notifications" pt="md">
          <NotificationSettingsView />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
