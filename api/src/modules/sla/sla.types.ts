import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SlaState {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  BREACHED = 'BREACHED',
}
registerEnumType(SlaState, { name: 'SlaState', description: 'AT_RISK once 75 % of the time is gone.' });

export enum SlaClockState {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  BREACHED = 'BREACHED',
  MET = 'MET',
  MISSED = 'MISSED',
}
registerEnumType(SlaClockState, {
  name: 'SlaClockState',
  description: 'MET / MISSED once the clock stopped.',
});

@ObjectType({ description: 'One SLA clock: respond (first assignment) or resolve (completed).' })
export class SlaClock {
  @Field()
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  metAt?: Date | null;

  @Field(() => SlaClockState)
  state!: SlaClockState;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds left (negative once breached); null once stopped.',
  })
  remainingSeconds?: number | null;
}

@ObjectType({
  description: 'The promise and whether it is kept. Clocks pause while waiting on the tenant or the owner.',
})
export class SlaStatus {
  @Field(() => SlaState, { description: 'The worst of the clocks.' })
  state!: SlaState;

  @Field(() => SlaClock)
  response!: SlaClock;

  @Field(() => SlaClock)
  resolution!: SlaClock;

  @Field({ description: 'Waiting on the tenant or the owner right now.' })
  paused!: boolean;

  @Field(() => Int)
  pausedSeconds!: number;
}
