import { Radio, SimpleGrid } from '@mantine/core';
import {
  IconBolt,
  IconBug,
  IconDoor,
  IconDroplet,
  IconFridge,
  IconTemperature,
  IconTool,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntakeCategory } from '../hooks/draft';
import { ChoiceCard } from './ChoiceCard';
import type { StepProps } from './step-props';

export interface WhatStepProps extends StepProps {
  categories: readonly IntakeCategory[];
}

const CATEGORY_ICONS: Partial<Record<string, Icon>> = {
  PLUMBING: IconDroplet,
  ELECTRICAL: IconBolt,
  HVAC: IconTemperature,
  APPLIANCES: IconFridge,
  STRUCTURAL: IconDoor,
  PEST_CONTROL: IconBug,
  GENERAL: IconTool,
};

export const WhatStep = ({ draft, errors, onChange, categories }: WhatStepProps) => {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('intake.what.label')}
      value={draft.categoryId}
      onChange={(categoryId) => onChange({ categoryId })}
      error={errors['categoryId']}
      data-invalid={errors['categoryId'] ? true : undefined}
      withAsterisk
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
        {categories.map((category) => {
          const CategoryIcon = CATEGORY_ICONS[category.key.toUpperCase().replace(/[\s-]/g, '_')] ?? IconTool;
          return (
            <ChoiceCard
              key={category.id}
              value={category.id}
              icon={<CategoryIcon size={20} />}
              title={category.name}
              description={
                category.examples.length > 0
                  ? t('intake.what.examples', { examples: category.examples.join(', ') })
                  : undefined
              }
              testId={`category-${category.key}`}
            />
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
};
