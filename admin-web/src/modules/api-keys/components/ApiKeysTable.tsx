import { Badge, Button, Code, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/intl';
import { RelativeTime } from '../../../shared/ui/RelativeTime';

export interface ApiKeysTableProps {
  apiKeys: readonly ApiKeyFieldsFragment[];
  locale: string;
  now: number;
  onRevoke: (apiKey: ApiKeyFieldsFragment) => void;
}

export function ApiKeysTable({ apiKeys, locale, now, onRevoke }: ApiKeysTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="api-keys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('apiKeys.columns.name')}</Table.Th>
            <Table.Th>{t('apiKeys.columns.key')}</Table.Th>
            <Table.Th>{t('apiKeys.columns.scopes')}</Table.Th>
            <Table.Th>{t('apiKeys.columns.created')}</Table.Th>
            <Table.Th>{t('apiKeys.columns.lastUsed')}</Table.Th>
            <Table.Th>{t('apiKeys.columns.status')}</Table.Th>
            <Table.Th aria-label={t('common.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apiKeys.map((apiKey) => {
            const revoked = apiKey.revokedAt !== null;
            return (
              <Table.Tr
                key={apiKey.id}
                data-testid="api-key-row"
                data-status={revoked ? 'revoked' : 'active'}
                c={revoked ? 'dimmed' : undefined}
              >
                <Table.Td>
                  <Text size="sm" fw={500} td={revoked ? 'line-through' : undefined}>
                    {apiKey.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Code>{apiKey.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {apiKey.scopes.map((scope) => (
                      <Tooltip key={scope} label={t(`apiKeys.scope.${scope}.description`)} withArrow>
                        <Badge variant="light" color="gray" radius="sm" size="sm" tt="none">
                          {t(`apiKeys.scope.${scope}.label`)}
                        </Badge>
                      </Tooltip>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(apiKey.createdAt, locale)}</Text>
                </Table.Td>
                <Table.Td>
                  {apiKey.lastUsedAt ? (
                    <RelativeTime iso={apiKey.lastUsedAt} now={now} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('apiKeys.neverUsed')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {revoked && apiKey.revokedAt ? (
                    <Tooltip
                      label={t('apiKeys.revokedAt', { date: formatDateTime(apiKey.revokedAt, locale) })}
                      withArrow
                    >
                      <Badge color="gray" variant="light" radius="sm">
                        {t('apiKeys.status.revoked')}
                      </Badge>
                    </Tooltip>
                  ) : (
                    <Badge color="teal" variant="light" radius="sm">
                      {t('apiKeys.status.active')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {!revoked && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      leftSection={<IconBan size={14} aria-hidden />}
                      onClick={() => onRevoke(apiKey)}
                      aria-label={t('apiKeys.revokeNamed', { name: apiKey.name })}
                      data-testid="api-key-revoke"
                    >
                      {t('apiKeys.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
