import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Input,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconCalendarPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContactMethod } from '../../../generated/graphql';
import { CONTACT_METHODS, MAX_WINDOWS, todayLocal, type AvailabilityDraft } from '../hooks/draft';
import type { StepProps } from './step-props';

const isContactMethod = (value: string): value is ContactMethod =>
  (CONTACT_METHODS as readonly string[]).includes(value);

const newWindowKey = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export const AccessStep = ({ draft, errors, onChange }: StepProps) => {
  const { t } = useTranslation();
  const today = todayLocal();

  const updateWindow = (key: string, patch: Partial<AvailabilityDraft>): void =>
    onChange({
      availability: draft.availability.map((window) =>
        window.key === key ? { ...window, ...patch } : window,
      ),
    });

  const removeWindow = (key: string): void =>
    onChange({ availability: draft.availability.filter((window) => window.key !== key) });

  const addWindow = (): void =>
    onChange({
      availability: [...draft.availability, { key: newWindowKey(), date: '', from: '', to: '' }].slice(
        0,
        MAX_WINDOWS,
      ),
    });

  return (
    <Stack gap="lg">
      <Text c="dimmed">{t('intake.access.intro')}</Text>

      <TextInput
        label={t('intake.access.pets')}
        placeholder={t('intake.access.petsPlaceholder')}
        value={draft.pets}
        error={errors['pets']}
        onChange={(event) => onChange({ pets: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('intake.access.contactMethod')}
        value={draft.bestContactMethod ?? ''}
        error={errors['bestContactMethod']}
        data={[
          { value: '', label: t('intake.access.contactNone') },
          ...CONTACT_METHODS.map((method) => ({
            value: method,
            label: t(`intake.access.contact.${method}`),
          })),
        ]}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ bestContactMethod: isContactMethod(value) ? value : null });
        }}
      />
      <TextInput
        label={t('intake.access.preferredTimes')}
        placeholder={t('intake.access.preferredTimesPlaceholder')}
        value={draft.preferredTimes}
        error={errors['preferredTimes']}
        onChange={(event) => onChange({ preferredTimes: event.currentTarget.value })}
      />
      <Textarea
        label={t('intake.access.notes')}
        value={draft.notes}
        error={errors['notes']}
        autosize
        minRows={2}
        maxRows={6}
        onChange={(event) => onChange({ notes: event.currentTarget.value })}
      />
      <Checkbox
        label={t('intake.access.permission')}
        description={t('intake.access.permissionHint')}
        checked={draft.permissionToEnter}
        error={errors['permissionToEnter']}
        onChange={(event) => onChange({ permissionToEnter: event.currentTarget.checked })}
        data-testid="permission-to-enter"
      />

      <Stack gap="sm" component="section" aria-labelledby="availability-heading">
        <div>
          <Text fw={600} id="availability-heading">
            {t('intake.access.windows')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('intake.access.windowsHint', { max: MAX_WINDOWS })}
          </Text>
        </div>
        {errors['availability'] && <Input.Error role="alert">{errors['availability']}</Input.Error>}
        {draft.availability.map((window, index) => {
          const error = errors[`availability.${index}`];
          const errorId = `availability-${window.key}-error`;
          const number = index + 1;
          return (
            <Fieldset
              key={window.key}
              legend={t('intake.access.window', { index: number })}
              radius="md"
              p="sm"
            >
              <Stack gap="sm">
                <TextInput
                  type="date"
                  label={t('intake.access.date')}
                  min={today}
                  value={window.date}
                  error={Boolean(error)}
                  aria-describedby={error ? errorId : undefined}
                  onChange={(event) => updateWindow(window.key, { date: event.currentTarget.value })}
                />
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput
                    type="time"
                    label={t('intake.access.from')}
                    value={window.from}
                    error={Boolean(error)}
                    aria-describedby={error ? errorId : undefined}
                    onChange={(event) => updateWindow(window.key, { from: event.currentTarget.value })}
                  />
                  <TextInput
                    type="time"
                    label={t('intake.access.to')}
                    value={window.to}
                    error={Boolean(error)}
                    aria-describedby={error ? errorId : undefined}
                    onChange={(event) => updateWindow(window.key, { to: event.currentTarget.value })}
                  />
                </SimpleGrid>
                {error && <Input.Error id={errorId}>{error}</Input.Error>}
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={18} aria-hidden />}
                    aria-label={t('intake.access.removeWindow', { index: number })}
                    onClick={() => removeWindow(window.key)}
                  >
                    {t('common.remove')}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        {draft.availability.length < MAX_WINDOWS && (
          <Button
            variant="light"
            leftSection={<IconCalendarPlus size={20} aria-hidden />}
            onClick={addWindow}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('intake.access.addWindow')}
          </Button>
        )}
      </Stack>

      <Checkbox
        label={t('intake.access.save')}
        checked={draft.saveAccessProfile}
        onChange={(event) => onChange({ saveAccessProfile: event.currentTarget.checked })}
      />
    </Stack>
  );
};
