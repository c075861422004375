import { Button, Group, Text } from '@mantine/core';

export interface NotificationToastProps {
  body: string;
  /** "Open #1042"; null when the notification leads nowhere. */
  openLabel: string | null;
  onOpen: () => void;
}

/** The message of a new notification's toast, with a button to its work order. */
export function NotificationToast({ body, openLabel, onOpen }: NotificationToastProps) {
  return (
    <>
      <Text size="sm" lineClamp={3}>
        {body}
      </Text>
      {openLabel && (
        <Group mt={6} gap="xs">
          <Button size="compact-xs" variant="light" onClick={onOpen} data-testid="notification-toast-open">
            {openLabel}
          </Button>
        </Group>
      )}
    </>
  );
}
