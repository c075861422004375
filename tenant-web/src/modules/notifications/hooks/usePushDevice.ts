import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { thrownErrorKey } from '../../../shared/errors';
import {
  NotificationSettingsQuery,
  RegisterPushSubscriptionMutation,
  UnregisterPushSubscriptionMutation,
  VapidPublicKeyQuery,
} from '../graphql/notifications';
import {
  base64UrlToBytes,
  findPushRegistration,
  pushSupported,
  subscribedWithKey,
  subscriptionInput,
} from '../push';

/**
 * Push on this device: `checking` at first; `unsupported` (no Push API, or no service worker here, e.g. a
 * development build); `blocked` (the browser's permission is denied); `off`; `on` (subscribed and sent).
 */
export type PushDeviceState = 'checking' | 'unsupported' | 'blocked' | 'off' | 'on';

export interface PushDevice {
  state: PushDeviceState;
  /** Enabling or disabling is under way. */
  busy: boolean;
  /** Why the last attempt failed, for the tenant; null when it didn't. */
  error: string | null;
  /** Asks the browser's permission (call it from the tap itself), subscribes, and tells the api. */
  enable: () => Promise<void>;
  /** Unsubscribes this browser and tells the api. */
  disable: () => Promise<void>;
  /** Looks again (e.g. after the tenant allowed notifications in the browser's settings). */
  recheck: () => void;
}

/** The preferences screen's "devices with push" count follows each change made here. */
const storePushCount = (client: ApolloClient, count: number | null | undefined): void => {
  if (count === null || count === undefined) return;
  client.cache.updateQuery({ query: NotificationSettingsQuery }, (current) =>
    current
      ? { notificationPreferences: { ...current.notificationPreferences, pushSubscriptions: count } }
      : current,
  );
};

export const usePushDevice = (): PushDevice => {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [state, setState] = useState<PushDeviceState>('checking');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checks, setChecks] = useState(0);
  const registration = useRef<ServiceWorkerRegistration | null>(null);
  // Fetched ahead, so the tap goes straight to the browser's permission prompt.
  const { data: keyData } = useQuery(VapidPublicKeyQuery, { skip: state === 'unsupported' });
  const vapidKey = keyData?.vapidPublicKey ?? null;

  useEffect(() => {
    let cancelled = false;
    const check = async (): Promise<PushDeviceState> => {
      if (!pushSupported()) return 'unsupported';
      const found = await findPushRegistration().catch(() => null);
      registration.current = found;
      if (!found) return 'unsupported';
      if (Notification.permission === 'denied') return 'blocked';
      const subscription = await found.pushManager.getSubscription().catch(() => null);
      if (!subscription || Notification.permission !== 'granted') return 'off';
      // Subscribed on this device: make sure the api has it for this account (the same call again is harmless).
      const input = subscriptionInput(subscription);
      if (input) {
        client
          .mutate({ mutation: RegisterPushSubscriptionMutation, variables: { input } })
          .then(({ data }) => storePushCount(client, data?.registerPushSubscription.pushSubscriptions))
          .catch(() => undefined);
      }
      return 'on';
    };
    void check().then((next) => {
      if (!cancelled) setState(next);
    });
    return () => {
      cancelled = true;
    };
  }, [client, checks]);

  const recheck = useCallback(() => {
    setError(null);
    setChecks((n) => n + 1);
  }, []);

  const enable = useCallback(async (): Promise<void> => {
    const found = registration.current;
    if (!found) return;
    setBusy(true);
    setError(null);
    let step: 'permission' | 'subscribe' | 'api' = 'permission';
    let subscription: PushSubscription | null = null;
    try {
      // First thing in the tap: browsers only show the prompt in answer to a gesture.
      const permission =
        Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
      if (permission === 'denied') {
        setState('blocked');
        return;
      }
      if (permission !== 'granted') {
        setError(t('push.notAllowed'));
        return;
      }

      step = 'api';
      const key =
        vapidKey ??
        (await client.query({ query: VapidPublicKeyQuery, fetchPolicy: 'network-only' })).data
          ?.vapidPublicKey;
      if (!key) throw new Error('No VAPID public key.');
      const keyBytes = base64UrlToBytes(key);

      step = 'subscribe';
      subscription = await found.pushManager.getSubscription();
      // Made with another key (the server's changed): the push service won't take ours for it.
      if (subscription && !subscribedWithKey(subscription, keyBytes)) {
        await subscription.unsubscribe();
        subscription = null;
      }
      subscription ??= await found.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes,
      });
      const input = subscriptionInput(subscription);
      if (!input) throw new Error('The push subscription has no keys.');

      step = 'api';
      const { data } = await client.mutate({
        mutation: RegisterPushSubscriptionMutation,
        variables: { input },
      });
      const payload = data?.registerPushSubscription;
      if (!payload || payload.userErrors.length > 0) {
        // The api didn't keep it: don't leave the browser subscribed for nothing.
        await subscription.unsubscribe().catch(() => false);
        setError(payload?.userErrors.map((e) => e.message).join(' ') || t('common.unexpectedError'));
        setState('off');
        return;
      }
      storePushCount(client, payload.pushSubscriptions);
      setState('on');
    } catch (thrown) {
      if (step === 'api' && subscription) await subscription.unsubscribe().catch(() => false);
      if (Notification.permission === 'denied') setState('blocked');
      setError(step === 'api' ? t(thrownErrorKey(thrown)) : t('push.subscribeFailed'));
    } finally {
      setBusy(false);
    }
  }, [client, t, vapidKey]);

  const disable = useCallback(async (): Promise<void> => {
    const found = registration.current;
    if (!found) return;
    setBusy(true);
    setError(null);
    try {
      const subscription = await found.pushManager.getSubscription();
      if (subscription) {
        const { endpoint } = subscription;
        // The device first: from now on nothing shows here, even if the api can't be told right away.
        await subscription.unsubscribe();
        try {
          const { data } = await client.mutate({
            mutation: UnregisterPushSubscriptionMutation,
            variables: { input: { endpoint } },
          });
          storePushCount(client, data?.unregisterPushSubscription.pushSubscriptions);
        } catch {
          // Offline: the api forgets the subscription when the push service next says it's gone.
        }
      }
      setState('off');
    } catch {
      setError(t('push.unsubscribeFailed'));
    } finally {
      setBusy(false);
    }
  }, [client, t]);

  return { state, busy, error, enable, disable, recheck };
};
