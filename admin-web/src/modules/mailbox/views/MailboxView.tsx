import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Code,
  EmptyState,
  Grid,
  Group,
  Paper,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconMailbox, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useLocale } from '../../../shared/hooks/useLocale';
import { useNow } from '../../../shared/hooks/useNow';
import { MailList } from '../components/MailList';
import { MailViewer } from '../components/MailViewer';
import { DevelopmentMailboxQuery } from '../graphql/mailbox.graphql';

const MAIL_COUNT = 100;

/** Mailbox (development): the mails the api kept because no SMTP server is configured. */
export function MailboxView() {
  const { t } = useTranslation();
  useDocumentTitle(t('mailbox.documentTitle'));
  const locale = useLocale();
  const now = useNow();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const { data, loading, error, refetch } = useQuery(DevelopmentMailboxQuery, {
    variables: { first: MAIL_COUNT },
    fetchPolicy: 'cache-and-network',
  });
  const mails = data?.developmentMailbox;
  const selected = mails?.find((mail) => mail.id === selectedId) ?? mails?.[0] ?? null;

  const refresh = () => {
    setRefreshing(true);
    refetch()
      .catch(() => undefined)
      .finally(() => setRefreshing(false));
  };

  let body;
  if (!mails && loading)
    body = (
      <Stack gap="xs" aria-hidden>
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} height={56} radius="sm" />
        ))}
      </Stack>
    );
  else if (!mails && error)
    body = (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
        <Text size="sm" mb="xs">
          {t('mailbox.loadError')}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={refresh}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else if (!mails || mails.length === 0 || !selected)
    body = (
      <EmptyState
        icon={<IconMailbox size={24} aria-hidden />}
        title={t('mailbox.empty.title')}
        description={<Trans i18nKey="mailbox.empty.description" components={{ code: <Code /> }} />}
        py="xl"
        data-testid="mailbox-empty"
      />
    );
  else
    body = (
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder radius="md" p={4}>
            <ScrollArea.Autosize mah={{ base: 320, md: 'calc(100dvh - 220px)' }} type="auto">
              <MailList
                mails={mails}
                selectedId={selected.id}
                now={now}
                locale={locale}
                onSelect={setSelectedId}
              />
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder radius="md" p="md">
            <MailViewer key={selected.id} mail={selected} locale={locale} />
          </Paper>
        </Grid.Col>
      </Grid>
    );

  return (
    <Stack gap="md" component="section" aria-labelledby="mailbox-heading" maw={1400}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Group gap="xs">
            <Title order={1} size="h3" id="mailbox-heading">
              {t('mailbox.title')}
            </Title>
            {mails && (
              <Badge variant="default" radius="sm">
                {mails.length}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('mailbox.subtitle')}
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden />}
          loading={refreshing}
          onClick={refresh}
        >
          {t('mailbox.refresh')}
        </Button>
      </Group>
      {body}
    </Stack>
  );
}
