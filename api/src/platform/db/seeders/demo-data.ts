import { Severity } from '../../../modules/triage/severity';

/** The demo portfolio: fixed so that clients, checks and the README can rely on it. */
export const DEMO_PASSWORD = 'fixline-demo';

export const DEMO_STAFF = [
  { email: 'admin@demo.test', name: 'Alex Admin', role: 'ADMIN' },
  { email: 'manager@demo.test', name: 'Morgan Manager', role: 'MANAGER' },
  { email: 'tech@demo.test', name: 'Sam Rivera', role: 'TECHNICIAN' },
  { email: 'vendor@demo.test', name: 'Pat Plumber', role: 'VENDOR' },
  { email: 'owner@demo.test', name: 'Olivia Owner', role: 'OWNER' },
  { email: 'owner2@demo.test', name: 'Oscar Owner', role: 'OWNER' },
] as const;

export const DEMO_OWNERS = [
  { name: 'Harbor Holdings LLC', email: 'owner@demo.test', phone: '+1 555 0100' },
  { name: 'Riverside Partners', email: 'owner2@demo.test', phone: '+1 555 0200' },
];

export const DEMO_PROPERTIES = [
  {
    owner: 0,
    name: 'Harbor View Apartments',
    address: '12 Harbor Street, Boston, MA 02110',
    timezone: 'America/New_York',
    emergencyHotline: '+1 555 0111',
    afterHoursInstructions:
      'For fire or gas, leave the building and call 911 first. For a flood, close the water valve under the sink.',
    gateCode: '4821#',
    commonAreas: ['Lobby', 'Hallway', 'Laundry room', 'Parking garage', 'Elevator', 'Roof deck'],
    units: ['101', '102', '103', '104', '105', '201', '202', '203', '204', '205'],
  },
  {
    owner: 0,
    name: 'Maple Court',
    address: '480 Maple Avenue, Chicago, IL 60614',
    timezone: 'America/Chicago',
    emergencyHotline: '+1 555 0122',
    afterHoursInstructions: 'Call the hotline; the on-call technician answers within 15 minutes.',
    gateCode: '7734',
    commonAreas: ['Hallway', 'Laundry room', 'Bike storage', 'Courtyard'],
    units: ['1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C', '4A'],
  },
  {
    owner: 1,
    name: 'Riverside Lofts',
    address: '9 River Road, Portland, OR 97204',
    timezone: 'America/Los_Angeles',
    emergencyHotline: '+1 555 0133',
    afterHoursInstructions: 'Call the hotline for anything that cannot wait until morning.',
    gateCode: '1990*',
    commonAreas: ['Lobby', 'Hallway', 'Gym', 'Parking', 'Elevator'],
    units: ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10'],
  },
];

/** `insuranceDays`: days from today until the insurance expires (negative: already expired). */
export const DEMO_VENDORS: readonly {
  name: string;
  contactName: string;
  email: string;
  phone: string;
  services: readonly (readonly [string, number])[];
  insuranceDays: number;
  hourlyRateCents: number;
  calloutFeeCents: number;
  weeklyCapacity: number;
}[] = [
  {
    name: 'ABC Plumbing',
    contactName: 'Pat Plumber',
    email: 'dispatch@abcplumbing.test',
    phone: '+1 555 0301',
    services: [['PLUMBING', 1]],
    insuranceDays: 220,
    hourlyRateCents: 9500,
    calloutFeeCents: 7500,
    weeklyCapacity: 12,
  },
  {
    name: 'FlowRight Plumbing',
    contactName: 'Dana Flow',
    email: 'jobs@flowright.test',
    phone: '+1 555 0307',
    services: [['PLUMBING', 2]],
    insuranceDays: 400,
    hourlyRateCents: 8800,
    calloutFeeCents: 6000,
    weeklyCapacity: 8,
  },
  {
    name: 'Bright Spark Electric',
    contactName: 'Lee Volt',
    email: 'jobs@brightspark.test',
    phone: '+1 555 0302',
    services: [['ELECTRICAL', 1]],
    insuranceDays: 150,
    hourlyRateCents: 11000,
    calloutFeeCents: 8000,
    weeklyCapacity: 10,
  },
  {
    name: 'CoolAir HVAC',
    contactName: 'Robin Breeze',
    email: 'service@coolair.test',
    phone: '+1 555 0303',
    services: [['HVAC', 1]],
    insuranceDays: 60,
    hourlyRateCents: 12500,
    calloutFeeCents: 9000,
    weeklyCapacity: 9,
  },
  {
    name: 'Allround Appliance Repair',
    contactName: 'Chris Fix',
    email: 'hello@allround.test',
    phone: '+1 555 0304',
    services: [['APPLIANCES', 1]],
    insuranceDays: 20,
    hourlyRateCents: 8500,
    calloutFeeCents: 5000,
    weeklyCapacity: 10,
  },
  {
    name: 'SureLock & Glass',
    contactName: 'Sam Key',
    email: 'office@surelock.test',
    phone: '+1 555 0305',
    services: [['STRUCTURAL', 1]],
    insuranceDays: 300,
    hourlyRateCents: 9000,
    calloutFeeCents: 6500,
    weeklyCapacity: 10,
  },
  {
    name: 'PestAway',
    contactName: 'Jo Trap',
    email: 'book@pestaway.test',
    phone: '+1 555 0306',
    services: [['PEST_CONTROL', 1]],
    insuranceDays: -12,
    hourlyRateCents: 7000,
    calloutFeeCents: 4000,
    weeklyCapacity: 15,
  },
];

