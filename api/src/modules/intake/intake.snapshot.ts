import type { EntityManager } from '@mikro-orm/postgresql';
import { executePrepared } from '../../platform/db/prepared';
import type { Viewer } from '../../platform/graphql/context';
import { ACTIVE_TENANCY, unitScope } from '../portfolio/portfolio.policy';
import type { ContactMethod } from '../portfolio/contact-method';
import { SLA_SETTINGS, type SlaSettingsValue } from '../sla/sla.settings';
import type { TriageRuleRow } from '../triage/triage.config';

/** A unit the request may be for, with its property's row (`properties.*`, as stored: column names). */
export interface SnapshotUnit {
  id: number;
  propertyId: number;
  property: Record<string, unknown> & { id: number; timezone: string };
}

/** An active intake assignment rule that may match (its property is one of the candidate units'). */
export interface SnapshotRule {
  id: number;
  categoryId: number | null;
  propertyId: number | null;
  vendorId: number | null;
  technicianId: number | null;
}

/**
 * Everything a submission reads before it writes. All of it is read fresh for every submission (nothing is cached
 * across requests), in one statement instead of one ORM query each — each of those cost a round trip plus the ORM's
 * query building and hydration, which under load was most of the api's CPU per submission.
 */
export interface IntakeSnapshot {
  /** The order an earlier submission with the same idempotency key created, if any. */
  earlierId: number | null;
  /**
   * The id the new order will have, reserved (`nextval`) so that the jobs written with it can name it. An id a
   * submission reserves and does not use (an error, a repeated key) is skipped: ids are internal, and gaps in a
   * sequence are normal; the number tenants see is taken only when the order is written.
   */
  newId: number;
  /**
   * With a unit asked for: that unit if the viewer may see it (else none). Without: the units the tenant leases now,
   * one per current tenancy, ordered by unit id — exactly what `canSeeUnits` and `unitsByTenantLoader` answer.
   */
  units: SnapshotUnit[];
  /** The category asked for, when it exists and is active. */
  category: { id: number; name: string; emergencyKeywords: string[] } | null;
  /** The tenant's stored access profile. */
  access: {
    pets: string | null;
    bestContactMethod: ContactMethod | null;
    preferredTimes: string | null;
    notes: string | null;
  } | null;
  /** The active triage rules, in their order (sort order, then id). */
  triageRules: TriageRuleRow[];
  /** The stored SLA settings (null: none stored, the defaults apply). */
  slaSettings: Partial<SlaSettingsValue> | null;
  /** Active intake assignment rules for the category (or none) and a candidate's property (or none), oldest first. */
  assignmentRules: SnapshotRule[];
}

/**
 * Reads the snapshot in one round trip (a prepared statement: one text per way the unit is chosen). `unitId` is the numeric id asked for (null: none asked for) and
 * `unitAsked` whether one was asked for at all (a malformed id is asked for but matches nothing).
 */
export const readIntakeSnapshot = async (
  em: EntityManager,
  viewer: Viewer,
  input: {
    unitAsked: boolean;
    unitId: number | null;
    categoryId: number | null;
    idempotencyKey: string | null;
  },
): Promise<IntakeSnapshot> => {
  const scope = unitScope(viewer);
  const candidates = input.unitAsked
    ? {
        sql: `select u.id, u.property_id, u.id as ord from units u where u.id = ? and (${scope.sql})`,
        params: [input.unitId, ...scope.params],
      }
    : {
        sql: `select u.id, u.property_id, t.unit_id as ord from tenancies t join units u on u.id = t.unit_id
              where t.tenant_id = ? and ${ACTIVE_TENANCY}`,
        params: [viewer.id],
      };
  const rows = await executePrepared<IntakeSnapshot>(
    em,
    `with candidate as (${candidates.sql})
     select
       (select w.id from work_orders w where w.requester_id = ? and w.idempotency_key = ?) as "earlierId",
       nextval('work_orders_id_seq')::int as "newId",
       (select coalesce(json_agg(json_build_object('id', c.id, 'propertyId', c.property_id, 'property', row_to_json(p))
                                 order by c.ord), '[]'::json)
          from candidate c join properties p on p.id = c.property_id) as "units",
       (select json_build_object('id', k.id, 'name', k.name, 'emergencyKeywords', k.emergency_keywords)
          from categories k where k.id = ? and k.active) as "category",
       (select json_build_object('pets', a.pets, 'bestContactMethod', a.best_contact_method,
                                 'preferredTimes', a.preferred_times, 'notes', a.notes)
          from access_profiles a where a.user_id = ?) as "access",
       (select coalesce(json_agg(json_build_object('key', r.key, 'signal', r.signal, 'priority', r.priority,
                                                   'condition', r.condition, 'patterns', r.patterns)
                                 order by r.sort_order, r.id), '[]'::json)
          from triage_rules r where r.active) as "triageRules",
       (select s.value from settings s where s.key = ?) as "slaSettings",
       (select coalesce(json_agg(json_build_object('id', x.id, 'categoryId', x.category_id,
                                                   'propertyId', x.property_id, 'vendorId', x.vendor_id,
                                                   'technicianId', x.technician_id) order by x.id), '[]'::json)
          from assignment_rules x
         where x.active and x.apply_at_intake
           and (x.category_id is null or x.category_id = ?)
           and (x.property_id is null or x.property_id in (select c.property_id from candidate c))) as "assignmentRules"`,
    [
      ...candidates.params,
      viewer.id,
      input.idempotencyKey,
      input.categoryId,
      viewer.id,
      SLA_SETTINGS.key,
      input.categoryId,
    ],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('intake snapshot: no row');
  return row;
};
