import type { EntityManager } from '@mikro-orm/postgresql';
import { Category } from '../../../modules/category/category.entity';
import { DEFAULT_CATEGORIES } from '../../../modules/category/default-categories';
import { hashPassword, normalizeEmail } from '../../../modules/identity/identity.service';
import { Role } from '../../../modules/identity/role';
import { User } from '../../../modules/identity/user.entity';
import { AccessProfile } from '../../../modules/portfolio/access-profile.entity';
import { ContactMethod } from '../../../modules/portfolio/contact-method';
import { Owner } from '../../../modules/portfolio/owner.entity';
import { Property } from '../../../modules/portfolio/property.entity';
import { Tenancy } from '../../../modules/portfolio/tenancy.entity';
import { RentEntry, RentEntryKind } from '../../../modules/rent/rent-entry.entity';
import { Unit } from '../../../modules/portfolio/unit.entity';
import { triage } from '../../../modules/triage/triage.service';
import { Technician } from '../../../modules/vendor/technician.entity';
import { VendorService } from '../../../modules/vendor/vendor-service.entity';
import { Vendor } from '../../../modules/vendor/vendor.entity';
import { WorkOrderEvent } from '../../../modules/work-order/work-order-event.entity';
import {
  LocationKind,
  WorkOrderChangeKind,
  WorkOrderStatus,
} from '../../../modules/work-order/work-order-status';
import { WorkOrder } from '../../../modules/work-order/work-order.entity';
import type { Logger } from '../../logging/logger';
import type { SecretBox } from '../../security/secret-box';
import {
  CATEGORY_EMERGENCY_KEYWORDS,
  DEMO_OWNERS,
  DEMO_PASSWORD,
  DEMO_PROBLEMS,
  DEMO_PROPERTIES,
  DEMO_STAFF,
  DEMO_VENDORS,
} from './demo-data';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A small deterministic generator, so every fresh install has the same demo data. */
const random = (seed: number): (() => number) => {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
};

const FIRST = [
  'Jamie',
  'Riley',
  'Casey',
  'Jordan',
  'Avery',
  'Quinn',
  'Rowan',
  'Emery',
  'Hayden',
  'Skyler',
  'Dakota',
  'Reese',
];
const LAST = [
  'Nguyen',
  'Garcia',
  'Okafor',
  'Schmidt',
  'Rossi',
  'Kowalski',
  'Haddad',
  'Silva',
  'Dubois',
  'Janssen',
  'Kim',
  'Patel',
];

/** Statuses of the demo orders, oldest first: history is mostly closed, the recent weeks hold every live status. */
const STATUS_PLAN: WorkOrderStatus[] = [
  ...Array<WorkOrderStatus>(22).fill(WorkOrderStatus.CLOSED),
  WorkOrderStatus.CANCELLED,
  WorkOrderStatus.CLOSED,
  WorkOrderStatus.CANCELLED,
  WorkOrderStatus.COMPLETED,
  WorkOrderStatus.COMPLETED,
  WorkOrderStatus.COMPLETED,
  WorkOrderStatus.SCHEDULED,
  WorkOrderStatus.SCHEDULED,
  WorkOrderStatus.SCHEDULED,
  WorkOrderStatus.ASSIGNED,
  WorkOrderStatus.ASSIGNED,
  WorkOrderStatus.ASSIGNED,
  WorkOrderStatus.ASSIGNED,
  WorkOrderStatus.NEW,
  WorkOrderStatus.NEW,
  WorkOrderStatus.NEW,
  WorkOrderStatus.NEW,
  WorkOrderStatus.NEW,
];

const PROGRESS: Partial<Record<WorkOrderStatus, WorkOrderStatus[]>> = {
  [WorkOrderStatus.ASSIGNED]: [WorkOrderStatus.ASSIGNED],
  [WorkOrderStatus.SCHEDULED]: [WorkOrderStatus.ASSIGNED, WorkOrderStatus.SCHEDULED],
  [WorkOrderStatus.COMPLETED]: [
    WorkOrderStatus.ASSIGNED,
    WorkOrderStatus.SCHEDULED,
    WorkOrderStatus.COMPLETED,
  ],
  [WorkOrderStatus.CLOSED]: [
    WorkOrderStatus.ASSIGNED,
    WorkOrderStatus.SCHEDULED,
    WorkOrderStatus.COMPLETED,
    WorkOrderStatus.CLOSED,
  ],
  [WorkOrderStatus.CANCELLED]: [WorkOrderStatus.CANCELLED],
};

