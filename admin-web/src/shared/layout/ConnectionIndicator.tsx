import { Badge, Loader, Tooltip } from '@mantine/core';
import { IconPlugConnectedX, IconPointFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../../app/connection-status';

const COLORS: Record<ConnectionStatus, string> = {
  live: 'teal',
  connecting: 'gray',
  reconnecting: 'orange',
  idle: 'gray',
};

function StatusIcon({ status }: { status: ConnectionStatus }) {
  if (status === 'live') return <IconPointFilled size={14} aria-hidden />;
  if (status === 'idle') return <IconPlugConnectedX size={12} aria-hidden />;
  return <Loader size={10} color={COLORS[status]} aria-hidden />;
}

/** Live / Reconnecting… from the WebSocket's own events. */
export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`connection.hint.${status}`)} withArrow>
      <Badge
        component="span"
        role="status"
        variant="light"
        color={COLORS[status]}
        size="lg"
        radius="sm"
        leftSection={<StatusIcon status={status} />}
        data-testid="connection-status"
        data-status={status}
        tt="none"
        style={{ flexShrink: 0, overflow: 'visible' }}
      >
        {t(`connection.${status}`)}
      </Badge>
    </Tooltip>
  );
}
