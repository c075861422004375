import { Alert, Button, Group, List, Skeleton, Stack, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconArrowLeft,
  IconArrowRight,
  IconCloudOff,
  IconSend,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type {
  CommonAreaRequestFieldsFragment,
  SubmitMaintenanceRequestInput,
  UpdateAccessProfileInput,
} from '../../../generated/graphql';
import { EmergencyCallout } from '../../../shared/components/EmergencyCallout';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';
import { useOnlineStatus } from '../../../shared/hooks/useOnlineStatus';
import { useUploads } from '../../../shared/hooks/useUploads';
import { isNetworkError, thrownErrorKey } from '../../../shared/errors';
import { MeTooConfirmation } from '../../common-areas/components/MeTooConfirmation';
import { useMeToo } from '../../common-areas/hooks/useMeToo';
import { AccessStep } from '../components/AccessStep';
import { DescribeStep } from '../components/DescribeStep';
import { ReviewStep } from '../components/ReviewStep';
import { StepHeader } from '../components/StepHeader';
import { UrgencyStep } from '../components/UrgencyStep';
import { WhatStep } from '../components/WhatStep';
import { WhereStep } from '../components/WhereStep';
import { SaveAccessProfileMutation, SubmitMaintenanceRequestMutation } from '../graphql/intake';
import {
  mapUserErrors,
  selectedUnit,
  STEPS,
  toSubmitInput,
  validateStep,
  type FieldErrors,
  type Room,
  type StepId,
} from '../hooks/draft';
import { useIntakeDraft } from '../hooks/useIntakeDraft';
import { useIntakeSetup } from '../hooks/useIntakeSetup';
import { useIntakeOutbox } from '../outbox/IntakeOutbox';
import type { QueuedFile } from '../outbox/outbox-store';

/** Focus the first field that has an error (text inputs, or the first radio of a group in error). */
const focusFirstError = (container: HTMLElement | null): void => {
  window.requestAnimationFrame(() => {
    container?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] [role="radio"]')?.focus();
  });
};

/** Longer words in French or Dutch: a button's label wraps rather than being cut. */
const WRAPPING_LABEL = { label: { whiteSpace: 'normal', textAlign: 'center' } } as const;

