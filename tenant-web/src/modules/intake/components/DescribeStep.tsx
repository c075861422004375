import { Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommonAreaRequestFieldsFragment } from '../../../generated/graphql';
import { AttachmentPicker } from '../../../shared/components/AttachmentPicker';
import type { Uploads } from '../../../shared/hooks/useUploads';
import { DESCRIPTION_MAX, TITLE_MAX } from '../hooks/draft';
import { SimilarRequests } from '../../common-areas/components/SimilarRequests';
import type { StepProps } from './step-props';

/** For a shared area: the building's open problems that match what the tenant types, with "Me too". */
export interface DescribeStepSimilar {
  propertyId: string | null;
  pendingId: string | null;
  onMeToo: (request: CommonAreaRequestFieldsFragment) => void;
}

export interface DescribeStepProps extends StepProps {
  /** Photos and videos: kept by the flow, so uploads go on while the tenant moves between steps. */
  uploads: Uploads;
  similar?: DescribeStepSimilar;
}

export const DescribeStep = ({ draft, errors, onChange, uploads, similar }: DescribeStepProps) => {
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
      {similar && draft.locationKind === 'COMMON_AREA' && (
        <SimilarRequests
          propertyId={similar.propertyId}
          text={draft.title.trim() || draft.description}
          pendingId={similar.pendingId}
          onMeToo={similar.onMeToo}
        />
      )}
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
      <AttachmentPicker
        uploads={uploads}
        label={t('intake.describe.attachments')}
        error={errors['attachments']}
      />
    </Stack>
  );
};
