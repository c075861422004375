import type { TFunction } from 'i18next';
import type {
  ContactMethod,
  IntakeSetupQuery,
  LocationKind,
  Severity,
  SubmitMaintenanceRequestInput,
} from '../../../generated/graphql';
import { userErrorPath, type UserErrorLike } from '../../../shared/errors';
import type { UploadedFile } from '../../../shared/hooks/useUploads';

export const STEPS = ['where', 'what', 'urgency', 'describe', 'access', 'review'] as const;
export type StepId = (typeof STEPS)[number];

export const ROOMS = [
  'kitchen',
  'bathroom',
  'bedroom',
  'livingRoom',
  'laundry',
  'exterior',
  'other',
] as const;
export type Room = (typeof ROOMS)[number];

export const CONTACT_METHODS: readonly ContactMethod[] = ['PHONE', 'SMS', 'EMAIL', 'APP'];

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 5000;
export const MAX_WINDOWS = 3;

export type IntakeViewer = NonNullable<IntakeSetupQuery['viewer']>;
export type IntakeUnit = IntakeViewer['units'][number];
export type IntakeCategory = IntakeSetupQuery['categories'][number];
export type IntakeSeverityLevel = IntakeSetupQuery['severityLevels'][number];

export interface AvailabilityDraft {
  /** Stable React key. */
  key: string;
  /** yyyy-mm-dd, local. */
  date: string;
  /** HH:mm, local. */
  from: string;
  to: string;
}

export interface IntakeDraft {
  /** Generated once per draft; every retry of the submit reuses it. */
  idempotencyKey: string;
  /** Whose draft this is: a draft left by someone else in this tab is dropped. */
  viewerId: string | null;
  /** Access details already pre-filled from the stored profile. */
  prefilled: boolean;
  unitId: string | null;
  locationKind: LocationKind;
  room: Room | null;
  otherRoom: string;
  commonArea: string | null;
  categoryId: string | null;
  severity: Severity | null;
  title: string;
  description: string;
  /** Finished uploads (photos, videos): their ids go with the request. */
  attachments: UploadedFile[];
  pets: string;
  bestContactMethod: ContactMethod | null;
  preferredTimes: string;
  notes: string;
  permissionToEnter: boolean;
  availability: AvailabilityDraft[];
  saveAccessProfile: boolean;
  /**
   * Reopened from the outbox with photos or videos that never went up: the form takes them back from the
   * device's storage once, then clears this.
   */
  restoreQueuedFiles: boolean;
}

/** Field key → message. Keys: draft field names, plus `availability.<index>`. */
export type FieldErrors = Partial<Record<string, string>>;

export const emptyDraft = (idempotencyKey: string): IntakeDraft => ({
  idempotencyKey,
  viewerId: null,
  prefilled: false,
  unitId: null,
  locationKind: 'UNIT',
  room: null,
  otherRoom: '',
  commonArea: null,
  categoryId: null,
  severity: null,
  title: '',
  description: '',
  attachments: [],
  pets: '',
  bestContactMethod: null,
  preferredTimes: '',
  notes: '',
  permissionToEnter: false,
  availability: [],
  saveAccessProfile: false,
  restoreQueuedFiles: false,
});

