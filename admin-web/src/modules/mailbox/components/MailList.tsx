import { Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DevelopmentMailboxQuery } from '../../../generated/graphql';
import { formatAge, formatDateTime } from '../../../shared/format/intl';
import classes from './MailList.module.css';

export type KeptMail = DevelopmentMailboxQuery['developmentMailbox'][number];

export interface MailListProps {
  mails: readonly KeptMail[];
  selectedId: string | null;
  now: number;
  locale: string;
  onSelect: (id: string) => void;
}

/** Kept mails, newest first: recipient, subject and when. */
export function MailList({ mails, selectedId, now, locale, onSelect }: MailListProps) {
  const { t } = useTranslation();
  return (
    <ul className={classes.list} aria-label={t('mailbox.listLabel')} data-testid="mailbox-list">
      {mails.map((mail) => {
        const selected = mail.id === selectedId;
        return (
          <li key={mail.id}>
            <UnstyledButton
              className={classes.item}
              onClick={() => onSelect(mail.id)}
              data-selected={selected || undefined}
              aria-current={selected ? 'true' : undefined}
              data-testid="mailbox-item"
            >
              <Text component="span" display="block" size="xs" c="gray.7" truncate>
                {t('mailbox.toLine', { to: mail.to })}
              </Text>
              <Text component="span" display="block" size="sm" fw={selected ? 650 : 500} lineClamp={2}>
                {mail.subject || t('mailbox.noSubject')}
              </Text>
              <Text
                size="xs"
                c="gray.7"
                component="time"
                dateTime={mail.sentAt}
                title={formatDateTime(mail.sentAt, locale)}
              >
                {formatAge(mail.sentAt, now, locale) ?? t('time.justNow')}
              </Text>
            </UnstyledButton>
          </li>
        );
      })}
    </ul>
  );
}
