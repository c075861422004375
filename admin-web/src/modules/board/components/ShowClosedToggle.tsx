import { Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ShowClosedToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** Shows the CLOSED and CANCELLED columns. */
export function ShowClosedToggle({ checked, onChange }: ShowClosedToggleProps) {
  const { t } = useTranslation();
  // The URL is the source of truth, but it updates in a transition: answer the click at once.
  const [optimistic, setOptimistic] = useState(checked);
  const [fromProps, setFromProps] = useState(checked);
  if (checked !== fromProps) {
    setFromProps(checked);
    setOptimistic(checked);
  }
  return (
    <Switch
      label={t('board.filters.showClosed')}
      checked={optimistic}
      onChange={(event) => {
        setOptimistic(event.currentTarget.checked);
        onChange(event.currentTarget.checked);
      }}
    />
  );
}
