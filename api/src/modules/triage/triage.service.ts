import { LRUCache } from 'lru-cache';
import { NEGATION, SEASONS, TRIAGE_RULES, type TriageCondition, type TriageRuleDef } from './triage.rules';
import { SEVERITY_RANK, Severity } from './severity';

export interface TriageInput {
  title: string;
  description: string;
  reportedSeverity: Severity;
  /** The category's own emergency keywords (category-aware triage). */
  categoryName: string;
  categoryEmergencyKeywords: readonly string[];
  /** IANA time zone of the property; seasons are judged in local time. */
  timezone: string;
  at: Date;
}

export interface TriageDecision {
  priority: Severity;
  reasons: string[];
  /** A tenant's EMERGENCY with no emergency signal: kept, but flagged for a manager. */
  needsReview: boolean;
}

/**
 * One month formatter per time zone: building an Intl.DateTimeFormat costs far more than using one (it was the
 * hottest function of triage under load). Formatters are immutable, so sharing them is safe; the zones are the
 * properties' (a handful), bounded anyway.
 */
const monthFormats = new LRUCache<string, Intl.DateTimeFormat>({ max: 500 });

const monthFormat = (timezone: string): Intl.DateTimeFormat => {
  let format = monthFormats.get(timezone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: timezone, month: 'numeric' });
    monthFormats.set(timezone, format);
  }
  return format;
};

const localMonth = (at: Date, timezone: string): number => Number(monthFormat(timezone).format(at));

const mentions = (text: string, pattern: RegExp): boolean => {
  const global = new RegExp(pattern.source, 'g');
  for (const match of text.matchAll(global)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (!NEGATION.test(before)) return true;
  }
  return false;
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const holds = (condition: TriageCondition | undefined, input: TriageInput): boolean =>
  condition === undefined || SEASONS[condition].includes(localMonth(input.at, input.timezone));

/** Applies the rules table: the priority is the highest of what the tenant reported and what the rules raise. */
export const triage = (
  input: TriageInput,
  rules: readonly TriageRuleDef[] = TRIAGE_RULES,
): TriageDecision => {
  const text = `${input.title}\n${input.description}`.toLowerCase().replace(/[’‘]/g, "'");
  const reasons: string[] = [];
  let priority = input.reportedSeverity;
  // Every signal found is a reason, whether it raised the priority or confirmed the tenant's choice.
  const raise = (to: Severity, reason: string): void => {
    reasons.push(reason);
    if (SEVERITY_RANK[to] > SEVERITY_RANK[priority]) priority = to;
  };
  let emergencySignal = false;
  for (const rule of rules) {
    if (!holds(rule.when, input) || !rule.patterns.some((p) => mentions(text, p))) continue;
    if (rule.priority === Severity.EMERGENCY) emergencySignal = true;
    raise(rule.priority, `Description mentions ${rule.signal}`);
  }
  for (const keyword of input.categoryEmergencyKeywords) {
    if (mentions(text, new RegExp(`\\b${escape(keyword.toLowerCase())}\\b`))) {
      emergencySignal = true;
      raise(
        Severity.EMERGENCY,
        `Description mentions "${keyword}", an emergency sign for ${input.categoryName}`,
      );
    }
  }
  const needsReview = input.reportedSeverity === Severity.EMERGENCY && !emergencySignal;
  if (needsReview) reasons.push('Reported as an emergency with no emergency sign in the description: review');
  if (reasons.length === 0)
    reasons.push(`Priority as reported by the tenant (${input.reportedSeverity.toLowerCase()})`);
  return { priority, reasons, needsReview };
};
