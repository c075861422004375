import { Card, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../shared/format';
import { useMoney } from '../hooks/useRentLedger';
import type { RentLedgerData } from './RentSummary';

export interface RentHistoryProps {
  entries: RentLedgerData['entries'];
}

/**
 * Every charge and payment, newest first, in three columns so it fits a 360 px phone: the date, what it was (with
 * its reference), and the amount with "Charge" or "Payment" in words.
 */
export const RentHistory = ({ entries }: RentHistoryProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = useMoney();

  return (
    <Stack gap="sm" component="section" aria-labelledby="rent-history-title">
      <Title order={2} fz="h4" id="rent-history-title">
        {t('rent.historyTitle')}
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed">{t('rent.noEntries')}</Text>
      ) : (
        <Card withBorder radius="lg" padding={0}>
          <Table
            verticalSpacing="sm"
            horizontalSpacing="sm"
            striped
            data-testid="rent-history"
            styles={{ th: { whiteSpace: 'nowrap' } }}
          >
            <Table.Caption style={{ captionSide: 'top', margin: 0 }}>
              <VisuallyHidden>{t('rent.historyCaption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rent.date')}</Table.Th>
                <Table.Th scope="col">{t('rent.description')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('rent.amount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => {
                const payment = entry.kind === 'PAYMENT';
                return (
                  <Table.Tr key={entry.id} data-testid="rent-entry" data-kind={entry.kind}>
                    <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                      <time dateTime={entry.date}>{format.day(entry.date)}</time>
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'break-word', verticalAlign: 'top' }}>
                      <Text size="sm">{entry.description}</Text>
                      {entry.reference && (
                        <Text size="xs" c="dimmed">
                          {t('rent.reference', { reference: entry.reference })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                      <Text size="sm" fw={700} c={payment ? 'teal.9' : undefined}>
                        {money(entry.amount)}
                      </Text>
                      <Text size="xs" c={payment ? 'teal.9' : 'dimmed'} fw={payment ? 600 : 400}>
                        {payment ? t('rent.payment') : t('rent.charge')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
};
