import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, viewerOf } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { UserError, UserFacingError, payloadOf } from '../../platform/graphql/user-error';
import { recordAudit } from '../audit/audit.service';
import { Role } from '../identity/role';
import { Property } from '../portfolio/property.entity';
import { writeSetting } from '../settings/settings.service';
import type { Severity } from '../triage/severity';
import { SLA_SETTINGS, readSlaSettings, type SlaSettingsValue } from './sla.settings';
import {
  BusinessCalendar,
  PropertyPayload,
  SlaSettings,
  SlaSettingsPayload,
  UpdateBusinessCalendarInput,
  UpdateSlaSettingsInput,
} from './sla-config.types';

const toGraph = (value: SlaSettingsValue): SlaSettings =>
  Object.assign(new SlaSettings(), {
    targets: Object.entries(value.targets).map(([priority, t]) => ({
      priority,
      respond: t.respond,
      resolve: t.resolve,
    })),
    atRiskPercent: value.atRiskPercent,
    repeatWindowDays: value.repeatWindowDays,
    escalationAfterMinutes: value.escalationAfterMinutes,
  });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@Resolver(() => Property)
export class SlaConfigResolver {
  @Authorized(Role.MANAGER, Role.ADMIN)
  @Query(() => SlaSettings, {
    description: 'SLA targets per priority, the at-risk threshold, repeat window and escalation delay.',
  })
  async slaSettings(@Ctx() ctx: Context): Promise<SlaSettings> {
    return toGraph(await readSlaSettings(ctx.em));
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => SlaSettingsPayload)
  updateSlaSettings(
    @Arg('input', () => UpdateSlaSettingsInput, { validate: false }) input: UpdateSlaSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<SlaSettingsPayload>(
      input,
      async () => {
        const current = await readSlaSettings(ctx.em);
        const next: SlaSettingsValue = {
          targets: { ...current.targets },
          atRiskPercent: input.atRiskPercent ?? current.atRiskPercent,
          repeatWindowDays: input.repeatWindowDays ?? current.repeatWindowDays,
          escalationAfterMinutes: input.escalationAfterMinutes ?? current.escalationAfterMinutes,
        };
        for (const t of input.targets ?? []) {
          next.targets[t.priority as Severity] = { respond: { ...t.respond }, resolve: { ...t.resolve } };
        }
        await writeSetting(ctx.em, SLA_SETTINGS, next);
        await recordAudit(ctx.em, viewerOf(ctx), 'sla_settings.updated', 'sla', { ...next });
        return { slaSettings: toGraph(next) };
      },
      () => ({ slaSettings: null }),
    );
  }

  @Authorized(Role.MANAGER, Role.ADMIN)
  @Mutation(() => PropertyPayload, { description: 'Sets a property’s business days, hours and holidays.' })
  updateBusinessCalendar(
    @Arg('input', () => UpdateBusinessCalendarInput, { validate: false }) input: UpdateBusinessCalendarInput,
    @Ctx() ctx: Context,
  ) {
    return payloadOf<PropertyPayload>(
      input,
      async () => {
        const errors: UserError[] = [];
        if (input.days.length === 0 || input.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
          errors.push(
            UserError.of(
              'INVALID',
              'Business days are ISO weekdays 1 (Monday) to 7 (Sunday), at least one.',
              ['input', 'days'],
            ),
          );
        }
        if (!TIME.test(input.opens))
          errors.push(UserError.of('INVALID', 'Opening time as HH:mm, e.g. 08:00.', ['input', 'opens']));
        if (!TIME.test(input.closes))
          errors.push(UserError.of('INVALID', 'Closing time as HH:mm, e.g. 17:00.', ['input', 'closes']));
        if (TIME.test(input.opens) && TIME.test(input.closes) && input.closes <= input.opens) {
          errors.push(UserError.of('INVALID', 'Closing must be after opening.', ['input', 'closes']));
        }
        input.holidays.forEach((h, i) => {
          if (!DATE.test(h) || Number.isNaN(Date.parse(h)))
            errors.push(UserError.of('INVALID', 'Holidays as YYYY-MM-DD.', ['input', 'holidays', String(i)]));
        });
        if (errors.length > 0) throw new UserFacingError(errors);
        const id = idOf('Property', input.propertyId);
        const property = id === null ? null : await ctx.em.findOne(Property, id);
        if (property === null)
          throw UserFacingError.of('NOT_FOUND', 'No such property.', ['input', 'propertyId']);
        property.businessCalendar = {
          days: [...new Set(input.days)].sort(),
          opens: input.opens,
          closes: input.closes,
          holidays: [...new Set(input.holidays)].sort(),
        };
        await ctx.em.flush();
        await recordAudit(ctx.em, viewerOf(ctx), 'business_calendar.updated', property.globalId, {
          ...property.businessCalendar,
        });
        return { property };
      },
      () => ({ property: null }),
    );
  }

  @FieldResolver(() => BusinessCalendar, {
    description: 'Working days, hours and holidays used for SLA targets in business days.',
  })
  businessCalendar(@Root() property: Property): BusinessCalendar {
    return Object.assign(new BusinessCalendar(), property.businessCalendar);
  }
}
