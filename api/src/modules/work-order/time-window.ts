import { IsDate } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A window of time, e.g. an appointment 9:00–12:00.' })
export class TimeWindow {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

@InputType()
export class TimeWindowInput {
  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;
}

/** How windows are kept in JSON columns. */
export interface StoredWindow {
  startsAt: string;
  endsAt: string;
}

export const toTimeWindow = (w: StoredWindow): TimeWindow =>
  Object.assign(new TimeWindow(), { startsAt: new Date(w.startsAt), endsAt: new Date(w.endsAt) });

/** "Tue, Mar 3, 9:00 AM – 12:00 PM EST" in the property's zone. */
export const formatWindow = (window: { startsAt: Date; endsAt: Date }, timeZone: string): string => {
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(window.startsAt);
  const time = (at: Date, zone: boolean) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour: 'numeric',
      minute: '2-digit',
      ...(zone ? { timeZoneName: 'short' } : {}),
    }).format(at);
  return `${day}, ${time(window.startsAt, false)} – ${time(window.endsAt, true)}`;
};
