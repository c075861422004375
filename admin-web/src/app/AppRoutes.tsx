import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { HomeRedirect } from '../modules/auth/views/HomeRedirect';
import { RequireAuth } from '../modules/auth/views/RequireAuth';
import { RequireRole } from '../modules/auth/views/RequireRole';
import { ApiKeysPage } from '../pages/ApiKeysPage';
import { ApprovalsPage } from '../pages/ApprovalsPage';
import { BoardPage } from '../pages/BoardPage';
import { JobsPage } from '../pages/JobsPage';
import { LoginPage } from '../pages/LoginPage';
import { MailboxPage } from '../pages/MailboxPage';
import { NotificationsPage } from '../pages/NotificationsPage';
import { ResidentsPage } from '../pages/ResidentsPage';
import { SettingsPage } from '../pages/SettingsPage';
import { VendorsPage } from '../pages/VendorsPage';
import { WebhooksPage } from '../pages/WebhooksPage';
import { ConsoleShell } from './ConsoleShell';
import { PAGE_PATHS } from './navigation';

/** GraphiQL is large: it loads only when an admin opens the explorer. */
const ExplorerPage = lazy(() =>
  import('../pages/ExplorerPage').then((module) => ({ default: module.ExplorerPage })),
);

/** The launch poster (and its QR code library) loads only when a poster is opened. */
const PosterPage = lazy(() =>
  import('../pages/PosterPage').then((module) => ({ default: module.PosterPage })),
);

/** Charts (recharts) are large too: they load with the reports page. */
const ReportsPage = lazy(() =>
  import('../pages/ReportsPage').then((module) => ({ default: module.ReportsPage })),
);

function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih="60dvh">
      <Loader aria-label={t('explorer.loading')} />
    </Center>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* The poster prints on its own: signed in, but outside the console's frame. */}
      <Route
        path="/properties/:propertyId/poster"
        element={
          <RequireAuth>
            <RequireRole page="residents">
              <Suspense fallback={<PageLoader />}>
                <PosterPage />
              </Suspense>
            </RequireRole>
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <ConsoleShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route
          path={PAGE_PATHS.board}
          element={
            <RequireRole page="board">
              <BoardPage />
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.approvals}
          element={
            <RequireRole page="approvals">
              <ApprovalsPage />
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.vendors}
          element={
            <RequireRole page="vendors">
              <VendorsPage />
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.residents}
          element={
            <RequireRole page="residents">
              <ResidentsPage />
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.reports}
          element={
            <RequireRole page="reports">
              <Suspense fallback={<PageLoader />}>
                <ReportsPage />
              </Suspense>
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.settings}
          element={
            <RequireRole page="settings">
              <SettingsPage />
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.jobs}
          element={
            <RequireRole page="jobs">
              <JobsPage />
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.apiKeys}
          element={
            <RequireRole page="apiKeys">
              <ApiKeysPage />
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.webhooks}
          element={
            <RequireRole page="webhooks">
              <WebhooksPage />
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.notifications}
          element={
            <RequireRole page="notifications">
              <NotificationsPage />
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.mailbox}
          element={
            <RequireRole page="mailbox">
              <MailboxPage />
            </RequireRole>
          }
        />
        <Route
          path={PAGE_PATHS.explorer}
          element={
            <RequireRole page="explorer">
              <Suspense fallback={<PageLoader />}>
                <ExplorerPage />
              </Suspense>
            </RequireRole>
          }
        />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
