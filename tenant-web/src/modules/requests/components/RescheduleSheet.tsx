import {
  Button,
  Fieldset,
  Group,
  Input,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';
import { todayIn } from '../../../shared/zoned-time';
import { RequestRescheduleMutation } from '../graphql/actions';
import {
  checkReschedule,
  emptyRescheduleDraft,
  MAX_RESCHEDULE_WINDOWS,
  newWindowDraft,
  REASON_MAX,
  RESCHEDULE_FIELD_KEYS,
  type RescheduleDraft,
  type WindowDraft,
} from '../hooks/reschedule';
import { useWorkOrderAction } from '../hooks/useWorkOrderAction';
import { ActionFeedbackAlert } from './ActionFeedbackAlert';

export interface RescheduleSheetProps {
  request: RequestDetailFieldsFragment;
  opened: boolean;
  onClose: () => void;
}

/** Focus the first field in error once the messages are on screen. */
const focusFirstError = (container: HTMLElement | null): void => {
  window.requestAnimationFrame(() => {
    container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
};

/** The tenant proposes 1–3 new windows (in the property's local time) and says why. */
export const RescheduleSheet = ({ request, opened, onClose }: RescheduleSheetProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const phone = useMediaQuery('(max-width: 35.99em)', true, { getInitialValueInEffect: false });
  const [draft, setDraft] = useState<RescheduleDraft>(emptyRescheduleDraft);
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [mutate] = useMutation(RequestRescheduleMutation);
  const action = useWorkOrderAction(request.id, RESCHEDULE_FIELD_KEYS);

  const timeZone = request.property.timezone;
  const zone = format.zoneName(timeZone);
  const today = todayIn(timeZone);
  const check = checkReschedule(draft, timeZone, t);
  const errors = { ...action.feedback.fields, ...(attempted ? check.errors : {}) };
  const hasFieldErrors = Object.values(errors).some(Boolean);

  const close = (): void => {
    if (action.pending) return;
    action.reset();
    setAttempted(false);
    onClose();
  };

  const updateWindow = (key: string, patch: Partial<WindowDraft>): void =>
    setDraft((current) => ({
      ...current,
      windows: current.windows.map((window) => (window.key === key ? { ...window, ...patch } : window)),
    }));

  const removeWindow = (key: string): void =>
    setDraft((current) => ({ ...current, windows: current.windows.filter((window) => window.key !== key) }));

  const addWindow = (): void =>
    setDraft((current) => ({
      ...current,
      windows: [...current.windows, newWindowDraft()].slice(0, MAX_RESCHEDULE_WINDOWS),
    }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(check.errors).length > 0) {
      focusFirstError(formRef.current);
      return;
    }
    const sent = await action.run(async () => {
      const { data } = await mutate({
        variables: {
          input: {
            workOrderId: request.id,
            expectedVersion: request.version,
            windows: check.windows,
            reason: check.reason,
          },
        },
      });
      return data?.requestReschedule;
    });
    if (!sent) {
      focusFirstError(formRef.current);
      return;
    }
    notifications.show({ color: 'teal', message: t('reschedule.sent') });
    setDraft(emptyRescheduleDraft());
    setAttempted(false);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('reschedule.title')}
      fullScreen={phone}
      radius={phone ? 0 : 'lg'}
      size="lg"
      transitionProps={{ transition: phone ? 'slide-up' : 'pop', duration: 200 }}
      closeButtonProps={{ 'aria-label': t('actions.close'), size: 'lg' }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      data-testid="reschedule-sheet"
    >
      <form ref={formRef} onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={action.pending}>
        <Stack gap="md">
          <Text size="sm">{t('reschedule.intro', { max: MAX_RESCHEDULE_WINDOWS })}</Text>
          {request.appointment && (
            <Text size="sm" fw={600}>
              {t('reschedule.current', {
                window: format.zonedWindow(
                  request.appointment.startsAt,
                  request.appointment.endsAt,
                  timeZone,
                ),
              })}
            </Text>
          )}
          {zone && (
            <Text size="sm" c="dimmed">
              {t('reschedule.zoneNote', { zone })}
            </Text>
          )}

          {attempted && hasFieldErrors && (
            <Text size="sm" c="red.8" role="alert">
              {t('reschedule.fixErrors')}
            </Text>
          )}

          {errors['windows'] && <Input.Error role="alert">{errors['windows']}</Input.Error>}
          {draft.windows.map((window, index) => {
            const number = index + 1;
            const error = errors[`windows.${index}`];
            const errorId = `reschedule-${window.key}-error`;
            const invalid = Boolean(error);
            return (
              <Fieldset
                key={window.key}
                legend={t('reschedule.window', { index: number })}
                radius="md"
                p="sm"
                data-testid="reschedule-window"
              >
                <Stack gap="sm">
                  <TextInput
                    type="date"
                    label={t('reschedule.date')}
                    min={today}
                    value={window.date}
                    error={invalid}
                    aria-describedby={invalid ? errorId : undefined}
                    onChange={(event) => updateWindow(window.key, { date: event.currentTarget.value })}
                  />
                  <SimpleGrid cols={2} spacing="sm">
                    <TextInput
                      type="time"
                      label={t('reschedule.from')}
                      value={window.from}
                      error={invalid}
                      aria-describedby={invalid ? errorId : undefined}
                      onChange={(event) => updateWindow(window.key, { from: event.currentTarget.value })}
                    />
                    <TextInput
                      type="time"
                      label={t('reschedule.to')}
                      value={window.to}
                      error={invalid}
                      aria-describedby={invalid ? errorId : undefined}
                      onChange={(event) => updateWindow(window.key, { to: event.currentTarget.value })}
                    />
                  </SimpleGrid>
                  {error && <Input.Error id={errorId}>{error}</Input.Error>}
                  {draft.windows.length > 1 && (
                    <Group justify="flex-end">
                      <Button
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={18} aria-hidden />}
                        aria-label={t('reschedule.removeWindow', { index: number })}
                        onClick={() => removeWindow(window.key)}
                      >
                        {t('common.remove')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Fieldset>
            );
          })}
          {draft.windows.length < MAX_RESCHEDULE_WINDOWS && (
            <Button
              variant="light"
              leftSection={<IconCalendarPlus size={20} aria-hidden />}
              onClick={addWindow}
              style={{ alignSelf: 'flex-start' }}
              data-testid="reschedule-add-window"
            >
              {t('reschedule.addWindow')}
            </Button>
          )}

          <Textarea
            label={t('reschedule.reason')}
            placeholder={t('reschedule.reasonPlaceholder')}
            value={draft.reason}
            error={errors['reason']}
            withAsterisk
            autosize
            minRows={2}
            maxRows={6}
            maxLength={REASON_MAX}
            onChange={(event) => {
              const reason = event.currentTarget.value;
              setDraft((current) => ({ ...current, reason }));
            }}
            data-testid="reschedule-reason"
          />

          {/* Next to the buttons, where the tenant's eyes are after tapping Send. */}
          <ActionFeedbackAlert feedback={action.feedback} />
          <Stack gap="sm" mt="xs">
            <Button
              type="submit"
              size="lg"
              fullWidth
              loading={action.pending}
              rightSection={<IconSend size={20} aria-hidden />}
              data-testid="reschedule-submit"
            >
              {t('reschedule.send')}
            </Button>
            <Button variant="default" size="lg" fullWidth onClick={close} disabled={action.pending}>
              {t('reschedule.keep')}
            </Button>
          </Stack>
        </Stack>
      </form>
    </Modal>
  );
};
