import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Drawer, Group, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsCategoryFragment } from '../../../generated/graphql';
import { moveItem } from '../../../shared/format/list';
import { matchUserErrorField } from '../../../shared/graphql/user-errors';
import { CategoryForm, type CategoryFormErrors, type CategoryValues } from '../components/CategoryForm';
import { ConfirmModal } from '../components/ConfirmModal';
import { SettingsLoadError, SettingsSkeleton } from '../components/LoadState';
import { SettingsError } from '../components/SettingsError';
import { notifySaved, requestErrorMessage } from '../feedback';
import {
  CreateCategoryMutation,
  ReorderCategoriesMutation,
  SettingsCategoriesQuery,
  UpdateCategoryMutation,
} from '../graphql/settings.graphql';

const FORM_FIELDS = ['name', 'examples', 'emergencyKeywords'] as const;

interface Editing {
  category: SettingsCategoryFragment | null;
  key: number;
}

/** Categories in the order tenants see them: reorder, add, rename, examples, emergency words, retire. */
export function CategoriesView() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SettingsCategoriesQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [createCategory, { loading: creating }] = useMutation(CreateCategoryMutation);
  const [updateCategory, { loading: updating }] = useMutation(UpdateCategoryMutation);
  const [reorder, { loading: reordering }] = useMutation(ReorderCategoriesMutation);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [drawerOpened, setDrawerOpened] = useState(false);
  const [formErrors, setFormErrors] = useState<CategoryFormErrors>({ form: [] });
  const [confirming, setConfirming] = useState<SettingsCategoryFragment | null>(null);
  const [listErrors, setListErrors] = useState<string[]>([]);

  const categories = useMemo(
    () =>
      (data?.categories ?? [])
        .slice()
        .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name)),
    [data?.categories],
  );

  const openForm = (category: SettingsCategoryFragment | null) => {
    setEditing((current) => ({ category, key: (current?.key ?? 0) + 1 }));
    setFormErrors({ form: [] });
    setDrawerOpened(true);
  };

  const save = async (values: CategoryValues) => {
    const category = editing?.category ?? null;
    setFormErrors({ form: [] });
    try {
      const payload = category
        ? (await updateCategory({ variables: { input: { categoryId: category.id, ...values } } })).data
            ?.updateCategory
        : (await createCategory({ variables: { input: values } })).data?.createCategory;
      if (!payload) {
        setFormErrors({ form: [t('dispatch.errors.unexpected')] });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: CategoryFormErrors = { form: [] };
        for (const userError of payload.userErrors) {
          const field = matchUserErrorField(userError, FORM_FIELDS);
          if (field && !next[field]) next[field] = userError.message;
          else next.form.push(userError.message);
        }
        setFormErrors(next);
        return;
      }
      notifySaved(t, t('settings.categories.saved', { name: payload.category?.name ?? values.name }));
      setDrawerOpened(false);
      if (!category) await refetch();
    } catch (caught) {
      setFormErrors({ form: [requestErrorMessage(t, caught)] });
    }
  };

  const move = async (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= categories.length) return;
    const ids = moveItem(
      categories.map((category) => category.id),
      index,
      delta,
    );
    setListErrors([]);
    try {
      const payload = (await reorder({ variables: { input: { categoryIds: ids } } })).data?.reorderCategories;
      if (payload && payload.userErrors.length > 0) setListErrors(payload.userErrors.map((e) => e.message));
    } catch (caught) {
      setListErrors([requestErrorMessage(t, caught)]);
    }
  };

  const toggleActive = async (category: SettingsCategoryFragment) => {
    setListErrors([]);
    try {
      const payload = (
        await updateCategory({ variables: { input: { categoryId: category.id, active: !category.active } } })
      ).data?.updateCategory;
      if (payload && payload.userErrors.length > 0) setListErrors(payload.userErrors.map((e) => e.message));
      else
        notifySaved(
          t,
          t(category.active ? 'settings.categories.deactivated' : 'settings.categories.reactivated', {
            name: category.name,
          }),
        );
    } catch (caught) {
      setListErrors([requestErrorMessage(t, caught)]);
    } finally {
      setConfirming(null);
    }
  };

  let body;
  if (!data && loading) body = <SettingsSkeleton rows={7} />;
  else if (!data && error) body = <SettingsLoadError onRetry={() => void refetch()} />;
  else
    body = (
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t('settings.categories.order')}</Table.Th>
              <Table.Th>{t('settings.categories.name')}</Table.Th>
              <Table.Th>{t('settings.categories.examples')}</Table.Th>
              <Table.Th>{t('settings.categories.emergencyKeywords')}</Table.Th>
              <Table.Th>{t('vendors.columns.status')}</Table.Th>
              <Table.Th aria-label={t('common.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categories.map((category, index) => (
              <Table.Tr
                key={category.id}
                data-testid="category-row"
                data-key={category.key}
                style={category.active ? undefined : { opacity: 0.65 }}
              >
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === 0 || reordering}
                      onClick={() => void move(index, -1)}
                      aria-label={t('settings.categories.moveUp', { name: category.name })}
                    >
                      <IconArrowUp size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === categories.length - 1 || reordering}
                      onClick={() => void move(index, 1)}
                      aria-label={t('settings.categories.moveDown', { name: category.name })}
                    >
                      <IconArrowDown size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {category.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {category.key}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {category.examples.map((example) => (
                      <Badge key={example} variant="default" radius="sm" size="sm" tt="none">
                        {example}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {category.emergencyKeywords.length === 0 ? (
                      <Text size="xs" c="dimmed">
                        —
                      </Text>
                    ) : (
                      category.emergencyKeywords.map((keyword) => (
                        <Badge key={keyword} color="red" variant="light" radius="sm" size="sm" tt="none">
                          {keyword}
                        </Badge>
                      ))
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Badge color={category.active ? 'teal' : 'gray'} variant="light" radius="sm">
                    {t(category.active ? 'vendors.active' : 'vendors.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Tooltip label={t('common.edit')}>
                      <ActionIcon
                        variant="light"
                        onClick={() => openForm(category)}
                        aria-label={t('settings.categories.editNamed', { name: category.name })}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    <Button
                      size="xs"
                      variant={category.active ? 'subtle' : 'light'}
                      color={category.active ? 'red' : 'teal'}
                      onClick={() => setConfirming(category)}
                    >
                      {t(
                        category.active ? 'settings.categories.deactivate' : 'settings.categories.reactivate',
                      )}
                    </Button>
                  </Group>
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
          {t('settings.categories.description')}
        </Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openForm(null)}>
          {t('settings.categories.add')}
        </Button>
      </Group>
      <SettingsError messages={listErrors} />
      {body}
      <Drawer
        opened={drawerOpened}
        onClose={() => setDrawerOpened(false)}
        onExitTransitionEnd={() => setEditing(null)}
        position="right"
        size="md"
        padding="lg"
        title={
          <Title order={2} size="h4">
            {editing?.category
              ? t('settings.categories.editTitle', { name: editing.category.name })
              : t('settings.categories.createTitle')}
          </Title>
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && (
          <CategoryForm
            key={editing.key}
            initial={{
              name: editing.category?.name ?? '',
              examples: editing.category?.examples ?? [],
              emergencyKeywords: editing.category?.emergencyKeywords ?? [],
            }}
            submitting={creating || updating}
            errors={formErrors}
            onSubmit={(values) => void save(values)}
            onCancel={() => setDrawerOpened(false)}
          />
        )}
      </Drawer>
      <ConfirmModal
        opened={Boolean(confirming)}
        title={t(
          confirming?.active ? 'settings.categories.deactivateTitle' : 'settings.categories.reactivateTitle',
          { name: confirming?.name ?? '' },
        )}
        message={t(
          confirming?.active ? 'settings.categories.deactivateBody' : 'settings.categories.reactivateBody',
        )}
        confirmLabel={t(
          confirming?.active ? 'settings.categories.deactivate' : 'settings.categories.reactivate',
        )}
        color={confirming?.active ? 'red' : 'teal'}
        busy={updating}
        onConfirm={() => {
          if (confirming) void toggleActive(confirming);
        }}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
