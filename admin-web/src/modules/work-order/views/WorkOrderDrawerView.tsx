import { useQuery, useSubscription } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Drawer,
  Group,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconBell,
  IconFileDescription,
  IconHistory,
  IconMessages,
  IconReceipt2,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAge, formatDateTime, safeTimeZone } from '../../../shared/format/intl';
import { describeLocation } from '../../../shared/format/location';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useNow } from '../../../shared/hooks/useNow';
import { useWorkOrderParam } from '../../../shared/hooks/useWorkOrderParam';
import { useViewer } from '../../auth/auth-context';
import { useActionDialog } from '../../dispatch/action-dialog-context';
import { ApprovalStateBadge } from '../../dispatch/components/ApprovalStateBadge';
import { AppointmentSummary, RescheduleRequestNotice } from '../../dispatch/components/AppointmentSummary';
import { WorkOrderActionBar } from '../../dispatch/components/WorkOrderActionBar';
import { RepeatAlert } from '../components/RepeatAlert';
import { WorkOrderCompletion } from '../components/WorkOrderCompletion';
import { WorkOrderCosts } from '../components/WorkOrderCosts';
import { WorkOrderDetails } from '../components/WorkOrderDetails';
import { WorkOrderHeader } from '../components/WorkOrderHeader';
import { useThreadLive } from '../../messages/hooks/useThreadLive';
import { MessagesView } from '../../messages/views/MessagesView';
import { NotificationLogView } from '../../notifications/views/NotificationLogView';
import { WorkOrderSla } from '../components/WorkOrderSla';
import { WorkOrderTimeline } from '../components/WorkOrderTimeline';
import { WorkOrderDetailQuery, WorkOrderDrawerChangedSubscription } from '../graphql/work-order.graphql';
import { EscalationView } from './EscalationView';
import { TriageView } from './TriageView';

type DrawerTab = 'details' | 'messages' | 'costs' | 'timeline' | 'notifications';

function isDrawerTab(value: string | null): value is DrawerTab {
  return (
    value === 'details' ||
    value === 'messages' ||
    value === 'costs' ||
    value === 'timeline' ||
    value === 'notifications'
  );
}

function DrawerSkeleton() {
  return (
    <Stack gap="md" aria-hidden>
      <Group gap="xs">
        <Skeleton height={22} width={90} radius="sm" />
        <Skeleton height={22} width={110} radius="sm" />
      </Group>
      <Skeleton height={14} width="60%" />
      <Group gap="xs">
        <Skeleton height={30} width={110} />
        <Skeleton height={30} width={110} />
      </Group>
      <Skeleton height={80} />
      <Skeleton height={160} />
    </Stack>
  );
}

