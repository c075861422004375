import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  EmptyState,
  Group,
  Modal,
  Paper,
  Select,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  type ComboboxItem,
  type ComboboxItemGroup,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPlus, IconRoute, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRulesQuery } from '../../../generated/graphql';
import { graphQLErrorCode } from '../../../shared/graphql/user-errors';
import {
  AssignmentRulesQuery as RulesQuery,
  CreateAssignmentRuleMutation,
  DeleteAssignmentRuleMutation,
} from '../graphql/vendors.graphql';

type Rule = AssignmentRulesQuery['assignmentRules'][number];

export interface AssignmentRulesViewProps {
  vendors: ReadonlyArray<{ id: string; name: string; active: boolean }>;
  categories: ReadonlyArray<{ id: string; name: string }>;
}

/** Auto-assignment: category and/or property → vendor or technician, applied when a request comes in. */
export function AssignmentRulesView({ vendors, categories }: AssignmentRulesViewProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RulesQuery, { fetchPolicy: 'cache-and-network' });
  const [createRule, { loading: creating }] = useMutation(CreateAssignmentRuleMutation);
  const [deleteRule, { loading: deleting }] = useMutation(DeleteAssignmentRuleMutation);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [propertyId, setPropertyId] = useState<string | null>(null);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [applyAtIntake, setApplyAtIntake] = useState(true);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Rule | null>(null);
  const [confirmOpened, setConfirmOpened] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const assigneeOptions = useMemo<Array<ComboboxItemGroup<ComboboxItem>>>(
    () =>
      [
        {
          group: t('board.filters.vendors'),
          items: vendors
            .filter((vendor) => vendor.active)
            .map((vendor) => ({ value: vendor.id, label: vendor.name })),
        },
        {
          group: t('board.filters.technicians'),
          items: (data?.technicians ?? [])
            .filter((technician) => technician.active)
            .map((technician) => ({ value: technician.id, label: technician.name })),
        },
      ].filter((group) => group.items.length > 0),
    [vendors, data?.technicians, t],
  );

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!assigneeId) {
      setFormError(t('rules.errors.assignee'));
      return;
    }
    if (!categoryId && !propertyId) {
      setFormError(t('rules.errors.scope'));
      return;
    }
    setFormError(null);
    try {
      const { data: result } = await createRule({
        variables: {
          input: {
            assigneeId,
            applyAtIntake,
            ...(categoryId ? { categoryId } : {}),
            ...(propertyId ? { propertyId } : {}),
          },
        },
      });
      const payload = result?.createAssignmentRule;
      if (!payload) {
        setFormError(t('dispatch.errors.unexpected'));
        return;
      }
      if (payload.userErrors.length > 0) {
        setFormError(payload.userErrors.map((userError) => userError.message).join(' '));
        return;
      }
      notifications.show({ color: 'teal', title: t('rules.createdTitle'), message: t('rules.createdBody') });
      setCategoryId(null);
      setPropertyId(null);
      setAssigneeId(null);
      await refetch();
    } catch (caught) {
      setFormError(
        graphQLErrorCode(caught) === 'FORBIDDEN'
          ? t('dispatch.errors.forbidden')
          : t('dispatch.errors.network'),
      );
    }
  };

  const confirmDelete = async () => {
    if (!confirming) return;
    setDeleteError(null);
    try {
      const { data: result } = await deleteRule({ variables: { input: { ruleId: confirming.id } } });
      const payload = result?.deleteAssignmentRule;
      if (payload && payload.userErrors.length > 0) {
        setDeleteError(payload.userErrors.map((userError) => userError.message).join(' '));
        return;
      }
      notifications.show({ color: 'teal', title: t('rules.deletedTitle'), message: t('rules.deletedBody') });
      setConfirmOpened(false);
      await refetch();
    } catch {
      setDeleteError(t('dispatch.errors.network'));
    }
  };

  const describe = (rule: Rule) =>
    [rule.category?.name, rule.property?.name].filter(Boolean).join(' · ') || t('rules.everything');

  const rules = data?.assignmentRules;
  let list;
  if (!rules && loading) list = <Skeleton height={80} radius="md" />;
  else if (!rules && error)
    list = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('rules.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!rules || rules.length === 0)
    list = (
      <EmptyState
        size="sm"
        icon={<IconRoute size={20} aria-hidden />}
        title={t('rules.empty.title')}
        description={t('rules.empty.description')}
        py="md"
      />
    );
  else
    list = (
      <Table verticalSpacing="xs" data-testid="assignment-rules">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rules.when')}</Table.Th>
            <Table.Th>{t('rules.assignTo')}</Table.Th>
            <Table.Th>{t('rules.applies')}</Table.Th>
            <Table.Th aria-label={t('common.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => (
            <Table.Tr key={rule.id} data-testid="assignment-rule">
              <Table.Td>
                <Text size="sm">{describe(rule)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" fw={500}>
                    {rule.assignee.name}
                  </Text>
                  <Badge size="xs" variant="default" radius="sm">
                    {t(
                      rule.assignee.__typename === 'Vendor'
                        ? 'dispatch.assign.kind.vendor'
                        : 'dispatch.assign.kind.technician',
                    )}
                  </Badge>
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge size="sm" variant="light" color={rule.applyAtIntake ? 'indigo' : 'gray'} radius="sm">
                    {t(rule.applyAtIntake ? 'rules.atIntake' : 'rules.suggestOnly')}
                  </Badge>
                  {!rule.active && (
                    <Badge size="sm" variant="light" color="gray" radius="sm">
                      {t('vendors.inactive')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => {
                    setConfirming(rule);
                    setDeleteError(null);
                    setConfirmOpened(true);
                  }}
                  aria-label={t('rules.deleteNamed', { rule: describe(rule), name: rule.assignee.name })}
                  data-testid="rule-delete"
                >
                  {t('common.delete')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );

  return (
    <Stack gap="sm" component="section" aria-labelledby="rules-heading">
      <div>
        <Title order={2} size="h4" id="rules-heading">
          {t('rules.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rules.subtitle')}
        </Text>
      </div>
      {list}
      <Paper
        withBorder
        radius="md"
        p="sm"
        component="form"
        onSubmit={(event) => void create(event)}
        noValidate
      >
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('rules.new')}
          </Text>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('rules.category')}
              placeholder={t('rules.anyCategory')}
              data={categories.map((category) => ({ value: category.id, label: category.name }))}
              value={categoryId}
              onChange={setCategoryId}
              clearable
              searchable
              w={180}
            />
            <Select
              label={t('rules.property')}
              placeholder={t('rules.anyProperty')}
              data={(data?.properties.nodes ?? []).map((property) => ({
                value: property.id,
                label: property.name,
              }))}
              value={propertyId}
              onChange={setPropertyId}
              clearable
              searchable
              w={200}
            />
            <Select
              label={t('rules.assignTo')}
              placeholder={t('dispatch.assign.searchAssignee')}
              data={assigneeOptions}
              value={assigneeId}
              onChange={setAssigneeId}
              required
              searchable
              w={220}
            />
            <Switch
              label={t('rules.applyAtIntake')}
              checked={applyAtIntake}
              onChange={(event) => setApplyAtIntake(event.currentTarget.checked)}
              mb={8}
            />
            <Button type="submit" loading={creating} leftSection={<IconPlus size={16} aria-hidden />}>
              {t('rules.add')}
            </Button>
          </Group>
          {formError && (
            <Text size="sm" c="red.7" role="alert">
              {formError}
            </Text>
          )}
        </Stack>
      </Paper>

      <Modal
        opened={confirmOpened}
        onClose={() => setConfirmOpened(false)}
        onExitTransitionEnd={() => setConfirming(null)}
        title={t('rules.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {confirming && (
          <Stack gap="md">
            <Text size="sm">
              {t('rules.confirmBody', { rule: describe(confirming), name: confirming.assignee.name })}
            </Text>
            {deleteError && (
              <Alert color="red" variant="light" role="alert" p="sm">
                {deleteError}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmOpened(false)} data-autofocus>
                {t('dispatch.reason.goBack')}
              </Button>
              <Button
                color="red"
                loading={deleting}
                onClick={() => void confirmDelete()}
                data-testid="dialog-submit"
              >
                {t('rules.confirmDelete')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
