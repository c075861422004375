import { UnstyledButton } from '@mantine/core';
import { IconBuildingCommunity, IconFiles, IconHome, IconReportMoney } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

interface NavItem {
  to: string;
  label: 'nav.home' | 'nav.documents' | 'nav.rent' | 'nav.building';
  icon: ReactNode;
  /** The pages under this item (home also holds the report form and the request pages). */
  matches: (pathname: string) => boolean;
}

const under = (base: string) => (pathname: string) => pathname === base || pathname.startsWith(`${base}/`);

const ITEMS: readonly NavItem[] = [
  {
    to: '/',
    label: 'nav.home',
    icon: <IconHome size={24} aria-hidden />,
    matches: (pathname) =>
      pathname === '/' ||
      under('/requests')(pathname) ||
      under('/report')(pathname) ||
      under('/settings')(pathname),
  },
  {
    to: '/documents',
    label: 'nav.documents',
    icon: <IconFiles size={24} aria-hidden />,
    matches: under('/documents'),
  },
  {
    to: '/rent',
    label: 'nav.rent',
    icon: <IconReportMoney size={24} aria-hidden />,
    matches: under('/rent'),
  },
  {
    to: '/building',
    label: 'nav.building',
    icon: <IconBuildingCommunity size={24} aria-hidden />,
    matches: under('/building'),
  },
];

/**
 * The app's sections as a tab bar at the bottom of the screen (one thumb on a phone): Home, Documents, Rent and
 * Building. Plain links in a labelled navigation landmark; the current one is marked with aria-current and shown
 * by weight and a bar, not colour alone.
 */
export const MainNav = () => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('nav.label')} className="fixline-tabbar" data-testid="main-nav">
      <ul className="fixline-tabbar-list">
        {ITEMS.map((item) => {
          const current = item.matches(pathname);
          return (
            <li key={item.to} className="fixline-tabbar-item">
              <UnstyledButton
                component={Link}
                to={item.to}
                className="fixline-tab"
                aria-current={current ? 'page' : undefined}
                data-testid={`nav-${item.to === '/' ? 'home' : item.to.slice(1)}`}
              >
                {item.icon}
                <span className="fixline-tab-label">{t(item.label)}</span>
              </UnstyledButton>
            </li>
          );
        })}
      </ul>
    </nav>
  );
};
