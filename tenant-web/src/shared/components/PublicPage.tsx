import { Container, Group, Stack, Text } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from './LanguageSelect';

/** The frame of a page seen before signing in (welcome, invite): the language choice and the app's name. */
export const PublicPage = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <Container size={440} px="md" pt="md" pb={48} component="main">
      <Stack gap="lg">
        <Group justify="flex-end">
          <LanguageSelect />
        </Group>
        <Group gap={8} justify="center">
          <IconTool size={32} aria-hidden color="var(--mantine-color-teal-8)" />
          <Text fw={800} fz={28}>
            {t('app.name')}
          </Text>
        </Group>
        {children}
      </Stack>
    </Container>
  );
};
