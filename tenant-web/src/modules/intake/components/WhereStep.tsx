import { Alert, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconBuildingCommunity, IconHome, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LocationKind } from '../../../generated/graphql';
import { ROOMS, selectedUnit, type IntakeUnit, type Room } from '../hooks/draft';
import { ChoiceCard } from './ChoiceCard';
import type { StepProps } from './step-props';

export interface WhereStepProps extends StepProps {
  units: readonly IntakeUnit[];
}

const isLocationKind = (value: string): value is LocationKind => value === 'UNIT' || value === 'COMMON_AREA';
const isRoom = (value: string): value is Room => (ROOMS as readonly string[]).includes(value);

export const WhereStep = ({ draft, errors, onChange, units }: WhereStepProps) => {
  const { t } = useTranslation();
  const unit = selectedUnit(draft, units);
  const commonAreas = unit?.property.commonAreas ?? [];

  return (
    <Stack gap="lg">
      {units.length > 1 && (
        <Radio.Group
          label={t('intake.where.unit')}
          value={draft.unitId}
          onChange={(unitId) => onChange({ unitId, commonArea: null })}
          error={errors['unitId']}
          data-invalid={errors['unitId'] ? true : undefined}
          withAsterisk
        >
          <Stack gap="xs" mt="xs">
            {units.map((option) => (
              <ChoiceCard
                key={option.id}
                value={option.id}
                icon={<IconHome size={20} />}
                title={t('intake.where.unitOption', { unit: option.label })}
                description={option.property.name}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}

      <Radio.Group
        label={t('intake.where.kind')}
        value={draft.locationKind}
        onChange={(value) => {
          if (isLocationKind(value)) onChange({ locationKind: value });
        }}
        error={errors['locationKind']}
        data-invalid={errors['locationKind'] ? true : undefined}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
          <ChoiceCard
            value="UNIT"
            icon={<IconHome size={20} />}
            title={t('intake.where.kindUnit')}
            description={unit ? t('intake.where.kindUnitHint', { unit: unit.label }) : undefined}
            testId="location-unit"
          />
          <ChoiceCard
            value="COMMON_AREA"
            icon={<IconBuildingCommunity size={20} />}
            title={t('intake.where.kindCommon')}
            description={t('intake.where.kindCommonHint')}
            testId="location-common-area"
          />
        </SimpleGrid>
      </Radio.Group>

      {draft.locationKind === 'UNIT' && (
        <Stack gap="sm">
          <Radio.Group
            label={t('intake.where.room')}
            value={draft.room}
            onChange={(value) => {
              if (isRoom(value)) onChange({ room: value });
            }}
            error={errors['room']}
            data-invalid={errors['room'] ? true : undefined}
            withAsterisk
          >
            <SimpleGrid cols={2} spacing="xs" mt="xs">
              {ROOMS.map((room) => (
                <ChoiceCard
                  key={room}
                  value={room}
                  title={t(`intake.rooms.${room}`)}
                  testId={`room-${room}`}
                />
              ))}
            </SimpleGrid>
          </Radio.Group>
          {draft.room === 'other' && (
            <TextInput
              label={t('intake.where.otherRoom')}
              placeholder={t('intake.where.otherRoomPlaceholder')}
              value={draft.otherRoom}
              maxLength={120}
              error={errors['otherRoom']}
              onChange={(event) => onChange({ otherRoom: event.currentTarget.value })}
            />
          )}
        </Stack>
      )}

      {draft.locationKind === 'COMMON_AREA' &&
        unit &&
        (commonAreas.length === 0 ? (
          <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} role="alert">
            {t('intake.where.noCommonAreas')}
          </Alert>
        ) : (
          <Radio.Group
            label={t('intake.where.commonArea')}
            value={draft.commonArea}
            onChange={(commonArea) => onChange({ commonArea })}
            error={errors['commonArea']}
            data-invalid={errors['commonArea'] ? true : undefined}
            withAsterisk
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
              {commonAreas.map((area) => (
                <ChoiceCard key={area} value={area} title={area} />
              ))}
            </SimpleGrid>
          </Radio.Group>
        ))}
    </Stack>
  );
};
