import { Severity } from './severity';

/** Seasonal conditions, evaluated in the property's own time zone. */
export type TriageCondition = 'WINTER' | 'EXTREME_HEAT';

export interface TriageRuleDef {
  key: string;
  /** What the reason says after "description mentions …". */
  signal: string;
  priority: Severity;
  /** Any of these, case-insensitive, outside a negation ("no leak", "not sparking"), is the signal. */
  patterns: readonly RegExp[];
  /** Only while this condition holds at the property. */
  when?: TriageCondition;
}

/** PRODUCT.md §4 and DOMAIN.md "Triage": the shipped emergency signals. Rules only ever raise a priority. */
export const TRIAGE_RULES: readonly TriageRuleDef[] = [
  {
    key: 'ACTIVE_WATER_LEAK',
    signal: 'an active water leak or flooding',
    priority: Severity.EMERGENCY,
    patterns: [
      /\bflood(?:ing|ed|s)?\b/,
      /\bburst(?:ing)? (?:water )?(?:pipe|main)s?\b/,
      /\bpipes? (?:has |have |just )?burst\b/,
      /\bwater (?:is |keeps )?(?:coming|pouring|leaking|dripping|gushing|running) (?:in )?(?:through|from|out of) (?:the |my )?ceiling\b/,
      /\bactive(?:ly)? (?:water )?leak(?:ing|s)?\b/,
      /\bwater (?:is )?(?:pouring|gushing|spraying|everywhere)\b/,
      /\bleak(?:ing)? (?:everywhere|badly|a lot|fast)\b/,
    ],
  },
  {
    key: 'GAS_SMELL',
    signal: 'a gas smell',
    priority: Severity.EMERGENCY,
    patterns: [/\bgas (?:smell|odou?r|leak)s?\b/, /\bsmell(?:s|ing)? (?:of |like )?gas\b/, /\bsmell gas\b/],
  },
  {
    key: 'ELECTRICAL_HAZARD',
    signal: 'sparking, a burning smell or exposed live wires',
    priority: Severity.EMERGENCY,
    patterns: [
      /\bspark(?:s|ing|ed)?\b/,
      /\bburning smell\b/,
      /\bsmell(?:s|ing)? (?:of |like )?(?:burning|smoke)\b/,
      /\bexposed (?:live )?wir(?:e|es|ing)\b/,
      /\blive wir(?:e|es|ing)\b/,
      /\belectrical fire\b/,
      /\bsmok(?:e|ing) (?:from|out of|coming from) (?:the |an |my )?(?:outlet|socket|switch|panel|breaker)\b/,
    ],
  },
  {
    key: 'NO_HEAT_IN_WINTER',
    signal: 'no heat during the winter months',
    priority: Severity.EMERGENCY,
    when: 'WINTER',
    patterns: [
      /\bno heat(?:ing)?\b/,
      /\b(?:heat|heating|heater|furnace|boiler|radiators?) (?:is |are |has )?(?:not working|isn't working|doesn't work|won't turn on|broken|out|stopped working|died)\b/,
    ],
  },
  {
    key: 'NO_COOLING_IN_HEAT',
    signal: 'no cooling during extreme heat',
    priority: Severity.EMERGENCY,
    when: 'EXTREME_HEAT',
    patterns: [
      /\bno (?:cooling|ac|a\/c|air ?con(?:ditioning)?)\b/,
      /\b(?:ac|a\/c|air ?con(?:ditioning|ditioner)?|cooling) (?:is |has )?(?:not working|isn't working|doesn't work|won't turn on|broken|out|stopped working|died)\b/,
    ],
  },
  {
    key: 'LIFE_SAFETY_DETECTOR',
    signal: 'a smoke or carbon-monoxide detector not working or alarming',
    priority: Severity.EMERGENCY,
    patterns: [
      /\b(?:smoke|fire|carbon[- ]monoxide|co) (?:detector|alarm)s? (?:is |are |keeps )?(?:not working|isn't working|doesn't work|broken|beeping|chirping|alarming|going off|sounding|missing|dead|won't stop)\b/,
      /\b(?:smoke|fire|carbon[- ]monoxide|co) (?:detector|alarm)s? (?:went|goes|keeps going) off\b/,
      /\b(?:broken|dead|missing|beeping|chirping) (?:smoke|fire|carbon[- ]monoxide|co) (?:detector|alarm)s?\b/,
    ],
  },
  {
    key: 'SECURITY_BREACH',
    signal: 'a broken exterior lock or window',
    priority: Severity.EMERGENCY,
    patterns: [
      /\bbroken (?:front |back |exterior |entry |entrance |main )?(?:door )?lock\b/,
      /\b(?:front |back |exterior |entry |entrance )?door (?:won't|will not|doesn't|does not|can't|cannot) (?:lock|close)\b/,
      /\block (?:is )?broken\b/,
      /\bbroken window\b/,
      /\bwindow (?:is |was |got )?(?:broken|smashed|shattered)\b/,
    ],
  },
];

/** Words that, just before a signal, mean it is absent: "no leak", "not sparking", "there isn't any gas smell". */
export const NEGATION =
  /\b(?:no|not|never|without|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|nothing|none)\b(?:\s+\S+){0,2}\s*$/;

/** Default seasons, in the property's local months (1 = January); configurable per deployment. */
export const SEASONS: Record<TriageCondition, readonly number[]> = {
  WINTER: [11, 12, 1, 2, 3],
  EXTREME_HEAT: [6, 7, 8],
};
