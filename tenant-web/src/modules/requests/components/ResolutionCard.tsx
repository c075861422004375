import { Button, Card, Group, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import {
  IconCircleCheck,
  IconMoodSad,
  IconRotateClockwise,
  IconSend,
  IconStarFilled,
  IconThumbDown,
  IconThumbUp,
} from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetailFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../../shared/format';
import { StarRating } from '../../../shared/components/StarRating';
import { ConfirmResolutionMutation, ReopenWorkOrderMutation } from '../graphql/actions';
import { useWorkOrderAction } from '../hooks/useWorkOrderAction';
import { ActionFeedbackAlert } from './ActionFeedbackAlert';

const TEXT_MAX = 1000;
const RATING_FIELDS: readonly string[] = ['rating', 'comment'];
const REOPEN_FIELDS: readonly string[] = ['reason'];

type Choice = 'fixed' | 'notFixed';

interface FormProps {
  request: RequestDetailFieldsFragment;
  /** After the server accepted it. */
  onDone: () => void;
}

const focusFirstError = (container: HTMLElement | null): void => {
  window.requestAnimationFrame(() => {
    container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
};

/** "It's fixed": 1–5 stars and an optional comment → CLOSED. */
const RatingForm = ({ request, onDone }: FormProps) => {
  const { t } = useTranslation();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [mutate] = useMutation(ConfirmResolutionMutation);
  const action = useWorkOrderAction(request.id, RATING_FIELDS);

  const clientErrors: Partial<Record<string, string>> = {};
  if (score === null) clientErrors['rating'] = t('resolution.ratingRequired');
  if (comment.trim().length > TEXT_MAX)
    clientErrors['comment'] = t('resolution.commentTooLong', { max: TEXT_MAX });
  const errors = { ...action.feedback.fields, ...(attempted ? clientErrors : {}) };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setAttempted(true);
    if (score === null || Object.keys(clientErrors).length > 0) {
      focusFirstError(formRef.current);
      return;
    }
    const trimmed = comment.trim();
    const done = await action.run(async () => {
      const { data } = await mutate({
        variables: {
          input: {
            workOrderId: request.id,
            expectedVersion: request.version,
            rating: score,
            comment: trimmed ? trimmed : null,
          },
        },
      });
      return data?.confirmResolution;
    });
    if (!done) {
      focusFirstError(formRef.current);
      return;
    }
    notifications.show({ color: 'teal', message: t('resolution.thanks') });
    onDone();
  };

  return (
    <form
      ref={formRef}
      id="resolution-fixed-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-busy={action.pending}
      data-testid="rating-form"
    >
      <Stack gap="md">
        <StarRating
          legend={t('resolution.ratingLegend')}
          value={score}
          onChange={setScore}
          starLabel={(count) => t('resolution.star', { count })}
          valueText={(value) => t('resolution.ratingChosen', { score: value })}
          error={errors['rating']}
          testId="rating-stars"
        />
        <Textarea
          label={t('resolution.comment')}
          value={comment}
          error={errors['comment']}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={TEXT_MAX}
          onChange={(event) => setComment(event.currentTarget.value)}
          data-testid="rating-comment"
        />
        <ActionFeedbackAlert feedback={action.feedback} />
        <Button
          type="submit"
          size="lg"
          fullWidth
          loading={action.pending}
          rightSection={<IconSend size={20} aria-hidden />}
          data-testid="submit-rating"
        >
          {t('resolution.submitRating')}
        </Button>
      </Stack>
    </form>
  );
};

/** "Not fixed": what's still wrong → reopened. */
const ReopenForm = ({ request, onDone }: FormProps) => {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [mutate] = useMutation(ReopenWorkOrderMutation);
  const action = useWorkOrderAction(request.id, REOPEN_FIELDS);

  const trimmed = reason.trim();
  const clientErrors: Partial<Record<string, string>> = {};
  if (!trimmed) clientErrors['reason'] = t('resolution.reopenReasonRequired');
  const errors = { ...action.feedback.fields, ...(attempted ? clientErrors : {}) };

  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setAttempted(true);
    if (!trimmed) {
      focusFirstError(formRef.current);
      return;
    }
    const done = await action.run(async () => {
      const { data } = await mutate({
        variables: {
          input: { workOrderId: request.id, expectedVersion: request.version, reason: trimmed },
        },
      });
      return data?.reopenWorkOrder;
    });
    if (!done) {
      focusFirstError(formRef.current);
      return;
    }
    notifications.show({ color: 'teal', message: t('resolution.reopened') });
    onDone();
  };

  return (
    <form
      ref={formRef}
      id="resolution-not-fixed-form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-busy={action.pending}
      data-testid="reopen-form"
    >
      <Stack gap="md">
        <Textarea
          label={t('resolution.reopenReason')}
          placeholder={t('resolution.reopenReasonPlaceholder')}
          value={reason}
          error={errors['reason']}
          withAsterisk
          autosize
          minRows={3}
          maxRows={8}
          maxLength={TEXT_MAX}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-testid="reopen-reason"
        />
        <ActionFeedbackAlert feedback={action.feedback} />
        <Button
          type="submit"
          size="lg"
          fullWidth
          color="orange"
          loading={action.pending}
          leftSection={<IconRotateClockwise size={20} aria-hidden />}
          data-testid="submit-reopen"
        >
          {t('resolution.submitReopen')}
        </Button>
      </Stack>
    </form>
  );
};

export interface ResolutionCardProps {
  request: RequestDetailFieldsFragment;
  highlighted?: boolean;
}

/**
 * After completion: what was done, then "It's fixed" (rate and close) or "Not fixed" (reopen). Once closed:
 * the tenant's rating, and "Still not fixed?" while reopening is allowed.
 */
export const ResolutionCard = ({ request, highlighted = false }: ResolutionCardProps) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const [choice, setChoice] = useState<Choice | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formArea = useRef<HTMLDivElement>(null);

  const closed = request.status === 'CLOSED';
  const canConfirm = request.availableActions.includes('CONFIRM_RESOLUTION');
  const canReopen = request.availableActions.includes('REOPEN');
  const showFixed = choice === 'fixed' && canConfirm;
  const showNotFixed = choice === 'notFixed' && canReopen;

  // The form opens below the buttons: bring it into view on a phone.
  useEffect(() => {
    if (!choice) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    formArea.current?.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'nearest' });
  }, [choice]);

  const done = (): void => {
    setChoice(null);
    // The buttons that had focus are gone: put it on the card's heading, which now says what happened.
    window.requestAnimationFrame(() => headingRef.current?.focus());
  };

  const toggle = (next: Choice): void => setChoice((current) => (current === next ? null : next));

  return (
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="section"
      aria-labelledby="resolution-title"
      data-testid="resolution"
      className={highlighted ? 'fixline-live-updated' : undefined}
      style={
        !closed && (canConfirm || canReopen)
          ? { borderLeft: '5px solid var(--mantine-color-teal-7)' }
          : undefined
      }
    >
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" color="teal" size={32} radius="md" aria-hidden>
            <IconCircleCheck size={20} />
          </ThemeIcon>
          <Title order={2} fz="h4" id="resolution-title" ref={headingRef} tabIndex={-1}>
            {closed ? t('resolution.closedTitle') : t('resolution.title')}
          </Title>
        </Group>

        {(request.completedAt || (closed && request.closedAt)) && (
          <Text size="sm" c="dimmed">
            {closed && request.closedAt ? (
              <time dateTime={request.closedAt}>
                {t('resolution.closedAt', { time: format.dateTime(request.closedAt) })}
              </time>
            ) : request.completedAt ? (
              <time dateTime={request.completedAt}>
                {t('resolution.completedAt', { time: format.dateTime(request.completedAt) })}
              </time>
            ) : null}
          </Text>
        )}

        {request.completionNotes && (
          <div>
            <Text size="sm" c="dimmed" fw={600}>
              {t('resolution.notes')}
            </Text>
            <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} data-testid="completion-notes">
              {request.completionNotes}
            </Text>
          </div>
        )}

        {request.rating && (
          <Stack gap={4} data-testid="rating-summary">
            <Group gap="xs" wrap="nowrap">
              <Group gap={2} wrap="nowrap" aria-hidden>
                {Array.from({ length: 5 }, (_, index) => (
                  <IconStarFilled
                    key={index}
                    size={20}
                    color={
                      index < (request.rating?.score ?? 0)
                        ? 'var(--mantine-color-orange-8)'
                        : 'var(--mantine-color-gray-4)'
                    }
                  />
                ))}
              </Group>
              <Text fw={700}>{t('resolution.rated', { score: request.rating.score })}</Text>
            </Group>
            {request.rating.comment && (
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                <Text span fw={600} size="sm">
                  {t('common.labelValue', { label: t('resolution.yourComment') })}
                </Text>{' '}
                {request.rating.comment}
              </Text>
            )}
          </Stack>
        )}

        {!closed && (canConfirm || canReopen) && (
          <>
            <Text fw={600}>{t('resolution.question')}</Text>
            <Stack gap="sm">
              {canConfirm && (
                <Button
                  size="xl"
                  fullWidth
                  color="teal"
                  variant={showFixed ? 'filled' : 'light'}
                  leftSection={<IconThumbUp size={26} aria-hidden />}
                  aria-expanded={showFixed}
                  aria-controls={showFixed ? 'resolution-fixed-form' : undefined}
                  onClick={() => toggle('fixed')}
                  data-testid="confirm-fixed-button"
                >
                  {t('resolution.fixed')}
                </Button>
              )}
              {canReopen && (
                <Button
                  size="xl"
                  fullWidth
                  color="orange"
                  variant={showNotFixed ? 'filled' : 'light'}
                  leftSection={<IconThumbDown size={26} aria-hidden />}
                  aria-expanded={showNotFixed}
                  aria-controls={showNotFixed ? 'resolution-not-fixed-form' : undefined}
                  onClick={() => toggle('notFixed')}
                  data-testid="not-fixed-button"
                >
                  {t('resolution.notFixed')}
                </Button>
              )}
            </Stack>
          </>
        )}

        {closed && canReopen && (
          <Button
            variant="subtle"
            color="orange"
            size="md"
            leftSection={<IconMoodSad size={20} aria-hidden />}
            aria-expanded={showNotFixed}
            aria-controls={showNotFixed ? 'resolution-not-fixed-form' : undefined}
            onClick={() => toggle('notFixed')}
            style={{ alignSelf: 'flex-start' }}
            data-testid="not-fixed-button"
          >
            {t('resolution.stillBroken')}
          </Button>
        )}

        <div ref={formArea}>
          {showFixed && <RatingForm request={request} onDone={done} />}
          {showNotFixed && <ReopenForm request={request} onDone={done} />}
        </div>
      </Stack>
    </Card>
  );
};