/**
 * Rent on the 1st: the last three months charged and paid (one tenant in five has last month still open), and next
 * month's charge already on the ledger, so the portal shows a balance, a next due date and a history.
 */
const seedRentLedgers = (em: EntityManager, tenancies: Tenancy[], manager: User, now: Date): void => {
  const firstOf = (monthsFromNow: number): string =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsFromNow, 1)).toISOString().slice(0, 10);
  tenancies.forEach((tenancy, i) => {
    const rent = 120_000 + (i % 7) * 2_500;
    for (const month of [-2, -1, 0, 1]) {
      const dueOn = firstOf(month);
      em.create(RentEntry, {
        tenancy,
        kind: RentEntryKind.CHARGE,
        amountCents: rent,
        date: dueOn,
        description: `Rent ${dueOn.slice(0, 7)}`,
        reference: `RENT-${dueOn.slice(0, 7)}`,
        recordedBy: manager,
      });
      const unpaid = month === 1 || (month === 0 && i % 5 === 2);
      if (!unpaid) {
        em.create(RentEntry, {
          tenancy,
          kind: RentEntryKind.PAYMENT,
          amountCents: rent,
          date: dueOn,
          description: 'Bank transfer',
          reference: `PAY-${dueOn.slice(0, 7)}`,
          recordedBy: manager,
        });
      }
    }
  });
};

/**
 * Loads the demo portfolio once: a database that already has the demo admin is left as it is, so re-running start
 * never duplicates anything (an advisory lock keeps two instances starting at once from racing).
 */
