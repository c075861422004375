import { Alert, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import {
  IconAlertTriangleFilled,
  IconHome,
  IconLogin,
  IconMail,
  IconMapPinQuestion,
  IconPhoneCall,
} from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PublicPage } from '../../../shared/components/PublicPage';
import { thrownErrorKey } from '../../../shared/errors';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { PortalWelcomeQuery } from '../graphql/onboarding';

const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * Public: where a building's poster (its QR code) leads. Names the building and the company, sends the tenant to
 * sign in (or to set a password from their invite email), and gives the emergency line at once.
 */
export const WelcomeView = () => {
  const { t } = useTranslation();
  const { propertyId = '' } = useParams<{ propertyId: string }>();
  const { token } = useSession();
  const { data, loading, error, refetch } = useQuery(PortalWelcomeQuery, {
    variables: { propertyId },
    notifyOnNetworkStatusChange: true,
  });
  const welcome = data?.portalWelcome;
  useDocumentTitle(welcome ? welcome.propertyName : t('welcome.documentTitle'));

  const enter = token ? (
    <Button component={Link} to="/" size="lg" fullWidth leftSection={<IconHome size={20} aria-hidden />}>
      {t('welcome.open')}
    </Button>
  ) : (
    <Button
      component={Link}
      to="/login"
      size="lg"
      fullWidth
      leftSection={<IconLogin size={20} aria-hidden />}
      data-testid="welcome-sign-in"
    >
      {t('welcome.signIn')}
    </Button>
  );

  return (
    <PublicPage>
      {error && !data && (
        <ErrorAlert
          message={t('welcome.loadError')}
          detail={t(thrownErrorKey(error))}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      )}

      {!data && loading && (
        <Stack gap="md" aria-busy="true" aria-label={t('app.loading')}>
          <Skeleton height={34} width="80%" />
          <Skeleton height={18} width="90%" />
          <Skeleton height={50} radius="md" />
        </Stack>
      )}

      {welcome === null && (
        <Paper withBorder radius="lg" p="lg" data-testid="welcome-unknown">
          <Stack gap="md" align="center" ta="center">
            <IconMapPinQuestion size={40} aria-hidden color="var(--mantine-color-gray-7)" />
            <Title order={1} fz="h2">
              {t('welcome.unknownTitle')}
            </Title>
            <Text>{t('welcome.unknownBody')}</Text>
            {enter}
          </Stack>
        </Paper>
      )}

      {welcome && (
        <Stack gap="lg" data-testid="welcome">
          <Paper withBorder radius="lg" p="lg" shadow="xs">
            <Stack gap="md">
              <div>
                <Text size="sm" fw={700} c="teal.9" data-testid="welcome-company">
                  {welcome.companyName}
                </Text>
                <Title order={1} fz="h2" data-testid="welcome-property">
                  {t('welcome.title', { property: welcome.propertyName })}
                </Title>
                <Text mt="xs">{t('welcome.intro', { company: welcome.companyName })}</Text>
              </div>
              {enter}
            </Stack>
          </Paper>

          <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="welcome-invite-title">
            <Stack gap="xs">
              <Title order={2} fz="h4" id="welcome-invite-title">
                <IconMail size={20} aria-hidden style={{ verticalAlign: '-3px', marginInlineEnd: 6 }} />
                {t('welcome.inviteTitle')}
              </Title>
              <Text>{t('welcome.inviteBody')}</Text>
            </Stack>
          </Paper>

          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangleFilled aria-hidden />}
            title={t('welcome.emergencyTitle')}
            data-testid="welcome-emergency"
            styles={{ root: { borderLeft: '4px solid var(--mantine-color-red-7)' } }}
          >
            <Stack gap="sm">
              <Text size="sm">{t('welcome.emergencyBody')}</Text>
              <Button
                component="a"
                href={telHref(welcome.emergencyHotline)}
                color="red"
                size="lg"
                fullWidth
                leftSection={<IconPhoneCall size={22} aria-hidden />}
                h="auto"
                mih={50}
                py={8}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
                data-testid="welcome-hotline"
              >
                <span>
                  <Trans
                    i18nKey="emergency.call"
                    values={{ phone: welcome.emergencyHotline }}
                    components={{ phone: <span style={{ whiteSpace: 'nowrap' }} /> }}
                  />
                </span>
              </Button>
            </Stack>
          </Alert>
        </Stack>
      )}
    </PublicPage>
  );
};
