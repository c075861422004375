import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconChecklist,
  IconCircleCheck,
  IconMailForward,
  IconSend,
} from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localDateKey } from '../../../shared/format/intl';
import { graphQLErrorCode } from '../../../shared/graphql/user-errors';
import { CsvInput } from '../../../shared/ui/CsvInput';
import { CsvProblems } from '../../../shared/ui/CsvProblems';
import type { CsvRowError } from '../../../shared/ui/CsvRowErrorsTable';
import { InviteLinesTable, type InviteLine } from '../components/InviteLinesTable';
import { InviteTenantsMutation } from '../graphql/launch-kit.graphql';

export interface InviteTenantsViewProps {
  property: { id: string; name: string; units: readonly { label: string }[] };
  /** After invites went out: the roster reloads. */
  onInvited: () => void;
}

interface CheckResult {
  /** The text that was checked: editing it asks for a new check. */
  csv: string;
  lines: readonly InviteLine[];
  rowErrors: readonly CsvRowError[];
  messages: readonly string[];
}

const templateFor = (units: readonly { label: string }[]): string => {
  const [first, second] = units;
  return [
    'email,unit,name,phone,starts_on',
    `jordan.lee@example.com,${first?.label ?? '101'},Jordan Lee,+1 555 0100,${localDateKey()}`,
    `sam.patel@example.com,${second?.label ?? first?.label ?? '102'},Sam Patel,,`,
    '',
  ].join('\n');
};

const inviteCount = (lines: readonly InviteLine[]) =>
  lines.filter((line) => line.outcome !== 'ALREADY_ACTIVE').length;

