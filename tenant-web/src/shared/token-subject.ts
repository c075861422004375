/**
 * Whose session this is, read from the token itself (a JWT's `sub`), so it is known offline too. Used only to
 * keep one tenant's data on this device apart from another's; the server checks the token, not this.
 * Null for a missing or unreadable token.
 */
export const tokenSubject = (token: string | null): string | null => {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=');
    const claims: unknown = JSON.parse(atob(padded));
    if (typeof claims !== 'object' || claims === null || !('sub' in claims)) return null;
    const { sub } = claims;
    return typeof sub === 'string' || typeof sub === 'number' ? String(sub) : null;
  } catch {
    return null;
  }
};
