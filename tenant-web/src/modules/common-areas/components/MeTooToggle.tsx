import { Button } from '@mantine/core';
import { IconCheck, IconHandStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface MeTooToggleProps {
  pressed: boolean;
  loading: boolean;
  onToggle: () => void;
  /** The id of the request's title: screen readers hear which problem the button is for. */
  describedBy: string;
}

/** "Me too", a toggle button (aria-pressed): on, the tenant counts as affected. */
export const MeTooToggle = ({ pressed, loading, onToggle, describedBy }: MeTooToggleProps) => {
  const { t } = useTranslation();
  return (
    <Button
      variant={pressed ? 'filled' : 'outline'}
      aria-pressed={pressed}
      aria-describedby={describedBy}
      loading={loading}
      onClick={onToggle}
      leftSection={pressed ? <IconCheck size={18} aria-hidden /> : <IconHandStop size={18} aria-hidden />}
      data-testid="me-too-toggle"
    >
      {t('building.meToo')}
    </Button>
  );
};
