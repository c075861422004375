import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { graphQLErrorCode, type UserErrorLike } from '../../shared/graphql/user-errors';

/** A toast for a saved setting. */
export function notifySaved(t: TFunction, message: string): void {
  notifications.show({ color: 'teal', title: t('settings.savedTitle'), message });
}

/** The message for a request that failed outright (network, forbidden). */
export function requestErrorMessage(t: TFunction, caught: unknown): string {
  return graphQLErrorCode(caught) === 'FORBIDDEN'
    ? t('dispatch.errors.forbidden')
    : t('dispatch.errors.network');
}

/** The numeric index in a user error's path after `segment` ("input.patterns.2" → 2), if any. */
export function userErrorIndex(error: UserErrorLike, segment: string): number | undefined {
  const path = error.field ?? [];
  const at = path.indexOf(segment);
  if (at < 0 || at + 1 >= path.length) return undefined;
  const index = Number(path[at + 1]);
  return Number.isInteger(index) ? index : undefined;
}
