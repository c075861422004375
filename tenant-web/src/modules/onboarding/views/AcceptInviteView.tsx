import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PublicPage } from '../../../shared/components/PublicPage';
import { thrownErrorKey, userErrorPath } from '../../../shared/errors';
import { useFormatters } from '../../../shared/format';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { InvalidInvite } from '../components/InvalidInvite';
import { SetPasswordForm, type SetPasswordErrors } from '../components/SetPasswordForm';
import { AcceptInviteMutation, InvitationQuery } from '../graphql/onboarding';
import { readInviteToken } from '../hooks/invite-token';

/**
 * Public: the invite email's link (`/accept-invite#token=…`). Shows whose invite it is, takes a new password,
 * signs the tenant in exactly as the login does, and opens their home. The secret leaves the address bar at once.
 */
export const AcceptInviteView = () => {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const location = useLocation();
  const { signIn } = useSession();
  // Read once, from the address as it was opened.
  const [token] = useState(() => readInviteToken(window.location));
  const [serverErrors, setServerErrors] = useState<SetPasswordErrors>({});
  const [refused, setRefused] = useState<string | null>(null);
  useDocumentTitle(t('invite.title'));

  // Out of the address bar (and so out of the history, bookmarks and screenshots): a replaceState through the router.
  const hasSecretInUrl = location.hash !== '' || new URLSearchParams(location.search).has('token');
  useEffect(() => {
    if (hasSecretInUrl)
      void navigate({ pathname: location.pathname, search: '', hash: '' }, { replace: true });
  }, [hasSecretInUrl, navigate, location.pathname]);

  const { data, loading, error, refetch } = useQuery(InvitationQuery, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const [accept, { loading: accepting }] = useMutation(AcceptInviteMutation);
  const invitation = data?.invitation;

  const submit = async (password: string): Promise<void> => {
    if (!token) return;
    setServerErrors({});
    try {
      const { data: result } = await accept({ variables: { input: { token, password } } });
      const payload = result?.acceptInvite;
      if (!payload) {
        setServerErrors({ form: t('common.unexpectedError') });
        return;
      }
      const invalidToken = payload.userErrors.find((e) => e.code === 'INVALID_TOKEN');
      if (invalidToken) {
        setRefused(invalidToken.message);
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: SetPasswordErrors = {};
        for (const e of payload.userErrors) {
          if (userErrorPath(e) === 'password' && !next.password) next.password = e.message;
          else next.form = next.form ? `${next.form} ${e.message}` : e.message;
        }
        setServerErrors(next);
        return;
      }
      if (!payload.token) {
        setServerErrors({ form: t('common.unexpectedError') });
        return;
      }
      signIn({ token: payload.token, expiresAt: payload.expiresAt ?? null });
      void navigate('/', { replace: true });
    } catch (thrown) {
      setServerErrors({ form: t(thrownErrorKey(thrown)) });
    }
  };

  const body = (() => {
    if (!token || refused !== null || invitation === null)
      return <InvalidInvite message={refused ?? undefined} />;
    if (error && !data) {
      return (
        <ErrorAlert
          message={t('invite.loadError')}
          detail={t(thrownErrorKey(error))}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    }
    if (!invitation) {
      return (
        <Stack gap="md" aria-busy="true" aria-label={t('app.loading')}>
          <Skeleton height={34} width="70%" />
          <Skeleton height={18} width="90%" />
          <Skeleton height={44} radius="md" />
          <Skeleton height={44} radius="md" />
        </Stack>
      );
    }
    return (
      <Paper withBorder radius="lg" p="lg" shadow="xs" data-testid="accept-invite">
        <Stack gap="md">
          <div>
            <Title order={1} fz="h2">
              {t('invite.title')}
            </Title>
            <Text mt={4} data-testid="invite-greeting">
              {t('invite.intro', { name: invitation.name })}
            </Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t('invite.expires', { date: format.date(invitation.expiresAt) })}
            </Text>
          </div>
          <SetPasswordForm
            email={invitation.email}
            loading={accepting}
            serverErrors={serverErrors}
            onSubmit={(password) => void submit(password)}
          />
        </Stack>
      </Paper>
    );
  })();

  return <PublicPage>{body}</PublicPage>;
};
