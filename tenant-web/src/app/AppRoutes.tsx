import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { LoginView } from '../modules/auth/views/LoginView';
import { BuildingView } from '../modules/common-areas/views/BuildingView';
import { DocumentsView } from '../modules/documents/views/DocumentsView';
import { ConfirmationView } from '../modules/intake/views/ConfirmationView';
import { ReportProblemView } from '../modules/intake/views/ReportProblemView';
import { NotificationSettingsView } from '../modules/notifications/views/NotificationSettingsView';
import { AcceptInviteView } from '../modules/onboarding/views/AcceptInviteView';
import { WelcomeView } from '../modules/onboarding/views/WelcomeView';
import { RentView } from '../modules/rent/views/RentView';
import { HomeView } from '../modules/requests/views/HomeView';
import { RequestView } from '../modules/requests/views/RequestView';
import { AppLayout } from './AppLayout';

export const AppRoutes = () => (
  <Routes>
    <Route path="/login" element={<LoginView />} />
    {/* Public: a building's poster link, and the invite email's link. */}
    <Route path="/welcome/:propertyId" element={<WelcomeView />} />
    <Route path="/accept-invite" element={<AcceptInviteView />} />
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
      <Route path="documents" element={<DocumentsView />} />
      <Route path="rent" element={<RentView />} />
      <Route path="building" element={<BuildingView />} />
      <Route path="settings/notifications" element={<NotificationSettingsView />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Route>
  </Routes>
);
