import { graphql } from '../../../generated';

/** An open common-area request as the building's tenants see it (what and where, never who). */
export const CommonAreaRequestFieldsFragment = graphql(`
  fragment CommonAreaRequestFields on CommonAreaRequest {
    id
    number
    title
    location
    category
    property
    status
    createdAt
    affectedCount
    reportedByMe
    meToo
  }
`);

/** Every open common-area request of the tenant's building(s), newest first. */
export const BuildingRequestsQuery = graphql(`
  query BuildingRequests {
    commonAreaRequests(first: 50) {
      ...CommonAreaRequestFields
    }
  }
`);

/** Open requests of one building that match what the tenant is typing, best match first. */
export const SimilarCommonAreaRequestsQuery = graphql(`
  query SimilarCommonAreaRequests($propertyId: ID!, $search: String!, $first: Int!) {
    commonAreaRequests(propertyId: $propertyId, search: $search, first: $first) {
      ...CommonAreaRequestFields
    }
  }
`);

export const AddMeTooMutation = graphql(`
  mutation AddMeToo($workOrderId: ID!) {
    addMeToo(workOrderId: $workOrderId) {
      request {
        ...CommonAreaRequestFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const RemoveMeTooMutation = graphql(`
  mutation RemoveMeToo($workOrderId: ID!) {
    removeMeToo(workOrderId: $workOrderId) {
      request {
        ...CommonAreaRequestFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
