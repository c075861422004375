import { useMutation } from '@apollo/client/react';
import { Badge, EmptyState, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterTenancyFieldsFragment } from '../../../generated/graphql';
import { graphQLErrorCode } from '../../../shared/graphql/user-errors';
import { ResendInviteMutation } from '../../launch-kit/graphql/launch-kit.graphql';
import { leaseState, RosterTable, type RosterUnit } from '../components/RosterTable';

export interface RosterViewProps {
  propertyName: string;
  units: readonly RosterUnit[];
  locale: string;
  today: string;
  onOpenLedger: (unit: RosterUnit, tenancy: RosterTenancyFieldsFragment) => void;
  onOpenDocuments: (unit: RosterUnit, tenancy: RosterTenancyFieldsFragment | null) => void;
}

const byLabel = (a: RosterUnit, b: RosterUnit) =>
  a.label.localeCompare(b.label, undefined, { numeric: true, sensitivity: 'base' });

/** The property's units and leases, with invite status, search and "resend invite". */
export function RosterView({
  propertyName,
  units,
  locale,
  today,
  onOpenLedger,
  onOpenDocuments,
}: RosterViewProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [showEnded, setShowEnded] = useState(false);
  const [resending, setResending] = useState<string | null>(null);
  const [resendInvite] = useMutation(ResendInviteMutation);

  const current = useMemo(
    () => units.flatMap((unit) => unit.tenancies).filter((tenancy) => leaseState(tenancy, today) !== 'ended'),
    [units, today],
  );
  const pending = current.filter((tenancy) => tenancy.tenant.inviteStatus !== 'ACTIVE').length;
  const vacant = units.filter((unit) =>
    unit.tenancies.every((tenancy) => leaseState(tenancy, today) === 'ended'),
  ).length;

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return [...units].sort(byLabel).flatMap((unit) => {
      const tenancies = unit.tenancies.filter(
        (tenancy) => showEnded || leaseState(tenancy, today) !== 'ended',
      );
      if (!needle) return [{ ...unit, tenancies }];
      if (unit.label.toLowerCase().includes(needle)) return [{ ...unit, tenancies }];
      const matching = tenancies.filter(
        (tenancy) =>
          tenancy.tenant.name.toLowerCase().includes(needle) ||
          tenancy.tenant.email.toLowerCase().includes(needle),
      );
      return matching.length > 0 ? [{ ...unit, tenancies: matching }] : [];
    });
  }, [units, search, showEnded, today]);

  const resend = async (tenancy: RosterTenancyFieldsFragment) => {
    const tenant = tenancy.tenant;
    setResending(tenant.id);
    try {
      const payload = (await resendInvite({ variables: { userId: tenant.id } })).data?.resendInvite;
      if (!payload || payload.userErrors.length > 0) {
        notifications.show({
          color: 'red',
          title: t('residents.resend.failedTitle'),
          message: payload
            ? payload.userErrors.map((userError) => userError.message).join(' ')
            : t('dispatch.errors.unexpected'),
        });
        return;
      }
      notifications.show({
        color: 'teal',
        title: t('residents.resend.sentTitle'),
        message: t('residents.resend.sentBody', { name: tenant.name, email: tenant.email }),
      });
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: t('residents.resend.failedTitle'),
        message:
          graphQLErrorCode(caught) === 'FORBIDDEN'
            ? t('dispatch.errors.forbidden')
            : t('dispatch.errors.network'),
      });
    } finally {
      setResending(null);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="roster-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <div>
            <Group gap="xs">
              <Title order={2} size="h4" id="roster-heading">
                {t('residents.roster.title')}
              </Title>
              <Badge variant="default" radius="sm" tt="none">
                {t('residents.roster.units', { count: units.length })}
              </Badge>
              <Badge variant="default" radius="sm" tt="none">
                {t('residents.roster.tenants', { count: current.length })}
              </Badge>
              {pending > 0 && (
                <Badge variant="light" color="blue" radius="sm" tt="none">
                  {t('residents.roster.notActive', { count: pending })}
                </Badge>
              )}
              {vacant > 0 && (
                <Badge variant="light" color="gray" radius="sm" tt="none">
                  {t('residents.roster.vacant', { count: vacant })}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t('residents.roster.subtitle')}
            </Text>
          </div>
          <Group gap="md" align="center">
            <Switch
              label={t('residents.roster.showEnded')}
              checked={showEnded}
              onChange={(event) => setShowEnded(event.currentTarget.checked)}
            />
            <TextInput
              aria-label={t('residents.roster.search')}
              placeholder={t('residents.roster.search')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={240}
              type="search"
            />
          </Group>
        </Group>
        {units.length === 0 ? (
          <EmptyState
            icon={<IconUsers size={24} aria-hidden />}
            title={t('residents.roster.noUnits.title')}
            description={t('residents.roster.noUnits.description')}
            py="lg"
          />
        ) : shown.length === 0 ? (
          <EmptyState
            size="sm"
            icon={<IconSearch size={20} aria-hidden />}
            title={t('residents.roster.noMatch.title')}
            description={t('residents.roster.noMatch.description')}
            py="lg"
          />
        ) : (
          <RosterTable
            units={shown}
            propertyName={propertyName}
            locale={locale}
            today={today}
            resendingUserId={resending}
            onOpenLedger={onOpenLedger}
            onOpenDocuments={onOpenDocuments}
            onResendInvite={(tenancy) => void resend(tenancy)}
          />
        )}
      </Stack>
    </Paper>
  );
}
