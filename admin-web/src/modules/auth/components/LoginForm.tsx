import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface LoginFormErrors {
  email?: string;
  password?: string;
  form?: string;
}

export interface LoginFormProps {
  loading: boolean;
  errors: LoginFormErrors;
  /** Shown above the fields, e.g. "your session expired". */
  notice?: ReactNode;
  onSubmit: (credentials: { email: string; password: string }) => void;
}

export function LoginForm({ loading, errors, notice, onSubmit }: LoginFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ email: email.trim(), password });
  };

  return (
    <form
      onSubmit={handleSubmit}
      noValidate={false}
      aria-describedby={errors.form ? 'login-error' : undefined}
    >
      <Stack gap="md">
        {notice}
        {errors.form && (
          <Alert
            id="login-error"
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} aria-hidden />}
            role="alert"
          >
            {errors.form}
          </Alert>
        )}
        <TextInput
          label={t('login.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
        />
        <PasswordInput
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          required
          visibilityToggleButtonProps={{ 'aria-label': t('login.revealToggle') }}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('login.submit')}
        </Button>
        <Text size="xs" c="dimmed" ta="center">
          {t('login.demoHint')}
        </Text>
        <Text size="xs" c="dimmed" ta="center">
          {t('login.tenantPrompt')}{' '}
          <Anchor href="/" size="xs">
            {t('login.tenantLink')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