/** Local date + time → ISO instant (UTC), or null when incomplete or invalid. */
export const windowInstant = (date: string, time: string): string | null => {
  if (!date || !time) return null;
  const instant = new Date(`${date}T${time}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
};

export const todayLocal = (now: Date = new Date()): string => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

export const selectedUnit = (draft: IntakeDraft, units: readonly IntakeUnit[]): IntakeUnit | undefined =>
  units.find((unit) => unit.id === draft.unitId) ?? (units.length === 1 ? units[0] : undefined);

/** Client-side checks of one step; messages already translated. */
export const validateStep = (
  step: StepId,
  draft: IntakeDraft,
  units: readonly IntakeUnit[],
  t: TFunction,
  now: number = Date.now(),
): FieldErrors => {
  const errors: FieldErrors = {};
  switch (step) {
    case 'where': {
      const unit = selectedUnit(draft, units);
      if (!unit) errors['unitId'] = t('intake.where.unitRequired');
      if (draft.locationKind === 'UNIT' && !draft.room) errors['room'] = t('intake.where.roomRequired');
      if (draft.locationKind === 'COMMON_AREA') {
        if (unit && unit.property.commonAreas.length === 0)
          errors['commonArea'] = t('intake.where.noCommonAreas');
        else if (!draft.commonArea) errors['commonArea'] = t('intake.where.commonAreaRequired');
      }
      break;
    }
    case 'what':
      if (!draft.categoryId) errors['categoryId'] = t('intake.what.required');
      break;
    case 'urgency':
      if (!draft.severity) errors['severity'] = t('intake.urgency.required');
      break;
    case 'describe': {
      const title = draft.title.trim();
      const description = draft.description.trim();
      if (!title) errors['title'] = t('intake.describe.titleRequired');
      else if (title.length > TITLE_MAX)
        errors['title'] = t('intake.describe.titleTooLong', { max: TITLE_MAX });
      if (!description) errors['description'] = t('intake.describe.descriptionRequired');
      else if (description.length > DESCRIPTION_MAX)
        errors['description'] = t('intake.describe.descriptionTooLong', { max: DESCRIPTION_MAX });
      break;
    }
    case 'access':
      draft.availability.forEach((window, index) => {
        const startsAt = windowInstant(window.date, window.from);
        const endsAt = windowInstant(window.date, window.to);
        if (!startsAt || !endsAt) errors[`availability.${index}`] = t('intake.access.windowIncomplete');
        else if (endsAt <= startsAt) errors[`availability.${index}`] = t('intake.access.windowOrder');
        else if (Date.parse(endsAt) <= now) errors[`availability.${index}`] = t('intake.access.windowPast');
      });
      break;
    case 'review':
      break;
  }
  return errors;
};

const optional = (value: string): string | null => {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
};

/**
 * The mutation input. `roomName` gives the room's name as staff will read it (English, not the tenant's UI
 * language).
 */
export const toSubmitInput = (
  draft: IntakeDraft,
  units: readonly IntakeUnit[],
  roomName: (room: Room) => string,
): SubmitMaintenanceRequestInput | null => {
  const unit = selectedUnit(draft, units);
  if (!unit || !draft.categoryId || !draft.severity) return null;
  const locationDetail =
    draft.locationKind === 'COMMON_AREA'
      ? draft.commonArea
      : draft.room === 'other'
        ? (optional(draft.otherRoom) ?? roomName('other'))
        : draft.room
          ? roomName(draft.room)
          : null;
  return {
    unitId: unit.id,
    locationKind: draft.locationKind,
    locationDetail,
    categoryId: draft.categoryId,
    severity: draft.severity,
    title: draft.title.trim(),
    description: draft.description.trim(),
    attachmentIds: draft.attachments.map((attachment) => attachment.id),
    access: {
      pets: optional(draft.pets),
      bestContactMethod: draft.bestContactMethod,
      preferredTimes: optional(draft.preferredTimes),
      notes: optional(draft.notes),
    },
    permissionToEnter: draft.permissionToEnter,
    availability: draft.availability.flatMap((window) => {
      const startsAt = windowInstant(window.date, window.from);
      const endsAt = windowInstant(window.date, window.to);
      return startsAt && endsAt ? [{ startsAt, endsAt }] : [];
    }),
    idempotencyKey: draft.idempotencyKey,
  };
};

export interface MappedUserErrors {
  /** Errors next to their field, by draft field key. */
  fields: FieldErrors;
  /** The earliest step that has a field error. */
  firstStep: StepId | null;
  /** Errors that belong to no field. */
  general: string[];
}

const ACCESS_FIELDS = new Set(['pets', 'bestContactMethod', 'preferredTimes', 'notes']);

const locate = (path: string, draft: IntakeDraft): { step: StepId; field: string } | null => {
  const [head = '', second] = path.split('.');
  switch (head) {
    case 'unitId':
    case 'locationKind':
      return { step: 'where', field: head };
    case 'locationDetail':
      return {
        step: 'where',
        field:
          draft.locationKind === 'COMMON_AREA' ? 'commonArea' : draft.room === 'other' ? 'otherRoom' : 'room',
      };
    case 'categoryId':
      return { step: 'what', field: 'categoryId' };
    case 'severity':
      return { step: 'urgency', field: 'severity' };
    case 'title':
    case 'description':
      return { step: 'describe', field: head };
    case 'attachmentIds':
      return { step: 'describe', field: 'attachments' };
    case 'access':
      return { step: 'access', field: second && ACCESS_FIELDS.has(second) ? second : 'notes' };
    case 'pets':
    case 'bestContactMethod':
    case 'preferredTimes':
    case 'notes':
    case 'permissionToEnter':
      return { step: 'access', field: head };
    case 'availability':
      return {
        step: 'access',
        field: second !== undefined && /^\d+$/.test(second) ? `availability.${second}` : 'availability',
      };
    default:
      return null;
  }
};

export const mapUserErrors = (userErrors: readonly UserErrorLike[], draft: IntakeDraft): MappedUserErrors => {
  const fields: FieldErrors = {};
  const general: string[] = [];
  let firstIndex = Number.POSITIVE_INFINITY;
  for (const error of userErrors) {
    const target = locate(userErrorPath(error), draft);
    if (!target) {
      general.push(error.message);
      continue;
    }
    fields[target.field] = fields[target.field] ? `${fields[target.field]} ${error.message}` : error.message;
    firstIndex = Math.min(firstIndex, STEPS.indexOf(target.step));
  }
  return { fields, general, firstStep: STEPS[firstIndex] ?? null };
};
