import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  graphQLErrorCode,
  matchUserErrorField,
  type UserErrorLike,
} from '../../../shared/graphql/user-errors';

export interface ActionErrors<F extends string> {
  /** Shown above the buttons. */
  form?: string;
  /** The form error is "someone else changed this": styled as a notice, not a failure. */
  conflict?: boolean;
  fields: Partial<Record<F, string>>;
  /** Every user error code of the last answer, e.g. OUTSIDE_AVAILABILITY. */
  codes: readonly string[];
}

interface PayloadLike {
  userErrors: readonly UserErrorLike[];
}

export type SubmitResult<P> = { ok: true; payload: P } | { ok: false; codes: readonly string[] };

export interface UseActionSubmitOptions<F extends string> {
  /** Input fields the dialog shows: their errors go next to them, the rest above the buttons. */
  fields: readonly F[];
  /** Reload the work order after a CONFLICT, so the next try sends the new version. */
  onConflict: () => Promise<unknown>;
}

/**
 * Runs a work-order mutation for a dialog: user errors to their fields, CONFLICT to "someone else changed
 * this" plus a reload, exceptions (network, FORBIDDEN) to a message the user can act on.
 */
export function useActionSubmit<F extends string>({ fields, onConflict }: UseActionSubmitOptions<F>) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<ActionErrors<F>>({ fields: {}, codes: [] });
  const [submitting, setSubmitting] = useState(false);

  const run = useCallback(
    async <P extends PayloadLike>(execute: () => Promise<P | null | undefined>): Promise<SubmitResult<P>> => {
      setSubmitting(true);
      setErrors({ fields: {}, codes: [] });
      try {
        const payload = await execute();
        if (!payload) {
          setErrors({ fields: {}, codes: [], form: t('dispatch.errors.unexpected') });
          return { ok: false, codes: [] };
        }
        if (payload.userErrors.length === 0) return { ok: true, payload };

        const codes = payload.userErrors.map((error) => error.code);
        if (codes.includes('CONFLICT')) {
          setErrors({ fields: {}, codes, form: t('dispatch.errors.conflict'), conflict: true });
          await onConflict().catch(() => undefined);
          return { ok: false, codes };
        }
        const fieldErrors: Partial<Record<F, string>> = {};
        const general: string[] = [];
        for (const error of payload.userErrors) {
          const field = matchUserErrorField(error, fields);
          if (field && !fieldErrors[field]) fieldErrors[field] = error.message;
          else general.push(error.message);
        }
        setErrors({ fields: fieldErrors, codes, form: general.length > 0 ? general.join(' ') : undefined });
        return { ok: false, codes };
      } catch (error) {
        const code = graphQLErrorCode(error);
        const form =
          code === 'FORBIDDEN'
            ? t('dispatch.errors.forbidden')
            : code
              ? t('dispatch.errors.unexpected')
              : t('dispatch.errors.network');
        setErrors({ fields: {}, codes: code ? [code] : [], form });
        return { ok: false, codes: code ? [code] : [] };
      } finally {
        setSubmitting(false);
      }
    },
    [fields, onConflict, t],
  );

  /** Client-side checks before sending: shown like the server's. */
  const setFieldErrors = useCallback((fieldErrors: Partial<Record<F, string>>) => {
    setErrors({ fields: fieldErrors, codes: [] });
  }, []);

  return { errors, submitting, run, setFieldErrors };
}
