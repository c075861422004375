import type { FieldErrors, IntakeDraft } from '../hooks/draft';

export interface StepProps {
  draft: IntakeDraft;
  /** Messages to show next to fields (client checks and server userErrors). */
  errors: FieldErrors;
  onChange: (patch: Partial<IntakeDraft>) => void;
}
