import { Fieldset, Group, Input, Text } from '@mantine/core';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useId } from 'react';

export interface StarRatingProps {
  /** The group's name, e.g. "How did we do?". */
  legend: string;
  /** 1..max, or null for none chosen yet. */
  value: number | null;
  onChange: (value: number) => void;
  /** Each star's accessible name, e.g. 3 → "3 stars". */
  starLabel: (value: number) => string;
  /** Shown next to the stars once chosen, e.g. "3 out of 5". */
  valueText?: (value: number) => string;
  error?: string;
  max?: number;
  testId?: string;
}

/**
 * 1–5 stars as a native radio group: Tab reaches it, arrow keys move and choose, each star is a radio with
 * its own name ("3 stars"), and the whole star is the touch target (48 px). Filled and outlined shapes,
 * not colour alone, tell chosen from not.
 */
export const StarRating = ({
  legend,
  value,
  onChange,
  starLabel,
  valueText,
  error,
  max = 5,
  testId,
}: StarRatingProps) => {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <Fieldset
      variant="unstyled"
      legend={
        <Text component="span" fw={600}>
          {legend}
        </Text>
      }
      data-testid={testId}
      aria-describedby={error ? errorId : undefined}
    >
      <Group gap={4} wrap="nowrap" mt={4}>
        {Array.from({ length: max }, (_, index) => {
          const star = index + 1;
          const filled = value !== null && star <= value;
          const Icon = filled ? IconStarFilled : IconStar;
          return (
            <label key={star} className="fixline-star" data-filled={filled || undefined}>
              <input
                type="radio"
                className="fixline-star-input"
                name={name}
                value={star}
                checked={value === star}
                onChange={() => onChange(star)}
                aria-label={starLabel(star)}
                aria-invalid={error ? true : undefined}
                data-testid={`star-${star}`}
              />
              <Icon size={34} aria-hidden className="fixline-star-icon" />
            </label>
          );
        })}
      </Group>
      {/* The checked radio already says it to screen readers. */}
      {value !== null && valueText && (
        <Text size="sm" fw={600} aria-hidden>
          {valueText(value)}
        </Text>
      )}
      {error && (
        <Input.Error id={errorId} mt={4}>
          {error}
        </Input.Error>
      )}
    </Fieldset>
  );
};
