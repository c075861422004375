import { graphql } from '../../../generated';

export const MyJobsQuery = graphql(`
  query MyJobs {
    workOrders(
      filter: { statuses: [ASSIGNED, SCHEDULED, COMPLETED] }
      first: 100
      orderBy: { field: UPDATED_AT, direction: DESC }
    ) {
      totalCount
      nodes {
        ...ActionWorkOrder
        description
        permissionToEnter
        createdAt
        completedAt
        category {
          id
          name
        }
        property {
          id
          name
          address
          timezone
        }
        access {
          gateCode
          lockboxCode
          pets
          bestContactMethod
          preferredTimes
          notes
        }
      }
    }
  }
`);
