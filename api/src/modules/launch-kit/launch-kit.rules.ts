/** An invite link works this long. */
export const INVITE_TTL_DAYS = 14;
export const INVITE_MAX_ROWS = 1000;
export const NAME_MAX = 120;

export const INVITE_COLUMNS = {
  required: ['email', 'unit'],
  optional: ['name', 'phone', 'starts_on'],
} as const;

/** Good enough to catch typos; the invite email itself is the real check. */
export const looksLikeEmail = (text: string): boolean => /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]{2,}$/.test(text);

/** Where a property's tenants start: the tenant portal, which greets them with the property's name. */
export const portalUrlOf = (publicUrl: string, propertyGlobalId: string): string =>
  `${publicUrl.replace(/\/$/, '')}/welcome/${encodeURIComponent(propertyGlobalId)}`;

export const acceptUrlOf = (publicUrl: string, token: string): string =>
  `${publicUrl.replace(/\/$/, '')}/accept-invite#token=${token}`;
