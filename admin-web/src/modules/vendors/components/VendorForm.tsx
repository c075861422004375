import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateVendorInput, VendorFieldsFragment } from '../../../generated/graphql';
import { currencySymbol, MoneyInput, toCents } from '../../dispatch/components/MoneyInput';

export const VENDOR_FIELDS = [
  'name',
  'contactName',
  'email',
  'phone',
  'notes',
  'hourlyRateCents',
  'calloutFeeCents',
  'insuranceExpiresOn',
  'licenseNumber',
  'licenseExpiresOn',
  'weeklyCapacity',
  'services',
  'active',
] as const;

export type VendorField = (typeof VENDOR_FIELDS)[number];

export interface VendorFormErrors {
  fields: Partial<Record<VendorField, string>>;
  form?: string;
}

interface ServiceRow {
  key: number;
  categoryId: string | null;
  rank: number | '';
}

export interface VendorFormProps {
  vendor: VendorFieldsFragment | null;
  categories: ReadonlyArray<{ id: string; name: string }>;
  locale: string;
  submitting: boolean;
  errors: VendorFormErrors;
  onSubmit: (input: CreateVendorInput) => void;
  onCancel: () => void;
}

const DEFAULT_CAPACITY = 10;

function text(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Create or edit a vendor: contact, rates, insurance and license, capacity, services with their rank. */
export function VendorForm({
  vendor,
  categories,
  locale,
  submitting,
  errors,
  onSubmit,
  onCancel,
}: VendorFormProps) {
  const { t } = useTranslation();
  const symbol = currencySymbol(vendor?.hourlyRate?.currency ?? 'USD', locale);
  const [name, setName] = useState(vendor?.name ?? '');
  const [contactName, setContactName] = useState(vendor?.contactName ?? '');
  const [email, setEmail] = useState(vendor?.email ?? '');
  const [phone, setPhone] = useState(vendor?.phone ?? '');
  const [notes, setNotes] = useState(vendor?.notes ?? '');
  const [hourlyRate, setHourlyRate] = useState<number | ''>(
    vendor?.hourlyRate ? vendor.hourlyRate.amountCents / 100 : '',
  );
  const [calloutFee, setCalloutFee] = useState<number | ''>(
    vendor?.calloutFee ? vendor.calloutFee.amountCents / 100 : '',
  );
  const [insuranceExpiresOn, setInsuranceExpiresOn] = useState(vendor?.insuranceExpiresOn ?? '');
  const [licenseNumber, setLicenseNumber] = useState(vendor?.licenseNumber ?? '');
  const [licenseExpiresOn, setLicenseExpiresOn] = useState(vendor?.licenseExpiresOn ?? '');
  const [weeklyCapacity, setWeeklyCapacity] = useState<number | ''>(
    vendor?.weeklyCapacity ?? DEFAULT_CAPACITY,
  );
  const [active, setActive] = useState(vendor?.active ?? true);
  const [services, setServices] = useState<ServiceRow[]>(() =>
    (vendor?.services ?? [])
      .slice()
      .sort((a, b) => a.rank - b.rank)
      .map((service, index) => ({ key: index + 1, categoryId: service.category.id, rank: service.rank })),
  );
  const [nextKey, setNextKey] = useState(() => (vendor?.services.length ?? 0) + 1);
  const [local, setLocal] = useState<Partial<Record<VendorField, string>>>({});
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});

  const categoryOptions = categories.map((category) => ({ value: category.id, label: category.name }));
  const fieldError = (field: VendorField) => local[field] ?? errors.fields[field];

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Partial<Record<VendorField, string>> = {};
    const nextRows: Record<number, string> = {};
    if (!name.trim()) next.name = t('vendors.form.errors.name');
    if (email.trim() && !/^\S+@\S+\.\S+$/.test(email.trim())) next.email = t('vendors.form.errors.email');
    if (weeklyCapacity === '' || weeklyCapacity < 0) next.weeklyCapacity = t('vendors.form.errors.capacity');
    const seen = new Set<string>();
    for (const row of services) {
      if (!row.categoryId) nextRows[row.key] = t('vendors.form.errors.category');
      else if (seen.has(row.categoryId)) nextRows[row.key] = t('vendors.form.errors.duplicate');
      else if (row.rank === '' || row.rank < 1) nextRows[row.key] = t('vendors.form.errors.rank');
      if (row.categoryId) seen.add(row.categoryId);
    }
    setLocal(next);
    setRowErrors(nextRows);
    if (Object.keys(next).length > 0 || Object.keys(nextRows).length > 0) return;
    onSubmit({
      name: name.trim(),
      contactName: text(contactName),
      email: text(email),
      phone: text(phone),
      notes: text(notes),
      hourlyRateCents: toCents(hourlyRate),
      calloutFeeCents: toCents(calloutFee),
      insuranceExpiresOn: text(insuranceExpiresOn),
      licenseNumber: text(licenseNumber),
      licenseExpiresOn: text(licenseExpiresOn),
      weeklyCapacity: weeklyCapacity === '' ? DEFAULT_CAPACITY : weeklyCapacity,
      active,
      services: services.map((row) => ({
        categoryId: row.categoryId ?? '',
        rank: row.rank === '' ? 1 : row.rank,
      })),
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="vendor-form">
      <Stack gap="md">
        <TextInput
          label={t('vendors.form.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldError('name')}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('vendors.form.contactName')}
            value={contactName}
            onChange={(event) => setContactName(event.currentTarget.value)}
            error={fieldError('contactName')}
          />
          <TextInput
            label={t('vendors.form.phone')}
            type="tel"
            value={phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
            error={fieldError('phone')}
          />
          <TextInput
            label={t('vendors.form.email')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError('email')}
          />
          <NumberInput
            label={t('vendors.form.weeklyCapacity')}
            description={t('vendors.form.weeklyCapacityHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            min={0}
            allowDecimal={false}
            value={weeklyCapacity}
            onChange={(value) => setWeeklyCapacity(typeof value === 'number' ? value : '')}
            error={fieldError('weeklyCapacity')}
          />
          <MoneyInput
            label={t('vendors.form.hourlyRate')}
            currencySymbol={symbol}
            value={hourlyRate}
            onChange={setHourlyRate}
            error={fieldError('hourlyRateCents')}
          />
          <MoneyInput
            label={t('vendors.form.calloutFee')}
            currencySymbol={symbol}
            value={calloutFee}
            onChange={setCalloutFee}
            error={fieldError('calloutFeeCents')}
          />
        </SimpleGrid>

        <Divider />
        <Title order={3} size="h6">
          {t('vendors.form.compliance')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="date"
            label={t('vendors.form.insuranceExpiresOn')}
            description={t('vendors.form.insuranceHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={insuranceExpiresOn}
            onChange={(event) => setInsuranceExpiresOn(event.currentTarget.value)}
            error={fieldError('insuranceExpiresOn')}
          />
          <TextInput
            label={t('vendors.form.licenseNumber')}
            value={licenseNumber}
            onChange={(event) => setLicenseNumber(event.currentTarget.value)}
            error={fieldError('licenseNumber')}
          />
          <TextInput
            type="date"
            label={t('vendors.form.licenseExpiresOn')}
            value={licenseExpiresOn}
            onChange={(event) => setLicenseExpiresOn(event.currentTarget.value)}
            error={fieldError('licenseExpiresOn')}
          />
        </SimpleGrid>

        <Divider />
        <div>
          <Title order={3} size="h6">
            {t('vendors.form.services')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('vendors.form.servicesHint')}
          </Text>
        </div>
        <Stack gap="xs" data-testid="vendor-services">
          {services.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('vendors.form.noServices')}
            </Text>
          )}
          {services.map((row, index) => (
            <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
              <Select
                aria-label={t('vendors.form.serviceCategory', { index: index + 1 })}
                placeholder={t('vendors.form.chooseCategory')}
                data={categoryOptions}
                value={row.categoryId}
                onChange={(value) =>
                  setServices((current) =>
                    current.map((r) => (r.key === row.key ? { ...r, categoryId: value } : r)),
                  )
                }
                error={rowErrors[row.key]}
                searchable
                style={{ flex: 1 }}
                comboboxProps={{ zIndex: 1000 }}
              />
              <NumberInput
                aria-label={t('vendors.form.serviceRank', { index: index + 1 })}
                leftSection={
                  <Text size="xs" c="dimmed">
                    #
                  </Text>
                }
                min={1}
                max={99}
                allowDecimal={false}
                value={row.rank}
                onChange={(value) =>
                  setServices((current) =>
                    current.map((r) =>
                      r.key === row.key ? { ...r, rank: typeof value === 'number' ? value : '' } : r,
                    ),
                  )
                }
                w={90}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                onClick={() => setServices((current) => current.filter((r) => r.key !== row.key))}
                aria-label={t('vendors.form.removeService', { index: index + 1 })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {fieldError('services') && (
            <Text size="sm" c="red.7" role="alert">
              {fieldError('services')}
            </Text>
          )}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setServices((current) => [...current, { key: nextKey, categoryId: null, rank: 1 }]);
              setNextKey((key) => key + 1);
            }}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('vendors.form.addService')}
          </Button>
        </Stack>

        <Divider />
        <Textarea
          label={t('vendors.form.notes')}
          autosize
          minRows={2}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          error={fieldError('notes')}
        />
        <Switch
          label={t('vendors.form.active')}
          description={t('vendors.form.activeHint')}
          checked={active}
          onChange={(event) => setActive(event.currentTarget.checked)}
        />

        {errors.form && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} aria-hidden />}
            role="alert"
            p="sm"
          >
            {errors.form}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting} data-testid="dialog-submit">
            {t(vendor ? 'vendors.form.save' : 'vendors.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
