import { Button, Group, List, Paper, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft, IconCircleCheck, IconFileDescription } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { EmergencyCallout } from '../../../shared/components/EmergencyCallout';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PriorityBadge } from '../../../shared/components/PriorityBadge';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { thrownErrorKey } from '../../../shared/errors';
import { RequestConfirmationQuery } from '../graphql/intake';

export const ConfirmationView = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams<{ id: string }>();
  // Usually answered from the cache: the submit mutation returned these fields.
  const { data, loading, error, refetch } = useQuery(RequestConfirmationQuery, {
    variables: { id },
    notifyOnNetworkStatusChange: true,
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const request = data?.workOrder ?? null;
  useDocumentTitle(t('confirmation.title'));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const emergency = request?.priority === 'EMERGENCY';
  const raised = request ? request.priority !== request.reportedSeverity : false;

  return (
    <Stack gap="lg" align="stretch">
      <Stack gap="xs" align="center" ta="center">
        <ThemeIcon size={64} radius="xl" color="teal" variant="light" aria-hidden>
          <IconCircleCheck size={40} />
        </ThemeIcon>
        <Title order={1} fz="h2" ref={headingRef} tabIndex={-1}>
          {t('confirmation.title')}
        </Title>
        <Text c="dimmed">{t('confirmation.body')}</Text>
      </Stack>

      {error && !request && (
        <ErrorAlert
          message={t('confirmation.loadError')}
          detail={t(thrownErrorKey(error))}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      )}
      {!request && loading && <Skeleton height={140} radius="lg" />}

      {request && (
        <>
          <Paper withBorder radius="lg" p="lg" ta="center">
            <Text size="sm" c="dimmed" fw={600} id="tracking-label">
              {t('confirmation.trackingLabel')}
            </Text>
            <Text
              fz={48}
              fw={800}
              lh={1.1}
              data-testid="tracking-number"
              aria-describedby="tracking-label"
              style={{ letterSpacing: '0.02em' }}
            >
              {t('common.number', { number: request.number })}
            </Text>
            <Text mt="xs" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {request.title}
            </Text>
            <Group justify="center" gap="xs" mt="sm">
              <Text size="sm" c="dimmed">
                {t('confirmation.priorityLabel')}
              </Text>
              <PriorityBadge priority={request.priority} size="lg" />
            </Group>
          </Paper>

          {emergency && (
            <EmergencyCallout
              hotline={request.property.emergencyHotline}
              title={t('emergency.confirmedTitle')}
              body={t('emergency.confirmedBody')}
              afterHoursInstructions={request.property.afterHoursInstructions}
              reasons={request.triageReasons}
            />
          )}

          {!emergency && raised && request.triageReasons.length > 0 && (
            <Paper withBorder radius="md" p="md">
              <Text fw={600} size="sm">
                {t('request.priorityReasons')}
              </Text>
              <List size="sm">
                {request.triageReasons.map((reason) => (
                  <List.Item key={reason}>{reason}</List.Item>
                ))}
              </List>
            </Paper>
          )}
        </>
      )}

      <Stack gap="sm">
        <Button
          component={Link}
          to={`/requests/${encodeURIComponent(id)}`}
          size="lg"
          leftSection={<IconFileDescription size={20} aria-hidden />}
        >
          {t('confirmation.viewRequest')}
        </Button>
        <Button
          component={Link}
          to="/"
          size="lg"
          variant="default"
          leftSection={<IconArrowLeft size={20} aria-hidden />}
        >
          {t('common.backHome')}
        </Button>
      </Stack>
    </Stack>
  );
};
