import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDeviceFloppy, IconInfoCircle, IconMoon } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  NotificationChannel,
  NotificationPreferencesFieldsFragment,
  NotificationTemplateKey,
} from '../../../generated/graphql';
import { thrownErrorKey, userErrorPath } from '../../../shared/errors';
import { browserTimeZone } from '../../../shared/zoned-time';
import { NotificationSettingsQuery, UpdateNotificationPreferencesMutation } from '../graphql/notifications';
import {
  CHANNELS,
  checkPreferences,
  draftFrom,
  preferencesFieldOf,
  type PreferencesDraft,
  type PreferencesField,
} from '../preferences-draft';

export interface NotificationPreferencesFormProps {
  preferences: NotificationPreferencesFieldsFragment;
}

const SMS_HINT_ID = 'notification-sms-hint';

/** Focus the first field in error once the messages are on screen. */
const focusFirstError = (container: HTMLElement | null): void => {
  window.requestAnimationFrame(() => {
    container?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  });
};

/** Per notification, its channels; quiet hours; saved together. */
export const NotificationPreferencesForm = ({ preferences }: NotificationPreferencesFormProps) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PreferencesDraft>(() => draftFrom(preferences));
  const [attempted, setAttempted] = useState(false);
  const [serverFields, setServerFields] = useState<Partial<Record<PreferencesField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const [save, { loading: saving }] = useMutation(UpdateNotificationPreferencesMutation, {
    update: (cache, { data }) => {
      const saved = data?.updateNotificationPreferences.preferences;
      if (saved)
        cache.writeQuery({ query: NotificationSettingsQuery, data: { notificationPreferences: saved } });
    },
  });

  const { hasPhone } = preferences;
  const labels = new Map(preferences.events.map((event) => [event.template, event.label]));
  const check = checkPreferences(draft);
  const localErrors = attempted ? check.errors : {};
  const fieldError = (field: PreferencesField): string | undefined => {
    const local = localErrors[field];
    if (local === 'required') return t('notificationSettings.timeRequired');
    if (local === 'invalid') return t('notificationSettings.timeInvalid');
    if (local === 'same') return t('notificationSettings.timeSame');
    return serverFields[field];
  };
  const here = browserTimeZone();

  const setChannel = (template: NotificationTemplateKey, channel: NotificationChannel, on: boolean): void =>
    setDraft((current) => ({
      ...current,
      events: current.events.map((event) =>
        event.template === template
          ? {
              ...event,
              channels: on
                ? [...new Set([...event.channels, channel])]
                : event.channels.filter((c) => c !== channel),
            }
          : event,
      ),
    }));

  const setQuiet = (patch: Partial<PreferencesDraft['quietHours']>): void => {
    setDraft((current) => ({ ...current, quietHours: { ...current.quietHours, ...patch } }));
    setServerFields({});
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setAttempted(true);
    setServerFields({});
    setGeneral([]);
    if (Object.keys(check.errors).length > 0) {
      focusFirstError(formRef.current);
      return;
    }
    try {
      const { data } = await save({ variables: { input: check.input } });
      const payload = data?.updateNotificationPreferences;
      if (!payload) {
        setGeneral([t('common.unexpectedError')]);
        focusFirstError(formRef.current);
        return;
      }
      if (payload.userErrors.length > 0) {
        const fields: Partial<Record<PreferencesField, string>> = {};
        const messages: string[] = [];
        for (const error of payload.userErrors) {
          const field = preferencesFieldOf(userErrorPath(error));
          if (field) fields[field] = fields[field] ? `${fields[field]} ${error.message}` : error.message;
          else messages.push(error.message);
        }
        setServerFields(fields);
        setGeneral(messages);
        focusFirstError(formRef.current);
        return;
      }
      setAttempted(false);
      notifications.show({ color: 'teal', message: t('notificationSettings.saved') });
    } catch (thrown) {
      setGeneral([t(thrownErrorKey(thrown))]);
      focusFirstError(formRef.current);
    }
  };

  const quiet = draft.quietHours;

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-busy={saving}
      data-testid="notification-preferences"
    >
      <Stack gap="lg">
        <Stack gap="sm" component="section" aria-labelledby="notification-events-title">
          <Title order={2} fz="h4" id="notification-events-title">
            {t('notificationSettings.eventsTitle')}
          </Title>
          <Text size="sm">{t('notificationSettings.eventsIntro')}</Text>
          {!hasPhone && (
            <Group gap={6} wrap="nowrap" align="flex-start" c="gray.8" data-testid="sms-no-phone">
              <IconInfoCircle size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="sm" id={SMS_HINT_ID}>
                {t('notificationSettings.smsNeedsPhone')}
              </Text>
            </Group>
          )}
          {draft.events.map((event) => {
            const label = t(`notificationTemplates.${event.template}`, {
              defaultValue: labels.get(event.template) ?? event.template,
            });
            return (
              <Fieldset
                key={event.template}
                legend={label}
                radius="md"
                p="sm"
                pt={4}
                data-testid="notification-event"
                data-template={event.template}
                styles={{ legend: { fontWeight: 700, paddingInline: 4 } }}
              >
                <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" verticalSpacing={0}>
                  {CHANNELS.map((channel) => {
                    const inApp = channel === 'IN_APP';
                    const smsUnavailable = channel === 'SMS' && !hasPhone;
                    return (
                      <Checkbox
                        key={channel}
                        label={t(`notificationSettings.channels.${channel}`)}
                        checked={inApp || (!smsUnavailable && event.channels.includes(channel))}
                        disabled={inApp || smsUnavailable}
                        onChange={(change) =>
                          setChannel(event.template, channel, change.currentTarget.checked)
                        }
                        aria-describedby={smsUnavailable ? SMS_HINT_ID : undefined}
                        data-testid={`channel-${event.template}-${channel}`}
                      />
                    );
                  })}
                </SimpleGrid>
              </Fieldset>
            );
          })}
        </Stack>

        <Stack gap="sm" component="section" aria-labelledby="quiet-hours-title">
          <Group gap={8} wrap="nowrap">
            <IconMoon size={22} aria-hidden />
            <Title order={2} fz="h4" id="quiet-hours-title">
              {t('notificationSettings.quietTitle')}
            </Title>
          </Group>
          <Switch
            size="md"
            checked={quiet.enabled}
            onChange={(change) => setQuiet({ enabled: change.currentTarget.checked })}
            label={t('notificationSettings.quietToggle')}
            description={t('notificationSettings.quietHint')}
            // Mantine's dimmed grey is too faint for small text (contrast AA).
            styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
            data-testid="quiet-hours-toggle"
          />
          {quiet.enabled && (
            <>
              <Group grow gap="sm" align="flex-start">
                <TextInput
                  type="time"
                  label={t('notificationSettings.quietStart')}
                  value={quiet.start}
                  onChange={(change) => setQuiet({ start: change.currentTarget.value })}
                  error={fieldError('quietHours.start')}
                  required
                  data-testid="quiet-hours-start"
                />
                <TextInput
                  type="time"
                  label={t('notificationSettings.quietEnd')}
                  value={quiet.end}
                  onChange={(change) => setQuiet({ end: change.currentTarget.value })}
                  error={fieldError('quietHours.end')}
                  required
                  data-testid="quiet-hours-end"
                />
              </Group>
              <Text size="sm" c="gray.7" data-testid="quiet-hours-zone">
                {t('notificationSettings.quietZone', { zone: quiet.timeZone })}
              </Text>
              {quiet.timeZone !== here && (
                <Button
                  variant="subtle"
                  px="xs"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => setQuiet({ timeZone: here })}
                >
                  {t('notificationSettings.quietUseDeviceZone', { zone: here })}
                </Button>
              )}
            </>
          )}
        </Stack>

        {general.length > 0 && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title={t('notificationSettings.saveFailed')}
            role="alert"
            tabIndex={-1}
            data-testid="notification-settings-error"
          >
            {general.length === 1 ? (
              <Text size="sm">{general[0]}</Text>
            ) : (
              <List size="sm">
                {general.map((message) => (
                  <List.Item key={message}>{message}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}

        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={saving}
          leftSection={<IconDeviceFloppy size={20} aria-hidden />}
          data-testid="notification-settings-save"
        >
          {t('notificationSettings.save')}
        </Button>
      </Stack>
    </form>
  );
};
