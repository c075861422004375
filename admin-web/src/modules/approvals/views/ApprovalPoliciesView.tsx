import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, EmptyState, Modal, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPencil, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalPolicyFieldsFragment } from '../../../generated/graphql';
import { formatMoney } from '../../../shared/format/intl';
import { graphQLErrorCode, matchUserErrorField } from '../../../shared/graphql/user-errors';
import { useLocale } from '../../../shared/hooks/useLocale';
import {
  ApprovalPolicyForm,
  type ApprovalPolicyFormErrors,
  type ApprovalPolicyValues,
} from '../components/ApprovalPolicyForm';
import { ApprovalPoliciesQuery, UpdateApprovalPolicyMutation } from '../graphql/approvals.graphql';

const FIELDS = ['managerApprovesBelowCents', 'ownerApprovalAboveCents'] as const;

/** Staff only: each owner's approval policy, editable. */
export function ApprovalPoliciesView() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, loading, error, refetch } = useQuery(ApprovalPoliciesQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<ApprovalPolicyFieldsFragment | null>(null);
  const [opened, setOpened] = useState(false);
  const [errors, setErrors] = useState<ApprovalPolicyFormErrors>({});
  const [update, { loading: saving }] = useMutation(UpdateApprovalPolicyMutation);

  const edit = (owner: ApprovalPolicyFieldsFragment) => {
    setEditing(owner);
    setErrors({});
    setOpened(true);
  };

  const save = async (owner: ApprovalPolicyFieldsFragment, values: ApprovalPolicyValues) => {
    setErrors({});
    try {
      const { data: result } = await update({ variables: { input: { ownerId: owner.id, ...values } } });
      const payload = result?.updateApprovalPolicy;
      if (!payload) {
        setErrors({ form: t('dispatch.errors.unexpected') });
        return;
      }
      if (payload.userErrors.length > 0) {
        const next: ApprovalPolicyFormErrors = {};
        const general: string[] = [];
        for (const userError of payload.userErrors) {
          const field = matchUserErrorField(userError, FIELDS);
          if (field) next[field] = userError.message;
          else general.push(userError.message);
        }
        if (general.length > 0) next.form = general.join(' ');
        setErrors(next);
        return;
      }
      notifications.show({
        color: 'teal',
        title: t('policy.savedTitle'),
        message: t('policy.savedBody', { name: owner.name }),
      });
      setOpened(false);
    } catch (caught) {
      setErrors({
        form:
          graphQLErrorCode(caught) === 'FORBIDDEN'
            ? t('dispatch.errors.forbidden')
            : t('dispatch.errors.network'),
      });
    }
  };

  const owners = data?.owners;
  let body;
  if (!owners && loading) body = <Skeleton height={120} radius="md" />;
  else if (!owners && error)
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('policy.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!owners || owners.length === 0)
    body = (
      <EmptyState
        size="sm"
        icon={<IconUsers size={20} aria-hidden />}
        title={t('policy.empty.title')}
        description={t('policy.empty.description')}
      />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={640}>
        <Table highlightOnHover verticalSpacing="sm" data-testid="policies">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('policy.owner')}</Table.Th>
              <Table.Th>{t('policy.managerApprovesBelow')}</Table.Th>
              <Table.Th>{t('policy.ownerApprovalAbove')}</Table.Th>
              <Table.Th>{t('policy.emergency')}</Table.Th>
              <Table.Th aria-label={t('common.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {owners.map((owner) => (
              <Table.Tr key={owner.id} data-testid="policy-row">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {owner.name}
                  </Text>
                  {owner.email && (
                    <Text size="xs" c="dimmed">
                      {owner.email}
                    </Text>
                  )}
                </Table.Td>
                {owner.approvalPolicy ? (
                  <>
                    <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatMoney(owner.approvalPolicy.managerApprovesBelow, locale)}
                    </Table.Td>
                    <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatMoney(owner.approvalPolicy.ownerApprovalAbove, locale)}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={owner.approvalPolicy.emergencyManagerMayApprove ? 'teal' : 'gray'}
                        radius="sm"
                      >
                        {t(
                          owner.approvalPolicy.emergencyManagerMayApprove
                            ? 'policy.managerMay'
                            : 'policy.ownerOnly',
                        )}
                      </Badge>
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={3}>
                    <Text size="sm" c="dimmed">
                      {t('policy.notSet')}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => edit(owner)}
                    aria-label={t('policy.editFor', { name: owner.name })}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap="sm" component="section" aria-labelledby="policies-heading">
      <div>
        <Title order={2} size="h4" id="policies-heading">
          {t('policy.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('policy.subtitle')}
        </Text>
      </div>
      {body}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        onExitTransitionEnd={() => setEditing(null)}
        title={editing ? t('policy.editTitle', { name: editing.name }) : ''}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && (
          <ApprovalPolicyForm
            key={editing.id}
            owner={editing}
            locale={locale}
            submitting={saving}
            errors={errors}
            onSubmit={(values) => void save(editing, values)}
            onCancel={() => setOpened(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}
