import { Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DESCRIPTION_MAX, TITLE_MAX } from '../hooks/draft';
import type { StepProps } from './step-props';

export const DescribeStep = ({ draft, errors, onChange }: StepProps) => {
  const { t } = useTranslation();
  const counter = (current: number, max: number): string => t('common.charactersCount', { current, max });
  return (
    <Stack gap="lg">
      <TextInput
        label={t('intake.describe.title')}
        placeholder={t('intake.describe.titlePlaceholder')}
        description={counter(draft.title.trim().length, TITLE_MAX)}
        value={draft.title}
        error={errors['title']}
        withAsterisk
        required
        name="title"
        autoComplete="off"
        onChange={(event) => onChange({ title: event.currentTarget.value })}
        data-testid="intake-title"
      />
      <Textarea
        label={t('intake.describe.description')}
        description={`${t('intake.describe.descriptionHint')} ${counter(draft.description.trim().length, DESCRIPTION_MAX)}`}
        value={draft.description}
        error={errors['description']}
        withAsterisk
        required
        name="description"
        autosize
        minRows={5}
        maxRows={14}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        data-testid="intake-description"
      />
    </Stack>
  );
};
