import { graphql } from '../../../generated';

export const BoardCardFragment = graphql(`
  fragment BoardCard on WorkOrder {
    ...ActionWorkOrder
    id
    number
    title
    status
    version
    priority
    needsReview
    unreadMessageCount
    repeatCount
    locationKind
    locationDetail
    createdAt
    updatedAt
    property {
      id
      name
    }
    unit {
      id
      label
    }
    sla {
      state
      paused
      response {
        dueAt
        metAt
        state
        remainingSeconds
      }
      resolution {
        dueAt
        metAt
        state
        remainingSeconds
      }
    }
    assignee {
      ... on Vendor {
        id
        name
      }
      ... on Technician {
        id
        name
      }
    }
  }
`);

export const BoardColumnQuery = graphql(`
  query BoardColumn($filter: WorkOrderFilter!, $first: Int!) {
    workOrders(filter: $filter, first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      totalCountExact
      pageInfo {
        hasNextPage
      }
      nodes {
        ...BoardCard
      }
    }
  }
`);

export const BoardFilterOptionsQuery = graphql(`
  query BoardFilterOptions {
    properties(first: 100) {
      nodes {
        id
        name
      }
    }
    categories {
      id
      name
    }
    vendors(first: 100) {
      nodes {
        id
        name
      }
    }
    technicians {
      id
      name
    }
  }
`);

export const BoardWorkOrderChangedSubscription = graphql(`
  subscription BoardWorkOrderChanged($filter: WorkOrderChangeFilter) {
    workOrderChanged(filter: $filter) {
      kind
      at
      workOrder {
        ...BoardCard
      }
    }
  }
`);
