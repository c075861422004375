import type { TFunction } from 'i18next';
import type { LocationKind } from '../../generated/graphql';

export interface LocatedWorkOrder {
  locationKind: LocationKind;
  locationDetail: string | null;
  property: { name: string };
  unit: { label: string } | null;
}

/** "Property · Unit 4B", or "Property · Laundry room" for a common area. */
export function describeLocation(workOrder: LocatedWorkOrder, t: TFunction): string {
  const place =
    workOrder.locationKind === 'COMMON_AREA'
      ? (workOrder.locationDetail ?? t('workOrder.commonArea'))
      : workOrder.unit
        ? t('workOrder.unitLabel', { label: workOrder.unit.label })
        : null;
  return place
    ? t('workOrder.locationJoin', { property: workOrder.property.name, place })
    : workOrder.property.name;
}
