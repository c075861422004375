// Generates the benchmark data set into its own database (BENCH_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/fixline_bench; dropped and created again):
//   the schema and the demo users/properties (by starting the app once with seed: true), then with SQL
//   generate_series: 20,000 units over 200 properties, a tenant per unit, 40 vendors, 12 technicians,
//   1,000,000 work orders over 13 months with their timeline events (CREATED … CLOSED, SLA breaches, reopenings),
//   200,000 messages with MESSAGE_POSTED events and the manager's read markers; ANALYZE at the end.
// BENCH_SCALE=0.01 makes everything 100× smaller. Run: node bench/generate.mjs
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { API_DIR, DATABASE_URL, SCALE, apiEnv, fmt, log } from './lib/common.mjs';
import { MESSAGE_BODIES, PROBLEMS } from './lib/problems.mjs';

const require = createRequire(import.meta.url);

const WORK_ORDERS = Math.round(1_000_000 * SCALE);
const UNITS = Math.max(60, Math.round(20_000 * SCALE));
const MESSAGES = Math.round(200_000 * SCALE);
const UNITS_PER_PROPERTY = 100;
const EXTRA_VENDORS = 33;
const EXTRA_TECHNICIANS = 11;
const SPAN_DAYS = 395; // 13 months: a 12-month report has a full year behind it
const CHUNK = 100_000;
/** The tables the bulk load writes: their secondary indexes and constraints are dropped and built again after. */
const LOADED = ['work_orders', 'work_order_events', 'messages', 'message_reads'];
/**
 * The triggers that keep derived tables (report rollups: Migration20261124071500, Migration20261125090000; board
 * counts: Migration20261124072000), off during the load; the tables are rebuilt once at the end
 * (report_rebuild_all_rollups() rebuilds every report rollup: monthly, cumulative and repeat).
 */
const DERIVED_TRIGGERS = [
  ['work_orders', 'work_order_counts_track'],
  ['work_orders', 'report_rollup_mark'],
  ['work_orders', 'report_repeat_mark'],
  ['work_order_events', 'report_rollup_mark_event'],
  ['work_order_events', 'report_rollup_unmark_event'],
];

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const step = (text) => log(`[${elapsed().padStart(8)}] ${text}`);

const recreateDatabase = async () => {
  const url = new URL(DATABASE_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`unexpected database name "${name}"`);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  step(`database ${name} created`);
};

/** Starts the app once: it applies the migrations and loads the demo data (users, 3 properties, 30 units). */
const migrateAndSeed = async () => {
  const { startApp } = require(join(API_DIR, 'dist', 'main.js'));
  const app = await startApp({ seed: true, env: apiEnv() });
  await app.stop();
  step('schema migrated and demo data loaded (startApp with seed: true)');
};

const one = async (db, sql, params = []) => (await db.query(sql, params)).rows[0];

/** Drops the secondary indexes, unique and foreign-key constraints of the loaded tables; returns how to rebuild them. */
const dropIndexes = async (db) => {
  const constraints = (
    await db.query(
      `select c.conrelid::regclass::text as tbl, c.conname, pg_get_constraintdef(c.oid) as def, c.contype
         from pg_constraint c where c.conrelid = any($1::regclass[]) and c.contype in ('f', 'u')
        order by c.contype desc`,
      [LOADED],
    )
  ).rows;
  const indexes = (
    await db.query(
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
         from pg_index i where i.indrelid = any($1::regclass[]) and not i.indisprimary
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
      [LOADED],
    )
  ).rows;
  for (const c of constraints) await db.query(`alter table ${c.tbl} drop constraint "${c.conname}"`);
  for (const i of indexes) await db.query(`drop index ${i.name}`);
  step(`dropped ${indexes.length} indexes and ${constraints.length} constraints of ${LOADED.join(', ')}`);
  return { constraints, indexes };
};

