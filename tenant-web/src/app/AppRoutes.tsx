import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { LoginView } from '../modules/auth/views/LoginView';
import { ConfirmationView } from '../modules/intake/views/ConfirmationView';
import { ReportProblemView } from '../modules/intake/views/ReportProblemView';
import { NotificationSettingsView } from '../modules/notifications/views/NotificationSettingsView';
import { HomeView } from '../modules/requests/views/HomeView';
import { RequestView } from '../modules/requests/views/RequestView';
import { AppLayout } from './AppLayout';

export const AppRoutes = () => (
  <Routes>
    <Route path="/login" element={<LoginView />} />
    <Route
      element={
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      }
    >
      <Route index element={<HomeView />} />
      <Route path="report" element={<ReportProblemView />} />
      <Route path="requests/:id" element={<RequestView />} />
      <Route path="requests/:id/confirmation" element={<ConfirmationView />} />
      <Route path="settings/notifications" element={<NotificationSettingsView />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Route>
  </Routes>
);
