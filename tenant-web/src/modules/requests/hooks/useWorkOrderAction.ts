import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { thrownErrorKey, userErrorPath, type UserErrorLike } from '../../../shared/errors';
import { RequestDetailQuery } from '../graphql/requests';

export interface ActionPayload {
  userErrors: readonly UserErrorLike[];
  workOrder?: { id: string } | null;
}

export interface ActionFeedback {
  /** Messages next to a field, by the field key the form declared (e.g. `reason`, `windows.0`). */
  fields: Partial<Record<string, string>>;
  /** Messages for the whole form, already translated or from the server. */
  general: string[];
  /** The request changed meanwhile (stale `expectedVersion`): the latest has been loaded. */
  conflict: boolean;
}

const NO_FEEDBACK: ActionFeedback = { fields: {}, general: [], conflict: false };

/** The declared field key a server error path belongs to: itself or its closest declared ancestor. */
const fieldKeyFor = (path: string, fieldKeys: readonly string[]): string | null => {
  let best: string | null = null;
  for (const key of fieldKeys) {
    if ((path === key || path.startsWith(`${key}.`)) && (best === null || key.length > best.length))
      best = key;
  }
  return best;
};

export interface WorkOrderAction {
  /**
   * Runs `send` (the mutation; resolve to its payload). True when the server accepted it; otherwise the
   * reasons are in `feedback`. On CONFLICT the request is reloaded, so a retry sends the fresh version.
   */
  run: (send: () => Promise<ActionPayload | null | undefined>) => Promise<boolean>;
  pending: boolean;
  feedback: ActionFeedback;
  /** Clear the messages (e.g. when the form closes). */
  reset: () => void;
}

/**
 * One tenant action on a work order (reschedule, confirm, reopen, cancel): runs it, sorts the server's
 * `userErrors` into field and form messages, and reloads the request when it changed meanwhile.
 * `fieldKeys` must be a stable array (declare it outside the component).
 */
export const useWorkOrderAction = (workOrderId: string, fieldKeys: readonly string[]): WorkOrderAction => {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [pending, setPending] = useState(false);
  const [feedback, setFeedback] = useState<ActionFeedback>(NO_FEEDBACK);

  const reload = useCallback(() => {
    // Errors show in the page's own query state; here we only want the fresh version in the cache.
    client
      .query({ query: RequestDetailQuery, variables: { id: workOrderId }, fetchPolicy: 'network-only' })
      .catch(() => undefined);
  }, [client, workOrderId]);

  const run = useCallback<WorkOrderAction['run']>(
    async (send) => {
      setPending(true);
      setFeedback(NO_FEEDBACK);
      try {
        const payload = await send();
        if (!payload) {
          setFeedback({ ...NO_FEEDBACK, general: [t('common.unexpectedError')] });
          return false;
        }
        if (payload.userErrors.length === 0) return true;

        const fields: Partial<Record<string, string>> = {};
        const general: string[] = [];
        let conflict = false;
        for (const error of payload.userErrors) {
          if (error.code === 'CONFLICT') {
            conflict = true;
            continue;
          }
          const key = fieldKeyFor(userErrorPath(error), fieldKeys);
          if (key) fields[key] = fields[key] ? `${fields[key]} ${error.message}` : error.message;
          else general.push(error.message);
        }
        if (conflict) reload();
        setFeedback({ fields, general, conflict });
        return false;
      } catch (error) {
        setFeedback({ ...NO_FEEDBACK, general: [t(thrownErrorKey(error))] });
        return false;
      } finally {
        setPending(false);
      }
    },
    [fieldKeys, reload, t],
  );

  const reset = useCallback(() => setFeedback(NO_FEEDBACK), []);

  return { run, pending, feedback, reset };
};