const rebuildIndexes = async (db, { constraints, indexes }) => {
  for (const i of indexes) {
    const t = Date.now();
    await db.query(i.def);
    step(`  index ${i.name} (${Date.now() - t} ms)`);
  }
  // unique constraints first, then foreign keys (validated against the whole table)
  for (const c of [...constraints].sort(
    (a, b) => (a.contype === 'u' ? -1 : 1) - (b.contype === 'u' ? -1 : 1),
  )) {
    const t = Date.now();
    await db.query(`alter table ${c.tbl} add constraint "${c.conname}" ${c.def}`);
    step(`  constraint ${c.conname} (${Date.now() - t} ms)`);
  }
};

const referenceData = async (db, now) => {
  const properties = Math.ceil((UNITS - 30) / UNITS_PER_PROPERTY);
  await db.query(
    `insert into properties (owner_id, name, address, timezone, emergency_hotline, after_hours_instructions, common_areas)
     select (select min(id) from owners) + (g % 2), 'Bench Property ' || lpad(g::text, 4, '0'), g || ' Benchmark Avenue, Springfield',
            (array['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'])[1 + g % 4],
            '+1 555 0199', 'Call the hotline for emergencies.', '["Lobby", "Laundry room", "Parking garage", "Roof"]'::jsonb
       from generate_series(1, $1) g`,
    [properties],
  );
  await db.query(
    `insert into units (property_id, label)
     select property_id, label from (
       select p.id as property_id, ((i - 1) / 20 + 1)::text || lpad(((i - 1) % 20 + 1)::text, 2, '0') as label,
              row_number() over (order by p.id, i) as rn
         from properties p cross join generate_series(1, $2) i where p.name like 'Bench Property %') x
      where rn <= $1`,
    [UNITS - 30, UNITS_PER_PROPERTY],
  );
  const { hash } = await one(db, `select password_hash as hash from users where email = 'tenant@demo.test'`);
  // a tenant for every unit without one (the demo leaves 5 of its 30 units empty)
  await db.query(
    `insert into users (email, name, phone, role, password_hash)
     select 'bench-tenant-' || u.id || '@bench.test', 'Tenant ' || u.id, '+1 555 ' || lpad((u.id % 10000)::text, 4, '0'), 'TENANT', $1
       from units u where not exists (select 1 from tenancies t where t.unit_id = u.id) order by u.id`,
    [hash],
  );
  await db.query(
    `insert into tenancies (tenant_id, unit_id, starts_on)
     select id, substring(email from 'bench-tenant-(\\d+)@')::int, $1::date - 500
       from users where email like 'bench-tenant-%' order by id`,
    [now],
  );
  await db.query(
    `insert into vendors (name, email, phone, active, contact_name, hourly_rate_cents, callout_fee_cents, weekly_capacity,
                          insurance_expires_on, license_number)
     select 'Bench ' || c.name || ' Services ' || g, 'vendor' || g || '@bench.test', '+1 555 2' || lpad(g::text, 3, '0'), true,
            'Contact ' || g, 8000 + (g % 10) * 500, 5000 + (g % 5) * 1000, 10 + g % 10, $2::date + 200, 'LIC-B' || g
       from generate_series(1, $1) g join categories c on c.sort_order = g % 7`,
    [EXTRA_VENDORS, now],
  );
  await db.query(
    `insert into vendor_categories (vendor_id, category_id, rank)
     select v.id, c.id, 2 from vendors v join categories c on v.name like 'Bench ' || c.name || ' Services %'`,
  );
  await db.query(
    `insert into users (email, name, role, password_hash)
     select 'bench-tech-' || g || '@bench.test', 'Bench Technician ' || g, 'TECHNICIAN', $2 from generate_series(1, $1) g`,
    [EXTRA_TECHNICIANS, hash],
  );
  await db.query(
    `insert into technicians (user_id, name) select id, name from users where email like 'bench-tech-%' order by id`,
  );
  await db.query(
    `insert into technician_categories (technician_id, category_id)
     select t.id, c.id from technicians t join categories c on c.sort_order in (t.id % 7, (t.id + 3) % 7)
      where not exists (select 1 from technician_categories x where x.technician_id = t.id)`,
  );
  const counts = await one(
    db,
    `select (select count(*) from properties)::int as properties, (select count(*) from units)::int as units,
            (select count(*) from users where role = 'TENANT')::int as tenants, (select count(*) from vendors)::int as vendors,
            (select count(*) from technicians)::int as technicians`,
  );
  step(
    `reference data: ${counts.properties} properties, ${fmt(counts.units, 0)} units, ${fmt(counts.tenants, 0)} tenants, ` +
      `${counts.vendors} vendors, ${counts.technicians} technicians`,
  );

  // lookup tables for picking at random by row number
  await db.query(
    `create temp table pick_unit as
     select row_number() over (order by u.id)::int as rn, u.id as unit_id, u.property_id,
            (select min(t.tenant_id) from tenancies t where t.unit_id = u.id) as tenant_id
       from units u`,
  );
  await db.query(
    `create temp table pick_vendor as
     select category_id, vendor_id, row_number() over (partition by category_id order by vendor_id)::int as rn,
            count(*) over (partition by category_id)::int as n
       from vendor_categories`,
  );
  await db.query(
    `create temp table pick_tech as select row_number() over (order by id)::int as rn, id from technicians`,
  );
  await db.query(
    `create temp table problems (rn int primary key, category_id int, severity text, title text, description text)`,
  );
  for (const [i, [key, severity, title, description]] of PROBLEMS.entries()) {
    await db.query(`insert into problems select $1, id, $3, $4, $5 from categories where key = $2`, [
      i + 1,
      key,
      severity,
      title,
      description,
    ]);
  }
  await db.query('analyze pick_unit; analyze pick_vendor; analyze pick_tech; analyze problems');
};

