import { ActionIcon, Alert, Code, CopyButton, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SecretRevealProps {
  /** What the secret is, e.g. "API key secret". */
  label: string;
  secret: string;
  testId?: string;
  /** How to use it, shown under the secret. */
  children?: ReactNode;
}

/** A secret shown once, highlighted, with a copy button and the warning that it won't be shown again. */
export function SecretReveal({ label, secret, testId, children }: SecretRevealProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle size={18} aria-hidden />}
        title={t('secret.warningTitle')}
        role="status"
      >
        {t('secret.warningBody')}
      </Alert>
      <Paper
        withBorder
        radius="md"
        p="sm"
        bg="yellow.0"
        style={{ borderColor: 'var(--mantine-color-yellow-5)' }}
      >
        <Text size="xs" fw={600} c="dimmed" mb={4}>
          {label}
        </Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            block
            flex={1}
            fz="sm"
            bg="white"
            style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', userSelect: 'all' }}
            data-testid={testId}
          >
            {secret}
          </Code>
          <CopyButton value={secret} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('secret.copied') : t('secret.copy')} withArrow>
                <ActionIcon
                  variant={copied ? 'filled' : 'light'}
                  color={copied ? 'teal' : 'blue'}
                  size="lg"
                  onClick={copy}
                  aria-label={t('secret.copyLabel', { label })}
                  data-testid={testId ? `${testId}-copy` : undefined}
                >
                  {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </Paper>
      {children}
    </Stack>
  );
}
