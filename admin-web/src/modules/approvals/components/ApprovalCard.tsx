import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconHourglassHigh, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PendingApprovalsQuery, Role } from '../../../generated/graphql';
import { formatAge, safeTimeZone } from '../../../shared/format/intl';
import { describeLocation } from '../../../shared/format/location';
import { AssigneeChip } from '../../../shared/ui/AssigneeChip';
import { PriorityBadge } from '../../../shared/ui/PriorityBadge';
import { StatusBadge } from '../../../shared/ui/StatusBadge';
import { canDecideNow, type ActionRequest } from '../../dispatch/actions';
import { CostApprovalSummary } from '../../dispatch/components/CostApprovalSummary';

export type PendingApproval = PendingApprovalsQuery['workOrders']['nodes'][number];

export interface ApprovalCardProps {
  workOrder: PendingApproval;
  role: Role;
  locale: string;
  now: number;
  onAction: (request: ActionRequest) => void;
  onOpen: (id: string) => void;
}

/** One estimate waiting for a decision: what, where, how much and why it needs one; approve or reject. */
export function ApprovalCard({ workOrder, role, locale, now, onAction, onOpen }: ApprovalCardProps) {
  const { t } = useTranslation();
  const timeZone = safeTimeZone(workOrder.property.timezone);
  const costApproval = workOrder.costApproval;
  const mayDecide = canDecideNow(workOrder.availableActions, costApproval, role);
  const titleId = `approval-${workOrder.id}-title`;
  const decide = (decision: 'approve' | 'reject') =>
    onAction({ workOrderId: workOrder.id, action: 'DECIDE_COST_APPROVAL', decision });

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-labelledby={titleId}
      data-testid="approval"
      data-number={workOrder.number}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Text size="xs" c="dimmed" fw={600}>
            {t('workOrder.number', { number: workOrder.number })} · {workOrder.category.name}
          </Text>
          <Title order={3} size="h5" id={titleId}>
            <Anchor
              component="button"
              type="button"
              inherit
              c="inherit"
              ta="left"
              onClick={() => onOpen(workOrder.id)}
              aria-haspopup="dialog"
            >
              {workOrder.title}
            </Anchor>
          </Title>
          <Text size="sm">{describeLocation(workOrder, t)}</Text>
          {workOrder.property.owner && role !== 'OWNER' && (
            <Text size="xs" c="dimmed">
              {t('approvals.owner', { name: workOrder.property.owner.name })}
            </Text>
          )}
          <Group gap={6}>
            <StatusBadge status={workOrder.status} />
            <PriorityBadge priority={workOrder.priority} />
          </Group>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {t('workOrder.assignee')}:
            </Text>
            <AssigneeChip assignee={workOrder.assignee} size="xs" />
          </Group>
          {costApproval && (
            <Group gap={6} c="yellow.9">
              <IconHourglassHigh size={14} aria-hidden />
              <Text size="xs">
                {t('approvals.waiting', {
                  age: formatAge(costApproval.submittedAt, now, locale) ?? t('time.justNow'),
                })}
              </Text>
            </Group>
          )}
        </Stack>
        <Stack gap="sm">
          {costApproval && (
            <CostApprovalSummary costApproval={costApproval} locale={locale} timeZone={timeZone} />
          )}
          {mayDecide ? (
            <Group justify="flex-end" gap="sm">
              <Button
                variant="outline"
                color="red"
                leftSection={<IconX size={16} aria-hidden />}
                onClick={() => decide('reject')}
                aria-describedby={titleId}
                data-testid="approval-reject"
              >
                {t('dispatch.decision.reject')}
              </Button>
              <Button
                color="teal"
                leftSection={<IconCheck size={16} aria-hidden />}
                onClick={() => decide('approve')}
                aria-describedby={titleId}
                data-testid="approval-approve"
              >
                {t('dispatch.decision.approve')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed" ta="right">
              {t('approvals.ownerDecides')}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
