/** The seed document's categories and examples: the shipped defaults, editable by managers. */
export const DEFAULT_CATEGORIES: readonly { key: string; name: string; examples: string[] }[] = [
  { key: 'PLUMBING', name: 'Plumbing', examples: ['Leaks', 'Clogs', 'Water heater', 'Toilet'] },
  { key: 'ELECTRICAL', name: 'Electrical', examples: ['Outlets', 'Lights', 'Breakers', 'Switches'] },
  { key: 'HVAC', name: 'HVAC', examples: ['No heat', 'No cooling', 'Thermostat'] },
  {
    key: 'APPLIANCES',
    name: 'Appliances',
    examples: ['Refrigerator', 'Stove', 'Dishwasher', 'Washer/dryer'],
  },
  { key: 'STRUCTURAL', name: 'Structural', examples: ['Doors', 'Windows', 'Locks', 'Flooring'] },
  { key: 'PEST_CONTROL', name: 'Pest control', examples: ['Insects', 'Rodents'] },
  { key: 'GENERAL', name: 'General', examples: ['Smoke detectors', 'Light bulbs', 'Cosmetic'] },
];
