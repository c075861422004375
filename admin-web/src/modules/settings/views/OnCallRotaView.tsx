import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';
import { moveItem } from '../../../shared/format/list';
import { useViewer } from '../../auth/auth-context';
import { SettingsLoadError, SettingsSkeleton } from '../components/LoadState';
import { SettingsError } from '../components/SettingsError';
import { notifySaved, requestErrorMessage } from '../feedback';
import { OnCallRotaQuery, UpdateOnCallRotaMutation } from '../graphql/settings.graphql';

interface RotaUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

function RotaEditor({
  initial,
  candidates,
  minutes,
}: {
  initial: RotaUser[];
  candidates: RotaUser[];
  minutes: number | null;
}) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [chain, setChain] = useState<RotaUser[]>(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [update, { loading }] = useMutation(UpdateOnCallRotaMutation);
  const dirty = chain.map((user) => user.id).join() !== initial.map((user) => user.id).join();

  const move = (index: number, delta: -1 | 1) => setChain((current) => moveItem(current, index, delta));

  const save = async () => {
    setErrors([]);
    try {
      const payload = (await update({ variables: { input: { userIds: chain.map((user) => user.id) } } })).data
        ?.updateOnCallRota;
      if (!payload) setErrors([t('dispatch.errors.unexpected')]);
      else if (payload.userErrors.length > 0) setErrors(payload.userErrors.map((e) => e.message));
      else notifySaved(t, t('settings.onCall.saved'));
    } catch (caught) {
      setErrors([requestErrorMessage(t, caught)]);
    }
  };

  return (
    <Stack gap="sm">
      <SettingsError messages={errors} />
      {chain.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('settings.onCall.empty')}
        </Text>
      )}
      {chain.map((user, index) => (
        <Paper key={user.id} withBorder radius="md" p="sm" data-testid="on-call-row">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Badge
                variant="filled"
                radius="xl"
                size="lg"
                aria-label={t('settings.onCall.level', { level: index + 1 })}
              >
                {index + 1}
              </Badge>
              <div>
                <Text size="sm" fw={600}>
                  {user.name}{' '}
                  <Badge variant="default" size="xs" radius="sm">
                    {t(`role.${user.role}`)}
                  </Badge>
                </Text>
                <Text size="xs" c="dimmed">
                  {[
                    index === 0
                      ? t('settings.onCall.first')
                      : minutes !== null
                        ? t('settings.onCall.after', { minutes: minutes * index })
                        : null,
                    user.email,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
            </Group>
            <Group gap={2} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={t('settings.categories.moveUp', { name: user.name })}
              >
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === chain.length - 1}
                onClick={() => move(index, 1)}
                aria-label={t('settings.categories.moveDown', { name: user.name })}
              >
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => setChain((current) => current.filter((other) => other.id !== user.id))}
                aria-label={t('settings.onCall.remove', { name: user.name })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Group>
        </Paper>
      ))}
      <Group justify="space-between">
        <Group gap="xs">
          <Select
            aria-label={t('settings.onCall.addPerson')}
            placeholder={t('settings.onCall.addPerson')}
            data={candidates
              .filter((candidate) => !chain.some((user) => user.id === candidate.id))
              .map((candidate) => ({ value: candidate.id, label: `${candidate.name} (${candidate.email})` }))}
            value={null}
            searchable
            onChange={(id) => {
              const person = candidates.find((candidate) => candidate.id === id);
              if (person) setChain((current) => [...current, person]);
            }}
            data-testid="on-call-add"
          />
          {!chain.some((user) => user.id === viewer.id) && (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setChain((current) => [...current, viewer])}
            >
              {t('settings.onCall.addMe')}
            </Button>
          )}
        </Group>
        <Button onClick={() => void save()} loading={loading} disabled={!dirty}>
          {t('settings.save')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('settings.onCall.addHint')}
      </Text>
    </Stack>
  );
}

/** Who is paged for an emergency, in order; the next one when nobody acknowledges in time. */
export function OnCallRotaView() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OnCallRotaQuery, { fetchPolicy: 'network-only' });
  if (!data && loading) return <SettingsSkeleton rows={3} />;
  if (!data) return error ? <SettingsLoadError onRetry={() => void refetch()} /> : null;
  const initial = data.onCallRota.chain;
  return (
    <Stack gap="sm" maw={720}>
      <Text size="sm" c="dimmed">
        {t('settings.onCall.description')}
      </Text>
      <RotaEditor
        key={initial.map((user) => user.id).join()}
        initial={initial}
        candidates={data.onCallCandidates}
        minutes={data.slaSettings.escalationAfterMinutes}
      />
    </Stack>
  );
}
