import type { EntityManager } from '@mikro-orm/postgresql';
import { idOf } from '../../platform/graphql/node';
import { UserError, UserFacingError } from '../../platform/graphql/user-error';
import { readSetting, writeSetting, type SettingDef } from '../settings/settings.service';
import { SEVERITY_LEVELS, SeverityLevel, type Severity } from './severity';
import { TriageRule } from './triage-rule.entity';
import type { TriageCondition, TriageRuleDef } from './triage.rules';

export const SEVERITY_SETTING: SettingDef<SeverityLevel[]> = {
  key: 'severity_levels',
  defaults: [...SEVERITY_LEVELS],
};

export const readSeverityLevels = async (em: EntityManager): Promise<SeverityLevel[]> =>
  (await readSetting(em, SEVERITY_SETTING)).map((l) => Object.assign(new SeverityLevel(), l));

export const updateSeverityLevels = async (
  em: EntityManager,
  levels: SeverityLevel[],
): Promise<SeverityLevel[]> => {
  const errors: UserError[] = [];
  const expected = SEVERITY_LEVELS.map((l) => l.severity);
  if (levels.length !== expected.length || !expected.every((s) => levels.some((l) => l.severity === s))) {
    errors.push(
      UserError.of('INVALID', `Give all ${expected.length} levels once each: ${expected.join(', ')}.`, [
        'input',
        'levels',
      ]),
    );
  }
  levels.forEach((l, i) => {
    for (const key of ['label', 'definition', 'responseExpectation'] as const) {
      const value = l[key].trim();
      if (value.length === 0 || value.length > 300) {
        errors.push(
          UserError.of('INVALID', `${key} must be 1 to 300 characters.`, ['input', 'levels', String(i), key]),
        );
      }
    }
  });
  if (errors.length > 0) throw new UserFacingError(errors);
  const ordered = expected.map((s) => levels.find((l) => l.severity === s) as SeverityLevel);
  return writeSetting(
    em,
    SEVERITY_SETTING,
    ordered.map((l) => ({
      ...l,
      label: l.label.trim(),
      definition: l.definition.trim(),
      responseExpectation: l.responseExpectation.trim(),
    })),
  );
};

export const MAX_PATTERN_LENGTH = 300;

/** Checks each pattern compiles and is of bounded size; a user error names the one at fault. */
const validatePatterns = (patterns: readonly string[]): void => {
  if (patterns.length === 0 || patterns.length > 30) {
    throw UserFacingError.of('INVALID', `A rule needs 1 to 30 patterns; ${patterns.length} were given.`, [
      'input',
      'patterns',
    ]);
  }
  patterns.forEach((p, i) => {
    if (p.length === 0 || p.length > MAX_PATTERN_LENGTH) {
      throw UserFacingError.of('INVALID', `A pattern is 1 to ${MAX_PATTERN_LENGTH} characters.`, [
        'input',
        'patterns',
        String(i),
      ]);
    }
    try {
      new RegExp(p, 'i');
    } catch (e) {
      throw UserFacingError.of(
        'INVALID',
        `Pattern ${i + 1} is not a valid regular expression: ${(e as Error).message}`,
        ['input', 'patterns', String(i)],
      );
    }
  });
};

/** What `triage()` needs of a rule row (an entity, or a row read with raw SQL). */
export type TriageRuleRow = Pick<TriageRule, 'key' | 'signal' | 'priority' | 'condition' | 'patterns'>;

/** Rule rows, in order, compiled for `triage()`. */
export const compileTriageRules = (rows: readonly TriageRuleRow[]): TriageRuleDef[] =>
  rows.map((r) => ({
    key: r.key,
    signal: r.signal,
    priority: r.priority,
    when: (r.condition ?? undefined) as TriageCondition | undefined,
    patterns: r.patterns.map((p) => new RegExp(p, 'i')),
  }));

export const createTriageRule = async (
  em: EntityManager,
  input: { signal: string; priority: Severity; patterns: string[] },
): Promise<TriageRule> => {
  validatePatterns(input.patterns);
  const signal = input.signal.trim();
  if (signal.length < 3 || signal.length > 200)
    throw UserFacingError.of('INVALID', 'Describe the signal in 3 to 200 characters.', ['input', 'signal']);
  const count = await em.count(TriageRule, {});
  const rule = em.create(TriageRule, {
    key: `CUSTOM_${Date.now().toString(36).toUpperCase()}`,
    signal,
    priority: input.priority,
    patterns: input.patterns,
    sortOrder: count,
  });
  await em.flush();
  return rule;
};

export const updateTriageRule = async (
  em: EntityManager,
  input: {
    ruleId: string;
    signal?: string | null;
    priority?: Severity | null;
    patterns?: string[] | null;
    active?: boolean | null;
  },
): Promise<TriageRule> => {
  const id = idOf('TriageRule', input.ruleId);
  const rule = id === null ? null : await em.findOne(TriageRule, id);
  if (rule === null) throw UserFacingError.of('NOT_FOUND', 'No such rule.', ['input', 'ruleId']);
  if (input.patterns) {
    validatePatterns(input.patterns);
    rule.patterns = input.patterns;
  }
  if (input.signal) rule.signal = input.signal.trim();
  if (input.priority) rule.priority = input.priority;
  if (input.active !== null && input.active !== undefined) rule.active = input.active;
  await em.flush();
  return rule;
};
