import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, EmptyState, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconClipboardCheck, IconPlugConnectedX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRefetch } from '../../../shared/hooks/useLiveRefetch';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useNow } from '../../../shared/hooks/useNow';
import { useWorkOrderParam } from '../../../shared/hooks/useWorkOrderParam';
import { useViewer } from '../../auth/auth-context';
import { useOpenAction } from '../../dispatch/action-dialog-context';
import { JobCard } from '../components/JobCard';
import { MyJobsQuery } from '../graphql/jobs.graphql';
import { groupJobs } from '../hooks/groupJobs';

function JobsSkeleton() {
  return (
    <Stack gap="md" aria-hidden>
      {[0, 1, 2].map((index) => (
        <Skeleton key={index} height={220} radius="md" />
      ))}
    </Stack>
  );
}

/** "My jobs": the assignee's home, appointments of today first. */
export function MyJobsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.documentTitle'));
  const locale = useLocale();
  const now = useNow();
  const viewer = useViewer();
  const openAction = useOpenAction();
  const { open } = useWorkOrderParam();
  const { data, loading, error, refetch } = useQuery(MyJobsQuery, { fetchPolicy: 'cache-and-network' });
  const { liveError } = useLiveRefetch(() => refetch());

  const jobs = data?.workOrders.nodes;
  const groups = useMemo(() => groupJobs(jobs ?? [], now), [jobs, now]);
  const todayCount = groups.find((group) => group.key === 'today')?.jobs.length ?? 0;

  let body;
  if (!jobs && loading) body = <JobsSkeleton />;
  else if (!jobs && error)
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('jobs.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (groups.length === 0)
    body = (
      <EmptyState
        icon={<IconClipboardCheck size={24} aria-hidden />}
        title={t('jobs.empty.title')}
        description={t('jobs.empty.description')}
        py="xl"
        data-testid="jobs-empty"
      />
    );
  else
    body = (
      <Stack gap="xl">
        {groups.map((group) => (
          <Stack gap="sm" component="section" key={group.key} aria-labelledby={`jobs-${group.key}`}>
            <Group gap="xs">
              <Title order={2} size="h5" id={`jobs-${group.key}`}>
                {t(`jobs.groups.${group.key}`)}
              </Title>
              <Badge variant="default" radius="sm" size="sm">
                {group.jobs.length}
              </Badge>
            </Group>
            {group.jobs.map((job) => (
              <JobCard
                key={job.id}
                job={job}
                role={viewer.role}
                locale={locale}
                now={now}
                onAction={openAction}
                onOpen={open}
              />
            ))}
          </Stack>
        ))}
      </Stack>
    );

  return (
    <Stack gap="md" maw={1040}>
      <div>
        <Title order={1} size="h3">
          {t('jobs.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {jobs
            ? t('jobs.summary', { count: jobs.length, today: todayCount })
            : t('jobs.subtitle', { name: viewer.name })}
        </Text>
      </div>
      {liveError && (
        <Alert color="orange" variant="light" icon={<IconPlugConnectedX size={18} aria-hidden />} py="xs">
          {t('board.liveError')}
        </Alert>
      )}
      {body}
    </Stack>
  );
}
