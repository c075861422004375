import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Code,
  Drawer,
  Group,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriageRuleFieldsFragment } from '../../../generated/graphql';
import { matchUserErrorField } from '../../../shared/graphql/user-errors';
import { PRIORITY_ORDER, PriorityBadge } from '../../../shared/ui/PriorityBadge';
import { SettingsLoadError, SettingsSkeleton } from '../components/LoadState';
import { SettingsError } from '../components/SettingsError';
import {
  TriageRuleForm,
  type TriageRuleFormErrors,
  type TriageRuleValues,
} from '../components/TriageRuleForm';
import { notifySaved, requestErrorMessage, userErrorIndex } from '../feedback';
import {
  CreateTriageRuleMutation,
  TriageRulesQuery,
  UpdateTriageRuleMutation,
} from '../graphql/settings.graphql';

const FIELDS = ['signal', 'priority', 'patterns'] as const;

interface Editing {
  rule: TriageRuleFieldsFragment | null;
  key: number;
}

/** The rules that raise a request's priority from its words, with their patterns. */
export function TriageRulesView() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TriageRulesQuery, { fetchPolicy: 'cache-and-network' });
  const [createRule, { loading: creating }] = useMutation(CreateTriageRuleMutation);
  const [updateRule, { loading: updating }] = useMutation(UpdateTriageRuleMutation);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [opened, setOpened] = useState(false);
  const [errors, setErrors] = useState<TriageRuleFormErrors>({ patternAt: {}, form: [] });
  const [listErrors, setListErrors] = useState<string[]>([]);
  const [toggling, setToggling] = useState<string | null>(null);

  const rules = useMemo(
    () =>
      (data?.triageRules ?? [])
        .slice()
        .sort(
          (a, b) =>
            PRIORITY_ORDER.indexOf(a.priority) - PRIORITY_ORDER.indexOf(b.priority) ||
            a.signal.localeCompare(b.signal),
        ),
    [data?.triageRules],
  );

  const openForm = (rule: TriageRuleFieldsFragment | null) => {
    setEditing((current) => ({ rule, key: (current?.key ?? 0) + 1 }));
    setErrors({ patternAt: {}, form: [] });
    setOpened(true);
  };

  const save = async (values: TriageRuleValues) => {
    const rule = editing?.rule ?? null;
    setErrors({ patternAt: {}, form: [] });
    try {
      const payload = rule
        ? (await updateRule({ variables: { input: { ruleId: rule.id, ...values } } })).data?.updateTriageRule
        : (await createRule({ variables: { input: values } })).data?.createTriageRule;
      if (!payload) {
        setErrors({ patternAt: {}, form: [t('dispatch.errors.unexpected')] });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: TriageRuleFormErrors = { patternAt: {}, form: [] };
        for (const userError of payload.userErrors) {
          const index = userErrorIndex(userError, 'patterns');
          const field = matchUserErrorField(userError, FIELDS);
          if (index !== undefined) next.patternAt[index] = userError.message;
          else if (field && !next[field]) next[field] = userError.message;
          else next.form.push(userError.message);
        }
        setErrors(next);
        return;
      }
      notifySaved(t, t('settings.triage.saved', { signal: payload.rule?.signal ?? values.signal }));
      setOpened(false);
      if (!rule) await refetch();
    } catch (caught) {
      setErrors({ patternAt: {}, form: [requestErrorMessage(t, caught)] });
    }
  };

  const toggle = async (rule: TriageRuleFieldsFragment, active: boolean) => {
    setListErrors([]);
    setToggling(rule.id);
    try {
      const payload = (await updateRule({ variables: { input: { ruleId: rule.id, active } } })).data
        ?.updateTriageRule;
      if (payload && payload.userErrors.length > 0) setListErrors(payload.userErrors.map((e) => e.message));
    } catch (caught) {
      setListErrors([requestErrorMessage(t, caught)]);
    } finally {
      setToggling(null);
    }
  };

  let body;
  if (!data && loading) body = <SettingsSkeleton rows={8} />;
  else if (!data && error) body = <SettingsLoadError onRetry={() => void refetch()} />;
  else
    body = (
      <Table.ScrollContainer minWidth={960}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.triage.signal')}</Table.Th>
              <Table.Th miw={130}>{t('settings.triage.priority')}</Table.Th>
              <Table.Th>{t('settings.triage.patterns')}</Table.Th>
              <Table.Th miw={120}>{t('settings.triage.condition')}</Table.Th>
              <Table.Th>{t('settings.triage.active')}</Table.Th>
              <Table.Th aria-label={t('common.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.map((rule) => (
              <Table.Tr
                key={rule.id}
                data-testid="triage-rule-row"
                data-key={rule.key}
                style={rule.active ? undefined : { opacity: 0.65 }}
              >
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {rule.signal}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <PriorityBadge priority={rule.priority} />
                </Table.Td>
                <Table.Td maw={420}>
                  <Group gap={4}>
                    {rule.patterns.map((pattern) => (
                      <Code key={pattern}>{pattern}</Code>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {rule.condition ? (
                    <Badge variant="default" radius="sm" tt="none" miw="fit-content">
                      {rule.condition}
                    </Badge>
                  ) : (
                    <Text size="xs" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Switch
                    checked={rule.active}
                    disabled={toggling === rule.id}
                    onChange={(event) => void toggle(rule, event.currentTarget.checked)}
                    aria-label={t('settings.triage.activeNamed', { signal: rule.signal })}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  <Tooltip label={t('common.edit')}>
                    <ActionIcon
                      variant="light"
                      onClick={() => openForm(rule)}
                      aria-label={t('settings.triage.editNamed', { signal: rule.signal })}
                    >
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('settings.triage.description')}
        </Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openForm(null)}>
          {t('settings.triage.add')}
        </Button>
      </Group>
      <SettingsError messages={listErrors} />
      {body}
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        onExitTransitionEnd={() => setEditing(null)}
        position="right"
        size="md"
        padding="lg"
        title={
          <Title order={2} size="h4">
            {editing?.rule
              ? t('settings.triage.editTitle', { signal: editing.rule.signal })
              : t('settings.triage.createTitle')}
          </Title>
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && (
          <TriageRuleForm
            key={editing.key}
            initial={{
              signal: editing.rule?.signal ?? '',
              priority: editing.rule?.priority ?? 'EMERGENCY',
              patterns: editing.rule?.patterns ?? [],
            }}
            condition={editing.rule?.condition}
            submitting={creating || updating}
            errors={errors}
            onSubmit={(values) => void save(values)}
            onCancel={() => setOpened(false)}
          />
        )}
      </Drawer>
    </>
  );
}
