import { Stack } from '@mantine/core';
import { CompanyProfileView } from './CompanyProfileView';
import { NotificationTemplatesView } from './NotificationTemplatesView';

/** Settings → Notifications: who notifications come from, and what they say. */
export function NotificationSettingsView() {
  return (
    <Stack gap="lg">
      <CompanyProfileView />
      <NotificationTemplatesView />
    </Stack>
  );
}
