import { addBusinessDays, DEFAULT_CALENDAR, type BusinessCalendar } from '../business-calendar';
import { computeSla, dueFrom } from '../sla.calculator';
import { SLA_TARGETS } from '../sla.rules';
import { Severity } from '../../triage/severity';
import { WorkOrderChangeKind } from '../../work-order/work-order-status';

const NY: BusinessCalendar = { ...DEFAULT_CALENDAR, timezone: 'America/New_York' };
const iso = (d: Date) => d.toISOString();

describe('business days', () => {
  it('adds business days at the same local time, skipping weekends', () => {
    // Tuesday 10:00 New York (15:00 UTC) + 5 business days = next Tuesday 10:00
    expect(iso(addBusinessDays(NY, new Date('2026-03-03T15:00:00Z'), 5))).toBe('2026-03-10T14:00:00.000Z');
  });

  it('keeps the local time across a DST change (clocks go forward on 8 March 2026 in New York)', () => {
    // Friday 6 March 10:00 EST (15:00 UTC) + 1 business day = Monday 9 March 10:00 EDT (14:00 UTC)
    expect(iso(addBusinessDays(NY, new Date('2026-03-06T15:00:00Z'), 1))).toBe('2026-03-09T14:00:00.000Z');
  });

  it('skips holidays', () => {
    const withHoliday = { ...NY, holidays: ['2026-12-25'] };
    // Thursday 24 Dec 10:00 + 1 business day = Monday 28 Dec (Fri 25th is a holiday, then the weekend)
    expect(iso(addBusinessDays(withHoliday, new Date('2026-12-24T15:00:00Z'), 1))).toBe(
      '2026-12-28T15:00:00.000Z',
    );
  });

  it('counts a request made at the weekend or after hours from the next opening', () => {
    // Saturday 14:00 → counts from Monday 08:00; + 5 business days = next Monday 08:00
    expect(iso(addBusinessDays(NY, new Date('2026-03-14T18:00:00Z'), 5))).toBe('2026-03-23T12:00:00.000Z');
    // Wednesday 19:00 (after closing) → Thursday 08:00 + 1 = Friday 08:00
    expect(iso(addBusinessDays(NY, new Date('2026-03-18T23:00:00Z'), 1))).toBe('2026-03-20T12:00:00.000Z');
    // Wednesday 06:00 (before opening) → Wednesday 08:00 + 1 = Thursday 08:00
    expect(iso(addBusinessDays(NY, new Date('2026-03-18T10:00:00Z'), 1))).toBe('2026-03-19T12:00:00.000Z');
  });

  it('uses the property’s own time zone', () => {
    const tokyo: BusinessCalendar = { ...DEFAULT_CALENDAR, timezone: 'Asia/Tokyo' };
    // Friday 23:30 UTC is already Saturday 08:30 in Tokyo → from Monday 08:00 Tokyo
    expect(iso(addBusinessDays(tokyo, new Date('2026-03-06T23:30:00Z'), 1))).toBe('2026-03-09T23:00:00.000Z');
  });
});

