import { Badge, Text, UnstyledButton } from '@mantine/core';
import {
  IconCalendarEvent,
  IconCalendarQuestion,
  IconClockExclamation,
  IconHourglassHigh,
  IconMessageCircle,
  IconRepeat,
} from '@tabler/icons-react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCardFragment } from '../../../generated/graphql';
import { formatAge, formatDateTime, formatTimeWindowShort, safeTimeZone } from '../../../shared/format/intl';
import { describeLocation } from '../../../shared/format/location';
import { AssigneeChip } from '../../../shared/ui/AssigneeChip';
import { NeedsReviewBadge } from '../../../shared/ui/NeedsReviewBadge';
import { PriorityBadge } from '../../../shared/ui/PriorityBadge';
import classes from './BoardCard.module.css';
import { SlaCountdown } from './SlaCountdown';

/** Statuses whose SLA clocks have stopped: their cards show no countdown. */
const SLA_STOPPED = new Set<BoardCardFragment['status']>(['COMPLETED', 'CLOSED', 'CANCELLED']);

/** The drag payload type: only our own cards are accepted by the columns. */
export const CARD_DRAG_TYPE = 'application/x-fixline-work-order';

export interface BoardCardProps {
  card: BoardCardFragment;
  highlighted: boolean;
  now: number;
  locale: string;
  /** The card can be dropped on another column (it has a matching action). */
  draggable: boolean;
  dragging: boolean;
  onOpen: (id: string) => void;
  onDragStart: (card: BoardCardFragment) => void;
  onDragEnd: () => void;
}

export function BoardCard({
  card,
  highlighted,
  now,
  locale,
  draggable,
  dragging,
  onOpen,
  onDragStart,
  onDragEnd,
}: BoardCardProps) {
  const { t } = useTranslation();
  const age = formatAge(card.createdAt, now, locale) ?? t('time.justNow');
  const location = describeLocation(card, t);
  const timeZone = safeTimeZone(card.property.timezone);
  const appointment = card.status === 'SCHEDULED' ? card.appointment : null;
  const awaitingApproval = card.costApproval?.state === 'PENDING_OWNER';

  const className = [
    classes.card,
    highlighted ? classes.highlighted : null,
    dragging ? classes.dragging : null,
  ]
    .filter(Boolean)
    .join(' ');

  const handleDragStart = (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(CARD_DRAG_TYPE, card.id);
    event.dataTransfer.setData('text/plain', t('workOrder.number', { number: card.number }));
    event.dataTransfer.effectAllowed = 'move';
    onDragStart(card);
  };

  return (
    <UnstyledButton
      className={className}
      onClick={() => onOpen(card.id)}
      draggable={draggable}
      onDragStart={draggable ? handleDragStart : undefined}
      onDragEnd={draggable ? onDragEnd : undefined}
      data-testid="board-card"
      data-number={card.number}
      data-priority={card.priority}
      data-status={card.status}
      data-highlighted={highlighted || undefined}
      data-draggable={draggable || undefined}
      aria-haspopup="dialog"
    >
      <span className={`${classes.row} ${classes.spread}`}>
        <span className={classes.row}>
          <Text component="span" size="xs" c="dimmed" fw={600} className={classes.number}>
            {t('workOrder.number', { number: card.number })}
          </Text>
          {card.unreadMessageCount > 0 && (
            <Badge
              component="span"
              color="red"
              variant="filled"
              size="xs"
              radius="xl"
              leftSection={<IconMessageCircle size={10} aria-hidden />}
              aria-label={t('board.card.unreadLabel', { count: card.unreadMessageCount })}
              data-testid="unread-badge"
              data-count={card.unreadMessageCount}
            >
              {t('board.card.unread', { count: card.unreadMessageCount })}
            </Badge>
          )}
        </span>
        <Text
          component="time"
          size="xs"
          c="dimmed"
          dateTime={card.createdAt}
          title={formatDateTime(card.createdAt, locale)}
        >
          {age}
        </Text>
      </span>
      <Text component="span" size="sm" className={classes.title}>
        {card.title}
      </Text>
      <Text component="span" size="xs" c="dimmed" truncate="end" display="block">
        {location}
      </Text>
      {!SLA_STOPPED.has(card.status) && (
        <SlaCountdown card={card} now={now} locale={locale} timeZone={timeZone} />
      )}
      {appointment && (
        <span className={classes.row} style={{ marginTop: 6 }} data-testid="card-appointment">
          <IconCalendarEvent
            size={14}
            aria-hidden
            color="var(--mantine-color-violet-6)"
            style={{ flexShrink: 0 }}
          />
          <Text component="span" size="xs" fw={500} truncate="end">
            {formatTimeWindowShort(appointment.startsAt, appointment.endsAt, locale, timeZone)}
          </Text>
        </span>
      )}
      <span className={classes.row} style={{ marginTop: 8, flexWrap: 'wrap' }}>
        <PriorityBadge priority={card.priority} />
        {card.needsReview && <NeedsReviewBadge />}
        {card.repeatCount > 0 && (
          <Badge
            component="span"
            color="orange"
            variant="outline"
            size="sm"
            radius="sm"
            leftSection={<IconRepeat size={12} aria-hidden />}
            title={t('board.card.repeatTitle', { count: card.repeatCount })}
            data-testid="card-repeat"
          >
            {t('board.card.repeat')}
          </Badge>
        )}
        {card.rescheduleRequest && (
          <Badge
            component="span"
            color="orange"
            variant="light"
            size="sm"
            radius="sm"
            leftSection={<IconCalendarQuestion size={12} aria-hidden />}
            data-testid="card-reschedule-requested"
          >
            {t('board.card.rescheduleRequested')}
          </Badge>
        )}
        {appointment?.eta && (
          <Badge
            component="span"
            color="orange"
            variant="outline"
            size="sm"
            radius="sm"
            leftSection={<IconClockExclamation size={12} aria-hidden />}
          >
            {t('board.card.runningLate')}
          </Badge>
        )}
        {awaitingApproval && (
          <Badge
            component="span"
            color="yellow"
            variant="filled"
            c="dark"
            size="sm"
            radius="sm"
            leftSection={<IconHourglassHigh size={12} aria-hidden />}
            data-testid="card-awaiting-approval"
          >
            {t('board.card.awaitingApproval')}
          </Badge>
        )}
      </span>
      <span className={classes.row} style={{ marginTop: 8 }}>
        <AssigneeChip assignee={card.assignee} size="xs" />
      </span>
    </UnstyledButton>
  );
}
