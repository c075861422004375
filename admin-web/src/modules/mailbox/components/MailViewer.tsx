import { Code, Group, ScrollArea, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconCode, IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/intl';
import type { KeptMail } from './MailList';

export interface MailViewerProps {
  mail: KeptMail;
  locale: string;
}

/**
 * One kept mail: the HTML in a sandboxed frame (no scripts, no same-origin access, no forms) and the
 * plain-text part.
 */
export function MailViewer({ mail, locale }: MailViewerProps) {
  const { t } = useTranslation();
  const subject = mail.subject || t('mailbox.noSubject');
  return (
    <Stack gap="sm" data-testid="mailbox-viewer">
      <div>
        <Title order={2} size="h4">
          {subject}
        </Title>
        <Group gap="md" mt={4}>
          <Text size="sm">
            <Text span c="dimmed">
              {t('mailbox.to')}
            </Text>{' '}
            {mail.to}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('mailbox.sentAt')}
            </Text>{' '}
            <time dateTime={mail.sentAt}>{formatDateTime(mail.sentAt, locale)}</time>
          </Text>
        </Group>
        <Text size="xs" c="dimmed" ff="monospace" truncate>
          {mail.messageId}
        </Text>
      </div>
      <Tabs defaultValue="html" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="html" leftSection={<IconMail size={16} aria-hidden />}>
            {t('mailbox.html')}
          </Tabs.Tab>
          <Tabs.Tab value="text" leftSection={<IconCode size={16} aria-hidden />}>
            {t('mailbox.text')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="sm">
          <iframe
            // An empty sandbox: the mail's HTML can run nothing and reach nothing.
            sandbox=""
            srcDoc={mail.html}
            title={t('mailbox.htmlFrame', { subject })}
            referrerPolicy="no-referrer"
            style={{
              width: '100%',
              height: 'min(70dvh, 640px)',
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 'var(--mantine-radius-sm)',
              background: 'white',
            }}
            data-testid="mailbox-html"
          />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="sm">
          <ScrollArea.Autosize mah="min(70dvh, 640px)">
            <Code block style={{ whiteSpace: 'pre-wrap' }} data-testid="mailbox-text">
              {mail.text}
            </Code>
          </ScrollArea.Autosize>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
