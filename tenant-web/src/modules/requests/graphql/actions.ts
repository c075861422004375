import { graphql } from '../../../generated';

// The tenant's workflow actions. Each returns the whole request so the normalized cache (and with it the
// request page and the home card) shows the new state at once.

export const RequestRescheduleMutation = graphql(`
  mutation RequestReschedule($input: RequestRescheduleInput!) {
    requestReschedule(input: $input) {
      workOrder {
        ...RequestDetailFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ConfirmResolutionMutation = graphql(`
  mutation ConfirmResolution($input: ConfirmResolutionInput!) {
    confirmResolution(input: $input) {
      workOrder {
        ...RequestDetailFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ReopenWorkOrderMutation = graphql(`
  mutation ReopenWorkOrder($input: ReopenWorkOrderInput!) {
    reopenWorkOrder(input: $input) {
      workOrder {
        ...RequestDetailFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CancelWorkOrderMutation = graphql(`
  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {
    cancelWorkOrder(input: $input) {
      workOrder {
        ...RequestDetailFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
