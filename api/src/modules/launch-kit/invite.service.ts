import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { parseCsv } from '../../platform/csv/csv';
import { CsvRowError } from '../../platform/csv/csv.types';
import type { Viewer } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import { PASSWORD_MIN_LENGTH, hashPassword, normalizeEmail } from '../identity/identity.service';
import { Role } from '../identity/role';
import type { IssuedToken, TokenService } from '../identity/token.service';
import { User } from '../identity/user.entity';
import { NotificationTemplateKey } from '../notification/notification.rules';
import {
  inNotificationTransaction,
  type DirectNotification,
  type NotificationDeps,
} from '../notification/notification.service';
import { Property } from '../portfolio/property.entity';
import { Tenancy, isActiveTenancy } from '../portfolio/tenancy.entity';
import { Unit } from '../portfolio/unit.entity';
import { isIsoDate } from '../rent/rent.rules';
import {
  INVITE_COLUMNS,
  INVITE_MAX_ROWS,
  INVITE_TTL_DAYS,
  NAME_MAX,
  acceptUrlOf,
  looksLikeEmail,
} from './launch-kit.rules';

export enum InviteOutcome {
  INVITED = 'INVITED',
  REINVITED = 'REINVITED',
  ALREADY_ACTIVE = 'ALREADY_ACTIVE',
}

export interface InviteLine {
  line: number;
  email: string;
  name: string;
  unitLabel: string;
  outcome: InviteOutcome;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A fresh invite secret on the user (only its hash is kept) and the invite email, in the caller's transaction. */
const issueInvite = async (
  em: EntityManager,
  send: (n: DirectNotification) => Promise<number>,
  publicUrl: string,
  user: User,
  place: { unitLabel: string; propertyName: string },
): Promise<void> => {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  user.inviteTokenHash = hashToken(token);
  user.invitedAt = now;
  user.inviteExpiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * 86_400_000);
  user.invitesSent += 1;
  await em.flush();
  await send({
    sourceKey: `invite:${user.id}:${user.invitesSent}`,
    template: NotificationTemplateKey.TENANT_INVITE,
    recipients: [user.id],
    values: { unit: `unit ${place.unitLabel}`, property: place.propertyName },
    link: acceptUrlOf(publicUrl, token),
  });
};

/**
 * Invites a property's tenants from a CSV (email, unit, and optionally name, phone, starts_on): creates each
 * tenant account (no password yet) and its tenancy, and emails an invite link, all in one transaction — so an
 * email goes out exactly for the accounts that exist. All or nothing: any wrong line is reported and nothing is
 * written. Someone already invited gets a new link (the old one stops working); an active tenant gets the tenancy
 * if missing and no email. `dryRun` only checks.
 */
export const inviteTenants = async (
  deps: NotificationDeps,
  viewer: Viewer,
  input: { propertyId: string; csv: string; dryRun: boolean },
): Promise<{ lines: InviteLine[]; rowErrors: CsvRowError[] }> => {
  const rows = parseCsv(input.csv, { ...INVITE_COLUMNS, maxRows: INVITE_MAX_ROWS, field: ['input', 'csv'] });
  return inNotificationTransaction(deps, async (em, send) => {
    const property = await em.findOne(Property, idOf('Property', input.propertyId) ?? -1);
    if (property === null)
      throw UserFacingError.of('NOT_FOUND', 'No such property.', ['input', 'propertyId']);
    const units = await em.find(Unit, { property: property.id });
    const emails = rows.map((r) => normalizeEmail(r.values.email ?? ''));
    const existing = await em.find(User, { email: { $in: emails } }, { populate: ['passwordHash'] });
    // a lease without a start date starts today — the earlier of the property's date and UTC's, so that it is
    // active at once wherever the property is (tenancies are active from their start date, by UTC's calendar)
    const utcToday = new Date().toISOString().slice(0, 10);
    const localToday = DateTime.now().setZone(property.timezone).toISODate() ?? utcToday;
    const today = localToday < utcToday ? localToday : utcToday;
    const rowErrors: CsvRowError[] = [];
    const seen = new Set<string>();
    const planned: {
      line: number;
      email: string;
      name: string;
      phone: string | null;
      unit: Unit;
      startsOn: string;
    }[] = [];
    for (const row of rows) {
      const v = row.values;
      const before = rowErrors.length;
      const email = normalizeEmail(v.email ?? '');
      if (!looksLikeEmail(email))
        rowErrors.push(CsvRowError.of(row.line, `"${v.email}" is not an email address.`, 'email'));
      else if (seen.has(email))
        rowErrors.push(CsvRowError.of(row.line, `${email} appears twice in the file.`, 'email'));
      seen.add(email);
      const unit = units.find((u) => u.label.toLowerCase() === (v.unit ?? '').toLowerCase());
      if (!unit) {
        rowErrors.push(CsvRowError.of(row.line, `${property.name} has no unit "${v.unit}".`, 'unit'));
      }
      const account = existing.find((u) => u.email === email);
      if (account && account.role !== Role.TENANT) {
        rowErrors.push(
          CsvRowError.of(
            row.line,
            `${email} already has a ${account.role.toLowerCase()} account; use another email.`,
            'email',
          ),
        );
      }
      const name = (v.name || email.split('@')[0] || email).trim();
      if (name.length > NAME_MAX)
        rowErrors.push(CsvRowError.of(row.line, `Names are at most ${NAME_MAX} characters.`, 'name'));
      const phone = v.phone ? v.phone.replace(/[^\d+]/g, '') : null;
      if (phone !== null && !/^\+?\d{6,15}$/.test(phone)) {
        rowErrors.push(CsvRowError.of(row.line, `"${v.phone}" is not a phone number.`, 'phone'));
      }
      const startsOn = v.starts_on || today;
      if (!isIsoDate(startsOn)) {
        rowErrors.push(
          CsvRowError.of(row.line, `"${v.starts_on}" is not a date written YYYY-MM-DD.`, 'starts_on'),
        );
      }
      if (rowErrors.length === before && unit)
        planned.push({ line: row.line, email, name, phone, unit, startsOn });
    }
    if (rowErrors.length > 0) return { lines: [], rowErrors };
    const lines: InviteLine[] = [];
    for (const p of planned) {
      let user = existing.find((u) => u.email === p.email) ?? null;
      let outcome: InviteOutcome;
      if (user === null) {
        outcome = InviteOutcome.INVITED;
        if (!input.dryRun) {
          user = em.create(User, {
            email: p.email,
            name: p.name,
            phone: p.phone,
            role: Role.TENANT,
            passwordHash: null,
          });
          await em.flush();
        }
      } else {
        outcome = user.passwordHash ? InviteOutcome.ALREADY_ACTIVE : InviteOutcome.REINVITED;
      }
      if (!input.dryRun && user !== null) {
        const tenancies = await em.find(Tenancy, { tenant: user.id, unit: p.unit.id });
        if (!tenancies.some((t) => isActiveTenancy(t, p.startsOn) || t.startsOn >= today)) {
          em.create(Tenancy, { tenant: user.id, unit: p.unit.id, startsOn: p.startsOn, endsOn: null });
          await em.flush();
        }
        if (outcome !== InviteOutcome.ALREADY_ACTIVE) {
          await issueInvite(em, send, deps.publicUrl, user, {
            unitLabel: p.unit.label,
            propertyName: property.name,
          });
        }
      }
      lines.push({ line: p.line, email: p.email, name: p.name, unitLabel: p.unit.label, outcome });
    }
    return { lines, rowErrors: [] };
  });
};

