import { graphql } from '../../../generated';

export const RentLedgerFieldsFragment = graphql(`
  fragment RentLedgerFields on RentLedger {
    balance {
      amountCents
      currency
    }
    overdue {
      amountCents
      currency
    }
    nextDue {
      dueOn
      overdue
      amount {
        amountCents
        currency
      }
    }
    entries {
      id
      kind
      date
      description
      reference
      createdAt
      amount {
        amountCents
        currency
      }
    }
  }
`);

export const RentLedgerQuery = graphql(`
  query RentLedger($tenancyId: ID!) {
    rentLedger(tenancyId: $tenancyId) {
      ...RentLedgerFields
    }
  }
`);

export const RecordRentEntryMutation = graphql(`
  mutation RecordRentEntry($input: RecordRentEntryInput!) {
    recordRentEntry(input: $input) {
      ledger {
        ...RentLedgerFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const DeleteRentEntryMutation = graphql(`
  mutation DeleteRentEntry($id: ID!) {
    deleteRentEntry(id: $id) {
      ledger {
        ...RentLedgerFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ImportRentLedgerMutation = graphql(`
  mutation ImportRentLedger($input: ImportRentLedgerInput!) {
    importRentLedger(input: $input) {
      imported
      duplicates
      rowErrors {
        line
        column
        message
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
