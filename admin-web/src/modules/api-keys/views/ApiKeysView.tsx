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
import { IconAlertCircle, IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment, CreateApiKeyInput } from '../../../generated/graphql';
import { graphQLErrorCode, matchUserErrorField } from '../../../shared/graphql/user-errors';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useNow } from '../../../shared/hooks/useNow';
import { SecretReveal } from '../../../shared/ui/SecretReveal';
import { ApiKeysTable } from '../components/ApiKeysTable';
import { API_KEY_FIELDS, CreateApiKeyForm, type ApiKeyFormErrors } from '../components/CreateApiKeyForm';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from '../graphql/api-keys.graphql';

interface CreateState {
  key: number;
  /** Set once the key exists: shown this once. */
  secret: string | null;
}

/** API keys for third parties: create with scopes (the secret is shown once), list, revoke. */
export function ApiKeysView() {
  const { t } = useTranslation();
  useDocumentTitle(t('apiKeys.documentTitle'));
  const locale = useLocale();
  const now = useNow();
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery, { fetchPolicy: 'cache-and-network' });
  const [createApiKey, { loading: creating }] = useMutation(CreateApiKeyMutation);
  const [revokeApiKey, { loading: revoking }] = useMutation(RevokeApiKeyMutation);

  const [createOpened, setCreateOpened] = useState(false);
  const [createState, setCreateState] = useState<CreateState>({ key: 0, secret: null });
  const [formErrors, setFormErrors] = useState<ApiKeyFormErrors>({ fields: {} });

  const [revokeTarget, setRevokeTarget] = useState<ApiKeyFieldsFragment | null>(null);
  const [revokeOpened, setRevokeOpened] = useState(false);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const openCreate = () => {
    setCreateState((current) => ({ key: current.key + 1, secret: null }));
    setFormErrors({ fields: {} });
    setCreateOpened(true);
  };

  const create = async (input: CreateApiKeyInput) => {
    setFormErrors({ fields: {} });
    try {
      const payload = (await createApiKey({ variables: { input } })).data?.createApiKey;
      if (!payload) {
        setFormErrors({ fields: {}, form: t('dispatch.errors.unexpected') });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: ApiKeyFormErrors = { fields: {} };
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          const field = matchUserErrorField(userError, API_KEY_FIELDS);
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
      setFormErrors({
        fields: {},
        form:
          graphQLErrorCode(caught) === 'FORBIDDEN'
            ? t('dispatch.errors.forbidden')
            : t('dispatch.errors.network'),
      });
    }
  };

  const openRevoke = (apiKey: ApiKeyFieldsFragment) => {
    setRevokeTarget(apiKey);
    setRevokeError(null);
    setRevokeOpened(true);
  };

  const revoke = async () => {
    if (!revokeTarget) return;
    setRevokeError(null);
    try {
      const payload = (await revokeApiKey({ variables: { input: { apiKeyId: revokeTarget.id } } })).data
        ?.revokeApiKey;
      if (!payload) {
        setRevokeError(t('dispatch.errors.unexpected'));
        return;
      }
      if (payload.userErrors.length > 0) {
        setRevokeError(payload.userErrors.map((userError) => userError.message).join(' '));
        return;
      }
      notifications.show({
        color: 'teal',
        title: t('apiKeys.revokedTitle'),
        message: t('apiKeys.revokedBody', { name: revokeTarget.name }),
      });
      setRevokeOpened(false);
    } catch (caught) {
      setRevokeError(
        graphQLErrorCode(caught) === 'FORBIDDEN'
          ? t('dispatch.errors.forbidden')
          : t('dispatch.errors.network'),
      );
    }
  };

  const apiKeys = data?.apiKeys;
  const activeCount = (apiKeys ?? []).filter((apiKey) => apiKey.revokedAt === null).length;

  let body;
  if (!apiKeys && loading)
    body = (
      <Stack gap="xs" aria-hidden>
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} height={48} radius="sm" />
        ))}
      </Stack>
    );
  else if (!apiKeys && error)
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('apiKeys.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!apiKeys || apiKeys.length === 0)
    body = (
      <EmptyState
        icon={<IconKey size={24} aria-hidden />}
        title={t('apiKeys.empty.title')}
        description={t('apiKeys.empty.description')}
        py="xl"
        data-testid="api-keys-empty"
      >
        <Button mt="md" leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate}>
          {t('apiKeys.create')}
        </Button>
      </EmptyState>
    );
  else body = <ApiKeysTable apiKeys={apiKeys} locale={locale} now={now} onRevoke={openRevoke} />;

  return (
    <Stack gap="sm" component="section" aria-labelledby="api-keys-heading" maw={1400}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Group gap="xs">
            <Title order={1} size="h3" id="api-keys-heading">
              {t('apiKeys.title')}
            </Title>
            {apiKeys && (
              <Badge variant="default" radius="sm">
                {activeCount}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('apiKeys.subtitle')}
          </Text>
        </div>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={openCreate}
          data-testid="create-api-key"
        >
          {t('apiKeys.create')}
        </Button>
      </Group>
      {body}

      <Modal
        opened={createOpened}
        onClose={() => setCreateOpened(false)}
        onExitTransitionEnd={() => setCreateState((current) => ({ ...current, secret: null }))}
        title={createState.secret ? t('apiKeys.created.title') : t('apiKeys.form.title')}
        size="lg"
        closeOnClickOutside={!createState.secret}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        data-testid="api-key-dialog"
      >
        {createState.secret ? (
          <Stack gap="md">
            <SecretReveal
              label={t('apiKeys.created.secretLabel')}
              secret={createState.secret}
              testId="api-key-secret"
            >
              <Text size="sm">{t('apiKeys.created.usage')}</Text>
              <Code block>{t('apiKeys.created.usageHeader')}</Code>
            </SecretReveal>
            <Group justify="flex-end">
              <Button onClick={() => setCreateOpened(false)} data-testid="api-key-done">
                {t('common.done')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <CreateApiKeyForm
            key={createState.key}
            submitting={creating}
            errors={formErrors}
            onSubmit={(input) => void create(input)}
            onCancel={() => setCreateOpened(false)}
          />
        )}
      </Modal>

      <Modal
        opened={revokeOpened}
        onClose={() => setRevokeOpened(false)}
        onExitTransitionEnd={() => setRevokeTarget(null)}
        title={t('apiKeys.confirm.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {revokeTarget && (
          <Stack gap="md">
            <Text size="sm">
              {t('apiKeys.confirm.body', { name: revokeTarget.name, prefix: revokeTarget.prefix })}
            </Text>
            {revokeError && (
              <Alert color="red" variant="light" role="alert" p="sm">
                {revokeError}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevokeOpened(false)} data-autofocus>
                {t('apiKeys.confirm.goBack')}
              </Button>
              <Button
                color="red"
                loading={revoking}
                onClick={() => void revoke()}
                data-testid="dialog-submit"
              >
                {t('apiKeys.confirm.submit')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
