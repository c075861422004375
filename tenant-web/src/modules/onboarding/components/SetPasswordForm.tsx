import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../hooks/invite-token';

export interface SetPasswordErrors {
  password?: string;
  confirm?: string;
  /** Not tied to one field (network, server). */
  form?: string;
}

export interface SetPasswordFormProps {
  email: string;
  loading: boolean;
  /** Errors from the server (the form checks length and match itself). */
  serverErrors: SetPasswordErrors;
  onSubmit: (password: string) => void;
}

/** A new password twice (at least 8 characters, the rule shown up front), for the invited account's email. */
export const SetPasswordForm = ({ email, loading, serverErrors, onSubmit }: SetPasswordFormProps) => {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<SetPasswordErrors>({});

  const validate = (): SetPasswordErrors => {
    const next: SetPasswordErrors = {};
    if (!password) next.password = t('invite.passwordRequired');
    else if (password.length < PASSWORD_MIN_LENGTH)
      next.password = t('invite.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
    if (!confirm) next.confirm = t('invite.confirmRequired');
    else if (password && confirm !== password) next.confirm = t('invite.mismatch');
    return next;
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const next = validate();
    setErrors(next);
    if (Object.keys(next).length > 0) {
      const field = next.password ? 'new-password' : 'confirm-password';
      window.requestAnimationFrame(() => document.getElementById(field)?.focus());
      return;
    }
    onSubmit(password);
  };

  const shown: SetPasswordErrors = {
    password: errors.password ?? serverErrors.password,
    confirm: errors.confirm,
    form: serverErrors.form,
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={loading} data-testid="set-password-form">
      <Stack gap="md">
        {shown.form && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('invite.failed')} role="alert">
            {shown.form}
          </Alert>
        )}
        {/* Read-only, so password managers save the new password with the right account. */}
        <TextInput
          label={t('invite.email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          readOnly
          variant="filled"
        />
        <PasswordInput
          id="new-password"
          label={t('invite.password')}
          description={t('invite.passwordRule', { min: PASSWORD_MIN_LENGTH })}
          name="new-password"
          autoComplete="new-password"
          required
          withAsterisk={false}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.revealToggle') }}
          value={password}
          error={shown.password}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setPassword(value);
            setErrors((current) => ({ ...current, password: undefined }));
          }}
        />
        <PasswordInput
          id="confirm-password"
          label={t('invite.confirm')}
          name="confirm-password"
          autoComplete="new-password"
          required
          withAsterisk={false}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.revealToggle') }}
          value={confirm}
          error={shown.confirm}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setConfirm(value);
            setErrors((current) => ({ ...current, confirm: undefined }));
          }}
        />
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={loading}
          h="auto"
          mih={50}
          py={8}
          styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
          data-testid="set-password-submit"
        >
          {t('invite.submit')}
        </Button>
      </Stack>
    </form>
  );
};
