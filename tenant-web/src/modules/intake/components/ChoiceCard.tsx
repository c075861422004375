import { Group, Radio, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ChoiceCardProps {
  value: string;
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  /** Accent for the icon and the selected border. */
  color?: string;
  children?: ReactNode;
  testId?: string;
}

/** One option of a Radio.Group, as a large tappable card. */
export const ChoiceCard = ({ value, title, description, icon, color, children, testId }: ChoiceCardProps) => (
  <Radio.Card
    value={value}
    radius="md"
    p="sm"
    mih={56}
    data-testid={testId}
    style={(theme) => ({ '--choice-color': theme.colors[color ?? theme.primaryColor]?.[7] })}
    // Selected: a border in the accent colour plus the radio dot (see global.css), never colour alone.
    className="fixline-choice-card"
  >
    <Group wrap="nowrap" align="flex-start" gap="sm">
      <Radio.Indicator color={color} mt={2} />
      {icon && (
        <ThemeIcon variant="light" color={color} size={32} radius="md" aria-hidden>
          {icon}
        </ThemeIcon>
      )}
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600} lh={1.3}>
          {title}
        </Text>
        {description && (
          <Text size="sm" c="dimmed" lh={1.35}>
            {description}
          </Text>
        )}
        {children}
      </Stack>
    </Group>
  </Radio.Card>
);
