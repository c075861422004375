import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHome } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** What a tenant sees when they sign in to the manager console by mistake. */
export function TenantNotice({ name, onDismiss }: { name?: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconHome size={18} aria-hidden />}
      title={name ? t('tenantNotice.titleNamed', { name }) : t('tenantNotice.title')}
      role="alert"
      data-testid="tenant-notice"
    >
      <Text size="sm" mb="sm">
        {t('tenantNotice.body')}
      </Text>
      <Group gap="sm">
        <Button component="a" href="/" size="xs">
          {t('tenantNotice.goToTenantSite')}
        </Button>
        <Button variant="subtle" size="xs" onClick={onDismiss}>
          {t('tenantNotice.useOtherAccount')}
        </Button>
      </Group>
    </Alert>
  );
}
