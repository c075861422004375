import { graphql } from '../../../generated';

/** The property picker: every property the viewer may see, a page at a time. */
export const ResidentPropertiesQuery = graphql(`
  query ResidentProperties($after: String) {
    properties(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
      }
    }
  }
`);

export const RosterTenancyFieldsFragment = graphql(`
  fragment RosterTenancyFields on Tenancy {
    id
    startsOn
    endsOn
    active
    tenant {
      id
      name
      email
      phone
      inviteStatus
    }
  }
`);

/** One property with its launch-kit link and every unit's leases (managers see them all). */
export const PropertyResidentsQuery = graphql(`
  query PropertyResidents($propertyId: ID!) {
    node(id: $propertyId) {
      __typename
      ... on Property {
        id
        name
        address
        emergencyHotline
        portalUrl
        units {
          id
          label
          tenancies {
            ...RosterTenancyFields
          }
        }
      }
    }
  }
`);