/** Tenants invited in bulk from a CSV: check first (nothing is sent), then send, all lines or none. */
export function InviteTenantsView({ property, onInvited }: InviteTenantsViewProps) {
  const { t } = useTranslation();
  const [inviteTenants] = useMutation(InviteTenantsMutation);
  const [csv, setCsv] = useState('');
  const [missing, setMissing] = useState(false);
  const [checking, setChecking] = useState(false);
  const [sending, setSending] = useState(false);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [sent, setSent] = useState<readonly InviteLine[] | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const current = check && check.csv === csv ? check : null;
  const ready = current !== null && current.lines.length > 0 && current.rowErrors.length === 0;
  const toSend = current ? inviteCount(current.lines) : 0;

  const run = async (dryRun: boolean): Promise<CheckResult | null> => {
    setRequestError(null);
    try {
      const payload = (
        await inviteTenants({ variables: { input: { propertyId: property.id, csv, dryRun } } })
      ).data?.inviteTenants;
      if (!payload) {
        setRequestError(t('dispatch.errors.unexpected'));
        return null;
      }
      return {
        csv,
        lines: payload.lines,
        rowErrors: payload.rowErrors,
        messages: payload.userErrors.map((userError) => userError.message),
      };
    } catch (caught) {
      setRequestError(
        graphQLErrorCode(caught) === 'FORBIDDEN'
          ? t('dispatch.errors.forbidden')
          : t('dispatch.errors.network'),
      );
      return null;
    }
  };

  const describe = (result: CheckResult): string => {
    if (result.messages.length > 0) return result.messages.join(' ');
    if (result.rowErrors.length > 0)
      return t('launchKit.invite.rowErrors', { count: result.rowErrors.length });
    return t('launchKit.invite.ready', { count: inviteCount(result.lines) });
  };

  const submitCheck = async (event: FormEvent) => {
    event.preventDefault();
    if (!csv.trim()) {
      setMissing(true);
      return;
    }
    setChecking(true);
    setSent(null);
    const result = await run(true);
    setChecking(false);
    setCheck(result);
    if (result) setAnnouncement(describe(result));
  };

  const send = async () => {
    setSending(true);
    const result = await run(false);
    setSending(false);
    setConfirming(false);
    if (!result) return;
    if (result.messages.length > 0 || result.rowErrors.length > 0) {
      // Something changed since the check (e.g. someone else took the email): nothing was sent.
      setCheck(result);
      setAnnouncement(describe(result));
      return;
    }
    const invited = inviteCount(result.lines);
    setSent(result.lines);
    setCheck(null);
    setCsv('');
    setAnnouncement(t('launchKit.invite.sent', { count: invited }));
    notifications.show({
      color: 'teal',
      title: t('launchKit.invite.sentTitle'),
      message: t('launchKit.invite.sent', { count: invited }),
    });
    onInvited();
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="invite-heading"
      data-testid="invite-tenants"
    >
      <Stack gap="sm">
        <div>
          <Group gap={8}>
            <IconMailForward size={20} aria-hidden />
            <Title order={2} size="h4" id="invite-heading">
              {t('launchKit.invite.title')}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {t('launchKit.invite.subtitle')}
          </Text>
        </div>
        <form onSubmit={(event) => void submitCheck(event)} noValidate>
          <Stack gap="sm">
            <CsvInput
              label={t('launchKit.invite.csvLabel')}
              description={t('launchKit.invite.csvHint')}
              value={csv}
              onChange={(value) => {
                setCsv(value);
                setMissing(false);
              }}
              template={{ fileName: 'tenant-invites.csv', text: templateFor(property.units) }}
              error={missing ? t('csv.missing') : null}
              disabled={sending}
              testId="invite-csv"
            />
            <Group gap="sm">
              <Button
                type="submit"
                variant={ready ? 'default' : 'filled'}
                loading={checking}
                disabled={sending}
                leftSection={<IconChecklist size={16} aria-hidden />}
                data-testid="invite-check"
              >
                {t('launchKit.invite.check')}
              </Button>
              {ready && (
                <Button
                  leftSection={<IconSend size={16} aria-hidden />}
                  onClick={() => setConfirming(true)}
                  data-testid="invite-send"
                >
                  {toSend > 0
                    ? t('launchKit.invite.send', { count: toSend })
                    : t('launchKit.invite.addOnly', { count: current.lines.length })}
                </Button>
              )}
            </Group>
          </Stack>
        </form>

        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>

        {requestError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} p="sm">
            {requestError}
          </Alert>
        )}
        {check && check.csv !== csv && !sent && (
          <Text size="sm" c="dimmed">
            {t('launchKit.invite.changed')}
          </Text>
        )}
        {current && (
          <CsvProblems
            messages={current.messages}
            rowErrors={current.rowErrors}
            labels={{
              fileProblem: t('launchKit.invite.fileProblem'),
              rowErrors: t('launchKit.invite.rowErrors', { count: current.rowErrors.length }),
              rowErrorsBody: t('launchKit.invite.rowErrorsBody'),
            }}
            testId="invite"
          />
        )}
        {ready && (
          <Stack gap="xs">
            <Alert
              color="blue"
              variant="light"
              icon={<IconChecklist size={18} aria-hidden />}
              title={t('launchKit.invite.readyTitle')}
              data-testid="invite-ready"
            >
              {describe(current)}
            </Alert>
            <InviteLinesTable
              lines={current.lines}
              tense="planned"
              caption={t('launchKit.invite.plannedCaption')}
            />
          </Stack>
        )}
        {sent && (
          <Stack gap="xs">
            <Alert
              color="teal"
              variant="light"
              icon={<IconCircleCheck size={18} aria-hidden />}
              title={t('launchKit.invite.sentTitle')}
              withCloseButton
              closeButtonLabel={t('common.close')}
              onClose={() => setSent(null)}
              data-testid="invite-sent"
            >
              {t('launchKit.invite.sent', { count: inviteCount(sent) })}
            </Alert>
            <InviteLinesTable lines={sent} tense="done" caption={t('launchKit.invite.doneCaption')} />
          </Stack>
        )}
      </Stack>

      <Modal
        opened={confirming}
        onClose={() => !sending && setConfirming(false)}
        title={t('launchKit.invite.confirmTitle', { count: toSend, property: property.name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('launchKit.invite.confirmBody', { count: toSend })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={sending} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              loading={sending}
              leftSection={<IconSend size={16} aria-hidden />}
              onClick={() => void send()}
              data-testid="invite-confirm"
            >
              {toSend > 0
                ? t('launchKit.invite.send', { count: toSend })
                : t('launchKit.invite.addOnly', { count: current?.lines.length ?? 0 })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
