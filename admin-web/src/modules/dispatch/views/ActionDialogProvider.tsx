import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionDialogContext } from '../action-dialog-context';
import type { ActionRequest, DialogAction } from '../actions';
import { ActionDialogView } from './ActionDialogView';

/** Above the work order drawer. */
const DIALOG_Z_INDEX = 400;

const WIDE: ReadonlySet<DialogAction> = new Set<DialogAction>([
  'ASSIGN',
  'REASSIGN',
  'SUBMIT_ESTIMATE',
  'SCHEDULE',
  'RESCHEDULE',
  'DECIDE_COST_APPROVAL',
]);

interface DialogState {
  request: ActionRequest | null;
  opened: boolean;
  /** Remounts the dialog for every new request, so no state leaks between work orders. */
  key: number;
}

/** One place that shows the dialog of a workflow action, whoever asked: drawer, board, jobs, approvals. */
export function ActionDialogProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<DialogState>({ request: null, opened: false, key: 0 });
  const phone = useMediaQuery('(max-width: 36em)');

  const open = useCallback((request: ActionRequest) => {
    setState((current) => ({ request, opened: true, key: current.key + 1 }));
  }, []);
  const close = useCallback(() => setState((current) => ({ ...current, opened: false })), []);
  const controls = useMemo(() => ({ open, isOpen: state.opened }), [open, state.opened]);

  const { request } = state;
  const title = request
    ? request.action === 'DECIDE_COST_APPROVAL' && request.decision
      ? t(request.decision === 'approve' ? 'dispatch.decision.approveTitle' : 'dispatch.decision.rejectTitle')
      : t(`dispatch.titles.${request.action}`)
    : '';

  return (
    <ActionDialogContext.Provider value={controls}>
      {children}
      <Modal
        opened={state.opened}
        onClose={close}
        onExitTransitionEnd={() =>
          setState((current) => (current.opened ? current : { ...current, request: null }))
        }
        title={title}
        size={request && WIDE.has(request.action) ? 'lg' : 'md'}
        zIndex={DIALOG_Z_INDEX}
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        data-testid="action-modal"
      >
        {request && <ActionDialogView key={state.key} request={request} onClose={close} />}
      </Modal>
    </ActionDialogContext.Provider>
  );
}
