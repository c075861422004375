import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconCloudUpload,
  IconPencil,
  IconPhoto,
  IconRefresh,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { EmergencyCallout } from '../../../shared/components/EmergencyCallout';
import { PriorityBadge } from '../../../shared/components/PriorityBadge';
import { useFormatters } from '../../../shared/format';
import { useOnlineStatus } from '../../../shared/hooks/useOnlineStatus';
import { mapUserErrors, STEPS } from '../hooks/draft';
import { hasDraftInProgress, reopenQueuedDraft } from '../hooks/useIntakeDraft';
import { useIntakeOutbox } from '../outbox/IntakeOutbox';
import type { QueuedIntake } from '../outbox/outbox-store';

interface QueuedRequestCardProps {
  record: QueuedIntake;
  sending: boolean;
  online: boolean;
  onSendNow: () => void;
  onEdit: () => void;
  onDiscard: () => void;
}

const QueuedRequestCard = ({
  record,
  sending,
  online,
  onSendNow,
  onEdit,
  onDiscard,
}: QueuedRequestCardProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const failed = record.state === 'failed';
  const { summary } = record;
  const emergency = summary.severity === 'EMERGENCY';
  const reasons = record.errors.map((error) => error.message).join(' ');
  const made = t('outbox.madeAt', { time: format.dateTime(record.createdAt) });

  return (
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="article"
      aria-label={summary.title}
      data-testid="queued-request"
      data-state={record.state}
      style={{
        borderLeft: `5px solid var(--mantine-color-${failed ? 'red' : emergency ? 'red' : 'blue'}-9)`,
      }}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Badge
            variant="filled"
            color={failed ? 'red.9' : 'blue.9'}
            leftSection={
              failed ? <IconAlertCircle size={14} aria-hidden /> : <IconCloudUpload size={14} aria-hidden />
            }
            data-testid="queued-state"
          >
            {failed ? t('outbox.failedBadge') : sending ? t('outbox.sending') : t('outbox.waiting')}
          </Badge>
          <PriorityBadge priority={summary.severity} />
        </Group>
        <Text fw={600} fz="lg" lh={1.3} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {summary.title}
        </Text>
        <Text size="sm" c="gray.7">
          <time dateTime={record.createdAt}>{made}</time>
          {summary.categoryName ? ` · ${summary.categoryName}` : ''}
        </Text>
        {record.files.length > 0 && (
          <Group gap={6} wrap="nowrap" c="gray.7">
            <IconPhoto size={16} aria-hidden style={{ flexShrink: 0 }} />
            <Text size="sm">{t('outbox.files', { count: record.files.length })}</Text>
          </Group>
        )}
        {failed ? (
          <Text size="sm" c="red.9" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {t('outbox.failed', { message: reasons || t('common.unexpectedError') })}
          </Text>
        ) : (
          <Text size="sm" c="gray.7">
            {sending ? t('outbox.sendingHint') : online ? t('outbox.retryHint') : t('outbox.offlineHint')}
          </Text>
        )}
        {emergency && summary.emergencyHotline && (
          <EmergencyCallout
            hotline={summary.emergencyHotline}
            title={t('outbox.emergencyTitle')}
            body={t('outbox.emergencyBody')}
            afterHoursInstructions={summary.afterHoursInstructions}
          />
        )}
        <Group gap="xs" wrap="wrap">
          {failed ? (
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={onEdit}
              aria-label={t('outbox.editLabel', { title: summary.title })}
            >
              {t('common.edit')}
            </Button>
          ) : (
            <Button
              variant="default"
              leftSection={<IconRefresh size={18} aria-hidden />}
              onClick={onSendNow}
              loading={sending}
              disabled={!online}
              aria-label={t('outbox.sendNowLabel', { title: summary.title })}
            >
              {t('outbox.sendNow')}
            </Button>
          )}
          <Button
            variant="subtle"
            color="red"
            c="red.9"
            leftSection={<IconTrash size={18} aria-hidden />}
            onClick={onDiscard}
            disabled={sending}
            aria-haspopup="dialog"
            aria-label={t('outbox.discardLabel', { title: summary.title })}
          >
            {t('outbox.discard')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
};

type Pending = { kind: 'discard' | 'replaceDraft'; record: QueuedIntake } | null;

/**
 * "Waiting to send": requests made offline and kept on this phone. Each can be sent now (when online),
 * discarded after a confirmation, or, once the server refused it, edited in the form.
 */
export const QueuedRequests = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const online = useOnlineStatus();
  const phone = useMediaQuery('(max-width: 35.99em)', true, { getInitialValueInEffect: false });
  const { items, sendingKey, sendNow, discard } = useIntakeOutbox();
  const [pending, setPending] = useState<Pending>(null);

  if (items.length === 0 && !pending) return null;

  const openInForm = (record: QueuedIntake): void => {
    const mapped = mapUserErrors(record.errors, record.draft);
    reopenQueuedDraft({
      draft: { ...record.draft, restoreQueuedFiles: record.files.length > 0 },
      step: mapped.firstStep ? STEPS.indexOf(mapped.firstStep) : STEPS.length - 1,
      serverErrors: mapped.fields,
      generalErrors: mapped.general,
    });
    void navigate('/report');
  };

  const edit = (record: QueuedIntake): void => {
    // Another report half-written in this tab would be replaced: ask first.
    if (hasDraftInProgress(record.idempotencyKey)) setPending({ kind: 'replaceDraft', record });
    else openInForm(record);
  };

  const confirm = async (): Promise<void> => {
    if (!pending) return;
    setPending(null);
    if (pending.kind === 'replaceDraft') {
      openInForm(pending.record);
      return;
    }
    await discard(pending.record.idempotencyKey);
    notifications.show({ color: 'gray', message: t('outbox.discarded') });
    // The card (and the button that had focus) is gone.
    document.getElementById('main')?.focus();
  };

  const replacing = pending?.kind === 'replaceDraft';

  return (
    <Stack gap="md" component="section" aria-labelledby="queued-requests" data-testid="queued-requests">
      <Title order={2} fz="h4" id="queued-requests">
        {t('outbox.title')}
      </Title>
      {items.map((record) => (
        <QueuedRequestCard
          key={record.idempotencyKey}
          record={record}
          sending={sendingKey === record.idempotencyKey}
          online={online}
          onSendNow={sendNow}
          onEdit={() => edit(record)}
          onDiscard={() => setPending({ kind: 'discard', record })}
        />
      ))}

      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={replacing ? t('outbox.replaceTitle') : t('outbox.discardTitle')}
        fullScreen={phone}
        radius={phone ? 0 : 'lg'}
        transitionProps={{ transition: phone ? 'slide-up' : 'pop', duration: 200 }}
        closeButtonProps={{ 'aria-label': t('actions.close'), size: 'lg' }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
        data-testid="queued-dialog"
      >
        <Stack gap="md">
          <Text>
            {replacing
              ? t('outbox.replaceBody')
              : t('outbox.discardBody', { title: pending?.record.summary.title ?? '' })}
          </Text>
          <Stack gap="sm">
            <Button
              color={replacing ? 'teal.9' : 'red.9'}
              size="lg"
              fullWidth
              leftSection={
                replacing ? <IconPencil size={20} aria-hidden /> : <IconTrash size={20} aria-hidden />
              }
              onClick={() => void confirm()}
              data-testid="queued-confirm"
            >
              {replacing ? t('outbox.replaceConfirm') : t('outbox.discardConfirm')}
            </Button>
            <Button variant="default" size="lg" fullWidth onClick={() => setPending(null)} data-autofocus>
              {replacing ? t('outbox.replaceKeep') : t('outbox.discardKeep')}
            </Button>
          </Stack>
        </Stack>
      </Modal>
    </Stack>
  );
};
