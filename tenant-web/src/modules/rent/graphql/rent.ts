import { graphql } from '../../../generated';

export const MoneyFieldsFragment = graphql(`
  fragment MoneyFields on Money {
    amountCents
    currency
  }
`);

/** The tenant's current lease's rent: one shape for the home card and the rent page. */
export const MyRentLedgerQuery = graphql(`
  query MyRentLedger {
    rentLedger {
      balance {
        ...MoneyFields
      }
      overdue {
        ...MoneyFields
      }
      nextDue {
        dueOn
        overdue
        amount {
          ...MoneyFields
        }
      }
      entries {
        id
        kind
        date
        description
        reference
        amount {
          ...MoneyFields
        }
      }
      tenancy {
        id
        unit {
          id
          label
          property {
            id
            name
          }
        }
      }
    }
  }
`);
