import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLinkOff, IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** A used, replaced, expired or missing invite link: what that means and what to do. */
export const InvalidInvite = ({ message }: { message?: string }) => {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="lg" role="alert" data-testid="invite-invalid">
      <Stack gap="md" align="center" ta="center">
        <IconLinkOff size={40} aria-hidden color="var(--mantine-color-gray-7)" />
        <Title order={1} fz="h2">
          {t('invite.invalidTitle')}
        </Title>
        <Text>{t('invite.invalidBody')}</Text>
        {message && (
          <Text size="sm" c="dimmed">
            {message}
          </Text>
        )}
        <Button
          component={Link}
          to="/login"
          size="lg"
          fullWidth
          leftSection={<IconLogin size={20} aria-hidden />}
          data-testid="invite-sign-in"
        >
          {t('invite.signIn')}
        </Button>
      </Stack>
    </Paper>
  );
};
