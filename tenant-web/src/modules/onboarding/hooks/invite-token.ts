/**
 * The invite secret from the link: `#token=…` (never sent to the server, nor in a referrer) or, from older links,
 * `?token=…`. Null when absent.
 */
export const readInviteToken = (location: { hash: string; search: string }): string | null => {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  const token = fromHash ?? new URLSearchParams(location.search).get('token');
  return token?.trim() ? token.trim() : null;
};

/** Minimum password length (the api refuses shorter ones). */
export const PASSWORD_MIN_LENGTH = 8;
