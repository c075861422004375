import { Navigate, useLocation } from 'react-router-dom';
import { homePage, PAGE_PATHS } from '../../../app/navigation';
import { useViewer } from '../auth-context';

/** `/` goes to the viewer's home (board, approvals or my jobs), keeping `?wo=` links working. */
export function HomeRedirect() {
  const viewer = useViewer();
  const { search } = useLocation();
  const home = homePage(viewer.role);
  return <Navigate to={{ pathname: home ? PAGE_PATHS[home] : PAGE_PATHS.board, search }} replace />;
}
