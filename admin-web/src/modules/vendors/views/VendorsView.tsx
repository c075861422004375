import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Divider,
  Drawer,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconBuildingStore, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateVendorInput, VendorFieldsFragment } from '../../../generated/graphql';
import { graphQLErrorCode, matchUserErrorField } from '../../../shared/graphql/user-errors';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useNow } from '../../../shared/hooks/useNow';
import { insuranceState } from '../components/InsuranceCell';
import { VENDOR_FIELDS, VendorForm, type VendorFormErrors } from '../components/VendorForm';
import { VendorsTable } from '../components/VendorsTable';
import { CreateVendorMutation, UpdateVendorMutation, VendorDirectoryQuery } from '../graphql/vendors.graphql';
import { AssignmentRulesView } from './AssignmentRulesView';

interface Editing {
  vendor: VendorFieldsFragment | null;
  key: number;
}

/** The vendor directory with its compliance at a glance, the vendor form, and auto-assignment rules. */
export function VendorsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('vendors.documentTitle'));
  const locale = useLocale();
  const now = useNow();
  const { data, loading, error, refetch } = useQuery(VendorDirectoryQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [createVendor, { loading: creating }] = useMutation(CreateVendorMutation);
  const [updateVendor, { loading: updating }] = useMutation(UpdateVendorMutation);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [opened, setOpened] = useState(false);
  const [errors, setErrors] = useState<VendorFormErrors>({ fields: {} });

  const vendors = data?.vendors.nodes;
  const categories = useMemo(() => data?.categories ?? [], [data?.categories]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const list = (vendors ?? [])
      .slice()
      .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
    if (!needle) return list;
    return list.filter(
      (vendor) =>
        vendor.name.toLowerCase().includes(needle) ||
        (vendor.contactName ?? '').toLowerCase().includes(needle) ||
        vendor.services.some((service) => service.category.name.toLowerCase().includes(needle)),
    );
  }, [vendors, search]);
  const attention = (vendors ?? []).filter(
    (vendor) =>
      vendor.active && insuranceState(vendor.insuranceExpiresOn, vendor.insuranceValid, now) !== 'valid',
  ).length;

  const openForm = (vendor: VendorFieldsFragment | null) => {
    setEditing((current) => ({ vendor, key: (current?.key ?? 0) + 1 }));
    setErrors({ fields: {} });
    setOpened(true);
  };

  const save = async (input: CreateVendorInput) => {
    setErrors({ fields: {} });
    const vendor = editing?.vendor ?? null;
    try {
      const payload = vendor
        ? (await updateVendor({ variables: { input: { ...input, vendorId: vendor.id } } })).data?.updateVendor
        : (await createVendor({ variables: { input } })).data?.createVendor;
      if (!payload) {
        setErrors({ fields: {}, form: t('dispatch.errors.unexpected') });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: VendorFormErrors = { fields: {} };
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          const field = matchUserErrorField(userError, VENDOR_FIELDS);
          if (field && !next.fields[field]) next.fields[field] = userError.message;
          else general.push(userError.message);
        }
        if (general.length > 0) next.form = general.join(' ');
        setErrors(next);
        return;
      }
      notifications.show({
        color: 'teal',
        title: t(vendor ? 'vendors.savedTitle' : 'vendors.createdTitle'),
        message: t('vendors.savedBody', { name: payload.vendor?.name ?? input.name }),
      });
      setOpened(false);
      if (!vendor) await refetch();
    } catch (caught) {
      setErrors({
        fields: {},
        form:
          graphQLErrorCode(caught) === 'FORBIDDEN'
            ? t('dispatch.errors.forbidden')
            : t('dispatch.errors.network'),
      });
    }
  };

  let body;
  if (!vendors && loading)
    body = (
      <Stack gap="xs" aria-hidden>
        {[0, 1, 2, 3].map((index) => (
          <Skeleton key={index} height={56} radius="sm" />
        ))}
      </Stack>
    );
  else if (!vendors && error)
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('vendors.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!vendors || vendors.length === 0)
    body = (
      <EmptyState
        icon={<IconBuildingStore size={24} aria-hidden />}
        title={t('vendors.empty.title')}
        description={t('vendors.empty.description')}
        py="xl"
      >
        <Button mt="md" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openForm(null)}>
          {t('vendors.add')}
        </Button>
      </EmptyState>
    );
  else if (shown.length === 0)
    body = (
      <EmptyState
        size="sm"
        icon={<IconSearch size={20} aria-hidden />}
        title={t('vendors.noMatch.title')}
        description={t('vendors.noMatch.description')}
        py="lg"
      />
    );
  else body = <VendorsTable vendors={shown} locale={locale} now={now} onEdit={openForm} />;

  return (
    <Stack gap="lg" maw={1400}>
      <Stack gap="sm" component="section" aria-labelledby="vendors-heading">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Group gap="xs">
              <Title order={1} size="h3" id="vendors-heading">
                {t('vendors.title')}
              </Title>
              {vendors && (
                <Badge variant="default" radius="sm">
                  {vendors.length}
                </Badge>
              )}
              {attention > 0 && (
                <Badge color="red" variant="light" radius="sm">
                  {t('vendors.needAttention', { count: attention })}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t('vendors.subtitle')}
            </Text>
          </div>
          <Group gap="sm">
            <TextInput
              aria-label={t('vendors.search')}
              placeholder={t('vendors.search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={240}
            />
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => openForm(null)}
              data-testid="vendor-add"
            >
              {t('vendors.add')}
            </Button>
          </Group>
        </Group>
        {body}
      </Stack>
      <Divider />
      <AssignmentRulesView vendors={vendors ?? []} categories={categories} />

      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        onExitTransitionEnd={() => setEditing(null)}
        position="right"
        size="lg"
        padding="lg"
        title={
          <Title order={2} size="h4">
            {editing?.vendor
              ? t('vendors.editTitle', { name: editing.vendor.name })
              : t('vendors.createTitle')}
          </Title>
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
        data-testid="vendor-drawer"
      >
        {editing && (
          <VendorForm
            key={editing.key}
            vendor={editing.vendor}
            categories={categories}
            locale={locale}
            submitting={creating || updating}
            errors={errors}
            onSubmit={(input) => void save(input)}
            onCancel={() => setOpened(false)}
          />
        )}
      </Drawer>
    </Stack>
  );
}
