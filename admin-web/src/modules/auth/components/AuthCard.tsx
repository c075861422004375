import { Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The centred card the sign-in screens sit in. */
export function AuthCard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-gray-0)" component="main">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
        <Stack gap="lg">
          <Stack gap={4} align="center">
            <Group gap={8}>
              <ThemeIcon variant="filled" radius="md" size="lg" aria-hidden>
                <IconTool size={20} />
              </ThemeIcon>
              <Title order={1} size="h2">
                {t('app.name')}
              </Title>
            </Group>
            <Text size="sm" c="dimmed">
              {t('login.subtitle')}
            </Text>
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
