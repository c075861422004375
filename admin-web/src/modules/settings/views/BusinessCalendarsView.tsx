import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/hooks/useLocale';
import { CalendarRow, type CalendarValues } from '../components/CalendarRow';
import { SettingsLoadError, SettingsSkeleton } from '../components/LoadState';
import { notifySaved, requestErrorMessage } from '../feedback';
import { BusinessCalendarsQuery, UpdateBusinessCalendarMutation } from '../graphql/settings.graphql';

/** Working days, hours and holidays per property: the business-day SLA clocks count on these. */
export function BusinessCalendarsView() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, loading, error, refetch } = useQuery(BusinessCalendarsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [update] = useMutation(UpdateBusinessCalendarMutation);
  const [saving, setSaving] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  const save = async (propertyId: string, name: string, values: CalendarValues) => {
    setSaving(propertyId);
    setErrors((current) => ({ ...current, [propertyId]: [] }));
    try {
      const payload = (await update({ variables: { input: { propertyId, ...values } } })).data
        ?.updateBusinessCalendar;
      if (!payload) setErrors((current) => ({ ...current, [propertyId]: [t('dispatch.errors.unexpected')] }));
      else if (payload.userErrors.length > 0)
        setErrors((current) => ({ ...current, [propertyId]: payload.userErrors.map((e) => e.message) }));
      else notifySaved(t, t('settings.calendars.saved', { name }));
    } catch (caught) {
      setErrors((current) => ({ ...current, [propertyId]: [requestErrorMessage(t, caught)] }));
    } finally {
      setSaving(null);
    }
  };

  if (!data && loading) return <SettingsSkeleton rows={3} height={200} />;
  if (!data) return error ? <SettingsLoadError onRetry={() => void refetch()} /> : null;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('settings.calendars.description')}
      </Text>
      {data.properties.nodes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('settings.calendars.none')}
        </Text>
      )}
      {data.properties.nodes.map((property) => {
        const calendar = property.businessCalendar;
        const initial: CalendarValues = {
          days: calendar.days.slice().sort((a, b) => a - b),
          opens: calendar.opens,
          closes: calendar.closes,
          holidays: calendar.holidays.slice().sort(),
        };
        return (
          <CalendarRow
            // A saved calendar comes back from the server: the row starts again from it.
            key={`${property.id}|${JSON.stringify(initial)}`}
            property={property}
            initial={initial}
            locale={locale}
            saving={saving === property.id}
            errors={errors[property.id] ?? []}
            onSave={(values) => void save(property.id, property.name, values)}
          />
        );
      })}
    </Stack>
  );
}
