import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Code,
  EmptyState,
  Group,
  Modal,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPlus, IconRefresh, IconShieldCheck, IconWebhook } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateWebhookEndpointInput,
  WebhookDeliveryFieldsFragment,
  WebhookEndpointFieldsFragment,
} from '../../../generated/graphql';
import { graphQLErrorCode, matchUserErrorField } from '../../../shared/graphql/user-errors';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useNow } from '../../../shared/hooks/useNow';
import { SecretReveal } from '../../../shared/ui/SecretReveal';
import { CreateWebhookForm, WEBHOOK_FIELDS, type WebhookFormErrors } from '../components/CreateWebhookForm';
import { WebhookEndpointCard } from '../components/WebhookEndpointCard';
import {
  CreateWebhookEndpointMutation,
  DeleteWebhookEndpointMutation,
  RedeliverWebhookMutation,
  WebhookEndpointsQuery,
} from '../graphql/webhooks.graphql';

interface CreateState {
  key: number;
  /** Set once the endpoint exists: shown this once. */
  secret: string | null;
}

/** Webhook endpoints: add (the signing secret is shown once), delete, and each one's delivery log. */
export function WebhooksView() {
  const { t } = useTranslation();
  useDocumentTitle(t('webhooks.documentTitle'));
  const locale = useLocale();
  const now = useNow();
  const { data, loading, error, refetch } = useQuery(WebhookEndpointsQuery, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [createEndpoint, { loading: creating }] = useMutation(CreateWebhookEndpointMutation);
  const [deleteEndpoint, { loading: deleting }] = useMutation(DeleteWebhookEndpointMutation);
  const [redeliverWebhook] = useMutation(RedeliverWebhookMutation);

  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [redelivering, setRedelivering] = useState<string | null>(null);

  const [createOpened, setCreateOpened] = useState(false);
  const [createState, setCreateState] = useState<CreateState>({ key: 0, secret: null });
  const [formErrors, setFormErrors] = useState<WebhookFormErrors>({ fields: {} });

  const [deleteTarget, setDeleteTarget] = useState<WebhookEndpointFieldsFragment | null>(null);
  const [deleteOpened, setDeleteOpened] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const requestError = (caught: unknown) =>
    graphQLErrorCode(caught) === 'FORBIDDEN' ? t('dispatch.errors.forbidden') : t('dispatch.errors.network');

  const toggle = (endpointId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(endpointId)) next.delete(endpointId);
      else next.add(endpointId);
      return next;
    });

  const openCreate = () => {
    setCreateState((current) => ({ key: current.key + 1, secret: null }));
    setFormErrors({ fields: {} });
    setCreateOpened(true);
  };

  const create = async (input: CreateWebhookEndpointInput) => {
    setFormErrors({ fields: {} });
    try {
      const payload = (await createEndpoint({ variables: { input } })).data?.createWebhookEndpoint;
      if (!payload) {
        setFormErrors({ fields: {}, form: t('dispatch.errors.unexpected') });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: WebhookFormErrors = { fields: {} };
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          const field = matchUserErrorField(userError, WEBHOOK_FIELDS);
          if (field && !next.fields[field]) next.fields[field] = userError.message;
          else general.push(userError.message);
        }
        if (general.length > 0) next.form = general.join(' ');
        setFormErrors(next);
        return;
      }
      if (!payload.secret) {
        setFormErrors({ fields: {}, form: t('dispatch.errors.unexpected') });
        return;
      }
      setCreateState((current) => ({ ...current, secret: payload.secret }));
      await refetch();
    } catch (caught) {
      setFormErrors({ fields: {}, form: requestError(caught) });
    }
  };

  const openDelete = (endpoint: WebhookEndpointFieldsFragment) => {
    setDeleteTarget(endpoint);
    setDeleteError(null);
    setDeleteOpened(true);
  };

  const confirmDelete = async () => {
    if (!deleteTarget) return;
    setDeleteError(null);
    try {
      const payload = (await deleteEndpoint({ variables: { input: { endpointId: deleteTarget.id } } })).data
        ?.deleteWebhookEndpoint;
      if (!payload) {
        setDeleteError(t('dispatch.errors.unexpected'));
        return;
      }
      if (payload.userErrors.length > 0) {
        setDeleteError(payload.userErrors.map((userError) => userError.message).join(' '));
        return;
      }
      notifications.show({
        color: 'teal',
        title: t('webhooks.deletedTitle'),
        message: t('webhooks.deletedBody', { url: deleteTarget.url }),
      });
      setDeleteOpened(false);
      await refetch();
    } catch (caught) {
      setDeleteError(requestError(caught));
    }
  };

  const redeliver = async (delivery: WebhookDeliveryFieldsFragment) => {
    setRedelivering(delivery.id);
    try {
      const payload = (await redeliverWebhook({ variables: { input: { deliveryId: delivery.id } } })).data
        ?.redeliverWebhook;
      if (!payload || payload.userErrors.length > 0) {
        notifications.show({
          color: 'red',
          title: t('webhooks.redeliverFailed'),
          message: payload
            ? payload.userErrors.map((userError) => userError.message).join(' ')
            : t('dispatch.errors.unexpected'),
        });
        return;
      }
      notifications.show({
        color: 'teal',
        title: t('webhooks.redeliveredTitle'),
        message: t('webhooks.redeliveredBody'),
      });
      await refetch();
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: t('webhooks.redeliverFailed'),
        message: requestError(caught),
      });
    } finally {
      setRedelivering(null);
    }
  };

  const endpoints = data?.webhookEndpoints;

  let body;
  if (!endpoints && loading)
    body = (
      <Stack gap="xs" aria-hidden>
        {[0, 1].map((index) => (
          <Skeleton key={index} height={96} radius="md" />
        ))}
      </Stack>
    );
  else if (!endpoints && error)
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('webhooks.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!endpoints || endpoints.length === 0)
    body = (
      <EmptyState
        icon={<IconWebhook size={24} aria-hidden />}
        title={t('webhooks.empty.title')}
        description={t('webhooks.empty.description')}
        py="xl"
        data-testid="webhooks-empty"
      >
        <Button mt="md" leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate}>
          {t('webhooks.add')}
        </Button>
      </EmptyState>
    );
  else
    body = (
      <Stack gap="sm">
        {endpoints.map((endpoint) => (
          <WebhookEndpointCard
            key={endpoint.id}
            endpoint={endpoint}
            locale={locale}
            now={now}
            expanded={expanded.has(endpoint.id)}
            onToggle={() => toggle(endpoint.id)}
            redelivering={redelivering}
            onRedeliver={(delivery) => void redeliver(delivery)}
            onDelete={() => openDelete(endpoint)}
          />
        ))}
      </Stack>
    );

  return (
    <Stack gap="sm" component="section" aria-labelledby="webhooks-heading" maw={1400}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Group gap="xs">
            <Title order={1} size="h3" id="webhooks-heading">
              {t('webhooks.title')}
            </Title>
            {endpoints && (
              <Badge variant="default" radius="sm">
                {endpoints.length}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('webhooks.subtitle')}
          </Text>
        </div>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={loading && Boolean(endpoints)}
            onClick={() => void refetch()}
          >
            {t('webhooks.refresh')}
          </Button>
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={openCreate}
            data-testid="add-webhook"
          >
            {t('webhooks.add')}
          </Button>
        </Group>
      </Group>
      {body}

      <Modal
        opened={createOpened}
        onClose={() => setCreateOpened(false)}
        onExitTransitionEnd={() => setCreateState((current) => ({ ...current, secret: null }))}
        title={createState.secret ? t('webhooks.created.title') : t('webhooks.form.title')}
        size="lg"
        closeOnClickOutside={!createState.secret}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        data-testid="webhook-dialog"
      >
        {createState.secret ? (
          <Stack gap="md">
            <SecretReveal
              label={t('webhooks.created.secretLabel')}
              secret={createState.secret}
              testId="webhook-secret"
            >
              <Alert
                color="blue"
                variant="light"
                icon={<IconShieldCheck size={18} aria-hidden />}
                title={t('webhooks.created.verifyTitle')}
              >
                <Stack gap={6}>
                  <Text size="sm">{t('webhooks.created.verifyBody')}</Text>
                  <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {t('webhooks.created.verifyFormula')}
                  </Code>
                  <Text size="sm">{t('webhooks.created.docs')}</Text>
                </Stack>
              </Alert>
            </SecretReveal>
            <Group justify="flex-end">
              <Button onClick={() => setCreateOpened(false)} data-testid="webhook-done">
                {t('common.done')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <CreateWebhookForm
            key={createState.key}
            submitting={creating}
            errors={formErrors}
            onSubmit={(input) => void create(input)}
            onCancel={() => setCreateOpened(false)}
          />
        )}
      </Modal>

      <Modal
        opened={deleteOpened}
        onClose={() => setDeleteOpened(false)}
        onExitTransitionEnd={() => setDeleteTarget(null)}
        title={t('webhooks.confirm.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {deleteTarget && (
          <Stack gap="md">
            <Text size="sm">{t('webhooks.confirm.body', { url: deleteTarget.url })}</Text>
            {deleteError && (
              <Alert color="red" variant="light" role="alert" p="sm">
                {deleteError}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleteOpened(false)} data-autofocus>
                {t('webhooks.confirm.goBack')}
              </Button>
              <Button
                color="red"
                loading={deleting}
                onClick={() => void confirmDelete()}
                data-testid="dialog-submit"
              >
                {t('webhooks.confirm.submit')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
