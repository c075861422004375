/**
 * The contract an online payment provider (Stripe, Mollie, GoCardless, …) implements to let tenants pay rent from
 * the portal. No provider ships with Fixline; docs/PAYMENTS.md describes how one plugs in. The rules it must keep:
 *
 * - Fixline records a PAYMENT on the ledger only from `parseWebhook` of a verified, settled payment — never from the
 *   browser's redirect — with the provider's payment id as the entry's `reference`, so a webhook delivered twice
 *   records one payment (the ledger's unique (tenancy, kind, reference)).
 * - Amounts are integer cents in the ledger's currency; a provider that settles another amount reports what settled.
 * - `createCheckout` is idempotent per `idempotencyKey`: a tenant double-tapping "Pay" gets the same checkout.
 */
export interface PaymentProvider {
  /** A stable name stored with each payment ("stripe"). */
  readonly name: string;

  /** Starts a payment of `amountCents` for a tenancy's ledger; returns where to send the tenant. */
  createCheckout(request: CheckoutRequest): Promise<Checkout>;

  /**
   * Verifies a webhook (signature, timestamp) and reads what it reports; null for events Fixline ignores. Throws
   * when the signature does not verify (the HTTP handler answers 400 and the provider retries).
   */
  parseWebhook(
    headers: Readonly<Record<string, string | undefined>>,
    rawBody: Buffer,
  ): Promise<PaymentEvent | null>;
}

export interface CheckoutRequest {
  tenancyId: number;
  amountCents: number;
  currency: string;
  /** Shown on the tenant's statement, e.g. "Rent 2026-12, Harbor View 101". */
  description: string;
  /** Where the provider sends the tenant back (success and cancel). */
  returnUrl: string;
  idempotencyKey: string;
}

export interface Checkout {
  /** The provider's id for this payment: becomes the ledger entry's reference once it settles. */
  paymentId: string;
  redirectUrl: string;
}

export interface PaymentEvent {
  paymentId: string;
  tenancyId: number;
  status: 'SETTLED' | 'FAILED' | 'REFUNDED';
  /** What actually settled, in cents. */
  amountCents: number;
  currency: string;
  /** YYYY-MM-DD in the property's zone: the ledger date of the payment. */
  settledOn: string;
}
