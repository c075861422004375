import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconBan } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetailFieldsFragment } from '../../../generated/graphql';
import { CancelWorkOrderMutation } from '../graphql/actions';
import { useWorkOrderAction } from '../hooks/useWorkOrderAction';
import { ActionFeedbackAlert } from './ActionFeedbackAlert';

const REASON_MAX = 1000;
const CANCEL_FIELDS: readonly string[] = ['reason'];

export interface CancelRequestProps {
  request: RequestDetailFieldsFragment;
}

/** "Cancel this request": a reason, then an explicit confirmation in a dialog. Shown while it's still NEW. */
export const CancelRequest = ({ request }: CancelRequestProps) => {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 35.99em)', true, { getInitialValueInEffect: false });
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [mutate] = useMutation(CancelWorkOrderMutation);
  const action = useWorkOrderAction(request.id, CANCEL_FIELDS);

  const trimmed = reason.trim();
  const clientError = attempted && !trimmed ? t('cancelRequest.reasonRequired') : undefined;
  const reasonError = clientError ?? action.feedback.fields['reason'];

  const close = (): void => {
    if (action.pending) return;
    action.reset();
    setAttempted(false);
    setOpened(false);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setAttempted(true);
    if (!trimmed) {
      reasonRef.current?.focus();
      return;
    }
    const done = await action.run(async () => {
      const { data } = await mutate({
        variables: {
          input: { workOrderId: request.id, expectedVersion: request.version, reason: trimmed },
        },
      });
      return data?.cancelWorkOrder;
    });
    if (!done) return;
    notifications.show({ color: 'gray', message: t('cancelRequest.done') });
    setOpened(false);
  };

  return (
    <Stack gap="xs" component="section" aria-label={t('cancelRequest.button')}>
      <Text size="sm" c="dimmed">
        {t('cancelRequest.hint')}
      </Text>
      <Button
        variant="outline"
        color="red"
        size="lg"
        fullWidth
        leftSection={<IconBan size={20} aria-hidden />}
        onClick={() => setOpened(true)}
        aria-haspopup="dialog"
        data-testid="cancel-request-button"
      >
        {t('cancelRequest.button')}
      </Button>

      <Modal
        opened={opened}
        onClose={close}
        title={t('cancelRequest.title')}
        fullScreen={phone}
        radius={phone ? 0 : 'lg'}
        transitionProps={{ transition: phone ? 'slide-up' : 'pop', duration: 200 }}
        closeButtonProps={{ 'aria-label': t('actions.close'), size: 'lg' }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
        data-testid="cancel-dialog"
      >
        <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={action.pending}>
          <Stack gap="md">
            <Text>{t('cancelRequest.body', { number: t('common.number', { number: request.number }) })}</Text>
            <Textarea
              ref={reasonRef}
              label={t('cancelRequest.reason')}
              placeholder={t('cancelRequest.reasonPlaceholder')}
              value={reason}
              error={reasonError}
              withAsterisk
              autosize
              minRows={2}
              maxRows={6}
              maxLength={REASON_MAX}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
              data-testid="cancel-reason"
            />
            <ActionFeedbackAlert feedback={action.feedback} />
            <Stack gap="sm">
              <Button
                type="submit"
                color="red"
                size="lg"
                fullWidth
                loading={action.pending}
                leftSection={<IconBan size={20} aria-hidden />}
                data-testid="confirm-cancel"
              >
                {t('cancelRequest.confirm')}
              </Button>
              <Button variant="default" size="lg" fullWidth onClick={close} disabled={action.pending}>
                {t('cancelRequest.keep')}
              </Button>
            </Stack>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
};
