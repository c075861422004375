import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface ErrorAlertProps {
  /** What failed, in the tenant's words. */
  message: string;
  /** How to fix it (e.g. check the connection). */
  detail?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

export const ErrorAlert = ({ message, detail, onRetry, retrying = false }: ErrorAlertProps) => {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={message} role="alert">
      <Stack gap="sm" align="flex-start">
        {detail && <Text size="sm">{detail}</Text>}
        {onRetry && (
          <Button
            variant="white"
            color="red"
            leftSection={<IconRefresh size={18} aria-hidden />}
            onClick={onRetry}
            loading={retrying}
          >
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
};
