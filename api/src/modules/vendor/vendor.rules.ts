import type { Vendor } from './vendor.entity';

/** Insurance is valid through its expiry date; a vendor without a recorded date is not blocked (but flagged). */
export const insuranceValid = (vendor: Pick<Vendor, 'insuranceExpiresOn'>, now: Date): boolean =>
  vendor.insuranceExpiresOn == null || vendor.insuranceExpiresOn >= now.toISOString().slice(0, 10);

/** Scoring weights of assignment suggestions (PRODUCT.md §6), as data. */
export const SUGGESTION_WEIGHTS = {
  /** Serves the order's category. */
  category: 40,
  /** By preferred rank in that category: rank 1, 2, 3 and beyond. */
  preference: [20, 12, 6, 3] as readonly number[],
  /** Spare capacity this week, scaled by the share of weekly capacity still free. */
  capacity: 15,
  /** Already has a job at the same property that day. */
  sameProperty: 10,
  /** Past completion rate (0–1), scaled. */
  completionRate: 10,
  /** Average tenant rating above (or below) 3 stars, per star. */
  ratingPerStar: 3,
  /** Insurance expiring within 30 days. */
  insuranceExpiringSoon: -5,
  /** At or over weekly capacity. */
  overCapacity: -20,
} as const;

export const INSURANCE_WARNING_DAYS = 30;
