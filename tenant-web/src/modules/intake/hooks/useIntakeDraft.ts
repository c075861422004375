import { useCallback, useEffect, useRef, useState } from 'react';
import {
  emptyDraft,
  STEPS,
  type FieldErrors,
  type IntakeDraft,
  type IntakeViewer,
  type StepId,
} from './draft';
import type { UploadedFile } from '../../../shared/hooks/useUploads';
import { newIdempotencyKey } from './idempotency-key';

const STORAGE_KEY = 'fixline.tenant.intakeDraft';

export interface IntakeState {
  draft: IntakeDraft;
  /** Index into STEPS. */
  step: number;
  /** Steps on which the tenant pressed Next (or Send): show their client-side errors from then on. */
  attempted: Partial<Record<StepId, boolean>>;
  /** userErrors from the server, by draft field key; a field's error clears when it is edited. */
  serverErrors: FieldErrors;
  /** userErrors that belong to no field. */
  generalErrors: string[];
}

interface Saved {
  draft: IntakeDraft;
  step: number;
  /** Only when a refused queued request is reopened: the server's reasons, shown again. */
  serverErrors?: FieldErrors;
  generalErrors?: string[];
}

const sessionStore = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isUploadedFile = (value: unknown): value is UploadedFile =>
  isRecord(value) &&
  typeof value['id'] === 'string' &&
  typeof value['name'] === 'string' &&
  (value['kind'] === 'image' || value['kind'] === 'video');

/** The draft survives a reload of the tab (and with it, its idempotency key). */
const restore = (): Saved | null => {
  try {
    const raw = sessionStore()?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || !isRecord(parsed['draft'])) return null;
    const key = parsed['draft']['idempotencyKey'];
    if (typeof key !== 'string' || !key) return null;
    const step = typeof parsed['step'] === 'number' ? parsed['step'] : 0;
    const attachments = parsed['draft']['attachments'];
    const serverErrors = isRecord(parsed['serverErrors']) ? parsed['serverErrors'] : {};
    const generalErrors = Array.isArray(parsed['generalErrors']) ? parsed['generalErrors'] : [];
    return {
      draft: {
        ...emptyDraft(key),
        ...(parsed['draft'] as Partial<IntakeDraft>),
        attachments: Array.isArray(attachments) ? attachments.filter(isUploadedFile) : [],
      },
      step: Math.min(Math.max(0, Math.trunc(step)), STEPS.length - 1),
      serverErrors: Object.fromEntries(
        Object.entries(serverErrors).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      ),
      generalErrors: generalErrors.filter((message): message is string => typeof message === 'string'),
    };
  } catch {
    return null;
  }
};

const persist = (saved: Saved): void => {
  try {
    sessionStore()?.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Storage full or unavailable: the draft just won't survive a reload.
  }
};

/**
 * Opens a request the server refused while it waited in the outbox: the next visit to the form starts from
 * it (same idempotency key: nothing was created with it), on `step`, with the server's reasons shown.
 */
export const reopenQueuedDraft = (saved: Required<Saved>): void => persist(saved);

/** A report other than `idempotencyKey` is half-written in this tab (it would be replaced by reopening one). */
export const hasDraftInProgress = (idempotencyKey: string): boolean => {
  const saved = restore();
  if (!saved || saved.draft.idempotencyKey === idempotencyKey) return false;
  const { draft } = saved;
  return Boolean(draft.categoryId || draft.severity || draft.title.trim() || draft.description.trim());
};

const forget = (): void => {
  try {
    sessionStore()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to do.
  }
};

const LOCATION_FIELDS = ['unitId', 'locationKind', 'room', 'otherRoom', 'commonArea'];

/** Editing a field clears the server's complaint about it (and about fields that depend on it). */
const clearServerErrors = (errors: FieldErrors, patch: Partial<IntakeDraft>): FieldErrors => {
  const keys = Object.keys(patch);
  if (keys.length === 0) return errors;
  const touchesLocation = keys.some((key) => LOCATION_FIELDS.includes(key));
  const touchesAvailability = keys.includes('availability');
  const next: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const cleared =
      keys.includes(field) ||
      (touchesLocation && LOCATION_FIELDS.includes(field)) ||
      (touchesAvailability && field.startsWith('availability'));
    if (!cleared) next[field] = message;
  }
  return next;
};

const freshState = (): IntakeState => ({
  draft: emptyDraft(newIdempotencyKey()),
  step: 0,
  attempted: {},
  serverErrors: {},
  generalErrors: [],
});

export const useIntakeDraft = () => {
  const [state, setState] = useState<IntakeState>(() => {
    const saved = restore();
    return saved ? { ...freshState(), ...saved } : freshState();
  });
  const finished = useRef(false);

  useEffect(() => {
    if (!finished.current) persist({ draft: state.draft, step: state.step });
  }, [state.draft, state.step]);

  const update = useCallback((patch: Partial<IntakeDraft>) => {
    setState((current) => ({
      ...current,
      draft: { ...current.draft, ...patch },
      serverErrors: clearServerErrors(current.serverErrors, patch),
    }));
  }, []);

  const goTo = useCallback((step: number) => {
    setState((current) => ({ ...current, step: Math.min(Math.max(0, step), STEPS.length - 1) }));
  }, []);

  const markAttempted = useCallback((steps: readonly StepId[]) => {
    setState((current) => ({
      ...current,
      attempted: { ...current.attempted, ...Object.fromEntries(steps.map((step) => [step, true])) },
    }));
  }, []);

  const setServerErrors = useCallback((serverErrors: FieldErrors, generalErrors: string[]) => {
    setState((current) => ({ ...current, serverErrors, generalErrors }));
  }, []);

  /**
   * Once we know who is reporting: drop a draft left in this tab by someone else, pick the only home,
   * and pre-fill the access details from the stored profile (once per draft).
   */
  const adopt = useCallback((viewer: IntakeViewer) => {
    setState((current) => {
      const mine = current.draft.viewerId === viewer.id;
      if (mine && current.draft.prefilled) return current;
      const base = current.draft.viewerId && !mine ? freshState() : current;
      const profile = viewer.accessProfile;
      const unitStillLeased = viewer.units.some((unit) => unit.id === base.draft.unitId);
      const onlyUnit = viewer.units.length === 1 ? (viewer.units[0]?.id ?? null) : null;
      return {
        ...base,
        draft: {
          ...base.draft,
          viewerId: viewer.id,
          prefilled: true,
          unitId: unitStillLeased ? base.draft.unitId : onlyUnit,
          pets: profile?.pets ?? '',
          bestContactMethod: profile?.bestContactMethod ?? null,
          preferredTimes: profile?.preferredTimes ?? '',
          notes: profile?.notes ?? '',
        },
      };
    });
  }, []);

  /** The request was created: never reuse this draft or its key. */
  const finish = useCallback(() => {
    finished.current = true;
    forget();
  }, []);

  return { state, update, goTo, markAttempted, setServerErrors, adopt, finish };
};
