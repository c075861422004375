import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardCardFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../shared/format/intl';
import {
  formatCountdown,
  nextOpenClock,
  pausedReasonKey,
  remainingMs,
  visualClockState,
} from '../../../shared/format/sla';
import { SLA_LOOKS, SlaPausedBadge } from '../../../shared/ui/SlaBadge';
import classes from './BoardCard.module.css';

export interface SlaCountdownProps {
  card: BoardCardFragment;
  now: number;
  locale: string;
  timeZone: string | undefined;
}

/** The next open SLA clock as a compact countdown; amber at risk, red once overdue, "Paused" while waiting. */
export function SlaCountdown({ card, now, locale, timeZone }: SlaCountdownProps) {
  const { t } = useTranslation();
  const { sla } = card;
  const next = nextOpenClock(sla);
  if (!next) return null;
  const left = remainingMs(next.clock, sla.paused, now);
  if (left === null) return null;
  const state = visualClockState(next.clock, sla.paused, now);
  const { color, variant, Icon } = SLA_LOOKS[state];
  const countdown = formatCountdown(left, t);
  // "Overdue 40m" says it already; otherwise a warning state adds its word ("At risk · 2h 15m left").
  const needsWord = state === 'AT_RISK' || (state === 'BREACHED' && left > 0);
  const status = needsWord ? t('sla.withState', { state: t(`sla.state.${state}`), countdown }) : countdown;
  const date = formatDateTime(next.clock.dueAt, locale, timeZone);
  const label = t(sla.paused ? 'sla.pausedLabel' : 'sla.countdownLabel', {
    clock: t(`sla.clock.${next.kind}`),
    date,
    status,
  });

  return (
    <span className={classes.row} style={{ marginTop: 6, flexWrap: 'wrap' }}>
      <Badge
        component="time"
        dateTime={next.clock.dueAt}
        color={color}
        variant={variant}
        size="sm"
        radius="sm"
        tt="none"
        leftSection={<Icon size={12} aria-hidden />}
        aria-label={label}
        title={date}
        data-testid="sla-countdown"
        data-sla-state={state}
        data-sla-clock={next.kind}
      >
        {status}
      </Badge>
      {sla.paused && <SlaPausedBadge title={t(pausedReasonKey(card))} />}
    </span>
  );
}
