import { Alert } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { IconClockExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { userErrorField } from '../../../shared/graphql/user-errors';
import { useAuth } from '../auth-context';
import { AuthCard } from '../components/AuthCard';
import { LoginForm, type LoginFormErrors } from '../components/LoginForm';
import { TenantNotice } from '../components/TenantNotice';
import { LoginMutation } from '../graphql/auth.graphql';
import { readReturnTo } from '../location-state';

export function LoginView() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.documentTitle'));
  const { token, signIn, signOutReason } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [login, { loading }] = useMutation(LoginMutation);
  const [errors, setErrors] = useState<LoginFormErrors>({});
  const [tenant, setTenant] = useState<{ name: string } | null>(
    signOutReason === 'tenant' ? { name: '' } : null,
  );

  const returnTo = readReturnTo(location.state);
  if (token) return <Navigate to={returnTo} replace />;

  const handleSubmit = async ({ email, password }: { email: string; password: string }) => {
    const nextErrors: LoginFormErrors = {};
    if (!email) nextErrors.email = t('login.errors.emailRequired');
    if (!password) nextErrors.password = t('login.errors.passwordRequired');
    setErrors(nextErrors);
    setTenant(null);
    if (nextErrors.email || nextErrors.password) return;

    try {
      const { data } = await login({ variables: { input: { email, password } } });
      const payload = data?.login;
      if (!payload) {
        setErrors({ form: t('login.errors.unexpected') });
        return;
      }
      if (payload.userErrors.length > 0) {
        const fieldErrors: LoginFormErrors = {};
        for (const error of payload.userErrors) {
          const field = userErrorField(error);
          if ((field === 'email' || field === 'password') && !fieldErrors[field])
            fieldErrors[field] = error.message;
          else fieldErrors.form = fieldErrors.form ? `${fieldErrors.form} ${error.message}` : error.message;
        }
        setErrors(fieldErrors);
        return;
      }
      if (!payload.token || !payload.user) {
        setErrors({ form: t('login.errors.unexpected') });
        return;
      }
      if (payload.user.role === 'TENANT') {
        setTenant({ name: payload.user.name });
        return;
      }
      signIn(payload.token, payload.expiresAt);
      void navigate(returnTo, { replace: true });
    } catch {
      setErrors({ form: t('login.errors.network') });
    }
  };

  const notice = tenant ? (
    <TenantNotice name={tenant.name || undefined} onDismiss={() => setTenant(null)} />
  ) : signOutReason === 'expired' ? (
    <Alert color="yellow" variant="light" icon={<IconClockExclamation size={18} aria-hidden />}>
      {t('login.sessionExpired')}
    </Alert>
  ) : undefined;

  return (
    <AuthCard>
      <LoginForm
        loading={loading}
        errors={errors}
        notice={notice}
        onSubmit={(values) => void handleSubmit(values)}
      />
    </AuthCard>
  );
}
