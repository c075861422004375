import { Text, Tooltip, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatAge, formatDateTime } from '../format/intl';
import { useLocale } from '../hooks/useLocale';

export interface RelativeTimeProps extends TextProps {
  iso: string;
  now: number;
}

/** "3h ago" with the full date and time on hover. */
export function RelativeTime({ iso, now, ...textProps }: RelativeTimeProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const full = formatDateTime(iso, locale);
  return (
    <Tooltip label={full} withArrow>
      <Text component="time" dateTime={iso} size="sm" {...textProps}>
        {formatAge(iso, now, locale) ?? t('time.justNow')}
      </Text>
    </Tooltip>
  );
}
