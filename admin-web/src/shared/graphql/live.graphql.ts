import { graphql } from '../../generated';

/** Any change to a work order the viewer may see (the api scopes the events to the viewer). */
export const WorkOrderListChangedSubscription = graphql(`
  subscription WorkOrderListChanged {
    workOrderChanged {
      kind
      at
      workOrder {
        id
        number
        title
        status
      }
    }
  }
`);
