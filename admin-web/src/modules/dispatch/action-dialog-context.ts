import { createContext, useContext } from 'react';
import type { ActionRequest } from './actions';

export type OpenAction = (request: ActionRequest) => void;

export interface ActionDialogControls {
  open: OpenAction;
  /** A dialog is showing: shortcuts elsewhere stay quiet. */
  isOpen: boolean;
}

export const ActionDialogContext = createContext<ActionDialogControls | null>(null);

export function useActionDialog(): ActionDialogControls {
  const controls = useContext(ActionDialogContext);
  if (!controls) throw new Error('useActionDialog must be used inside <ActionDialogProvider>');
  return controls;
}

/** Opens the dialog of a workflow action (assign, schedule, …) for a work order. */
export function useOpenAction(): OpenAction {
  return useActionDialog().open;
}