describe('SLA clocks', () => {
  const created = new Date('2026-03-03T15:00:00Z'); // Tuesday 10:00 in New York

  it('sets the seed targets per priority', () => {
    expect(iso(dueFrom(created, SLA_TARGETS[Severity.EMERGENCY].respond, NY))).toBe(
      '2026-03-03T19:00:00.000Z',
    );
    expect(iso(dueFrom(created, SLA_TARGETS[Severity.URGENT].resolve, NY))).toBe('2026-03-05T15:00:00.000Z');
    expect(iso(dueFrom(created, SLA_TARGETS[Severity.ROUTINE].resolve, NY))).toBe('2026-03-10T14:00:00.000Z');
    expect(iso(dueFrom(created, SLA_TARGETS[Severity.LOW].respond, NY))).toBe('2026-03-10T14:00:00.000Z');
  });

  it('counts hours as elapsed time and days on the wall clock across a DST change', () => {
    // Saturday 7 March 10:00 EST (15:00 UTC); clocks go forward at 02:00 on Sunday 8 March
    const saturday = new Date('2026-03-07T15:00:00Z');
    expect(iso(dueFrom(saturday, { amount: 24, unit: 'HOURS' }, NY))).toBe('2026-03-08T15:00:00.000Z');
    expect(iso(dueFrom(saturday, { amount: 1, unit: 'DAYS' }, NY))).toBe('2026-03-08T14:00:00.000Z');
  });

  const emergency = (now: Date, extra: Partial<Parameters<typeof computeSla>[0]> = {}) =>
    computeSla({
      createdAt: created,
      target: SLA_TARGETS[Severity.EMERGENCY],
      calendar: NY,
      respondedAt: null,
      resolvedAt: null,
      events: [],
      now,
      ...extra,
    });

  it('is ON_TRACK, then AT_RISK at 75 % elapsed, then BREACHED', () => {
    expect(emergency(new Date('2026-03-03T17:00:00Z')).response).toMatchObject({
      state: 'ON_TRACK',
      remainingSeconds: 7200,
    });
    expect(emergency(new Date('2026-03-03T18:00:00Z')).response.state).toBe('AT_RISK');
    expect(emergency(new Date('2026-03-03T19:00:01Z')).response).toMatchObject({
      state: 'BREACHED',
      remainingSeconds: -1,
    });
  });

  it('is MET when responded in time and MISSED when late', () => {
    expect(
      emergency(new Date('2026-03-04T00:00:00Z'), { respondedAt: new Date('2026-03-03T16:00:00Z') }).response
        .state,
    ).toBe('MET');
    expect(
      emergency(new Date('2026-03-04T00:00:00Z'), { respondedAt: new Date('2026-03-03T20:00:00Z') }).response
        .state,
    ).toBe('MISSED');
  });

  it('pauses while waiting on the owner’s approval and on the tenant', () => {
    const events = [
      {
        kind: WorkOrderChangeKind.COST_APPROVAL,
        at: new Date('2026-03-03T16:00:00Z'),
        data: { state: 'PENDING_OWNER' },
      },
      {
        kind: WorkOrderChangeKind.COST_APPROVAL,
        at: new Date('2026-03-03T17:00:00Z'),
        data: { stage: 'REMIND' },
      },
      {
        kind: WorkOrderChangeKind.COST_APPROVAL,
        at: new Date('2026-03-03T18:00:00Z'),
        data: { state: 'APPROVED' },
      },
      { kind: WorkOrderChangeKind.RESCHEDULE_REQUESTED, at: new Date('2026-03-03T20:00:00Z'), data: null },
    ];
    const now = new Date('2026-03-03T21:00:00Z');
    const result = emergency(now, { events });
    // 2 h waiting on the owner (the reminder does not end it) + 1 h (still open) waiting on the tenant
    expect(result.pausedSeconds).toBe(3 * 3600);
    expect(result.paused).toBe(true);
    expect(iso(result.resolution.dueAt)).toBe('2026-03-04T18:00:00.000Z');
    expect(result.resolution.state).toBe('ON_TRACK');
  });

  it('counts for a clock that ended during a pause only the paused time before its end', () => {
    const events = [
      {
        kind: WorkOrderChangeKind.COST_APPROVAL,
        at: new Date('2026-03-03T16:00:00Z'),
        data: { state: 'PENDING_OWNER' },
      },
      {
        kind: WorkOrderChangeKind.COST_APPROVAL,
        at: new Date('2026-03-03T18:00:00Z'),
        data: { state: 'APPROVED' },
      },
      { kind: WorkOrderChangeKind.RESCHEDULE_REQUESTED, at: new Date('2026-03-03T20:00:00Z'), data: null },
    ];
    const respondedAt = new Date('2026-03-03T17:30:00Z');
    const result = emergency(new Date('2026-03-03T21:00:00Z'), { events, respondedAt });
    // the response clock stopped 1.5 h into the owner's wait: due 4 h + 1.5 h after creation
    expect(iso(result.response.dueAt)).toBe('2026-03-03T20:30:00.000Z');
    expect(result.response.state).toBe('MET');
    // the resolution clock runs on: the whole 2 h wait and the open 1 h on the tenant
    expect(result.pausedSeconds).toBe(3 * 3600);
  });
});
