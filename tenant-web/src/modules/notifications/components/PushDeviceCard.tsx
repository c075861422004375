import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertCircle,
  IconBellOff,
  IconBellRinging,
  IconDeviceMobileOff,
  IconRefresh,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePushDevice } from '../hooks/usePushDevice';

/** Longer in French or Dutch: a button's words wrap rather than be cut. */
const WRAP_LABEL = { label: { whiteSpace: 'normal', textAlign: 'center' } } as const;

/**
 * "Enable notifications on this device": push notifications for this browser or installed app, with
 * what stops them (not supported here, blocked in the browser) and a way to turn them off again.
 */
export const PushDeviceCard = () => {
  const { t } = useTranslation();
  const push = usePushDevice();

  return (
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="section"
      aria-labelledby="push-device-title"
      data-testid="push-device"
      data-state={push.state}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Title order={2} fz="h4" id="push-device-title">
            {t('push.title')}
          </Title>
          {push.state === 'on' && (
            <Badge color="teal.8" variant="light" leftSection={<IconBellRinging size={14} aria-hidden />}>
              {t('push.onBadge')}
            </Badge>
          )}
        </Group>
        <Text size="sm">{t('push.intro')}</Text>

        <div role="status" aria-live="polite">
          {push.state === 'checking' && (
            <Group gap="xs">
              <Loader size="sm" aria-hidden />
              <Text size="sm">{t('push.checking')}</Text>
            </Group>
          )}
          {push.state === 'unsupported' && (
            <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="push-unsupported">
              <IconDeviceMobileOff size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t('push.unsupported')}
                </Text>
                <Text size="sm" c="gray.7">
                  {t('push.unsupportedHint')}
                </Text>
              </Stack>
            </Group>
          )}
          {push.state === 'blocked' && (
            <Group gap="xs" wrap="nowrap" align="flex-start" c="orange.9" data-testid="push-blocked">
              <IconBellOff size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t('push.blocked')}
                </Text>
                <Text size="sm">{t('push.blockedHint')}</Text>
              </Stack>
            </Group>
          )}
          {push.state === 'on' && (
            <Text size="sm" fw={600} c="teal.9" data-testid="push-enabled">
              {t('push.enabled')}
            </Text>
          )}
          {push.state === 'off' && (
            <Text size="sm" c="gray.7">
              {t('push.disabled')}
            </Text>
          )}
        </div>

        {push.error && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="push-error">
            {push.error}
          </Alert>
        )}

        {push.state === 'off' && (
          <Button
            leftSection={<IconBellRinging size={20} aria-hidden />}
            onClick={() => void push.enable()}
            loading={push.busy}
            fullWidth
            h="auto"
            mih={44}
            py={8}
            styles={WRAP_LABEL}
            data-testid="push-enable"
          >
            {t('push.enable')}
          </Button>
        )}
        {push.state === 'on' && (
          <Button
            variant="default"
            leftSection={<IconBellOff size={20} aria-hidden />}
            onClick={() => void push.disable()}
            loading={push.busy}
            fullWidth
            h="auto"
            mih={44}
            py={8}
            styles={WRAP_LABEL}
            data-testid="push-disable"
          >
            {t('push.disable')}
          </Button>
        )}
        {push.state === 'blocked' && (
          <Button
            variant="default"
            leftSection={<IconRefresh size={20} aria-hidden />}
            onClick={push.recheck}
            fullWidth
            h="auto"
            mih={44}
            py={8}
            styles={WRAP_LABEL}
          >
            {t('push.recheck')}
          </Button>
        )}
      </Stack>
    </Card>
  );
};
