import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconTool } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { LanguageSelect } from '../../../shared/components/LanguageSelect';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { thrownErrorKey, userErrorPath } from '../../../shared/errors';
import type { Role } from '../../../generated/graphql';
import type { LoginRedirectState } from '../components/RequireAuth';
import { LoginForm, type LoginFormErrors, type LoginFormValues } from '../components/LoginForm';
import { LoginMutation } from '../graphql/auth';
import { useSession } from '../hooks/session';

const MANAGER_CONSOLE_URL = '/admin/';
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const safeRedirect = (state: unknown): string => {
  const from = (state as LoginRedirectState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
};

export const LoginView = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const { token, notice, signIn } = useSession();
  const [login, { loading }] = useMutation(LoginMutation);
  const [errors, setErrors] = useState<LoginFormErrors>({});
  const [staffRole, setStaffRole] = useState<Role | null>(null);
  useDocumentTitle(t('auth.title'));

  if (token) return <Navigate to={safeRedirect(location.state)} replace />;

  const validate = ({ email, password }: LoginFormValues): LoginFormErrors => {
    const next: LoginFormErrors = {};
    if (!email.trim()) next.email = t('auth.emailRequired');
    else if (!EMAIL_PATTERN.test(email.trim())) next.email = t('auth.emailInvalid');
    if (!password) next.password = t('auth.passwordRequired');
    return next;
  };

  const submit = async (values: LoginFormValues): Promise<void> => {
    setStaffRole(null);
    const invalid = validate(values);
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return;

    try {
      const { data } = await login({
        variables: { input: { email: values.email.trim(), password: values.password } },
      });
      const payload = data?.login;
      if (!payload) {
        setErrors({ form: t('common.unexpectedError') });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: LoginFormErrors = {};
        for (const error of payload.userErrors) {
          const path = userErrorPath(error);
          if (path === 'email' && !next.email) next.email = error.message;
          else if (path === 'password' && !next.password) next.password = error.message;
          else next.form = next.form ? `${next.form} ${error.message}` : error.message;
        }
        setErrors(next);
        return;
      }
      if (payload.user && payload.user.role !== 'TENANT') {
        setStaffRole(payload.user.role);
        return;
      }
      if (!payload.token) {
        setErrors({ form: t('common.unexpectedError') });
        return;
      }
      signIn({ token: payload.token, expiresAt: payload.expiresAt ?? null });
    } catch (error) {
      setErrors({ form: t(thrownErrorKey(error)) });
    }
  };

  const staffNotice = staffRole
    ? t('auth.notTenantBody', { role: t(`roles.${staffRole}`) })
    : notice === 'notTenant'
      ? t('auth.notTenantBodyGeneric')
      : undefined;

  return (
    <Container size={440} px="md" pt="md" pb={48} component="main">
      <Stack gap="lg">
        <Group justify="flex-end">
          <LanguageSelect />
        </Group>
        <Group gap={8} justify="center">
          <IconTool size={32} aria-hidden color="var(--mantine-color-teal-8)" />
          <Text fw={800} fz={28}>
            {t('app.name')}
          </Text>
        </Group>
        <Paper withBorder radius="lg" p="lg" shadow="xs">
          <Stack gap="md">
            <div>
              <Title order={1} fz="h2">
                {t('auth.title')}
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('auth.subtitle')}
              </Text>
            </div>
            <LoginForm
              loading={loading}
              errors={errors}
              notice={notice === 'expired' ? t('auth.sessionExpired') : undefined}
              staffNotice={staffNotice}
              managerConsoleUrl={MANAGER_CONSOLE_URL}
              onSubmit={(values) => void submit(values)}
            />
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
};
