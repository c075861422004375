import { Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardCardFragment } from '../../../generated/graphql';
import { formatAge, formatDateTime } from '../../../shared/format/intl';
import { describeLocation } from '../../../shared/format/location';
import { AssigneeChip } from '../../../shared/ui/AssigneeChip';
import { NeedsReviewBadge } from '../../../shared/ui/NeedsReviewBadge';
import { PriorityBadge } from '../../../shared/ui/PriorityBadge';
import classes from './BoardCard.module.css';

export interface BoardCardProps {
  card: BoardCardFragment;
  highlighted: boolean;
  now: number;
  locale: string;
  onOpen: (id: string) => void;
}

export function BoardCard({ card, highlighted, now, locale, onOpen }: BoardCardProps) {
  const { t } = useTranslation();
  const age = formatAge(card.createdAt, now, locale) ?? t('time.justNow');
  const location = describeLocation(card, t);

  return (
    <UnstyledButton
      className={highlighted ? `${classes.card} ${classes.highlighted}` : classes.card}
      onClick={() => onOpen(card.id)}
      data-testid="board-card"
      data-number={card.number}
      data-priority={card.priority}
      data-highlighted={highlighted || undefined}
      aria-haspopup="dialog"
    >
      <span className={`${classes.row} ${classes.spread}`}>
        <Text component="span" size="xs" c="dimmed" fw={600} className={classes.number}>
          {t('workOrder.number', { number: card.number })}
        </Text>
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
      <span className={classes.row} style={{ marginTop: 8, flexWrap: 'wrap' }}>
        <PriorityBadge priority={card.priority} />
        {card.needsReview && <NeedsReviewBadge />}
      </span>
      <span className={classes.row} style={{ marginTop: 8 }}>
        <AssigneeChip assignee={card.assignee} size="xs" />
      </span>
    </UnstyledButton>
  );
}
