import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionFeedback } from '../hooks/useWorkOrderAction';

export interface ActionFeedbackAlertProps {
  feedback: ActionFeedback;
}

/** What stopped an action that belongs to no single field: the request changed meanwhile, or another reason. */
export const ActionFeedbackAlert = ({ feedback }: ActionFeedbackAlertProps) => {
  const { t } = useTranslation();
  if (feedback.conflict) {
    return (
      <Alert
        color="orange"
        icon={<IconRefresh aria-hidden />}
        title={t('actions.conflictTitle')}
        role="alert"
        data-testid="action-conflict"
      >
        <Text size="sm">{t('actions.conflict')}</Text>
        {feedback.general.length > 0 && (
          <List size="sm" mt="xs">
            {feedback.general.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  }
  if (feedback.general.length === 0) return null;
  return (
    <Alert
      color="red"
      icon={<IconAlertCircle aria-hidden />}
      title={t('actions.failedTitle')}
      role="alert"
      data-testid="action-error"
    >
      {feedback.general.length === 1 ? (
        <Text size="sm">{feedback.general[0]}</Text>
      ) : (
        <List size="sm">
          {feedback.general.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
};
