import { useCallback, useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { canOpen, DRAWER_PAGES, homePage, PAGE_PATHS } from '../../../app/navigation';
import { useViewer } from '../../auth/auth-context';

/**
 * Opens a work order's drawer from anywhere in the console: on the page shown when it has the drawer
 * (keeping its filters), else on the viewer's home page.
 */
export function useOpenWorkOrderAnywhere(): (workOrderId: string) => void {
  const viewer = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  // A toast's button may call this long after the render that made it: read the location then.
  const latest = useRef(location);
  useEffect(() => {
    latest.current = location;
  }, [location]);

  return useCallback(
    (workOrderId: string) => {
      const { pathname, search } = latest.current;
      const here = DRAWER_PAGES.find((page) => canOpen(page, viewer.role) && pathname === PAGE_PATHS[page]);
      const target = here ?? homePage(viewer.role) ?? 'board';
      const params = new URLSearchParams(here ? search : '');
      params.delete('open');
      params.set('wo', workOrderId);
      navigate({ pathname: PAGE_PATHS[target], search: `?${params.toString()}` });
    },
    [navigate, viewer.role],
  );
}