export const seedDemoData = async (
  em: EntityManager,
  secretBox: SecretBox,
  logger: Logger,
  now = new Date(),
): Promise<boolean> =>
  em.transactional(async (tem) => {
    await tem
      .getConnection()
      .execute('select pg_advisory_xact_lock(7351002)', [], 'all', tem.getTransactionContext());
    if ((await tem.count(User, { email: 'admin@demo.test' })) > 0) return false;
    const rand = random(42);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
    const passwordHash = await hashPassword(DEMO_PASSWORD);

    const categories = new Map<string, Category>();
    DEFAULT_CATEGORIES.forEach((c, i) =>
      categories.set(
        c.key,
        tem.create(Category, {
          ...c,
          sortOrder: i,
          active: true,
          emergencyKeywords: CATEGORY_EMERGENCY_KEYWORDS[c.key] ?? [],
        }),
      ),
    );

    const dayFromNow = (days: number): string =>
      new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
    const vendors = DEMO_VENDORS.map((v) => {
      const vendor = tem.create(Vendor, {
        name: v.name,
        contactName: v.contactName,
        email: v.email,
        phone: v.phone,
        active: true,
        insuranceExpiresOn: dayFromNow(v.insuranceDays),
        licenseNumber: `LIC-${v.phone.slice(-4)}`,
        licenseExpiresOn: dayFromNow(v.insuranceDays + 90),
        hourlyRateCents: v.hourlyRateCents,
        calloutFeeCents: v.calloutFeeCents,
        weeklyCapacity: v.weeklyCapacity,
      });
      for (const [key, rank] of v.services)
        tem.create(VendorService, { vendor, category: categories.get(key) as Category, rank });
      return vendor;
    });
    await tem.flush();

    const staff = new Map<string, User>();
    for (const s of DEMO_STAFF) {
      staff.set(
        s.email,
        tem.create(User, {
          email: s.email,
          name: s.name,
          role: s.role as Role,
          passwordHash,
          vendorId: s.role === 'VENDOR' ? (vendors[0] as Vendor).id : null,
        }),
      );
    }
    const technician = tem.create(Technician, {
      user: staff.get('tech@demo.test') as User,
      name: 'Sam Rivera',
    });
    for (const key of ['GENERAL', 'ELECTRICAL', 'APPLIANCES', 'STRUCTURAL'])
      technician.categories.add(categories.get(key) as Category);

    const owners = DEMO_OWNERS.map((o) => tem.create(Owner, { ...o, user: staff.get(o.email) ?? null }));
    const units: Unit[] = [];
    const properties = DEMO_PROPERTIES.map((p) => {
      const property = tem.create(Property, {
        owner: owners[p.owner] as Owner,
        name: p.name,
        address: p.address,
        timezone: p.timezone,
        emergencyHotline: p.emergencyHotline,
        afterHoursInstructions: p.afterHoursInstructions,
        gateCodeSealed: secretBox.seal(p.gateCode),
        commonAreas: p.commonAreas,
      });
      p.units.forEach((label, i) =>
        units.push(
          tem.create(Unit, { property, label, lockboxCodeSealed: secretBox.seal(`${1000 + i * 37}`) }),
        ),
      );
      return property;
    });

    // 25 tenants in 25 of the 30 units; tenant@ and tenant2@ in two units of the same property.
    const leaseStart = new Date(now.getTime() - 400 * DAY).toISOString().slice(0, 10);
    const tenants = Array.from({ length: 25 }, (_, i) => {
      const email = i === 0 ? 'tenant@demo.test' : i === 1 ? 'tenant2@demo.test' : `tenant${i + 1}@demo.test`;
      const name = i === 0 ? 'Taylor Tenant' : i === 1 ? 'Tristan Tenant' : `${pick(FIRST)} ${pick(LAST)}`;
      const tenant = tem.create(User, {
        email: normalizeEmail(email),
        name,
        role: Role.TENANT,
        passwordHash,
        phone: `+1 555 ${String(1000 + i).padStart(4, '0')}`,
      });
      const unit = units[i < 10 ? i : i + Math.floor((i - 10) / 8)] as Unit;
      const tenancy = tem.create(Tenancy, { tenant, unit, startsOn: leaseStart, endsOn: null });
      return { tenant, unit, tenancy };
    });
    seedRentLedgers(
      tem,
      tenants.map((t) => t.tenancy),
      staff.get('manager@demo.test') as User,
      now,
    );
    tem.create(AccessProfile, {
      user: tenants[0]?.tenant as User,
      pets: 'A friendly cat (Miso), usually under the bed',
      bestContactMethod: ContactMethod.SMS,
      preferredTimes: 'Weekdays after 4 pm',
      notes: 'Buzzer is broken: text me when you arrive.',
    });
    tem.create(AccessProfile, {
      user: tenants[1]?.tenant as User,
      pets: null,
      bestContactMethod: ContactMethod.PHONE,
      preferredTimes: 'Mornings',
      notes: null,
    });
    await tem.flush();

    // About 40 work orders over the last 12 months, in every status.
    const unitOfTenant0 = tenants[0] as { tenant: User; unit: Unit };
    for (const [i, status] of STATUS_PLAN.entries()) {
      // Oldest first, so tracking numbers follow creation time: closed history over the year.
      const history = STATUS_PLAN.length - 18;
      // the live ones over the last two weeks, the newest within hours
      const ageDays = i < history ? 360 - i * (300 / history) : 14 * ((STATUS_PLAN.length - i) / 18) ** 2;
      const jitter = Math.floor(rand() * 20) * HOUR; // the recent ones are too close together for it
      const createdAt = new Date(now.getTime() - ageDays * DAY + (i < history ? jitter : 0));
      // Unit 101's three plumbing problems within six months feed the repeat-issue report.
      const repeat = i === 14 || i === 18 || i === 21;
      const problem = repeat ? (DEMO_PROBLEMS[i % 3] as (typeof DEMO_PROBLEMS)[number]) : pick(DEMO_PROBLEMS);
      const who = repeat || i >= STATUS_PLAN.length - 3 ? unitOfTenant0 : pick(tenants);
      const property = properties.find((p) => p.id === who.unit.property.id) as Property;
      const category = categories.get(problem.category) as Category;
      const decision = triage({
        title: problem.title,
        description: problem.description,
        reportedSeverity: problem.severity,
        categoryName: category.name,
        categoryEmergencyKeywords: category.emergencyKeywords,
        timezone: property.timezone,
        at: createdAt,
      });
      const [{ number }] = await tem
        .getConnection()
        .execute<[{ number: number }]>(
          `select nextval('work_order_number_seq')::int as number`,
          [],
          'all',
          tem.getTransactionContext(),
        );
      const vendor = vendors.find((v) =>
        DEMO_VENDORS[vendors.indexOf(v)]?.services.some(
          ([key, rank]) => key === problem.category && rank === 1,
        ),
      );
      const useTechnician = vendor === undefined || problem.category === 'GENERAL' || rand() < 0.25;
      const workOrder = tem.create(WorkOrder, {
        number,
        property,
        unit: who.unit,
        locationKind: LocationKind.UNIT,
        locationDetail: pick(['Kitchen', 'Bathroom', 'Bedroom', 'Living room']),
        requester: who.tenant,
        category,
        reportedSeverity: problem.severity,
        priority: decision.priority,
        triageReasons: decision.reasons,
        needsReview: decision.needsReview,
        title: problem.title,
        description: problem.description,
        accessSnapshot: {
          pets: null,
          bestContactMethod: ContactMethod.PHONE,
          preferredTimes: 'Any weekday',
          notes: null,
        },
        permissionToEnter: rand() < 0.6,
        availabilityWindows: [],
        status,
        createdAt,
        updatedAt: createdAt,
      });
      const events: WorkOrderEvent[] = [
        tem.create(WorkOrderEvent, {
          workOrder,
          kind: WorkOrderChangeKind.CREATED,
          actor: who.tenant,
          at: createdAt,
          summary: `Request received (${decision.priority.toLowerCase()})`,
          data: {
            reportedSeverity: problem.severity,
            priority: decision.priority,
            triageReasons: decision.reasons,
          },
        }),
      ];
      let at = createdAt;
      const manager = staff.get('manager@demo.test') as User;
      for (const step of PROGRESS[status] ?? []) {
        at = new Date(Math.min(at.getTime() + (2 + rand() * 40) * HOUR, now.getTime() - HOUR));
        workOrder.updatedAt = at;
        if (step === WorkOrderStatus.ASSIGNED) {
          if (useTechnician)
            workOrder.assigneeTechnician = tem.getReference(Technician, technician.id, { wrapped: true });
          else workOrder.assigneeVendor = tem.getReference(Vendor, vendor.id, { wrapped: true });
          workOrder.assignedAt = at;
          const name = useTechnician ? technician.name : vendor.name;
          events.push(
            tem.create(WorkOrderEvent, {
              workOrder,
              kind: WorkOrderChangeKind.ASSIGNED,
              actor: manager,
              at,
              summary: `Assigned to ${name}`,
            }),
          );
        } else if (step === WorkOrderStatus.SCHEDULED) {
          workOrder.scheduledAt = at;
          // Live appointments are in the coming days, 9:00–12:00 at the property; past ones are history.
          const day =
            status === WorkOrderStatus.SCHEDULED ? new Date(now.getTime() + (1 + (i % 3)) * DAY) : at;
          const startsAt = new Date(`${day.toISOString().slice(0, 10)}T14:00:00Z`);
          workOrder.appointment = {
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
          };
          events.push(
            tem.create(WorkOrderEvent, {
              workOrder,
              kind: WorkOrderChangeKind.SCHEDULED,
              actor: manager,
              at,
              summary: 'Appointment scheduled',
            }),
          );
        } else if (step === WorkOrderStatus.COMPLETED) {
          workOrder.completedAt = at;
          workOrder.completionNotes = 'Fixed and tested; area cleaned up.';
          workOrder.actualCostCents = 8_000 + Math.floor(rand() * 40) * 1_000;
          events.push(
            tem.create(WorkOrderEvent, {
              workOrder,
              kind: WorkOrderChangeKind.COMPLETED,
              actor: manager,
              at,
              summary: 'Work completed',
            }),
          );
        } else if (step === WorkOrderStatus.CLOSED) {
          workOrder.closedAt = at;
          workOrder.ratingScore = 3 + Math.floor(rand() * 3);
          workOrder.ratedAt = at;
          events.push(
            tem.create(WorkOrderEvent, {
              workOrder,
              kind: WorkOrderChangeKind.CLOSED,
              actor: who.tenant,
              at,
              summary: 'Confirmed fixed by the tenant',
            }),
          );
        } else if (step === WorkOrderStatus.CANCELLED) {
          workOrder.cancelledAt = at;
          events.push(
            tem.create(WorkOrderEvent, {
              workOrder,
              kind: WorkOrderChangeKind.CANCELLED,
              actor: who.tenant,
              at,
              summary: 'Cancelled by the tenant: fixed it myself',
            }),
          );
        }
      }
    }
    await tem.flush();
    // The demo's history is not news: nobody is notified of it.
    await tem
      .getConnection()
      .execute(
        'update work_order_events set notify_fanout_at = now()',
        [],
        'run',
        tem.getTransactionContext(),
      );
    logger.info({ workOrders: STATUS_PLAN.length, tenants: tenants.length }, 'demo data loaded');
    return true;
  });
