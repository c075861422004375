import { ActionIcon, Badge, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RentLedgerFieldsFragment } from '../../../generated/graphql';
import { formatCalendarDate, formatMoney } from '../../../shared/format/intl';

export type LedgerEntry = RentLedgerFieldsFragment['entries'][number];

export interface LedgerEntriesTableProps {
  entries: readonly LedgerEntry[];
  locale: string;
  onDelete: (entry: LedgerEntry) => void;
}

/** Every charge and payment, newest first, charges and payments in their own columns. */
export function LedgerEntriesTable({ entries, locale, onDelete }: LedgerEntriesTableProps) {
  const { t } = useTranslation();
  const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
  return (
    <Table.ScrollContainer minWidth={520} maxHeight={480}>
      <Table verticalSpacing={6} striped stickyHeader data-testid="ledger-entries">
        <Table.Caption>{t('rent.entries.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('rent.entries.date')}</Table.Th>
            <Table.Th>{t('rent.entries.description')}</Table.Th>
            <Table.Th ta="right">{t('rent.entries.charge')}</Table.Th>
            <Table.Th ta="right">{t('rent.entries.payment')}</Table.Th>
            <Table.Th w={44} aria-label={t('common.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const amount = formatMoney(entry.amount, locale);
            const date = formatCalendarDate(entry.date, locale);
            return (
              <Table.Tr key={entry.id} data-testid="ledger-entry" data-kind={entry.kind}>
                <Table.Td style={numeric}>{date}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">
                      <Badge
                        component="span"
                        variant="default"
                        size="xs"
                        radius="sm"
                        tt="none"
                        mr={6}
                        miw="fit-content"
                      >
                        {t(`rent.kind.${entry.kind}`)}
                      </Badge>
                      {entry.description}
                    </Text>
                    {entry.reference && (
                      <Text size="xs" c="dimmed">
                        {t('rent.entries.reference', { reference: entry.reference })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td ta="right" style={numeric}>
                  {entry.kind === 'CHARGE' ? amount : ''}
                </Table.Td>
                <Table.Td ta="right" style={numeric}>
                  {entry.kind === 'PAYMENT' ? amount : ''}
                </Table.Td>
                <Table.Td ta="right">
                  <Tooltip label={t('rent.entries.delete')} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => onDelete(entry)}
                      aria-label={t('rent.entries.deleteNamed', {
                        kind: t(`rent.kind.${entry.kind}`),
                        amount,
                        date,
                      })}
                      data-testid="ledger-entry-delete"
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
