import { useQuery } from '@apollo/client/react';
import { Outlet } from 'react-router-dom';
import { graphql } from '../generated';
import { useAuth, useViewer } from '../modules/auth/auth-context';
import { ActionDialogProvider } from '../modules/dispatch/views/ActionDialogProvider';
import { NotificationBellView } from '../modules/notifications/views/NotificationBellView';
import { AppLayout } from '../shared/layout/AppLayout';
import { useConnectionStatus } from './connection-context';
import { canOpen } from './navigation';

export const PendingApprovalCountQuery = graphql(`
  query PendingApprovalCount {
    workOrders(filter: { approvalStates: [PENDING_OWNER] }, first: 1) {
      totalCount
    }
  }
`);

/**
 * The signed-in frame: header (with the notification bell), navigation, the current page, and the workflow
 * action dialogs.
 */
export function ConsoleShell() {
  const viewer = useViewer();
  const { signOut } = useAuth();
  const connectionStatus = useConnectionStatus();
  const { data } = useQuery(PendingApprovalCountQuery, {
    skip: !canOpen('approvals', viewer.role),
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'ignore',
  });
  return (
    <AppLayout
      viewer={viewer}
      connectionStatus={connectionStatus}
      pendingApprovals={data?.workOrders.totalCount ?? null}
      notificationBell={<NotificationBellView />}
      onSignOut={() => signOut('signed-out')}
    >
      <ActionDialogProvider>
        <Outlet />
      </ActionDialogProvider>
    </AppLayout>
  );
}
