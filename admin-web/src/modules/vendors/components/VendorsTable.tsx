import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VendorFieldsFragment } from '../../../generated/graphql';
import { formatCalendarDate, formatMoney } from '../../../shared/format/intl';
import { InsuranceCell } from './InsuranceCell';

export interface VendorsTableProps {
  vendors: readonly VendorFieldsFragment[];
  locale: string;
  now: number;
  onEdit: (vendor: VendorFieldsFragment) => void;
}

export function VendorsTable({ vendors, locale, now, onEdit }: VendorsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table highlightOnHover verticalSpacing="sm" stickyHeader data-testid="vendors-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vendors.columns.name')}</Table.Th>
            <Table.Th miw={180}>{t('vendors.columns.services')}</Table.Th>
            <Table.Th miw={230}>{t('vendors.columns.insurance')}</Table.Th>
            <Table.Th>{t('vendors.columns.license')}</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('vendors.columns.capacity')}
            </Table.Th>
            <Table.Th miw={100}>{t('vendors.columns.status')}</Table.Th>
            <Table.Th aria-label={t('common.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {vendors.map((vendor) => (
            <Table.Tr
              key={vendor.id}
              data-testid="vendor-row"
              style={vendor.active ? undefined : { opacity: 0.65 }}
            >
              <Table.Td>
                <Text size="sm" fw={600}>
                  {vendor.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {[vendor.contactName, vendor.phone, vendor.email].filter(Boolean).join(' · ') ||
                    t('vendors.noContact')}
                </Text>
                {vendor.hourlyRate && (
                  <Text size="xs" c="dimmed">
                    {t('vendors.rate', { amount: formatMoney(vendor.hourlyRate, locale) })}
                    {vendor.calloutFee
                      ? ` · ${t('vendors.callout', { amount: formatMoney(vendor.calloutFee, locale) })}`
                      : ''}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {vendor.services.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('vendors.noServices')}
                    </Text>
                  ) : (
                    vendor.services
                      .slice()
                      .sort((a, b) => a.rank - b.rank)
                      .map((service) => (
                        <Badge
                          key={service.category.id}
                          variant={service.rank === 1 ? 'light' : 'default'}
                          radius="sm"
                          size="sm"
                          tt="none"
                          miw="fit-content"
                          title={t('vendors.rankTitle', {
                            rank: service.rank,
                            category: service.category.name,
                          })}
                        >
                          {service.category.name} · #{service.rank}
                        </Badge>
                      ))
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <InsuranceCell
                  expiresOn={vendor.insuranceExpiresOn}
                  valid={vendor.insuranceValid}
                  now={now}
                  locale={locale}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{vendor.licenseNumber ?? '—'}</Text>
                {vendor.licenseExpiresOn && (
                  <Text size="xs" c="dimmed">
                    {t('vendors.licenseExpires', {
                      date: formatCalendarDate(vendor.licenseExpiresOn, locale),
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {t('vendors.perWeek', { count: vendor.weeklyCapacity })}
              </Table.Td>
              <Table.Td>
                <Badge
                  color={vendor.active ? 'teal' : 'gray'}
                  variant="light"
                  radius="sm"
                  style={{ flexShrink: 0 }}
                  miw="fit-content"
                >
                  {t(vendor.active ? 'vendors.active' : 'vendors.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => onEdit(vendor)}
                  aria-label={t('vendors.editNamed', { name: vendor.name })}
                  data-testid="vendor-edit"
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
}
