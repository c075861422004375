import { Badge, Box, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconFiles, IconReceipt2, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RosterTenancyFieldsFragment } from '../../../generated/graphql';
import { formatCalendarDate } from '../../../shared/format/intl';
import { canResendInvite, InviteStatusBadge } from './InviteStatusBadge';

export interface RosterUnit {
  id: string;
  label: string;
  tenancies: readonly RosterTenancyFieldsFragment[];
}

export interface RosterTableProps {
  units: readonly RosterUnit[];
  propertyName: string;
  locale: string;
  today: string;
  /** The tenant whose invite is being sent, for the button's busy state. */
  resendingUserId: string | null;
  onOpenLedger: (unit: RosterUnit, tenancy: RosterTenancyFieldsFragment) => void;
  onOpenDocuments: (unit: RosterUnit, tenancy: RosterTenancyFieldsFragment | null) => void;
  onResendInvite: (tenancy: RosterTenancyFieldsFragment) => void;
}

type LeaseState = 'current' | 'upcoming' | 'ended';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function leaseState(tenancy: { active: boolean; startsOn: string }, today: string): LeaseState {
  if (tenancy.active) return 'current';
  return tenancy.startsOn > today ? 'upcoming' : 'ended';
}

function LeaseCell({
  tenancy,
  locale,
  today,
}: {
  tenancy: RosterTenancyFieldsFragment;
  locale: string;
  today: string;
}) {
  const { t } = useTranslation();
  const state = leaseState(tenancy, today);
  const from = formatCalendarDate(tenancy.startsOn, locale);
  return (
    <Stack gap={2}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {tenancy.endsOn
          ? t('residents.roster.leaseRange', { from, to: formatCalendarDate(tenancy.endsOn, locale) })
          : t('residents.roster.leaseOpen', { from })}
      </Text>
      {state !== 'current' && (
        <Badge variant="default" radius="sm" size="xs" tt="none" miw="fit-content">
          {t(`residents.roster.lease.${state}`)}
        </Badge>
      )}
    </Stack>
  );
}

/** Units and their leases: who lives where, whether they accepted their invite, and what to do next. */
export function RosterTable({
  units,
  propertyName,
  locale,
  today,
  resendingUserId,
  onOpenLedger,
  onOpenDocuments,
  onResendInvite,
}: RosterTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table
        verticalSpacing="xs"
        highlightOnHover
        stickyHeader
        aria-label={t('residents.roster.tableLabel', { property: propertyName })}
        data-testid="roster-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('residents.roster.columns.unit')}</Table.Th>
            <Table.Th>{t('residents.roster.columns.tenant')}</Table.Th>
            <Table.Th style={NOWRAP}>{t('residents.roster.columns.invite')}</Table.Th>
            <Table.Th style={NOWRAP}>{t('residents.roster.columns.lease')}</Table.Th>
            <Table.Th ta="right">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => {
            const unitName = t('residents.unitNamed', { label: unit.label });
            const unitCell = (rowSpan: number) => (
              <Table.Th scope="row" rowSpan={rowSpan} fw={600} style={{ verticalAlign: 'top' }}>
                {unit.label}
              </Table.Th>
            );
            if (unit.tenancies.length === 0) {
              return (
                <Table.Tr key={unit.id} data-testid="roster-unit-empty" data-unit={unit.label}>
                  {unitCell(1)}
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {t('residents.roster.noTenant')}
                    </Text>
                  </Table.Td>
                  <Table.Td>—</Table.Td>
                  <Table.Td>—</Table.Td>
                  <Table.Td>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        leftSection={<IconFiles size={14} aria-hidden />}
                        onClick={() => onOpenDocuments(unit, null)}
                        aria-label={t('residents.roster.documentsOfUnit', { unit: unitName })}
                      >
                        {t('residents.roster.documents')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            }
            return unit.tenancies.map((tenancy, index) => {
              const tenant = tenancy.tenant;
              const status = tenant.inviteStatus;
              const who = t('residents.roster.who', { name: tenant.name, unit: unitName });
              return (
                <Table.Tr
                  key={tenancy.id}
                  data-testid="roster-row"
                  data-unit={unit.label}
                  data-email={tenant.email}
                  data-name={tenant.name}
                  data-tenancy={tenancy.id}
                  style={leaseState(tenancy, today) === 'ended' ? { opacity: 0.7 } : undefined}
                >
                  {index === 0 && unitCell(unit.tenancies.length)}
                  <Table.Td>
                    <Box miw={190}>
                      <Text size="sm" fw={600}>
                        {tenant.name}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'break-word' }}>
                        {tenant.email}
                      </Text>
                      {tenant.phone && (
                        <Text size="xs" c="dimmed">
                          {tenant.phone}
                        </Text>
                      )}
                    </Box>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{status ? <InviteStatusBadge status={status} /> : '—'}</Table.Td>
                  <Table.Td style={NOWRAP}>
                    <LeaseCell tenancy={tenancy} locale={locale} today={today} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} justify="flex-end" wrap="wrap">
                      {canResendInvite(status) && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          leftSection={<IconSend size={14} aria-hidden />}
                          loading={resendingUserId === tenant.id}
                          onClick={() => onResendInvite(tenancy)}
                          aria-label={t(
                            status === 'NOT_INVITED'
                              ? 'residents.roster.sendInviteTo'
                              : 'residents.roster.resendInviteTo',
                            { name: tenant.name },
                          )}
                          data-testid="resend-invite"
                        >
                          {t(
                            status === 'NOT_INVITED'
                              ? 'residents.roster.sendInvite'
                              : 'residents.roster.resendInvite',
                          )}
                        </Button>
                      )}
                      <Button
                        size="compact-sm"
                        variant="default"
                        leftSection={<IconReceipt2 size={14} aria-hidden />}
                        onClick={() => onOpenLedger(unit, tenancy)}
                        aria-label={t('residents.roster.ledgerOf', { who })}
                        data-testid="open-ledger"
                      >
                        {t('residents.roster.ledger')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        leftSection={<IconFiles size={14} aria-hidden />}
                        onClick={() => onOpenDocuments(unit, tenancy)}
                        aria-label={t('residents.roster.documentsOf', { who })}
                        data-testid="open-documents"
                      >
                        {t('residents.roster.documents')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            });
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