/** The work order drawer, opened by `?wo=<id>` so it can be linked to. */
export function WorkOrderDrawerView() {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow(30_000);
  const viewer = useViewer();
  const { open: openAction, isOpen: dialogOpen } = useActionDialog();
  const { workOrderId, open: openWorkOrder, close } = useWorkOrderParam();
  const [tab, setTab] = useState<DrawerTab>('details');
  // The delivery log is for managers and admins (the api refuses everyone else).
  const seesNotificationLog = viewer.role === 'MANAGER' || viewer.role === 'ADMIN';

  const { data, loading, error, refetch } = useQuery(WorkOrderDetailQuery, {
    variables: { id: workOrderId ?? '' },
    skip: !workOrderId,
    fetchPolicy: 'cache-and-network',
  });

  // The board's subscription updates the card fields; the timeline and details need a fresh read.
  useSubscription(WorkOrderDrawerChangedSubscription, {
    variables: { workOrderId: workOrderId ?? '' },
    skip: !workOrderId,
    onData: () => void refetch(),
  });

  // New messages while the drawer is open, whichever tab is shown.
  useThreadLive({ workOrderId, viewerId: viewer.id, threadVisible: tab === 'messages' });

  const workOrder = data?.workOrder?.id === workOrderId ? data.workOrder : null;
  const timeZone = safeTimeZone(workOrder?.property.timezone);

  const title = workOrder ? (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text c="dimmed" fw={600} span>
        {t('workOrder.number', { number: workOrder.number })}
      </Text>
      <Title order={2} size="h4" lineClamp={2}>
        {workOrder.title}
      </Title>
    </Group>
  ) : (
    <Title order={2} size="h4">
      {t('workOrder.drawerTitle')}
    </Title>
  );

  let content;
  if (workOrder) {
    const pendingApproval = workOrder.costApproval?.state === 'PENDING_OWNER';
    content = (
      <Stack gap="lg">
        <WorkOrderHeader
          status={workOrder.status}
          priority={workOrder.priority}
          needsReview={workOrder.needsReview}
          triageReasons={workOrder.triageReasons}
          location={describeLocation(workOrder, t)}
          affectedCount={workOrder.locationKind === 'COMMON_AREA' ? workOrder.affectedCount : null}
          createdLabel={t('workOrder.reported', {
            age: formatAge(workOrder.createdAt, now, locale) ?? t('time.justNow'),
            date: formatDateTime(workOrder.createdAt, locale, timeZone),
          })}
        />
        {workOrder.escalation && (
          <EscalationView
            workOrder={{ id: workOrder.id, number: workOrder.number, escalation: workOrder.escalation }}
            canAcknowledge={
              viewer.role === 'MANAGER' || viewer.role === 'ADMIN' || viewer.role === 'TECHNICIAN'
            }
            locale={locale}
            now={now}
            timeZone={timeZone}
          />
        )}
        {workOrder.status !== 'CANCELLED' && (
          <WorkOrderSla workOrder={workOrder} now={now} locale={locale} timeZone={timeZone} />
        )}
        <WorkOrderActionBar
          workOrder={workOrder}
          role={viewer.role}
          hotkeys={Boolean(workOrderId) && !dialogOpen}
          onAction={openAction}
        />
        {workOrder.rescheduleRequest && (
          <RescheduleRequestNotice
            request={workOrder.rescheduleRequest}
            locale={locale}
            timeZone={timeZone}
          />
        )}
        {workOrder.appointment && (
          <AppointmentSummary appointment={workOrder.appointment} locale={locale} timeZone={timeZone} />
        )}
        <RepeatAlert
          earlier={workOrder.repeatOf}
          locale={locale}
          timeZone={timeZone}
          onOpen={openWorkOrder}
        />
        {workOrder.availableActions.includes('TRIAGE') && (
          <TriageView workOrder={workOrder} onRefetch={() => refetch()} />
        )}
        <Tabs value={tab} onChange={(value) => isDrawerTab(value) && setTab(value)} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="details" leftSection={<IconFileDescription size={16} aria-hidden />}>
              {t('workOrder.tabs.details')}
            </Tabs.Tab>
            <Tabs.Tab
              value="messages"
              leftSection={<IconMessages size={16} aria-hidden />}
              rightSection={
                workOrder.unreadMessageCount > 0 ? (
                  <>
                    <Badge size="xs" color="red" variant="filled" radius="sm" aria-hidden>
                      {workOrder.unreadMessageCount}
                    </Badge>
                    <VisuallyHidden>
                      {t('messages.unreadLabel', { count: workOrder.unreadMessageCount })}
                    </VisuallyHidden>
                  </>
                ) : undefined
              }
              data-testid="messages-tab"
              data-unread={workOrder.unreadMessageCount}
            >
              {t('workOrder.tabs.messages')}
            </Tabs.Tab>
            <Tabs.Tab
              value="costs"
              leftSection={<IconReceipt2 size={16} aria-hidden />}
              rightSection={
                pendingApproval && workOrder.costApproval ? (
                  <ApprovalStateBadge state={workOrder.costApproval.state} size="xs" />
                ) : undefined
              }
              data-testid="tab-costs"
            >
              {t('workOrder.tabs.costs')}
            </Tabs.Tab>
            <Tabs.Tab
              value="timeline"
              leftSection={<IconHistory size={16} aria-hidden />}
              rightSection={
                <Badge size="xs" variant="light" radius="sm" aria-hidden>
                  {workOrder.timeline.length}
                </Badge>
              }
            >
              {t('workOrder.tabs.timeline')}
            </Tabs.Tab>
            {seesNotificationLog && (
              <Tabs.Tab
                value="notifications"
                leftSection={<IconBell size={16} aria-hidden />}
                data-testid="tab-notifications"
              >
                {t('workOrder.tabs.notifications')}
              </Tabs.Tab>
            )}
          </Tabs.List>
          <Tabs.Panel value="details" pt="md">
            <Stack gap="lg">
              <WorkOrderCompletion workOrder={workOrder} locale={locale} timeZone={timeZone} />
              <WorkOrderDetails workOrder={workOrder} locale={locale} timeZone={timeZone} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="messages" pt="md">
            <MessagesView
              key={workOrder.id}
              workOrderId={workOrder.id}
              unreadCount={workOrder.unreadMessageCount}
              locale={locale}
              timeZone={timeZone}
            />
          </Tabs.Panel>
          <Tabs.Panel value="costs" pt="md">
            <WorkOrderCosts workOrder={workOrder} locale={locale} timeZone={timeZone} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline" pt="md">
            <WorkOrderTimeline events={workOrder.timeline} locale={locale} now={now} timeZone={timeZone} />
          </Tabs.Panel>
          {seesNotificationLog && (
            <Tabs.Panel value="notifications" pt="md">
              <NotificationLogView workOrderId={workOrder.id} now={now} locale={locale} timeZone={timeZone} />
            </Tabs.Panel>
          )}
        </Tabs>
      </Stack>
    );
  } else if (loading) {
    content = <DrawerSkeleton />;
  } else if (error) {
    content = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('workOrder.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  } else {
    content = (
      <Alert color="gray" variant="light" icon={<IconAlertCircle size={18} aria-hidden />}>
        <Text size="sm" mb="xs">
          {t('workOrder.notFound')}
        </Text>
        <Button size="xs" variant="default" onClick={close}>
          {t('workOrder.backToList')}
        </Button>
      </Alert>
    );
  }

  return (
    <Drawer
      opened={Boolean(workOrderId)}
      onClose={close}
      position="right"
      size="xl"
      padding="lg"
      title={title}
      closeOnEscape={!dialogOpen}
      closeButtonProps={{ 'aria-label': t('workOrder.closeDrawer') }}
      data-testid="work-order-drawer"
    >
      {content}
    </Drawer>
  );
}
