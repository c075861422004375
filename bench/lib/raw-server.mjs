// The baseline: a hand-written node:http + pg server (no GraphQL, no ORM) serving what the api serves, for the
// benchmarks to compare against in the same run.
//   GET  /board?status=NEW&first=50  the board column page, the same JSON as the api's BoardColumn query (2 statements:
//                                    the page with everything it shows, and the count); SLA computed with the api's
//                                    own calculator (api/dist), available actions with its transition table
//   POST /graphql                    the floor of any Apollo + graphql-js api: the same page as /board, built the same
//                                    way, then served through Apollo Server and express (as the api) and executed by
//                                    graphql-js over the built objects with its default resolvers (schema.graphql)
//   POST /graphql-jit                the same, executed by graphql-jit
//   POST /intake                     a maintenance request: the work order, its CREATED event (the outbox) and the
//                                    SLA job, in one transaction
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { API_DIR, DATABASE_URL, REPO_ROOT } from './common.mjs';

const apiRequire = createRequire(join(API_DIR, 'dist', 'main.js'));
apiRequire('reflect-metadata'); // the enums the rules use are registered with type-graphql
const { computeSla } = apiRequire(join(API_DIR, 'dist', 'modules', 'sla', 'sla.calculator.js'));
const { SLA_TARGETS, AT_RISK_FRACTION, PAUSE_EVENT_KINDS } = apiRequire(
  join(API_DIR, 'dist', 'modules', 'sla', 'sla.rules.js'),
);
const { possibleActions } = apiRequire(join(API_DIR, 'dist', 'modules', 'workflow', 'workflow.guard.js'));

// the api's pool size (api/src/platform/db/orm.ts)
const db = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
const id = (type, n) =>
  n === null || n === undefined ? null : Buffer.from(`${type}:${n}`).toString('base64url');
const iso = (d) => (d === null || d === undefined ? null : new Date(d).toISOString());

const BOARD_SQL = `
  with page as materialized (
    select w.* from work_orders w where w.status = any($1::text[])
     order by w.created_at desc, w.id desc limit $2
  ), repeats as (
    select o.id, count(*)::int as n
      from page o join work_orders r on r.unit_id = o.unit_id and r.category_id = o.category_id and r.id <> o.id
       and r.status <> 'CANCELLED' and r.created_at < o.created_at and r.created_at >= o.created_at - interval '180 days'
     group by o.id
  )
  select w.id, w.number, w.title, w.status, w.version, w.priority, w.needs_review, w.location_kind, w.location_detail,
         w.created_at, w.updated_at, w.completed_at, w.closed_at, w.availability_windows, w.appointment,
         w.reschedule_request, w.cost_approval_record,
         p.id as property_id, p.name as property_name, p.timezone, p.business_calendar,
         u.id as unit_id, u.label as unit_label, r.id as requester_id, r.name as requester_name,
         c.id as category_id, c.name as category_name,
         v.id as vendor_id, v.name as vendor_name, t.id as technician_id, t.name as technician_name,
         (select count(*) from messages m
            left join message_reads mr on mr.work_order_id = m.work_order_id and mr.user_id = $3
           where m.work_order_id = w.id and m.author_id <> $3 and m.id > coalesce(mr.last_read_message_id, 0))::int as unread,
         (select coalesce(json_agg(json_build_object('kind', e.kind, 'at', e.at, 'data', e.data, 'internal', e.internal)
                                   order by e.at, e.id), '[]')
            from work_order_events e
           where e.work_order_id = w.id
             and (e.kind = any($4::text[]) or e.id = (
                   select r.id from work_order_events r
                    where r.work_order_id = w.id
                      and (r.kind = 'ASSIGNED' or (r.kind = 'MESSAGE_POSTED' and not r.internal and r.data -> 'fromStaff' = 'true'))
                    order by r.at, r.id limit 1))) as events,
         coalesce(rp.n, 0) as repeat_count
    from page w
    join properties p on p.id = w.property_id
    left join units u on u.id = w.unit_id
    join users r on r.id = w.requester_id
    join categories c on c.id = w.category_id
    left join vendors v on v.id = w.assignee_vendor_id
    left join technicians t on t.id = w.assignee_technician_id
    left join repeats rp on rp.id = w.id
   order by w.created_at desc, w.id desc`;

const COUNT_SQL = `select count(*)::int as n from work_orders w where w.status = any($1::text[])`;

