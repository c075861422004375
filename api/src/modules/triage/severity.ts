import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum Severity {
  EMERGENCY = 'EMERGENCY',
  URGENT = 'URGENT',
  ROUTINE = 'ROUTINE',
  LOW = 'LOW',
}

registerEnumType(Severity, { name: 'Severity', description: 'How urgent a request is, most urgent first.' });

/** Higher is more urgent; triage only ever raises. */
export const SEVERITY_RANK: Record<Severity, number> = {
  [Severity.LOW]: 0,
  [Severity.ROUTINE]: 1,
  [Severity.URGENT]: 2,
  [Severity.EMERGENCY]: 3,
};

@ObjectType({ description: 'A severity level with the definition tenants see when they choose it.' })
export class SeverityLevel {
  @Field(() => Severity)
  severity!: Severity;

  @Field()
  label!: string;

  @Field()
  definition!: string;

  @Field()
  responseExpectation!: string;
}

/** The seed document's severity table. */
export const SEVERITY_LEVELS: readonly SeverityLevel[] = [
  {
    severity: Severity.EMERGENCY,
    label: 'Emergency',
    definition: 'Safety risk, habitability threat, water damage active',
    responseExpectation: 'Immediate (within hours)',
  },
  {
    severity: Severity.URGENT,
    label: 'Urgent',
    definition: 'Major inconvenience, potential for worse',
    responseExpectation: 'Within 24 hours',
  },
  {
    severity: Severity.ROUTINE,
    label: 'Routine',
    definition: 'Standard maintenance',
    responseExpectation: 'Within 3–5 business days',
  },
  {
    severity: Severity.LOW,
    label: 'Low priority',
    definition: 'Cosmetic, minor',
    responseExpectation: 'Scheduled at convenience',
  },
].map((level) => Object.assign(new SeverityLevel(), level));
