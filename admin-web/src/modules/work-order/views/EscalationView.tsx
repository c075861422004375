import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderEscalationFragment } from '../../../generated/graphql';
import { graphQLErrorCode } from '../../../shared/graphql/user-errors';
import { EscalationPanel } from '../components/EscalationPanel';
import { AcknowledgeEmergencyMutation } from '../graphql/work-order.graphql';

export interface EscalationViewProps {
  workOrder: { id: string; number: number; escalation: WorkOrderEscalationFragment };
  canAcknowledge: boolean;
  locale: string;
  now: number;
  timeZone?: string;
}

/** The escalation panel wired to `acknowledgeEmergency`. */
export function EscalationView({ workOrder, canAcknowledge, locale, now, timeZone }: EscalationViewProps) {
  const { t } = useTranslation();
  const [acknowledge, { loading }] = useMutation(AcknowledgeEmergencyMutation);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    try {
      const payload = (await acknowledge({ variables: { input: { workOrderId: workOrder.id } } })).data
        ?.acknowledgeEmergency;
      if (!payload) setError(t('dispatch.errors.unexpected'));
      else if (payload.userErrors.length > 0) setError(payload.userErrors.map((e) => e.message).join(' '));
      else
        notifications.show({
          color: 'teal',
          title: t('workOrder.escalation.doneTitle'),
          message: t('workOrder.escalation.doneBody', { number: workOrder.number }),
        });
    } catch (caught) {
      setError(
        graphQLErrorCode(caught) === 'FORBIDDEN'
          ? t('dispatch.errors.forbidden')
          : t('dispatch.errors.network'),
      );
    }
  };

  return (
    <EscalationPanel
      escalation={workOrder.escalation}
      locale={locale}
      now={now}
      timeZone={timeZone}
      canAcknowledge={canAcknowledge}
      acknowledging={loading}
      error={error}
      onAcknowledge={() => void run()}
    />
  );
}
