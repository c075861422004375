import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  NotificationChannel,
  NotificationPreferencesFieldsFragment,
  NotificationTemplateKey,
} from '../../../generated/graphql';
import { SettingsError } from '../../settings/components/SettingsError';
import { CHANNEL_ICONS, CHANNELS } from '../channels';

export interface PreferencesValues {
  channels: Partial<Record<NotificationTemplateKey, NotificationChannel[]>>;
  quietEnabled: boolean;
  start: string;
  end: string;
  timeZone: string;
}

export const QUIET_FIELDS = ['start', 'end', 'timeZone'] as const;
export type QuietField = (typeof QUIET_FIELDS)[number];

export interface PreferencesErrors {
  fields: Partial<Record<QuietField, string>>;
  form: string[];
}

export interface NotificationPreferencesFormProps {
  preferences: NotificationPreferencesFieldsFragment;
  submitting: boolean;
  errors: PreferencesErrors;
  onSubmit: (values: PreferencesValues) => void;
}

const DEFAULT_START = '22:00';
const DEFAULT_END = '07:00';

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

export function initialValues(preferences: NotificationPreferencesFieldsFragment): PreferencesValues {
  return {
    channels: Object.fromEntries(preferences.events.map((event) => [event.template, [...event.channels]])),
    quietEnabled: preferences.quietHours !== null,
    start: preferences.quietHours?.start ?? DEFAULT_START,
    end: preferences.quietHours?.end ?? DEFAULT_END,
    timeZone: preferences.quietHours?.timeZone ?? browserTimeZone(),
  };
}