/** Sends a tenant who has not set a password yet a new invite link (the old one stops working). */
export const resendInvite = async (deps: NotificationDeps, userId: string): Promise<User> =>
  inNotificationTransaction(deps, async (em, send) => {
    const user = await em.findOne(
      User,
      { id: idOf('User', userId) ?? -1, role: Role.TENANT },
      { populate: ['passwordHash'] },
    );
    if (user === null) throw UserFacingError.of('NOT_FOUND', 'No such tenant.', ['userId']);
    if (user.passwordHash)
      throw UserFacingError.of('CONFLICT', `${user.name} has already set a password.`, ['userId']);
    const tenancy = await em.findOne(
      Tenancy,
      { tenant: user.id },
      { orderBy: { startsOn: 'desc' }, populate: ['unit'] },
    );
    if (tenancy === null)
      throw UserFacingError.of('INVALID', `${user.name} has no tenancy to invite to.`, ['userId']);
    const unit = tenancy.unit.getEntity();
    const property = await em.findOneOrFail(Property, unit.property.id);
    await issueInvite(em, send, deps.publicUrl, user, { unitLabel: unit.label, propertyName: property.name });
    return user;
  });

/** The open invite a link's secret belongs to; null when unknown, used or expired. */
export const openInvite = async (em: EntityManager, token: string): Promise<User | null> => {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const user = await em.findOne(User, { inviteTokenHash: hashToken(token), active: true });
  return user && user.inviteExpiresAt && user.inviteExpiresAt > new Date() ? user : null;
};

/** Sets the invited tenant's password from the link's secret (once) and signs them in. */
export const acceptInvite = async (
  em: EntityManager,
  tokens: TokenService,
  input: { token: string; password: string },
): Promise<{ user: User } & IssuedToken> => {
  const user = await openInvite(em, input.token);
  if (user === null) {
    throw UserFacingError.of(
      'INVALID_TOKEN',
      'This invite link is not valid any more (it was used, replaced or is over 14 days old). Ask your property manager for a new one.',
      ['input', 'token'],
    );
  }
  if (input.password.length < PASSWORD_MIN_LENGTH) {
    throw UserFacingError.of('INVALID', `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`, [
      'input',
      'password',
    ]);
  }
  user.passwordHash = await hashPassword(input.password);
  user.inviteTokenHash = null;
  user.inviteExpiresAt = null;
  await em.flush();
  return { user, ...(await tokens.issue({ userId: user.id, role: user.role })) };
};

/** Where a tenant is in the invite flow, for managers. */
export enum InviteStatus {
  /** Has a password (seeded, or the invite was accepted). */
  ACTIVE = 'ACTIVE',
  PENDING = 'PENDING',
  EXPIRED = 'EXPIRED',
  NOT_INVITED = 'NOT_INVITED',
}

export const inviteStatusOf = (user: User, hasPassword: boolean): InviteStatus =>
  hasPassword
    ? InviteStatus.ACTIVE
    : user.inviteExpiresAt === null || user.inviteExpiresAt === undefined
      ? InviteStatus.NOT_INVITED
      : user.inviteExpiresAt > new Date()
        ? InviteStatus.PENDING
        : InviteStatus.EXPIRED;
