import { Badge, Group, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldExclamation, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../shared/format/intl';
import { daysBetween, zonedDateKey } from '../../../shared/format/zoned';

/** Days before expiry from which a vendor's insurance shows amber. */
export const EXPIRY_WARNING_DAYS = 30;

export type InsuranceState = 'valid' | 'expiring' | 'expired' | 'missing';

export function insuranceState(expiresOn: string | null, valid: boolean, now: number): InsuranceState {
  if (!valid) return expiresOn ? 'expired' : 'missing';
  if (!expiresOn) return 'valid';
  const days = daysBetween(zonedDateKey(new Date(now), undefined), expiresOn);
  return days !== null && days <= EXPIRY_WARNING_DAYS ? 'expiring' : 'valid';
}

/** Insurance expiry: red when the api says it is not valid, amber within 30 days. */
export function InsuranceCell({
  expiresOn,
  valid,
  now,
  locale,
}: {
  expiresOn: string | null;
  valid: boolean;
  now: number;
  locale: string;
}) {
  const { t } = useTranslation();
  const state = insuranceState(expiresOn, valid, now);
  const days = expiresOn ? daysBetween(zonedDateKey(new Date(now), undefined), expiresOn) : null;
  const date = expiresOn ? formatCalendarDate(expiresOn, locale) : null;
  if (state === 'expired' || state === 'missing') {
    return (
      <Group gap={6} wrap="wrap" data-insurance={state}>
        <Badge
          color="red"
          variant="filled"
          radius="sm"
          size="sm"
          leftSection={<IconShieldX size={12} aria-hidden />}
        >
          {t(state === 'expired' ? 'vendors.insurance.expired' : 'vendors.insurance.missing')}
        </Badge>
        {date && (
          <Text size="sm" c="red.7">
            {date}
          </Text>
        )}
      </Group>
    );
  }
  if (state === 'expiring') {
    return (
      <Group gap={6} wrap="wrap" data-insurance={state}>
        <Badge
          color="yellow"
          c="dark"
          variant="filled"
          radius="sm"
          size="sm"
          miw="fit-content"
          leftSection={<IconShieldExclamation size={12} aria-hidden />}
        >
          {t('vendors.insurance.expiresIn', { count: Math.max(days ?? 0, 0) })}
        </Badge>
        <Text size="sm">{date}</Text>
      </Group>
    );
  }
  return (
    <Group gap={6} wrap="wrap" data-insurance={state}>
      <IconShieldCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
      <Text size="sm">{date ?? t('vendors.insurance.validNoDate')}</Text>
    </Group>
  );
}
