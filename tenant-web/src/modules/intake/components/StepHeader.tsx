import { Progress, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface StepHeaderProps {
  /** 0-based. */
  index: number;
  total: number;
  title: string;
  /** The heading, focused when the step changes. */
  ref?: Ref<HTMLHeadingElement>;
}

/** "Step 2 of 6", a progress bar and the step's heading. */
export const StepHeader = ({ index, total, title, ref }: StepHeaderProps) => {
  const { t } = useTranslation();
  const label = t('intake.stepOf', { current: index + 1, total });
  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Progress value={((index + 1) / total) * 100} size="sm" aria-label={label} />
      <Title order={2} fz="h3" ref={ref} tabIndex={-1} mt={4} style={{ outlineOffset: 4 }}>
        {title}
      </Title>
    </Stack>
  );
};
