import { Alert, Button, Group, List, Stack, Switch, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalPolicyFieldsFragment } from '../../../generated/graphql';
import { formatMoney } from '../../../shared/format/intl';
import { currencySymbol, MoneyInput, toCents } from '../../dispatch/components/MoneyInput';

export interface ApprovalPolicyValues {
  managerApprovesBelowCents: number;
  ownerApprovalAboveCents: number;
  emergencyManagerMayApprove: boolean;
}

export interface ApprovalPolicyFormErrors {
  managerApprovesBelowCents?: string;
  ownerApprovalAboveCents?: string;
  form?: string;
}

export interface ApprovalPolicyFormProps {
  owner: ApprovalPolicyFieldsFragment;
  locale: string;
  submitting: boolean;
  errors: ApprovalPolicyFormErrors;
  onSubmit: (values: ApprovalPolicyValues) => void;
  onCancel: () => void;
}

/** DOMAIN.md's defaults, for an owner whose policy the api does not return. */
const DEFAULT_POLICY = {
  managerApprovesBelow: { amountCents: 20_000, currency: 'USD' },
  ownerApprovalAbove: { amountCents: 50_000, currency: 'USD' },
  emergencyManagerMayApprove: true,
};

/** The two thresholds and the emergency rule, with the rules they make spelled out. */
export function ApprovalPolicyForm({
  owner,
  locale,
  submitting,
  errors,
  onSubmit,
  onCancel,
}: ApprovalPolicyFormProps) {
  const { t } = useTranslation();
  const policy = owner.approvalPolicy ?? DEFAULT_POLICY;
  const currency = policy.managerApprovesBelow.currency;
  const symbol = currencySymbol(currency, locale);
  const [below, setBelow] = useState<number | ''>(policy.managerApprovesBelow.amountCents / 100);
  const [above, setAbove] = useState<number | ''>(policy.ownerApprovalAbove.amountCents / 100);
  const [emergency, setEmergency] = useState(policy.emergencyManagerMayApprove);
  const [local, setLocal] = useState<ApprovalPolicyFormErrors>({});

  const belowCents = toCents(below);
  const aboveCents = toCents(above);
  const money = (cents: number) => formatMoney({ amountCents: cents, currency }, locale);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: ApprovalPolicyFormErrors = {};
    if (belowCents === null) next.managerApprovesBelowCents = t('policy.errors.amount');
    if (aboveCents === null) next.ownerApprovalAboveCents = t('policy.errors.amount');
    if (belowCents !== null && aboveCents !== null && aboveCents < belowCents) {
      next.ownerApprovalAboveCents = t('policy.errors.order');
    }
    setLocal(next);
    if (Object.keys(next).length > 0 || belowCents === null || aboveCents === null) return;
    onSubmit({
      managerApprovesBelowCents: belowCents,
      ownerApprovalAboveCents: aboveCents,
      emergencyManagerMayApprove: emergency,
    });
  };

  return (
    <form onSubmit={handleSubmit} noValidate data-testid="policy-form">
      <Stack gap="md">
        <Group grow align="flex-start">
          <MoneyInput
            label={t('policy.managerApprovesBelow')}
            description={t('policy.managerApprovesBelowHint')}
            currencySymbol={symbol}
            value={below}
            onChange={setBelow}
            required
            error={local.managerApprovesBelowCents ?? errors.managerApprovesBelowCents}
            data-autofocus
          />
          <MoneyInput
            label={t('policy.ownerApprovalAbove')}
            description={t('policy.ownerApprovalAboveHint')}
            currencySymbol={symbol}
            value={above}
            onChange={setAbove}
            required
            error={local.ownerApprovalAboveCents ?? errors.ownerApprovalAboveCents}
          />
        </Group>
        <Switch
          label={t('policy.emergencyManagerMayApprove')}
          description={t('policy.emergencyHint')}
          checked={emergency}
          onChange={(event) => setEmergency(event.currentTarget.checked)}
        />
        {belowCents !== null && aboveCents !== null && aboveCents >= belowCents && (
          <Stack gap={4}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4}>
              {t('policy.preview')}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('policy.rules.under', { amount: money(belowCents) })}</List.Item>
              <List.Item>
                {t('policy.rules.between', { from: money(belowCents), to: money(aboveCents) })}
              </List.Item>
              <List.Item>{t('policy.rules.over', { amount: money(aboveCents) })}</List.Item>
              <List.Item>
                {t(emergency ? 'policy.rules.emergencyYes' : 'policy.rules.emergencyNo', {
                  amount: money(aboveCents),
                })}
              </List.Item>
            </List>
          </Stack>
        )}
        {errors.form && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} aria-hidden />}
            role="alert"
            p="sm"
          >
            {errors.form}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={submitting} data-testid="dialog-submit">
            {t('policy.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
