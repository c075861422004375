import { Button, Group, Image, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPhotoOff } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsError } from '../../settings/components/SettingsError';

export interface CompanyProfileValues {
  name: string;
  logoUrl: string;
  replyTo: string;
}

export const COMPANY_PROFILE_FIELDS = ['name', 'logoUrl', 'replyTo'] as const;
export type CompanyProfileField = (typeof COMPANY_PROFILE_FIELDS)[number];

export interface CompanyProfileFormErrors {
  fields: Partial<Record<CompanyProfileField, string>>;
  form: string[];
}

export interface CompanyProfileFormProps {
  initial: CompanyProfileValues;
  submitting: boolean;
  errors: CompanyProfileFormErrors;
  onSubmit: (values: CompanyProfileValues) => void;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function LogoPreview({ url, name }: { url: string; name: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState<string | null>(null);
  if (!url) {
    return (
      <Text size="xs" c="dimmed">
        {t('notifications.company.noLogo')}
      </Text>
    );
  }
  if (!isHttpUrl(url) || failed === url) {
    return (
      <Group gap={6} c="gray.7" wrap="nowrap">
        <IconPhotoOff size={16} aria-hidden style={{ flexShrink: 0 }} />
        <Text size="xs">
          {t(isHttpUrl(url) ? 'notifications.company.logoUnavailable' : 'notifications.company.logoInvalid')}
        </Text>
      </Group>
    );
  }
  return (
    <Image
      src={url}
      alt={t('notifications.company.logoAlt', { name: name || t('notifications.company.name') })}
      h={48}
      w="auto"
      maw={240}
      fit="contain"
      onError={() => setFailed(url)}
      data-testid="company-logo-preview"
    />
  );
}

/** The name, logo and reply-to address every notification carries. */
export function CompanyProfileForm({ initial, submitting, errors, onSubmit }: CompanyProfileFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CompanyProfileValues>(initial);
  const [nameMissing, setNameMissing] = useState(false);
  const [previewUrl] = useDebouncedValue(values.logoUrl.trim(), 400);
  const dirty =
    values.name !== initial.name || values.logoUrl !== initial.logoUrl || values.replyTo !== initial.replyTo;

  const set = (field: CompanyProfileField, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = values.name.trim();
    if (!name) {
      setNameMissing(true);
      return;
    }
    onSubmit({ name, logoUrl: values.logoUrl.trim(), replyTo: values.replyTo.trim() });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="company-profile-heading">
      <Stack gap="md">
        <SettingsError messages={errors.form} />
        <TextInput
          label={t('notifications.company.name')}
          description={t('notifications.company.nameHint')}
          required
          maxLength={120}
          value={values.name}
          onChange={(event) => {
            set('name', event.currentTarget.value);
            setNameMissing(false);
          }}
          error={nameMissing ? t('notifications.company.nameRequired') : errors.fields.name}
          data-testid="company-name"
        />
        <Stack gap={6}>
          <TextInput
            label={t('notifications.company.logoUrl')}
            description={t('notifications.company.logoUrlHint')}
            placeholder={t('notifications.company.logoUrlPlaceholder')}
            type="url"
            inputMode="url"
            maxLength={2000}
            value={values.logoUrl}
            onChange={(event) => set('logoUrl', event.currentTarget.value)}
            error={errors.fields.logoUrl}
            data-testid="company-logo-url"
          />
          <Paper withBorder p="xs" radius="sm">
            <Text size="xs" c="dimmed" mb={4}>
              {t('notifications.company.logoPreview')}
            </Text>
            <LogoPreview key={previewUrl} url={previewUrl} name={values.name} />
          </Paper>
        </Stack>
        <TextInput
          label={t('notifications.company.replyTo')}
          description={t('notifications.company.replyToHint')}
          placeholder={t('notifications.company.replyToPlaceholder')}
          type="email"
          inputMode="email"
          autoComplete="email"
          maxLength={320}
          value={values.replyTo}
          onChange={(event) => set('replyTo', event.currentTarget.value)}
          error={errors.fields.replyTo}
          data-testid="company-reply-to"
        />
        <Group justify="flex-end">
          <Button type="submit" loading={submitting} disabled={!dirty} data-testid="company-save">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
