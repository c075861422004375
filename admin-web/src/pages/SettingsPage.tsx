import { SettingsView } from '../modules/settings/views/SettingsView';

export function SettingsPage() {
  return <SettingsView />;
}
