import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

export interface SettingsErrorProps {
  messages: readonly string[];
}

/** What the server refused, listed; nothing when there is nothing to say. */
export function SettingsError({ messages }: SettingsErrorProps) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
