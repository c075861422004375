import type { DocumentKind } from '../../../generated/graphql';

/** In the order the picker lists them. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'LEASE',
  'CONDITION_REPORT',
  'RECEIPT',
  'CERTIFICATE',
  'NOTICE',
  'OTHER',
];

export function isDocumentKind(value: string | null): value is DocumentKind {
  return value !== null && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
