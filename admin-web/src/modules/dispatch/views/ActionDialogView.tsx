import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconBan } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeTimeZone } from '../../../shared/format/intl';
import { useRefreshWorkOrderViews } from '../../../shared/graphql/refresh';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useViewer } from '../../auth/auth-context';
import { canDecideNow, type ActionRequest } from '../actions';
import { AssignDialog } from '../components/AssignDialog';
import { CompleteDialog } from '../components/CompleteDialog';
import { DecisionDialog } from '../components/DecisionDialog';
import { EstimateDialog } from '../components/EstimateDialog';
import { ReasonDialog } from '../components/ReasonDialog';
import { RunningLateDialog } from '../components/RunningLateDialog';
import { ScheduleDialog } from '../components/ScheduleDialog';
import type { ActionDialogProps } from '../components/types';
import { ActionWorkOrderQuery } from '../graphql/dispatch.graphql';

export interface ActionDialogViewProps {
  request: ActionRequest;
  onClose: () => void;
}

/**
 * Loads the work order fresh (the board's copy may be a version behind), checks the action is still open to
 * the viewer, and shows its dialog.
 */
export function ActionDialogView({ request, onClose }: ActionDialogViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const viewer = useViewer();
  const refreshViews = useRefreshWorkOrderViews();
  // Once the action succeeded the work order moves on (other actions, other status): keep the dialog as is.
  const [succeeded, setSucceeded] = useState(false);
  const { data, loading, error, refetch } = useQuery(ActionWorkOrderQuery, {
    variables: { id: request.workOrderId },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const live = data?.workOrder ?? null;

  // The version the user is looking at: fixed once the fresh copy arrives, so a change made elsewhere while
  // the dialog is open comes back as a CONFLICT instead of being overwritten unseen. A reload re-reads it.
  const [seenVersion, setSeenVersion] = useState<number | null>(null);
  if (live && !loading && seenVersion === null) setSeenVersion(live.version);
  const workOrder = live && seenVersion !== null ? { ...live, version: seenVersion } : live;

  if (!workOrder) {
    if (loading) {
      return (
        <Stack gap="sm" aria-hidden>
          <Skeleton height={36} />
          <Skeleton height={120} />
          <Skeleton height={36} width="40%" ml="auto" />
        </Stack>
      );
    }
    return (
      <Alert
        color={error ? 'red' : 'gray'}
        variant="light"
        icon={<IconAlertCircle size={18} aria-hidden />}
        role="alert"
      >
        <Text size="sm" mb="xs">
          {error ? t('workOrder.loadError') : t('workOrder.notFound')}
        </Text>
        <Group gap="xs">
          {error && (
            <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          )}
          <Button size="xs" variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Alert>
    );
  }

  const { action } = request;
  const stillOpen =
    action === 'DECIDE_COST_APPROVAL'
      ? canDecideNow(workOrder.availableActions, workOrder.costApproval, viewer.role)
      : workOrder.availableActions.includes(action);

  if (!stillOpen && !succeeded) {
    return (
      <Alert
        color="gray"
        variant="light"
        icon={<IconBan size={18} aria-hidden />}
        title={t('dispatch.notAvailable.title')}
        data-testid="action-unavailable"
      >
        <Text size="sm" mb="xs">
          {t('dispatch.notAvailable.body', {
            number: workOrder.number,
            status: t(`status.${workOrder.status}`),
          })}
        </Text>
        <Button size="xs" variant="default" onClick={onClose} data-autofocus>
          {t('common.close')}
        </Button>
      </Alert>
    );
  }

  const props: ActionDialogProps = {
    workOrder,
    locale,
    timeZone: safeTimeZone(workOrder.property.timezone),
    onCancel: onClose,
    onConflict: async () => {
      const result = await refetch();
      setSeenVersion(result.data?.workOrder?.version ?? null);
    },
    onDone: (options) => {
      setSucceeded(true);
      void refreshViews();
      if (!options?.keepOpen) onClose();
    },
  };

  switch (action) {
    case 'ASSIGN':
    case 'REASSIGN':
      return <AssignDialog {...props} reassign={action === 'REASSIGN'} />;
    case 'SCHEDULE':
    case 'RESCHEDULE':
      return <ScheduleDialog {...props} reschedule={action === 'RESCHEDULE'} />;
    case 'REPORT_RUNNING_LATE':
      return <RunningLateDialog {...props} />;
    case 'SUBMIT_ESTIMATE':
      return <EstimateDialog {...props} />;
    case 'DECIDE_COST_APPROVAL':
      return <DecisionDialog {...props} decision={request.decision} />;
    case 'COMPLETE':
      return <CompleteDialog {...props} />;
    case 'CANCEL':
    case 'UNASSIGN':
    case 'REOPEN':
    case 'CLOSE':
      return <ReasonDialog {...props} action={action} />;
  }
}
