import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommonAreaRequestFieldsFragment } from '../../../generated/graphql';
import { thrownErrorKey } from '../../../shared/errors';
import { AddMeTooMutation, BuildingRequestsQuery, RemoveMeTooMutation } from '../graphql/common-areas';

export interface MeToo {
  /** The request being changed, if any. */
  pendingId: string | null;
  /**
   * Adds (or takes back) the tenant's "me too"; the updated request, or null when it didn't go through (the
   * reason is shown as a notification).
   */
  setMeToo: (
    request: CommonAreaRequestFieldsFragment,
    on: boolean,
  ) => Promise<CommonAreaRequestFieldsFragment | null>;
}

export const useMeToo = (): MeToo => {
  const { t } = useTranslation();
  const [add] = useMutation(AddMeTooMutation);
  const [remove] = useMutation(RemoveMeTooMutation);
  const [pendingId, setPendingId] = useState<string | null>(null);

  const setMeToo = useCallback(
    async (
      request: CommonAreaRequestFieldsFragment,
      on: boolean,
    ): Promise<CommonAreaRequestFieldsFragment | null> => {
      const fail = (message: string): null => {
        notifications.show({ color: 'red', title: t('actions.failedTitle'), message });
        return null;
      };
      setPendingId(request.id);
      try {
        const variables = { workOrderId: request.id };
        // Fixed or closed meanwhile: the building list loads again so it drops out.
        const refetchQueries = [BuildingRequestsQuery];
        const payload = on
          ? (
              await add({
                variables,
                refetchQueries: ({ data }) => (data?.addMeToo.request ? [] : refetchQueries),
              })
            ).data?.addMeToo
          : (
              await remove({
                variables,
                refetchQueries: ({ data }) => (data?.removeMeToo.request ? [] : refetchQueries),
              })
            ).data?.removeMeToo;
        if (!payload) return fail(t('common.unexpectedError'));
        const [first] = payload.userErrors;
        if (first) return fail(first.message);
        return payload.request ?? fail(t('common.unexpectedError'));
      } catch (error) {
        return fail(t(thrownErrorKey(error)));
      } finally {
        setPendingId(null);
      }
    },
    [add, remove, t],
  );

  return { pendingId, setMeToo };
};