const sameValues = (a: PreferencesValues, b: PreferencesValues): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** The viewer's channels per notification and quiet hours. */
export function NotificationPreferencesForm({
  preferences,
  submitting,
  errors,
  onSubmit,
}: NotificationPreferencesFormProps) {
  const { t } = useTranslation();
  const initial = useMemo(() => initialValues(preferences), [preferences]);
  const [values, setValues] = useState<PreferencesValues>(initial);
  const [localErrors, setLocalErrors] = useState<Partial<Record<QuietField, string>>>({});
  const zones = useMemo(() => timeZones(values.timeZone), [values.timeZone]);
  const dirty = !sameValues(values, initial);

  const channelsOf = (template: NotificationTemplateKey): NotificationChannel[] =>
    values.channels[template] ?? [];

  const toggle = (template: NotificationTemplateKey, channel: NotificationChannel, on: boolean) =>
    setValues((current) => {
      const chosen = new Set(current.channels[template] ?? []);
      if (on) chosen.add(channel);
      else chosen.delete(channel);
      return {
        ...current,
        channels: { ...current.channels, [template]: CHANNELS.filter((c) => chosen.has(c)) },
      };
    });

  const applyDefaults = () =>
    setValues((current) => ({
      ...current,
      channels: Object.fromEntries(
        preferences.events.map((event) => [
          event.template,
          CHANNELS.filter((c) => c === 'IN_APP' || event.defaultChannels.includes(c)),
        ]),
      ),
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.quietEnabled) {
      const next: Partial<Record<QuietField, string>> = {};
      if (!values.start) next.start = t('notifications.preferences.timeRequired');
      if (!values.end) next.end = t('notifications.preferences.timeRequired');
      if (values.start && values.start === values.end) next.end = t('notifications.preferences.sameTimes');
      if (!values.timeZone) next.timeZone = t('notifications.preferences.zoneRequired');
      setLocalErrors(next);
      if (Object.keys(next).length > 0) return;
    }
    onSubmit(values);
  };

  const fieldError = (field: QuietField) => localErrors[field] ?? errors.fields[field];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SettingsError messages={errors.form} />

        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="channels-heading">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" gap="sm">
              <div>
                <Title order={2} size="h4" id="channels-heading">
                  {t('notifications.preferences.channelsTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('notifications.preferences.channelsDescription')}
                </Text>
              </div>
              <Button variant="default" size="xs" onClick={applyDefaults}>
                {t('notifications.preferences.useDefaults')}
              </Button>
            </Group>
            {!preferences.hasPhone && (
              <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} py="xs">
                <Text size="sm">{t('notifications.preferences.noPhone')}</Text>
              </Alert>
            )}
            <Text size="xs" c="dimmed">
              {t('notifications.preferences.pushHint', { count: preferences.pushSubscriptions })}
            </Text>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" highlightOnHover data-testid="preferences-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('notifications.preferences.notification')}</Table.Th>
                    {CHANNELS.map((channel) => {
                      const Icon = CHANNEL_ICONS[channel];
                      return (
                        <Table.Th key={channel} ta="center" w={96}>
                          <Group gap={4} justify="center" wrap="nowrap">
                            <Icon size={16} aria-hidden />
                            <span>{t(`notifications.channel.${channel}`)}</span>
                          </Group>
                        </Table.Th>
                      );
                    })}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preferences.events.map((event) => {
                    const label = t(`notifications.template.${event.template}`);
                    const chosen = channelsOf(event.template);
                    return (
                      <Table.Tr
                        key={event.template}
                        data-testid="preference-row"
                        data-template={event.template}
                      >
                        <Table.Td>
                          <Text size="sm">{label}</Text>
                        </Table.Td>
                        {CHANNELS.map((channel) => {
                          const channelName = t(`notifications.channel.${channel}`);
                          const inApp = channel === 'IN_APP';
                          const noPhone = channel === 'SMS' && !preferences.hasPhone;
                          const checkbox = (
                            <Checkbox
                              checked={inApp || chosen.includes(channel)}
                              disabled={inApp || noPhone}
                              onChange={(change) =>
                                toggle(event.template, channel, change.currentTarget.checked)
                              }
                              aria-label={t(
                                inApp
                                  ? 'notifications.preferences.alwaysOnLabel'
                                  : noPhone
                                    ? 'notifications.preferences.noPhoneLabel'
                                    : 'notifications.preferences.channelLabel',
                                { channel: channelName, notification: label },
                              )}
                              data-testid={`preference-${event.template}-${channel}`}
                              styles={{ body: { justifyContent: 'center' } }}
                            />
                          );
                          return (
                            <Table.Td key={channel}>
                              {inApp || noPhone ? (
                                <Tooltip
                                  label={t(
                                    inApp
                                      ? 'notifications.preferences.alwaysOn'
                                      : 'notifications.preferences.noPhoneShort',
                                  )}
                                  withArrow
                                >
                                  <Group justify="center">{checkbox}</Group>
                                </Tooltip>
                              ) : (
                                <Group justify="center">{checkbox}</Group>
                              )}
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="quiet-heading">
          <Stack gap="sm">
            <div>
              <Title order={2} size="h4" id="quiet-heading">
                {t('notifications.preferences.quietTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('notifications.preferences.quietDescription')}
              </Text>
            </div>
            <Switch
              label={t('notifications.preferences.quietSwitch')}
              checked={values.quietEnabled}
              onChange={(event) => {
                const quietEnabled = event.currentTarget.checked;
                setValues((current) => ({ ...current, quietEnabled }));
                setLocalErrors({});
              }}
              data-testid="quiet-hours-switch"
            />
            {values.quietEnabled && (
              <Group gap="md" align="flex-start">
                <TextInput
                  type="time"
                  label={t('notifications.preferences.quietStart')}
                  value={values.start}
                  onChange={(event) => {
                    const start = event.currentTarget.value;
                    setValues((current) => ({ ...current, start }));
                  }}
                  error={fieldError('start')}
                  required
                  w={140}
                  data-testid="quiet-start"
                />
                <TextInput
                  type="time"
                  label={t('notifications.preferences.quietEnd')}
                  value={values.end}
                  onChange={(event) => {
                    const end = event.currentTarget.value;
                    setValues((current) => ({ ...current, end }));
                  }}
                  error={fieldError('end')}
                  required
                  w={140}
                  data-testid="quiet-end"
                />
                <Select
                  label={t('notifications.preferences.timeZone')}
                  data={zones}
                  value={values.timeZone}
                  onChange={(timeZone) => {
                    if (timeZone) setValues((current) => ({ ...current, timeZone }));
                  }}
                  searchable
                  allowDeselect={false}
                  nothingFoundMessage={t('notifications.preferences.noZone')}
                  error={fieldError('timeZone')}
                  required
                  miw={220}
                  style={{ flex: 1 }}
                  maw={320}
                  data-testid="quiet-time-zone"
                />
              </Group>
            )}
          </Stack>
        </Paper>

        <Group justify="flex-end" gap="sm">
          {dirty && (
            <Button variant="default" onClick={() => setValues(initial)}>
              {t('notifications.templates.discard')}
            </Button>
          )}
          <Button type="submit" loading={submitting} disabled={!dirty} data-testid="preferences-save">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