const slaOf = (row, now) => {
  const events = row.events.map((e) => ({ ...e, at: new Date(e.at) }));
  const responded = events.find(
    (e) =>
      e.kind === 'ASSIGNED' || (e.kind === 'MESSAGE_POSTED' && !e.internal && e.data?.fromStaff === true),
  );
  const resolvedAt = row.completed_at ?? (row.status === 'CLOSED' ? (row.closed_at ?? null) : null);
  const result = computeSla({
    createdAt: row.created_at,
    target: SLA_TARGETS[row.priority],
    atRiskFraction: AT_RISK_FRACTION,
    calendar: { timezone: row.timezone, ...row.business_calendar },
    respondedAt: responded?.at ?? null,
    resolvedAt,
    events: events.map((e) => ({ kind: e.kind, at: e.at, data: e.data ?? null })),
    now,
  });
  const clock = (c) => ({
    dueAt: iso(c.dueAt),
    metAt: iso(c.metAt),
    state: c.state,
    remainingSeconds: c.remainingSeconds,
  });
  const states = [result.response.state, result.resolution.state];
  return {
    state: states.some((s) => s === 'BREACHED' || s === 'MISSED')
      ? 'BREACHED'
      : states.includes('AT_RISK')
        ? 'AT_RISK'
        : 'ON_TRACK',
    paused: result.paused,
    response: clock(result.response),
    resolution: clock(result.resolution),
  };
};

const MANAGER_PARTIES = new Set(['MANAGER']);

const card = (row, now) => {
  const a = row.appointment;
  const r = row.reschedule_request;
  const cost = row.cost_approval_record;
  return {
    requester: { id: id('User', row.requester_id), name: row.requester_name },
    category: { id: id('Category', row.category_id), name: row.category_name },
    id: id('WorkOrder', row.id),
    number: row.number,
    title: row.title,
    status: row.status,
    version: row.version,
    priority: row.priority,
    availableActions: possibleActions(row.status, MANAGER_PARTIES).filter(
      (action) => action !== 'DECIDE_COST_APPROVAL' || cost?.state === 'PENDING_OWNER',
    ),
    locationKind: row.location_kind,
    locationDetail: row.location_detail,
    property: { id: id('Property', row.property_id), name: row.property_name, timezone: row.timezone },
    unit: row.unit_id === null ? null : { id: id('Unit', row.unit_id), label: row.unit_label },
    availability: row.availability_windows.map((w) => ({ startsAt: w.startsAt, endsAt: w.endsAt })),
    assignee:
      row.vendor_id !== null
        ? { id: id('Vendor', row.vendor_id), name: row.vendor_name }
        : row.technician_id !== null
          ? { id: id('Technician', row.technician_id), name: row.technician_name }
          : null,
    appointment: a
      ? {
          startsAt: a.startsAt,
          endsAt: a.endsAt,
          eta: a.eta ?? null,
          runningLateNote: a.runningLateNote ?? null,
          outsideAvailabilityReason: a.outsideAvailabilityReason ?? null,
        }
      : null,
    rescheduleRequest: r ? { reason: r.reason, requestedAt: r.requestedAt, windows: r.windows } : null,
    costApproval: cost ?? null,
    needsReview: row.needs_review,
    unreadMessageCount: row.unread,
    repeatCount: row.repeat_count,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    sla: slaOf(row, now),
  };
};

const board = (url) =>
  boardPage(
    (url.searchParams.get('status') ?? 'NEW').split(','),
    Math.min(100, Number(url.searchParams.get('first') ?? 50)),
    Number(url.searchParams.get('viewer') ?? 2),
  );

const boardPage = async (statuses, first, viewer) => {
  const [page, count] = await Promise.all([
    db.query({
      name: 'board-page',
      text: BOARD_SQL,
      values: [statuses, first + 1, viewer, PAUSE_EVENT_KINDS],
    }),
    db.query({ name: 'board-count', text: COUNT_SQL, values: [statuses] }),
  ]);
  const now = new Date();
  return {
    data: {
      workOrders: {
        totalCount: count.rows[0].n,
        totalCountExact: true, // a board column: no text search
        pageInfo: { hasNextPage: page.rows.length > first },
        nodes: page.rows.slice(0, first).map((row) => card(row, now)),
      },
    },
  };
};

