import type { ActionWorkOrderFragment } from '../../../generated/graphql';

export interface ActionDialogProps {
  workOrder: ActionWorkOrderFragment;
  locale: string;
  /** The property's zone: windows are chosen and shown in it. */
  timeZone: string | undefined;
  onCancel: () => void;
  /** After success: the views reload; the dialog closes unless `keepOpen` (it shows a result). */
  onDone: (options?: { keepOpen?: boolean }) => void;
  /** Reloads the work order after a CONFLICT. */
  onConflict: () => Promise<unknown>;
}
