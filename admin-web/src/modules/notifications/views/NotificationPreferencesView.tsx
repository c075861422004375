import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchUserErrorField } from '../../../shared/graphql/user-errors';
import { SettingsLoadError, SettingsSkeleton } from '../../settings/components/LoadState';
import { notifySaved, requestErrorMessage } from '../../settings/feedback';
import { CHANNELS } from '../channels';
import {
  NotificationPreferencesForm,
  QUIET_FIELDS,
  type PreferencesErrors,
  type PreferencesValues,
} from '../components/NotificationPreferencesForm';
import {
  NotificationPreferencesQuery,
  UpdateNotificationPreferencesMutation,
} from '../graphql/notifications.graphql';

const NO_ERRORS: PreferencesErrors = { fields: {}, form: [] };

/** My notifications → Preferences: how each notification reaches me, and when not to. */
export function NotificationPreferencesView() {
  const { t } = useTranslation();
  const { data, loading, refetch } = useQuery(NotificationPreferencesQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [update, { loading: saving }] = useMutation(UpdateNotificationPreferencesMutation);
  const [errors, setErrors] = useState<PreferencesErrors>(NO_ERRORS);

  const save = async (values: PreferencesValues) => {
    const preferences = data?.notificationPreferences;
    if (!preferences) return;
    setErrors(NO_ERRORS);
    try {
      const payload = (
        await update({
          variables: {
            input: {
              events: preferences.events.map((event) => ({
                template: event.template,
                channels: CHANNELS.filter(
                  (channel) =>
                    channel === 'IN_APP' || (values.channels[event.template] ?? []).includes(channel),
                ),
              })),
              quietHours: values.quietEnabled
                ? { start: values.start, end: values.end, timeZone: values.timeZone }
                : null,
            },
          },
        })
      ).data?.updateNotificationPreferences;
      if (!payload) {
        setErrors({ fields: {}, form: [t('dispatch.errors.unexpected')] });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: PreferencesErrors = { fields: {}, form: [] };
        for (const userError of payload.userErrors) {
          const field = matchUserErrorField(userError, QUIET_FIELDS);
          if (field && !next.fields[field]) next.fields[field] = userError.message;
          else next.form.push(userError.message);
        }
        setErrors(next);
        return;
      }
      notifySaved(t, t('notifications.preferences.saved'));
    } catch (caught) {
      setErrors({ fields: {}, form: [requestErrorMessage(t, caught)] });
    }
  };

  const preferences = data?.notificationPreferences;
  if (!preferences && loading) return <SettingsSkeleton rows={8} />;
  if (!preferences) return <SettingsLoadError onRetry={() => void refetch()} />;
  return (
    <NotificationPreferencesForm
      // Saved preferences become the form's new starting point.
      key={JSON.stringify(preferences)}
      preferences={preferences}
      submitting={saving}
      errors={errors}
      onSubmit={(values) => void save(values)}
    />
  );
}