export const CATEGORY_EMERGENCY_KEYWORDS: Record<string, string[]> = {
  PLUMBING: ['sewage', 'no water'],
  ELECTRICAL: ['no power', 'power outage'],
};

/** Problems the demo work orders are drawn from. */
export const DEMO_PROBLEMS: { category: string; severity: Severity; title: string; description: string }[] = [
  {
    category: 'PLUMBING',
    severity: Severity.ROUTINE,
    title: 'Kitchen sink drains slowly',
    description: 'The kitchen sink takes several minutes to drain after washing dishes.',
  },
  {
    category: 'PLUMBING',
    severity: Severity.URGENT,
    title: 'Leak under bathroom sink',
    description: 'There is a steady drip under the bathroom sink and the cabinet floor is wet.',
  },
  {
    category: 'PLUMBING',
    severity: Severity.ROUTINE,
    title: 'Toilet keeps running',
    description: 'The toilet runs for a long time after flushing.',
  },
  {
    category: 'PLUMBING',
    severity: Severity.EMERGENCY,
    title: 'Water coming through ceiling',
    description: 'Water is coming through the ceiling in the bathroom from the unit above.',
  },
  {
    category: 'PLUMBING',
    severity: Severity.URGENT,
    title: 'No hot water',
    description: 'The water heater is not producing hot water since this morning.',
  },
  {
    category: 'ELECTRICAL',
    severity: Severity.ROUTINE,
    title: 'Bedroom outlet not working',
    description: 'The outlet next to the bed has no power; the breaker looks fine.',
  },
  {
    category: 'ELECTRICAL',
    severity: Severity.EMERGENCY,
    title: 'Outlet sparking',
    description: 'The living room outlet is sparking when something is plugged in.',
  },
  {
    category: 'ELECTRICAL',
    severity: Severity.LOW,
    title: 'Hallway light flickers',
    description: 'The ceiling light in the hallway flickers now and then.',
  },
  {
    category: 'HVAC',
    severity: Severity.URGENT,
    title: 'Heating not working',
    description: 'The radiators stay cold even with the thermostat turned up.',
  },
  {
    category: 'HVAC',
    severity: Severity.ROUTINE,
    title: 'Thermostat unresponsive',
    description: 'The thermostat screen is blank; the batteries were replaced.',
  },
  {
    category: 'HVAC',
    severity: Severity.URGENT,
    title: 'AC blowing warm air',
    description: 'The air conditioner runs but only blows warm air.',
  },
  {
    category: 'APPLIANCES',
    severity: Severity.ROUTINE,
    title: 'Dishwasher does not drain',
    description: 'Water stays at the bottom of the dishwasher after a cycle.',
  },
  {
    category: 'APPLIANCES',
    severity: Severity.URGENT,
    title: 'Refrigerator not cooling',
    description: 'The fridge is warm inside; food is spoiling.',
  },
  {
    category: 'APPLIANCES',
    severity: Severity.ROUTINE,
    title: 'Stove burner will not light',
    description: 'The front left burner clicks but does not light.',
  },
  {
    category: 'STRUCTURAL',
    severity: Severity.EMERGENCY,
    title: 'Front door will not lock',
    description: 'The front door will not lock after the deadbolt jammed.',
  },
  {
    category: 'STRUCTURAL',
    severity: Severity.LOW,
    title: 'Squeaky bedroom door',
    description: 'The bedroom door squeaks loudly when opened.',
  },
  {
    category: 'STRUCTURAL',
    severity: Severity.ROUTINE,
    title: 'Loose floor tile',
    description: 'A kitchen floor tile is loose and moves when stepped on.',
  },
  {
    category: 'PEST_CONTROL',
    severity: Severity.URGENT,
    title: 'Mice in the kitchen',
    description: 'I have seen mice droppings in the kitchen cabinets.',
  },
  {
    category: 'PEST_CONTROL',
    severity: Severity.ROUTINE,
    title: 'Ants near the window',
    description: 'A trail of ants comes in by the living room window.',
  },
  {
    category: 'GENERAL',
    severity: Severity.URGENT,
    title: 'Smoke detector chirping',
    description: 'The smoke detector is chirping every minute.',
  },
  {
    category: 'GENERAL',
    severity: Severity.LOW,
    title: 'Scuffed wall paint',
    description: 'Cosmetic: the paint in the hallway is scuffed.',
  },
  {
    category: 'GENERAL',
    severity: Severity.LOW,
    title: 'Burned-out bulb in stairwell',
    description: 'A light bulb is burned out on the stairwell landing.',
  },
];
