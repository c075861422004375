import { Navigate, Route, Routes } from 'react-router-dom';
import { HomeRedirect } from '../modules/auth/views/HomeRedirect';
import { RequireAuth } from '../modules/auth/views/RequireAuth';
import { RequireRole } from '../modules/auth/views/RequireRole';
import { ApprovalsPage } from '../pages/ApprovalsPage';
import { BoardPage } from '../pages/BoardPage';
import { JobsPage } from '../pages/JobsPage';
import { LoginPage } from '../pages/LoginPage';
import { VendorsPage } from '../pages/VendorsPage';
import { ConsoleShell } from './ConsoleShell';
import { PAGE_PATHS } from './navigation';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
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
          path={PAGE_PATHS.jobs}
          element={
            <RequireRole page="jobs">
              <JobsPage />
            </RequireRole>
          }
        />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
