import { Outlet } from 'react-router-dom';
import { useAuth, useViewer } from '../modules/auth/auth-context';
import { AppLayout } from '../shared/layout/AppLayout';
import { useConnectionStatus } from './connection-context';

/** The signed-in frame: header, navigation, and the current page. */
export function ConsoleShell() {
  const viewer = useViewer();
  const { signOut } = useAuth();
  const connectionStatus = useConnectionStatus();
  return (
    <AppLayout viewer={viewer} connectionStatus={connectionStatus} onSignOut={() => signOut('signed-out')}>
      <Outlet />
    </AppLayout>
  );
}