/** Hours per priority: typical time to respond (assign) and to resolve; the SLA targets (for breach events). */
const HOURS = `
  case x.priority when 'EMERGENCY' then 1.5 when 'URGENT' then 10 when 'ROUTINE' then 30 else 80 end as resp_h,
  case x.priority when 'EMERGENCY' then 12 when 'URGENT' then 36 when 'ROUTINE' then 110 else 320 end as res_h`;

const insertWorkOrders = async (db, ctx) => {
  const nTech = (await one(db, 'select count(*)::int as n from pick_tech')).n;
  const nUnits = (await one(db, 'select count(*)::int as n from pick_unit')).n;
  const iso = (e) => `to_char((${e}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  for (let a = 1; a <= WORK_ORDERS; a += CHUNK) {
    const b = Math.min(WORK_ORDERS, a + CHUNK - 1);
    await db.query(
      `insert into work_orders (id, number, property_id, unit_id, location_kind, location_detail, requester_id, category_id,
         reported_severity, priority, triage_reasons, needs_review, status, version, title, description, access_snapshot,
         permission_to_enter, availability_windows, assignee_vendor_id, assignee_technician_id,
         created_at, updated_at, assigned_at, scheduled_at, completed_at, closed_at, cancelled_at,
         appointment, actual_cost_cents, completion_notes, rating_score, rated_at)
       select $4::int + z.g, $5::int + z.g, z.property_id, case when z.common then null else z.unit_id end,
         case when z.common then 'COMMON_AREA' else 'UNIT' end,
         case when z.common then 'Laundry room' else (array['Kitchen', 'Bathroom', 'Bedroom', 'Living room', 'Hallway'])[1 + floor(z.r_room * 5)::int] end,
         z.tenant_id, z.category_id, z.reported, z.priority,
         case when z.priority <> z.reported then '["A keyword rule raised the priority"]' else '[]' end::jsonb,
         z.r_misc < 0.02, z.status,
         case z.status when 'NEW' then 1 when 'ASSIGNED' then 2 when 'SCHEDULED' then 3 when 'COMPLETED' then 4 when 'CLOSED' then 5 else 2 end,
         z.title, z.description, '{"pets": null, "notes": null, "preferredTimes": "Weekdays", "bestContactMethod": "PHONE"}'::jsonb,
         z.r_misc < 0.6, '[]'::jsonb,
         case when z.assigned_at is not null and not z.tech then pv.vendor_id end,
         case when z.assigned_at is not null and z.tech then pt.id end,
         z.created_at, coalesce(z.closed_at, z.cancelled_at, z.completed_at, z.scheduled_at, z.assigned_at, z.created_at),
         z.assigned_at, z.scheduled_at, z.completed_at, z.closed_at, z.cancelled_at,
         case when z.status = 'SCHEDULED' then jsonb_build_object(
                'startsAt', ${iso(`date_trunc('hour', $3::timestamptz) + (1 + floor(z.r2 * 6)) * interval '1 day'`)},
                'endsAt', ${iso(`date_trunc('hour', $3::timestamptz) + (1 + floor(z.r2 * 6)) * interval '1 day' + interval '3 hours'`)})
              when z.completed_at is not null then jsonb_build_object(
                'startsAt', ${iso(`z.completed_at - interval '2 hours'`)}, 'endsAt', ${iso(`z.completed_at + interval '1 hour'`)})
         end,
         case when z.completed_at is not null then 5000 + floor(z.r3 * 60000)::int end,
         case when z.completed_at is not null then 'Fixed and tested; area cleaned up.' end,
         case when z.status = 'CLOSED' and z.r_rate < 0.7 then least(5, 2 + floor(z.r_rate * 5))::int end,
         case when z.status = 'CLOSED' and z.r_rate < 0.7 then z.closed_at end
       from (
         select y.*,
           case when y.status in ('ASSIGNED', 'SCHEDULED', 'COMPLETED', 'CLOSED') then y.created_at + make_interval(secs => y.d1 * y.f * 3600) end as assigned_at,
           case when y.status in ('SCHEDULED', 'COMPLETED', 'CLOSED') then y.created_at + make_interval(secs => (y.d1 + y.d2) * y.f * 3600) end as scheduled_at,
           case when y.status in ('COMPLETED', 'CLOSED') then y.created_at + make_interval(secs => (y.d1 + y.d2 + y.d3) * y.f * 3600) end as completed_at,
           case when y.status = 'CLOSED' then y.created_at + make_interval(secs => (y.d1 + y.d2 + y.d3 + y.d4) * y.f * 3600) end as closed_at,
           case when y.status = 'CANCELLED' then y.created_at + make_interval(secs => least(y.d1, y.age_h * 0.9) * 3600) end as cancelled_at
         from (
           select x.*, d.*,
             least(1.0, x.age_h * 0.95 / greatest(0.001, case x.status
               when 'ASSIGNED' then d.d1 when 'SCHEDULED' then d.d1 + d.d2 when 'COMPLETED' then d.d1 + d.d2 + d.d3
               when 'CLOSED' then d.d1 + d.d2 + d.d3 + d.d4 else 1 end)) as f
           from (
             select w.*,
               case when w.age_h > 21 * 24 then case when w.r_status < 0.93 then 'CLOSED' else 'CANCELLED' end
                    when w.age_h > 7 * 24 then case when w.r_status < 0.55 then 'CLOSED' when w.r_status < 0.72 then 'COMPLETED'
                      when w.r_status < 0.77 then 'CANCELLED' when w.r_status < 0.89 then 'SCHEDULED' when w.r_status < 0.96 then 'ASSIGNED' else 'NEW' end
                    when w.age_h > 2 * 24 then case when w.r_status < 0.10 then 'CLOSED' when w.r_status < 0.30 then 'COMPLETED'
                      when w.r_status < 0.35 then 'CANCELLED' when w.r_status < 0.65 then 'SCHEDULED' when w.r_status < 0.85 then 'ASSIGNED' else 'NEW' end
                    else case when w.r_status < 0.03 then 'CLOSED' when w.r_status < 0.10 then 'COMPLETED' when w.r_status < 0.13 then 'CANCELLED'
                      when w.r_status < 0.30 then 'SCHEDULED' when w.r_status < 0.55 then 'ASSIGNED' else 'NEW' end
               end as status
             from (
               select s.*, u.unit_id, u.property_id, u.tenant_id, p.category_id, p.title, p.description, r.reported,
                 case when r.reported in ('ROUTINE', 'LOW') and s.r_misc > 0.97 then 'URGENT' else r.reported end as priority,
                 extract(epoch from ($3::timestamptz - s.created_at)) / 3600.0 as age_h,
                 s.r_common < 0.05 as common, (p.key = 'GENERAL' or s.r_tech < 0.3) as tech
               from (
                 select g, $6::timestamptz + ((g - 1) + random() * 0.9) * $7::float8 * interval '1 second' as created_at,
                   random() as r_unit, random() as r_prob, random() as r_sev, random() as r_sev2, random() as r_status, random() as r_tech,
                   random() as r_vendor, random() as r1, random() as r2, random() as r3, random() as r4, random() as r_common,
                   random() as r_room, random() as r_misc, random() as r_rate
                 from generate_series($1::int, $2::int) g
               ) s
               join pick_unit u on u.rn = 1 + floor(s.r_unit * ${nUnits})::int
               join (select pr.*, c.key from problems pr join categories c on c.id = pr.category_id) p
                 on p.rn = 1 + floor(s.r_prob * ${PROBLEMS.length})::int
               cross join lateral (select case when s.r_sev < 0.92 then p.severity
                 else (array['EMERGENCY', 'URGENT', 'ROUTINE', 'LOW'])[1 + floor(s.r_sev2 * 4)::int] end as reported) r
             ) w
           ) x
           cross join lateral (select ${HOURS}) h
           cross join lateral (
             select h.resp_h * (0.15 + 2.0 * x.r1 * x.r1) as d1, h.resp_h * (0.3 + 1.5 * x.r2) as d2,
                    h.res_h * (0.1 + 1.2 * x.r3 * x.r3) as d3, 2 + 150 * x.r4 as d4
           ) d
         ) y
       ) z
       left join pick_vendor pv on pv.category_id = z.category_id and pv.rn = 1 + floor(z.r_vendor * pv.n)::int
       left join pick_tech pt on pt.rn = 1 + floor(z.r_vendor * ${nTech})::int
       order by z.g`,
      [a, b, ctx.now, ctx.idBase, ctx.numberBase, ctx.start, ctx.stepSeconds],
    );
    step(`work orders ${fmt(b, 0)} / ${fmt(WORK_ORDERS, 0)}`);
  }
  await db.query(`select setval('work_orders_id_seq', (select max(id) from work_orders))`);
  await db.query(`select setval('work_order_number_seq', (select max(number) from work_orders))`);
};

const insertEvents = async (db, ctx) => {
  const lo = ctx.idBase + 1;
  const hi = ctx.idBase + WORK_ORDERS;
  // SLA targets in hours (ROUTINE's 5 business days ≈ 7 calendar days) for the BREACHED events the SLA job records
  const respond = `case w.priority when 'EMERGENCY' then 4 when 'URGENT' then 24 when 'ROUTINE' then 48 else 168 end`;
  const resolve = `case w.priority when 'EMERGENCY' then 24 when 'URGENT' then 48 when 'ROUTINE' then 168 else 720 end`;
  const dueIso = (h) =>
    `to_char((w.created_at + (${h}) * interval '1 hour') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  for (let a = lo; a <= hi; a += CHUNK) {
    const b = Math.min(hi, a + CHUNK - 1);
    await db.query(
      `insert into work_order_events (work_order_id, kind, actor_id, at, summary, data, internal, webhook_fanout_at, notify_fanout_at)
       select id, kind, actor_id, at, summary, data, false, at, at from (
         select w.id, 'CREATED' as kind, w.requester_id as actor_id, w.created_at as at,
                'Request received (' || lower(w.priority) || ')' as summary,
                jsonb_build_object('reportedSeverity', w.reported_severity, 'priority', w.priority, 'triageReasons', w.triage_reasons) as data
           from work_orders w where w.id between $1 and $2
         union all
         select w.id, 'ASSIGNED', $3, w.assigned_at, 'Assigned to ' || coalesce(v.name, t.name, 'a technician'), null
           from work_orders w left join vendors v on v.id = w.assignee_vendor_id left join technicians t on t.id = w.assignee_technician_id
          where w.id between $1 and $2 and w.assigned_at is not null
         union all
         select w.id, 'SCHEDULED', $3, w.scheduled_at, 'Appointment scheduled', null
           from work_orders w where w.id between $1 and $2 and w.scheduled_at is not null
         union all
         select w.id, 'COMPLETED', $3, w.completed_at, 'Work completed', null
           from work_orders w where w.id between $1 and $2 and w.completed_at is not null
         union all
         select w.id, 'CLOSED', w.requester_id, w.closed_at, 'Confirmed fixed by the tenant', null
           from work_orders w where w.id between $1 and $2 and w.closed_at is not null
         union all
         select w.id, 'CANCELLED', w.requester_id, w.cancelled_at, 'Cancelled by the tenant: fixed it myself', null
           from work_orders w where w.id between $1 and $2 and w.cancelled_at is not null
         union all
         select w.id, 'REOPENED', w.requester_id, w.completed_at + interval '30 minutes', 'Reopened by the tenant: still broken', null
           from work_orders w where w.id between $1 and $2 and w.completed_at is not null and w.id % 50 = 0
         union all
         select w.id, 'SLA_CHANGED', null, w.created_at + (${respond}) * interval '1 hour',
                'Response target breached: due ' || ${dueIso(respond)},
                jsonb_build_object('clock', 'response', 'state', 'BREACHED', 'dueAt', ${dueIso(respond)})
           from work_orders w where w.id between $1 and $2 and w.status <> 'CANCELLED'
            and coalesce(w.assigned_at, $4::timestamptz) > w.created_at + (${respond}) * interval '1 hour'
         union all
         select w.id, 'SLA_CHANGED', null, w.created_at + (${resolve}) * interval '1 hour',
                'Resolution target breached: due ' || ${dueIso(resolve)},
                jsonb_build_object('clock', 'resolution', 'state', 'BREACHED', 'dueAt', ${dueIso(resolve)})
           from work_orders w where w.id between $1 and $2 and w.status <> 'CANCELLED'
            and coalesce(w.completed_at, $4::timestamptz) > w.created_at + (${resolve}) * interval '1 hour'
       ) e order by at`,
      [a, b, ctx.managerId, ctx.now],
    );
    step(`events for work orders ${fmt(b - lo + 1, 0)} / ${fmt(WORK_ORDERS, 0)}`);
  }
};

const insertMessages = async (db, ctx) => {
  if (MESSAGES === 0) return;
  // newer orders have more messages (index skewed towards the newest with r²)
  await db.query(
    `insert into messages (work_order_id, author_id, body, internal, created_at)
     select w.id,
            case when s.r_a < 0.55 then w.requester_id when s.r_a < 0.95 then $4::int else $5::int end,
            case when s.r_a >= 0.9 then ($7::text[])[9 + floor(s.r_b * 2)::int] || ' (staff note)'
                 else ($7::text[])[1 + floor(s.r_b * $6)::int] end,
            s.r_a >= 0.9,
            w.created_at + (least(coalesce(w.closed_at, w.cancelled_at, $3::timestamptz), $3::timestamptz) - w.created_at) * s.r_t
       from (select g, $1::int + $2::int - floor($2::int * power(random(), 2))::int as wo_id, random() as r_a, random() as r_b,
                    random() as r_t
               from generate_series(1, $8::int) g) s
       join work_orders w on w.id = s.wo_id
      order by 5`,
    [
      ctx.idBase,
      WORK_ORDERS,
      ctx.now,
      ctx.managerId,
      ctx.techUserId,
      MESSAGE_BODIES.length - 1,
      MESSAGE_BODIES,
      MESSAGES,
    ],
  );
  step(`${fmt(MESSAGES, 0)} messages`);
  await db.query(
    `insert into work_order_events (work_order_id, kind, actor_id, at, summary, data, internal, webhook_fanout_at, notify_fanout_at)
     select m.work_order_id, 'MESSAGE_POSTED', m.author_id, m.created_at,
            case when m.internal then 'Internal note added' else 'Message posted' end,
            jsonb_build_object('messageId', m.id, 'fromStaff', u.role <> 'TENANT'), m.internal, m.created_at, m.created_at
       from messages m join users u on u.id = m.author_id
      order by m.id`,
  );
  // the manager has read the older threads; the last three days' messages are partly unread
  await db.query(
    `insert into message_reads (user_id, work_order_id, last_read_message_id)
     select $1, work_order_id, case when max(created_at) < $2::timestamptz - interval '3 days' then max(id) else min(id) end
       from messages group by work_order_id`,
    [ctx.managerId, ctx.now],
  );
  step('MESSAGE_POSTED events and read markers');
};

const main = async () => {
  log(
    `Generating ${fmt(WORK_ORDERS, 0)} work orders, ${fmt(UNITS, 0)} units, ${fmt(MESSAGES, 0)} messages into ${DATABASE_URL}`,
  );
  await recreateDatabase();
  await migrateAndSeed();
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  await db.query(
    `set maintenance_work_mem = '512MB'; set work_mem = '64MB'; set synchronous_commit = off;
     set max_parallel_maintenance_workers = 2`,
  );
  await db.query('select setseed(0.42)');
  const { now } = await one(db, 'select now() as now');
  const ctx = {
    now,
    start: new Date(now.getTime() - SPAN_DAYS * 86_400_000),
    stepSeconds: (SPAN_DAYS * 86_400) / WORK_ORDERS,
    idBase: (await one(db, 'select coalesce(max(id), 0)::int as n from work_orders')).n,
    numberBase: (await one(db, 'select last_value::int as n from work_order_number_seq')).n,
    managerId: (await one(db, `select id from users where email = 'manager@demo.test'`)).id,
    techUserId: (await one(db, `select id from users where email = 'tech@demo.test'`)).id,
  };
  await referenceData(db, now);
  const rebuild = await dropIndexes(db);
  for (const [table, trigger] of DERIVED_TRIGGERS)
    await db.query(`alter table ${table} disable trigger ${trigger}`);
  await insertWorkOrders(db, ctx);
  await insertEvents(db, ctx);
  await insertMessages(db, ctx);
  step('rebuilding indexes and constraints');
  await rebuildIndexes(db, rebuild);
  await db.query('analyze work_orders; analyze work_order_events');
  await db.query('select report_rebuild_all_rollups()');
  await db.query(`delete from work_order_counts;
    insert into work_order_counts select status, property_id, priority, 0, count(*) from work_orders group by 1, 2, 3`);
  for (const [table, trigger] of DERIVED_TRIGGERS)
    await db.query(`alter table ${table} enable trigger ${trigger}`);
  step('report rollups and board counts rebuilt');
  step('VACUUM ANALYZE');
  await db.query('vacuum analyze');
  const summary = (
    await db.query(
      `select 'work_orders' as t, count(*)::int as n from work_orders union all
       select 'work_order_events', count(*)::int from work_order_events union all
       select 'messages', count(*)::int from messages union all
       select 'units', count(*)::int from units union all
       select 'properties', count(*)::int from properties union all
       select 'users', count(*)::int from users`,
    )
  ).rows;
  const statuses = (
    await db.query(`select status, count(*)::int as n from work_orders group by 1 order by 2 desc`)
  ).rows;
  await db.end();
  log('');
  for (const r of summary) log(`  ${r.t.padEnd(20)} ${fmt(r.n, 0).padStart(12)}`);
  log(`  by status: ${statuses.map((s) => `${s.status} ${fmt(s.n, 0)}`).join(', ')}`);
  step('done');
};

await main();
