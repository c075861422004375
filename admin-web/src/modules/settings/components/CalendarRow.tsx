import { ActionIcon, Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatIsoWeekday } from '../../../shared/format/intl';
import { SettingsError } from './SettingsError';

export interface CalendarValues {
  days: number[];
  opens: string;
  closes: string;
  holidays: string[];
}

export interface CalendarRowProps {
  property: { id: string; name: string; timezone: string };
  initial: CalendarValues;
  locale: string;
  saving: boolean;
  errors: string[];
  onSave: (values: CalendarValues) => void;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One property's working days, hours and holidays. */
export function CalendarRow({ property, initial, locale, saving, errors, onSave }: CalendarRowProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CalendarValues>(initial);
  const [holiday, setHoliday] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  const addHoliday = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday)) return;
    setValues((current) => ({
      ...current,
      holidays: current.holidays.includes(holiday) ? current.holidays : [...current.holidays, holiday].sort(),
    }));
    setHoliday('');
  };

  const save = () => {
    if (values.days.length === 0) {
      setLocalError(t('settings.calendars.noDays'));
      return;
    }
    if (!values.opens || !values.closes || values.opens >= values.closes) {
      setLocalError(t('settings.calendars.badHours'));
      return;
    }
    setLocalError(null);
    onSave(values);
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="calendar-row" data-property={property.id}>
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Text fw={600}>{property.name}</Text>
            <Text size="xs" c="dimmed">
              {t('settings.calendars.timezone', { timezone: property.timezone })}
            </Text>
          </div>
          <Button size="xs" onClick={save} loading={saving} disabled={!dirty}>
            {t('settings.save')}
          </Button>
        </Group>
        <SettingsError messages={localError ? [localError, ...errors] : errors} />
        <Checkbox.Group
          label={t('settings.calendars.days')}
          value={values.days.map(String)}
          onChange={(days) =>
            setValues((current) => ({ ...current, days: days.map(Number).sort((a, b) => a - b) }))
          }
        >
          <Group gap="md" mt={6}>
            {WEEKDAYS.map((day) => (
              <Checkbox
                key={day}
                value={String(day)}
                label={formatIsoWeekday(day, locale)}
                aria-label={formatIsoWeekday(day, locale, 'long')}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <Group gap="sm" align="flex-end">
          <TextInput
            type="time"
            label={t('settings.calendars.opens')}
            value={values.opens}
            onChange={(event) => {
              const opens = event.currentTarget.value;
              setValues((current) => ({ ...current, opens }));
            }}
            w={130}
          />
          <TextInput
            type="time"
            label={t('settings.calendars.closes')}
            value={values.closes}
            onChange={(event) => {
              const closes = event.currentTarget.value;
              setValues((current) => ({ ...current, closes }));
            }}
            w={130}
          />
          <TextInput
            type="date"
            label={t('settings.calendars.addHoliday')}
            value={holiday}
            onChange={(event) => setHoliday(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addHoliday();
              }
            }}
            w={170}
          />
          <Button
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={addHoliday}
            disabled={!holiday}
          >
            {t('settings.calendars.add')}
          </Button>
        </Group>
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('settings.calendars.holidays')}
          </Text>
          {values.holidays.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('settings.calendars.noHolidays')}
            </Text>
          ) : (
            <Group gap={6}>
              {values.holidays.map((date) => (
                <Badge
                  key={date}
                  variant="default"
                  radius="sm"
                  tt="none"
                  pr={2}
                  rightSection={
                    <ActionIcon
                      size="xs"
                      variant="transparent"
                      color="gray"
                      onClick={() =>
                        setValues((current) => ({
                          ...current,
                          holidays: current.holidays.filter((other) => other !== date),
                        }))
                      }
                      aria-label={t('settings.calendars.removeHoliday', {
                        date: formatCalendarDate(date, locale),
                      })}
                    >
                      <IconX size={12} aria-hidden />
                    </ActionIcon>
                  }
                >
                  {formatCalendarDate(date, locale)}
                </Badge>
              ))}
            </Group>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
