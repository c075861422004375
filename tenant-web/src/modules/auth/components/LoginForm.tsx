import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconExternalLink, IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface LoginFormValues {
  email: string;
  password: string;
}

export interface LoginFormErrors {
  email?: string;
  password?: string;
  /** Not tied to one field (wrong credentials, network…). */
  form?: string;
}

export interface LoginFormProps {
  loading: boolean;
  errors: LoginFormErrors;
  /** Shown above the form, e.g. "your session has ended". */
  notice?: string;
  /** Set when a staff account signed in here: point them to the manager console. */
  staffNotice?: string;
  managerConsoleUrl: string;
  onSubmit: (values: LoginFormValues) => void;
}

export const LoginForm = ({
  loading,
  errors,
  notice,
  staffNotice,
  managerConsoleUrl,
  onSubmit,
}: LoginFormProps) => {
  const { t } = useTranslation();
  const [values, setValues] = useState<LoginFormValues>({ email: '', password: '' });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={loading}>
      <Stack gap="md">
        {notice && (
          <Alert color="blue" icon={<IconInfoCircle aria-hidden />} role="status">
            {notice}
          </Alert>
        )}
        {staffNotice && (
          <Alert
            color="yellow"
            icon={<IconInfoCircle aria-hidden />}
            title={t('auth.notTenantTitle')}
            role="alert"
          >
            <Stack gap="xs">
              <Text size="sm">{staffNotice}</Text>
              <Anchor href={managerConsoleUrl} fw={600}>
                {t('auth.notTenantLink')} <IconExternalLink size={14} aria-hidden />
              </Anchor>
            </Stack>
          </Alert>
        )}
        {errors.form && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('auth.failed')} role="alert">
            {errors.form}
          </Alert>
        )}
        <TextInput
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          value={values.email}
          error={errors.email}
          onChange={(event) => {
            const email = event.currentTarget.value;
            setValues((current) => ({ ...current, email }));
          }}
        />
        <PasswordInput
          label={t('auth.password')}
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          // Not "…password…": the field alone should answer to the label "Password".
          visibilityToggleButtonProps={{ 'aria-label': t('auth.revealToggle') }}
          value={values.password}
          error={errors.password}
          onChange={(event) => {
            const password = event.currentTarget.value;
            setValues((current) => ({ ...current, password }));
          }}
        />
        <Button type="submit" size="lg" fullWidth loading={loading}>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
};