export const ReportProblemView = () => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const setup = useIntakeSetup();
  const outbox = useIntakeOutbox();
  const online = useOnlineStatus();
  const { state, update, goTo, markAttempted, setServerErrors, adopt, finish } = useIntakeDraft();
  const [submit, { loading: sending }] = useMutation(SubmitMaintenanceRequestMutation, {
    // The home list must show the new request: drop the cached list so it loads fresh.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'workOrders' });
      cache.gc();
    },
  });
  // Kept here (not in the step) so uploads go on while the tenant moves between steps.
  // Without a network the files stay on the phone and go up later (now, or from the outbox).
  const uploads = useUploads({
    initial: state.draft.attachments,
    onChange: (attachments) => update({ attachments }),
    keepOffline: true,
  });
  const [sendError, setSendError] = useState<string | null>(null);
  // "Me too" on an open problem of a shared area: the flow ends there, without a duplicate report.
  const meToo = useMeToo();
  const [joined, setJoined] = useState<CommonAreaRequestFieldsFragment | null>(null);
  const [queueing, setQueueing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const shownStep = useRef(state.step);

  const viewer = setup.data?.viewer ?? null;
  const units = viewer?.units ?? [];
  const categories = setup.data?.categories ?? [];
  const levels = setup.data?.severityLevels ?? [];
  const { draft, step } = state;
  const stepId: StepId = STEPS[step] ?? 'where';
  const unit = selectedUnit(draft, units);
  useDocumentTitle(t('intake.documentTitle', { step: t(`intake.steps.${stepId}`) }));

  useEffect(() => {
    if (viewer) adopt(viewer);
  }, [viewer, adopt]);

  // Reopened from the outbox: put back the photos and videos that never went up (once).
  const { restoreQueuedFiles, idempotencyKey } = state.draft;
  const { localFiles } = outbox;
  const { add: addUploads } = uploads;
  useEffect(() => {
    if (!restoreQueuedFiles) return undefined;
    let cancelled = false;
    void localFiles(idempotencyKey).then((files) => {
      if (cancelled) return;
      if (files.length > 0) addUploads(files);
      update({ restoreQueuedFiles: false });
    });
    return () => {
      cancelled = true;
    };
  }, [restoreQueuedFiles, idempotencyKey, localFiles, addUploads, update]);

  // A new step: start at its top and tell screen readers where they are.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus();
  }, [step]);

  const clientErrors = validateStep(stepId, draft, units, t);
  const errors: FieldErrors = { ...state.serverErrors, ...(state.attempted[stepId] ? clientErrors : {}) };
  const hasServerFieldErrors = Object.keys(state.serverErrors).length > 0;

  const roomName = (room: Room): string => i18n.getFixedT('en')(`intake.rooms.${room}`);

  const next = (): void => {
    if (Object.keys(clientErrors).length > 0) {
      markAttempted([stepId]);
      focusFirstError(formRef.current);
      return;
    }
    goTo(step + 1);
  };

  const saveAccessProfile = (input: UpdateAccessProfileInput, viewerId: string): void => {
    const warn = (): void => {
      notifications.show({ color: 'yellow', message: t('intake.access.saveFailed') });
    };
    client
      .mutate({
        mutation: SaveAccessProfileMutation,
        variables: { input },
        update: (cache, { data }) => {
          const profile = data?.updateAccessProfile.accessProfile;
          if (!profile) return;
          cache.modify({
            id: cache.identify({ __typename: 'User', id: viewerId }),
            fields: { accessProfile: () => profile },
          });
        },
      })
      .then(({ data }) => {
        if (!data || data.updateAccessProfile.userErrors.length > 0) warn();
      })
      .catch(warn);
  };

  /** No connection: keep the request (and its files) on the phone; the outbox sends it when it can. */
  const queue = async (input: SubmitMaintenanceRequestInput): Promise<void> => {
    const files: QueuedFile[] = uploads.items.flatMap((item) =>
      item.status === 'offline' && item.file
        ? [{ id: item.key, name: item.name, type: item.file.type, blob: item.file }]
        : [],
    );
    setQueueing(true);
    const stored = await outbox.enqueue({
      input,
      draft: { ...draft, restoreQueuedFiles: false },
      files,
      summary: {
        title: input.title,
        severity: input.severity,
        categoryName: categories.find((category) => category.id === input.categoryId)?.name ?? null,
        propertyName: unit?.property.name ?? null,
        emergencyHotline: unit?.property.emergencyHotline ?? null,
        afterHoursInstructions: unit?.property.afterHoursInstructions ?? null,
      },
    });
    setQueueing(false);
    if (!stored) {
      setSendError(t('outbox.saveFailed'));
      return;
    }
    finish();
    notifications.show({ color: 'blue', title: t('outbox.queuedTitle'), message: t('outbox.queuedBody') });
    void navigate('/', { replace: true });
  };

  const send = async (): Promise<void> => {
    if (sending || queueing) return;
    setSendError(null);
    // Re-check every step: a draft restored after a reload may predate a change.
    const invalidIndex = STEPS.findIndex((id) => Object.keys(validateStep(id, draft, units, t)).length > 0);
    if (invalidIndex >= 0) {
      markAttempted([STEPS[invalidIndex] ?? 'where']);
      goTo(invalidIndex);
      return;
    }
    if (uploads.uploading) return;
    const input = toSubmitInput(draft, units, roomName);
    if (!input || !viewer) return;

    // Offline, or files that couldn't go up: the outbox uploads them first, then sends.
    const keptFiles = uploads.items.some((item) => item.status === 'offline' && item.file);
    if (!navigator.onLine || keptFiles) {
      await queue(input);
      return;
    }

    try {
      const { data } = await submit({ variables: { input } });
      const payload = data?.submitMaintenanceRequest;
      if (!payload) {
        setSendError(t('common.unexpectedError'));
        return;
      }
      if (payload.userErrors.length > 0) {
        const mapped = mapUserErrors(payload.userErrors, draft);
        setServerErrors(mapped.fields, mapped.general);
        if (mapped.firstStep) goTo(STEPS.indexOf(mapped.firstStep));
        return;
      }
      if (!payload.workOrder) {
        setSendError(t('common.unexpectedError'));
        return;
      }
      if (draft.saveAccessProfile && input.access) saveAccessProfile(input.access, viewer.id);
      // Reopened from the outbox after a refusal: it's sent now.
      void outbox.discard(draft.idempotencyKey);
      finish();
      void navigate(`/requests/${encodeURIComponent(payload.workOrder.id)}/confirmation`, { replace: true });
    } catch (error) {
      // No answer: the outbox sends it when the connection is back, with the same idempotency key, so the
      // server creates the request once even if this attempt did reach it.
      if (isNetworkError(error)) {
        await queue(input);
        return;
      }
      setSendError(t(thrownErrorKey(error)));
    }
  };

  const joinExisting = async (request: CommonAreaRequestFieldsFragment): Promise<void> => {
    if (meToo.pendingId) return;
    const updated = await meToo.setMeToo(request, true);
    if (!updated) return;
    finish();
    setJoined(updated);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (stepId === 'review') void send();
    else next();
  };

  const cancel = (): void => {
    finish();
    void navigate('/');
  };

  const header = (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Title order={1} fz="h4" style={{ minWidth: 0 }}>
        {t('intake.title')}
      </Title>
      <Button
        variant="subtle"
        color="gray"
        px="xs"
        style={{ flexShrink: 0 }}
        leftSection={<IconX size={18} aria-hidden />}
        onClick={cancel}
      >
        {t('intake.cancel')}
      </Button>
    </Group>
  );

  if (joined) return <MeTooConfirmation request={joined} />;

  if (setup.error && !setup.data) {
    return (
      <Stack gap="lg">
        {header}
        <ErrorAlert
          message={t('intake.loadError')}
          detail={online ? t(thrownErrorKey(setup.error)) : t('intake.offline.noData')}
          onRetry={() => void setup.refetch()}
          retrying={setup.loading}
        />
      </Stack>
    );
  }

  if (!setup.data) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label={t('app.loading')}>
        {header}
        <Skeleton height={8} />
        <Skeleton height={28} width="70%" />
        <Skeleton height={64} radius="md" />
        <Skeleton height={64} radius="md" />
        <Skeleton height={64} radius="md" />
      </Stack>
    );
  }

  if (units.length === 0) {
    return (
      <Stack gap="lg">
        {header}
        <Alert color="yellow" icon={<IconAlertCircle aria-hidden />} role="alert">
          {t('intake.noUnit')}
        </Alert>
        <Button component={Link} to="/" variant="light" leftSection={<IconArrowLeft size={18} aria-hidden />}>
          {t('common.backHome')}
        </Button>
      </Stack>
    );
  }

  const stepBody = (() => {
    switch (stepId) {
      case 'where':
        return <WhereStep draft={draft} errors={errors} onChange={update} units={units} />;
      case 'what':
        return <WhatStep draft={draft} errors={errors} onChange={update} categories={categories} />;
      case 'urgency':
        return <UrgencyStep draft={draft} errors={errors} onChange={update} levels={levels} unit={unit} />;
      case 'describe':
        return (
          <DescribeStep
            draft={draft}
            errors={errors}
            onChange={update}
            uploads={uploads}
            similar={{
              propertyId: unit?.property.id ?? null,
              pendingId: meToo.pendingId,
              onMeToo: (request) => void joinExisting(request),
            }}
          />
        );
      case 'access':
        return <AccessStep draft={draft} errors={errors} onChange={update} />;
      case 'review':
        return (
          <ReviewStep
            draft={draft}
            unit={unit}
            categories={categories}
            levels={levels}
            onEdit={(target) => goTo(STEPS.indexOf(target))}
          />
        );
    }
  })();

  const isReview = stepId === 'review';

  return (
    <Stack gap="lg">
      {header}
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={sending || queueing} data-step={stepId}>
        <Stack gap="lg">
          <StepHeader
            ref={headingRef}
            index={step}
            total={STEPS.length}
            title={t(`intake.steps.${stepId}`)}
          />

          {(hasServerFieldErrors || state.generalErrors.length > 0) && (
            <Alert
              color="red"
              icon={<IconAlertCircle aria-hidden />}
              title={t('intake.review.fixErrors')}
              role="alert"
            >
              {state.generalErrors.length > 0 && (
                <List size="sm">
                  {state.generalErrors.map((message) => (
                    <List.Item key={message}>{message}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}

          {!online && (
            <Alert
              color="blue"
              icon={<IconCloudOff aria-hidden />}
              title={t('intake.offline.title')}
              role="status"
              data-testid="intake-offline"
            >
              {t('intake.offline.body')}
            </Alert>
          )}

          {isReview && draft.severity === 'EMERGENCY' && unit && (
            <EmergencyCallout
              hotline={unit.property.emergencyHotline}
              title={t('emergency.title')}
              body={t('emergency.body')}
              afterHoursInstructions={unit.property.afterHoursInstructions}
            />
          )}

          {stepBody}

          {isReview && sendError && <ErrorAlert message={sendError} detail={t('intake.review.sendFailed')} />}

          <Group gap="sm" wrap="nowrap" mt="md" align="stretch">
            {step > 0 && (
              <Button
                type="button"
                variant="default"
                size="lg"
                px="md"
                style={{ flex: '0 0 auto' }}
                leftSection={<IconArrowLeft size={20} aria-hidden />}
                onClick={() => goTo(step - 1)}
                disabled={sending || queueing}
              >
                {t('common.back')}
              </Button>
            )}
            {isReview ? (
              <Button
                type="submit"
                size="lg"
                px="md"
                style={{ flex: 1 }}
                h="auto"
                mih={50}
                styles={WRAPPING_LABEL}
                loading={sending || queueing}
                disabled={uploads.uploading}
                rightSection={<IconSend size={20} aria-hidden />}
                data-testid="intake-send"
              >
                {uploads.uploading ? t('uploads.waiting') : t('intake.review.send')}
              </Button>
            ) : (
              <Button
                type="submit"
                size="lg"
                px="md"
                style={{ flex: 1 }}
                h="auto"
                mih={50}
                styles={WRAPPING_LABEL}
                rightSection={<IconArrowRight size={20} aria-hidden />}
                data-testid="intake-next"
              >
                {t('common.next')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
};
