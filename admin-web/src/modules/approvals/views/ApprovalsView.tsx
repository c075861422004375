import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Divider,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconChecks, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLiveRefetch } from '../../../shared/hooks/useLiveRefetch';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useNow } from '../../../shared/hooks/useNow';
import { useWorkOrderParam } from '../../../shared/hooks/useWorkOrderParam';
import { useViewer } from '../../auth/auth-context';
import { useOpenAction } from '../../dispatch/action-dialog-context';
import { ApprovalCard } from '../components/ApprovalCard';
import { PendingApprovalsQuery } from '../graphql/approvals.graphql';
import { ApprovalPoliciesView } from './ApprovalPoliciesView';

const STAFF = new Set(['MANAGER', 'ADMIN']);

/** Estimates waiting for the owner; for staff also each owner's approval policy. */
export function ApprovalsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('approvals.documentTitle'));
  const locale = useLocale();
  const now = useNow();
  const viewer = useViewer();
  const openAction = useOpenAction();
  const { open } = useWorkOrderParam();
  const { data, loading, error, refetch } = useQuery(PendingApprovalsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const { liveError } = useLiveRefetch(() => refetch());
  const pending = data?.workOrders.nodes;

  let body;
  if (!pending && loading)
    body = (
      <Stack gap="md" aria-hidden>
        <Skeleton height={200} radius="md" />
        <Skeleton height={200} radius="md" />
      </Stack>
    );
  else if (!pending && error)
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('approvals.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!pending || pending.length === 0)
    body = (
      <EmptyState
        icon={<IconChecks size={24} aria-hidden />}
        title={t('approvals.empty.title')}
        description={t(viewer.role === 'OWNER' ? 'approvals.empty.owner' : 'approvals.empty.staff')}
        py="xl"
        data-testid="approvals-empty"
      />
    );
  else
    body = (
      <Stack gap="md">
        {pending.map((workOrder) => (
          <ApprovalCard
            key={workOrder.id}
            workOrder={workOrder}
            role={viewer.role}
            locale={locale}
            now={now}
            onAction={openAction}
            onOpen={open}
          />
        ))}
      </Stack>
    );

  return (
    <Stack gap="lg" maw={1180}>
      <Stack gap="sm" component="section" aria-labelledby="approvals-heading">
        <Group gap="xs" align="center">
          <Title order={1} size="h3" id="approvals-heading">
            {t('approvals.title')}
          </Title>
          {pending && pending.length > 0 && (
            <Badge color="yellow" c="dark" variant="filled" radius="sm">
              {t('approvals.pendingCount', { count: pending.length })}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t(viewer.role === 'OWNER' ? 'approvals.subtitleOwner' : 'approvals.subtitleStaff')}
        </Text>
        {liveError && (
          <Alert color="orange" variant="light" icon={<IconPlugConnectedX size={18} aria-hidden />} py="xs">
            {t('board.liveError')}
          </Alert>
        )}
        {body}
      </Stack>
      {STAFF.has(viewer.role) && (
        <>
          <Divider />
          <ApprovalPoliciesView />
        </>
      )}
    </Stack>
  );
}
