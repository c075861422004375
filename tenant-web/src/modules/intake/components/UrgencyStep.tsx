import { Box, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import {
  IconAlertTriangleFilled,
  IconArrowDown,
  IconClockExclamation,
  IconTool,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../generated/graphql';
import { EmergencyCallout } from '../../../shared/components/EmergencyCallout';
import type { IntakeSeverityLevel, IntakeUnit } from '../hooks/draft';
import { ChoiceCard } from './ChoiceCard';
import type { StepProps } from './step-props';

export interface UrgencyStepProps extends StepProps {
  levels: readonly IntakeSeverityLevel[];
  /** The chosen home, whose property's hotline an emergency shows. */
  unit: IntakeUnit | undefined;
}

const LEVEL_LOOK: Record<Severity, { color: string; icon: Icon }> = {
  EMERGENCY: { color: 'red', icon: IconAlertTriangleFilled },
  URGENT: { color: 'orange', icon: IconClockExclamation },
  ROUTINE: { color: 'blue', icon: IconTool },
  LOW: { color: 'gray', icon: IconArrowDown },
};

export const UrgencyStep = ({ draft, errors, onChange, levels, unit }: UrgencyStepProps) => {
  const { t } = useTranslation();
  const calloutRef = useRef<HTMLDivElement>(null);
  const emergency = draft.severity === 'EMERGENCY';

  // The hotline appears below the choices: bring it into view at once on a phone.
  useEffect(() => {
    if (!emergency) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    calloutRef.current?.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'nearest' });
  }, [emergency]);

  const bySeverity = (value: string): Severity | undefined =>
    levels.find((level) => level.severity === value)?.severity;

  return (
    <Stack gap="lg">
      <Radio.Group
        label={t('intake.urgency.label')}
        value={draft.severity}
        onChange={(value) => {
          const severity = bySeverity(value);
          if (severity) onChange({ severity });
        }}
        error={errors['severity']}
        data-invalid={errors['severity'] ? true : undefined}
        withAsterisk
      >
        <Stack gap="xs" mt="xs">
          {levels.map((level) => {
            const look = LEVEL_LOOK[level.severity];
            const LevelIcon = look.icon;
            return (
              <ChoiceCard
                key={level.severity}
                value={level.severity}
                color={look.color}
                icon={<LevelIcon size={20} />}
                title={level.label}
                description={level.definition}
                testId={`severity-${level.severity}`}
              >
                <Text size="sm" fw={600}>
                  {t('intake.urgency.expectation', { expectation: level.responseExpectation })}
                </Text>
              </ChoiceCard>
            );
          })}
        </Stack>
      </Radio.Group>

      <Box ref={calloutRef}>
        {emergency && unit && (
          <EmergencyCallout
            hotline={unit.property.emergencyHotline}
            title={t('emergency.title')}
            body={t('emergency.body')}
            afterHoursInstructions={unit.property.afterHoursInstructions}
          />
        )}
      </Box>
    </Stack>
  );
};
