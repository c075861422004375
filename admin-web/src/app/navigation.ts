import type { Role } from '../generated/graphql';

export type AppPage =
  | 'board'
  | 'approvals'
  | 'vendors'
  | 'residents'
  | 'reports'
  | 'settings'
  | 'jobs'
  | 'apiKeys'
  | 'webhooks'
  | 'explorer'
  | 'mailbox'
  | 'notifications';

export const PAGE_PATHS: Record<AppPage, string> = {
  board: '/board',
  approvals: '/approvals',
  vendors: '/vendors',
  residents: '/residents',
  reports: '/reports',
  settings: '/settings',
  jobs: '/jobs',
  apiKeys: '/settings/api-keys',
  webhooks: '/settings/webhooks',
  explorer: '/explorer',
  mailbox: '/mailbox',
  notifications: '/notifications',
};

/** Who may open each page; the api scopes the data on top of this. */
export const PAGE_ROLES: Record<AppPage, readonly Role[]> = {
  board: ['MANAGER', 'ADMIN', 'OWNER'],
  approvals: ['MANAGER', 'ADMIN', 'OWNER'],
  vendors: ['MANAGER', 'ADMIN'],
  residents: ['MANAGER', 'ADMIN'],
  reports: ['MANAGER', 'ADMIN', 'OWNER'],
  settings: ['MANAGER', 'ADMIN'],
  jobs: ['TECHNICIAN', 'VENDOR'],
  apiKeys: ['ADMIN'],
  webhooks: ['ADMIN'],
  explorer: ['ADMIN'],
  mailbox: ['MANAGER', 'ADMIN'],
  notifications: ['MANAGER', 'ADMIN', 'OWNER', 'TECHNICIAN', 'VENDOR'],
};

/** The navbar per role, home first. */
export const NAV_BY_ROLE: Record<Role, readonly AppPage[]> = {
  MANAGER: ['board', 'approvals', 'vendors', 'residents', 'reports', 'settings', 'mailbox'],
  ADMIN: [
    'board',
    'approvals',
    'vendors',
    'residents',
    'reports',
    'settings',
    'apiKeys',
    'webhooks',
    'explorer',
    'mailbox',
  ],
  OWNER: ['approvals', 'board', 'reports'],
  TECHNICIAN: ['jobs'],
  VENDOR: ['jobs'],
  TENANT: [],
};

/** A property's printable launch poster (outside the console frame, for printing). */
export function posterPath(propertyId: string): string {
  return `/properties/${encodeURIComponent(propertyId)}/poster`;
}

/** The Residents page, on one property. */
export function residentsPath(propertyId: string): string {
  return `${PAGE_PATHS.residents}?property=${encodeURIComponent(propertyId)}`;
}

/** The pages that show the work order drawer (`?wo=<id>`). */
export const DRAWER_PAGES: readonly AppPage[] = ['board', 'approvals', 'jobs', 'reports'];

export function homePage(role: Role): AppPage | null {
  return NAV_BY_ROLE[role][0] ?? null;
}

export function canOpen(page: AppPage, role: Role): boolean {
  return PAGE_ROLES[page].includes(role);
}
