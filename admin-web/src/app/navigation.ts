import type { Role } from '../generated/graphql';

export type AppPage = 'board' | 'approvals' | 'vendors' | 'jobs' | 'apiKeys' | 'webhooks' | 'explorer';

export const PAGE_PATHS: Record<AppPage, string> = {
  board: '/board',
  approvals: '/approvals',
  vendors: '/vendors',
  jobs: '/jobs',
  apiKeys: '/settings/api-keys',
  webhooks: '/settings/webhooks',
  explorer: '/explorer',
};

/** Who may open each page; the api scopes the data on top of this. */
export const PAGE_ROLES: Record<AppPage, readonly Role[]> = {
  board: ['MANAGER', 'ADMIN', 'OWNER'],
  approvals: ['MANAGER', 'ADMIN', 'OWNER'],
  vendors: ['MANAGER', 'ADMIN'],
  jobs: ['TECHNICIAN', 'VENDOR'],
  apiKeys: ['ADMIN'],
  webhooks: ['ADMIN'],
  explorer: ['ADMIN'],
};

/** The navbar per role, home first. */
export const NAV_BY_ROLE: Record<Role, readonly AppPage[]> = {
  MANAGER: ['board', 'approvals', 'vendors'],
  ADMIN: ['board', 'approvals', 'vendors', 'apiKeys', 'webhooks', 'explorer'],
  OWNER: ['approvals', 'board'],
  TECHNICIAN: ['jobs'],
  VENDOR: ['jobs'],
  TENANT: [],
};

export function homePage(role: Role): AppPage | null {
  return NAV_BY_ROLE[role][0] ?? null;
}

export function canOpen(page: AppPage, role: Role): boolean {
  return PAGE_ROLES[page].includes(role);
}
