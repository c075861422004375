import { Severity } from '../severity';
import { TRIAGE_RULES } from '../triage.rules';
import { triage, type TriageInput } from '../triage.service';

const JANUARY = new Date('2026-01-15T15:00:00Z');
const JULY = new Date('2026-07-15T15:00:00Z');
const MAY = new Date('2026-05-15T15:00:00Z');

const run = (description: string, overrides: Partial<TriageInput> = {}) =>
  triage({
    title: 'Problem',
    description,
    reportedSeverity: Severity.ROUTINE,
    categoryName: 'General',
    categoryEmergencyKeywords: [],
    timezone: 'America/New_York',
    at: MAY,
    ...overrides,
  });

describe('triage rules table', () => {
  // One positive example per rule; the table below must cover every rule in TRIAGE_RULES.
  const examples: Record<string, { text: string; at?: Date }[]> = {
    ACTIVE_WATER_LEAK: [
      { text: 'Water is flooding my bathroom' },
      { text: 'A burst pipe under the kitchen' },
      { text: 'water coming through the ceiling from upstairs' },
      { text: 'there is an active leak behind the fridge' },
    ],
    GAS_SMELL: [{ text: 'I smell gas in the hallway' }, { text: 'Strong gas smell near the stove' }],
    ELECTRICAL_HAZARD: [
      { text: 'The outlet is sparking' },
      { text: 'There is a burning smell from the panel' },
      { text: 'exposed live wires in the closet' },
    ],
    NO_HEAT_IN_WINTER: [
      { text: 'No heat since last night', at: JANUARY },
      { text: 'The furnace is broken', at: JANUARY },
    ],
    NO_COOLING_IN_HEAT: [
      { text: 'No AC and it is 40 degrees', at: JULY },
      { text: 'Air conditioning is not working', at: JULY },
    ],
    LIFE_SAFETY_DETECTOR: [
      { text: 'The smoke detector is beeping every minute' },
      { text: 'carbon monoxide alarm went off' },
    ],
    SECURITY_BREACH: [{ text: 'The front door will not lock' }, { text: 'Broken window in the bedroom' }],
  };

  it('has an example for every rule', () => {
    expect(Object.keys(examples).sort()).toEqual(TRIAGE_RULES.map((r) => r.key).sort());
  });

  for (const rule of TRIAGE_RULES) {
    it(`${rule.key} raises a routine request to ${rule.priority} with its reason`, () => {
      for (const example of examples[rule.key] ?? []) {
        const decision = run(example.text, { at: example.at ?? MAY });
        expect(decision.priority).toBe(rule.priority);
        expect(decision.reasons).toContain(`Description mentions ${rule.signal}`);
        expect(decision.needsReview).toBe(false);
      }
    });
  }

  it.each([
    'There is no leak, just a stain',
    'Not sparking anymore, but the switch is loose',
    "I don't smell gas, the stove just clicks",
    'No flooding, the floor is dry',
  ])('ignores a negated signal: %s', (text) => {
    const decision = run(text);
    expect(decision.priority).toBe(Severity.ROUTINE);
  });

  it('treats no heat as an emergency only in the local winter months', () => {
    expect(run('No heat in the apartment', { at: JANUARY }).priority).toBe(Severity.EMERGENCY);
    expect(run('No heat in the apartment', { at: JULY }).priority).toBe(Severity.ROUTINE);
  });

  it("judges the season in the property's time zone", () => {
    // 1 November 03:00 UTC is still 31 October in Los Angeles (not winter) but November in Berlin (winter).
    const at = new Date('2026-11-01T03:00:00Z');
    expect(run('no heat', { at, timezone: 'America/Los_Angeles' }).priority).toBe(Severity.ROUTINE);
    expect(run('no heat', { at, timezone: 'Europe/Berlin' }).priority).toBe(Severity.EMERGENCY);
  });

  it("uses the category's own emergency keywords", () => {
    const decision = run('Sewage is backing up into the tub', {
      categoryName: 'Plumbing',
      categoryEmergencyKeywords: ['sewage'],
    });
    expect(decision.priority).toBe(Severity.EMERGENCY);
    expect(decision.reasons).toContain('Description mentions "sewage", an emergency sign for Plumbing');
  });

  it('keeps what the tenant reported for everyday problems', () => {
    for (const text of [
      'The toilet keeps running',
      'Squeaky bedroom door',
      'A light bulb burned out',
      'cosmetic scratch',
    ]) {
      const decision = run(text, { reportedSeverity: Severity.LOW });
      expect(decision.priority).toBe(Severity.LOW);
      expect(decision.reasons).toEqual(['Priority as reported by the tenant (low)']);
    }
  });

  it('never lowers a tenant emergency, but flags one without a sign for review', () => {
    const decision = run('The toilet keeps running', { reportedSeverity: Severity.EMERGENCY });
    expect(decision.priority).toBe(Severity.EMERGENCY);
    expect(decision.needsReview).toBe(true);
    expect(decision.reasons.join(' ')).toMatch(/review/);
  });

  it('does not flag a tenant emergency that has a sign', () => {
    const decision = run('Water is flooding the kitchen', { reportedSeverity: Severity.EMERGENCY });
    expect(decision.needsReview).toBe(false);
  });

  it('never lowers an urgent request', () => {
    expect(run('The toilet keeps running', { reportedSeverity: Severity.URGENT }).priority).toBe(
      Severity.URGENT,
    );
  });
});
