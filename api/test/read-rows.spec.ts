import { ReferenceKind, Reference } from '@mikro-orm/core';
import { Category } from '../src/modules/category/category.entity';
import { User } from '../src/modules/identity/user.entity';
import { Property } from '../src/modules/portfolio/property.entity';
import { Unit } from '../src/modules/portfolio/unit.entity';
import { Technician } from '../src/modules/vendor/technician.entity';
import { Vendor } from '../src/modules/vendor/vendor.entity';
import { WorkOrder } from '../src/modules/work-order/work-order.entity';
import { readRow } from '../src/platform/db/read-rows';
import { startTestApp, type TestApp } from './harness';

/** What a property holds, comparable: a relation by the id it points at, a date by its time, the rest as JSON. */
const comparable = (relation: boolean, value: unknown): unknown => {
  if (value === null || value === undefined) return value ?? null;
  if (relation) return { id: (Reference.unwrapReference(value as object) as { id: unknown }).id };
  if (value instanceof Date) return { date: value.getTime() };
  return JSON.stringify(value);
};

describe('read rows: a list page’s rows without the unit of work', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKERS: 'false' });
  }, 30_000);
  afterAll(async () => {
    await t?.stop();
  });

  // the rows as the board's page statement reads them: the order's own columns, the others through to_jsonb
  it.each([
    ['work orders', WorkOrder, 'select w.* from work_orders w order by id'],
    ['units', Unit, 'select to_jsonb(x) as j from units x order by id'],
    ['properties', Property, 'select to_jsonb(x) as j from properties x order by id'],
    ['users', User, `select to_jsonb(x) - 'password_hash' as j from users x order by id`],
    ['categories', Category, 'select to_jsonb(x) as j from categories x order by id'],
    ['vendors', Vendor, 'select to_jsonb(x) as j from vendors x order by id'],
    ['technicians', Technician, 'select to_jsonb(x) as j from technicians x order by id'],
  ] as const)('reads %s with the values em.map gives, property by property', async (_name, entity, sql) => {
    const raw = await t.app.orm.em.getConnection().execute<Record<string, unknown>[]>(sql);
    const rows = raw.map((r) => ('j' in r ? (r.j as Record<string, unknown>) : r));
    expect(rows.length).toBeGreaterThan(0);
    const meta = t.app.orm.getMetadata().get(entity.name);
    const props = meta.props.filter(
      (p) =>
        p.persist !== false &&
        p.fieldNames?.length &&
        !p.lazy &&
        [ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_ONE].includes(p.kind),
    );
    let compared = 0;
    for (const row of rows) {
      // each in its own EntityManager: em.map would otherwise hand back the entity the other one registered
      const mapped = t.app.orm.em.fork().map(entity.name, { ...row }) as Record<string, unknown>;
      const read = readRow(t.app.orm.em.fork(), entity as new () => object, { ...row }) as Record<
        string,
        unknown
      >;
      expect(read).toBeInstanceOf(entity);
      for (const p of props) {
        if (!((p.fieldNames[0] as string) in row)) continue;
        const relation = p.kind !== ReferenceKind.SCALAR;
        expect([p.name, comparable(relation, read[p.name])]).toEqual([
          p.name,
          comparable(relation, mapped[p.name]),
        ]);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(rows.length);
  });
});