const intake = async (body) => {
  const input = JSON.parse(body);
  const client = await db.connect();
  try {
    await client.query('begin');
    const lease = await client.query(
      `select u.id, u.property_id from tenancies t join units u on u.id = t.unit_id
        where t.tenant_id = $1 and t.starts_on <= current_date and (t.ends_on is null or t.ends_on >= current_date)`,
      [input.tenantId],
    );
    const unit = lease.rows[0];
    const created = await client.query(
      `insert into work_orders (number, property_id, unit_id, location_kind, location_detail, requester_id, category_id,
         reported_severity, priority, triage_reasons, needs_review, title, description, access_snapshot,
         permission_to_enter, availability_windows, idempotency_key)
       values (nextval('work_order_number_seq'), $1, $2, 'UNIT', $3, $4, $5, $6, $6, '[]', false, $7, $8, '{}', false, '[]', $9)
       returning id, number, created_at`,
      [
        unit.property_id,
        unit.id,
        input.locationDetail,
        input.tenantId,
        input.categoryId,
        input.severity,
        input.title,
        input.description,
        input.idempotencyKey,
      ],
    );
    const wo = created.rows[0];
    await client.query(
      `insert into work_order_events (work_order_id, kind, actor_id, at, summary, data)
       values ($1, 'CREATED', $2, now(), $3, $4)`,
      [
        wo.id,
        input.tenantId,
        `Request received (${input.severity.toLowerCase()})`,
        { reportedSeverity: input.severity, priority: input.severity, triageReasons: [] },
      ],
    );
    await client.query(
      `insert into pgboss.job (name, data, start_after, singleton_key) values ('sla.check', $1, now() + interval '36 hours', $2)`,
      [{ workOrderId: wo.id }, `sla:${wo.id}:raw`],
    );
    await client.query('commit');
    return {
      data: { submitMaintenanceRequest: { workOrder: { id: id('WorkOrder', wo.id), number: wo.number } } },
    };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
};

// The floor: Apollo Server behind express, with the api's schema, resolving workOrders with the raw page (viewer 2:
// the manager, as the benchmarks' token); every other field by graphql-js's default resolver.
const floorApp = async () => {
  const { ApolloServer } = apiRequire('@apollo/server');
  const { expressMiddleware } = apiRequire('@as-integrations/express5');
  const express = apiRequire('express');
  const { buildSchema } = apiRequire('graphql');
  const schema = buildSchema(readFileSync(join(REPO_ROOT, 'schema.graphql'), 'utf8'));
  schema.getQueryType().getFields().workOrders.resolve = async (_root, args) =>
    (await boardPage(args.filter?.statuses ?? ['NEW'], args.first ?? 50, 2)).data.workOrders;
  schema.getType('Assignee').resolveType = (assignee) =>
    Buffer.from(assignee.id, 'base64url').toString().split(':')[0];
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  {
    // the same, executed by graphql-jit from a plugin's responseForOperation (as the api does)
    const { compileQuery, isCompiledQuery } = apiRequire('graphql-jit');
    const { HeaderMap } = apiRequire('@apollo/server');
    const compiled = new WeakMap();
    const responseForOperation = async ({ document, operationName, request, contextValue }) => {
      let query = compiled.get(document);
      if (query === undefined) {
        query = compileQuery(schema, document, operationName ?? undefined);
        if (!isCompiledQuery(query)) return null;
        compiled.set(document, query);
      }
      const result = await query.query(undefined, contextValue, request.variables ?? {});
      return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: result } };
    };
    const jit = new ApolloServer({
      schema,
      plugins: [{ requestDidStart: async () => ({ responseForOperation }) }],
    });
    await jit.start();
    app.use('/graphql-jit', express.json({ limit: '1mb' }), expressMiddleware(jit));
  }
  return app;
};
const floor = await floorApp();

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (status, payload) => {
    const text = JSON.stringify(payload);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const fail = (error) => send(500, { errors: [{ message: String(error?.message ?? error) }] });
  if (req.method === 'GET' && url.pathname === '/board') {
    board(url).then((payload) => send(200, payload), fail);
  } else if (req.method === 'POST' && url.pathname === '/intake') {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => intake(body).then((payload) => send(200, payload), fail));
  } else if (url.pathname === '/graphql' || url.pathname === '/graphql-jit') {
    floor(req, res);
  } else {
    send(404, { error: 'Not found' });
  }
});

server.listen(0, '127.0.0.1', () => {
  process.send({ ready: true, url: `http://127.0.0.1:${server.address().port}`, pid: process.pid });
});

process.on('disconnect', () => process.exit(1));
process.on('message', (message) => {
  if (message.cmd === 'stop') {
    server.close();
    db.end().finally(() => {
      process.send({ id: message.id, result: true });
      process.exit(0);
    });
  }
});
