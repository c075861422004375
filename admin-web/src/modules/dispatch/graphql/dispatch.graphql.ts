import { graphql } from '../../../generated';

/** What every action dialog, card marker and job row needs: the viewer's actions and the dispatch state. */
export const ActionWorkOrderFragment = graphql(`
  fragment ActionWorkOrder on WorkOrder {
    id
    number
    title
    status
    version
    priority
    availableActions
    locationKind
    locationDetail
    property {
      id
      name
      timezone
    }
    unit {
      id
      label
    }
    availability {
      startsAt
      endsAt
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
    appointment {
      startsAt
      endsAt
      eta
      runningLateNote
      outsideAvailabilityReason
    }
    rescheduleRequest {
      reason
      requestedAt
      windows {
        startsAt
        endsAt
      }
    }
    costApproval {
      state
      rule
      note
      ownerNotified
      blocksScheduling
      managerMayDecide
      submittedAt
      decidedAt
      decisionNote
      estimate {
        amountCents
        currency
      }
      lineItems {
        description
        amount {
          amountCents
          currency
        }
      }
      submittedBy {
        id
        name
      }
      decidedBy {
        id
        name
      }
    }
  }
`);

/** The dispatch state plus what the drawer shows after an action: costs, completion and the timeline. */
export const WorkOrderDispatchFragment = graphql(`
  fragment WorkOrderDispatch on WorkOrder {
    ...ActionWorkOrder
    updatedAt
    assignedAt
    completedAt
    closedAt
    completionNotes
    actualCost {
      amountCents
      currency
    }
    rating {
      score
      comment
      ratedAt
    }
    timeline {
      id
      kind
      at
      summary
      actor {
        id
        name
      }
    }
  }
`);

export const ActionWorkOrderQuery = graphql(`
  query ActionWorkOrder($id: ID!) {
    workOrder(id: $id) {
      ...ActionWorkOrder
    }
  }
`);

export const AssignmentSuggestionsQuery = graphql(`
  query AssignmentSuggestions($workOrderId: ID!) {
    assignmentSuggestions(workOrderId: $workOrderId) {
      score
      blocked
      blockedReason
      factors {
        factor
        points
        detail
      }
      assignee {
        __typename
        ... on Vendor {
          id
          name
          insuranceValid
          insuranceExpiresOn
        }
        ... on Technician {
          id
          name
        }
      }
    }
  }
`);

export const AssigneeOptionsQuery = graphql(`
  query AssigneeOptions {
    vendors(first: 100) {
      nodes {
        id
        name
        active
        insuranceValid
      }
    }
    technicians {
      id
      name
      active
    }
  }
`);

export const AssignWorkOrderMutation = graphql(`
  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {
    assignWorkOrder(input: $input) {
      workOrder {
        ...WorkOrderDispatch
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UnassignWorkOrderMutation = graphql(`
  mutation UnassignWorkOrder($input: UnassignWorkOrderInput!) {
    unassignWorkOrder(input: $input) {
      workOrder {
        ...WorkOrderDispatch
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ScheduleWorkOrderMutation = graphql(`
  mutation ScheduleWorkOrder($input: ScheduleWorkOrderInput!) {
    scheduleWorkOrder(input: $input) {
      workOrder {
        ...WorkOrderDispatch
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ReportRunningLateMutation = graphql(`
  mutation ReportRunningLate($input: ReportRunningLateInput!) {
    reportRunningLate(input: $input) {
      workOrder {
        ...WorkOrderDispatch
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SubmitCostEstimateMutation = graphql(`
  mutation SubmitCostEstimate($input: SubmitCostEstimateInput!) {
    submitCostEstimate(input: $input) {
      workOrder {
        ...WorkOrderDispatch
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const DecideCostApprovalMutation = graphql(`
  mutation DecideCostApproval($input: DecideCostApprovalInput!) {
    decideCostApproval(input: $input) {
      workOrder {
        ...WorkOrderDispatch
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CompleteWorkOrderMutation = graphql(`
  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!) {
    completeWorkOrder(input: $input) {
      workOrder {
        ...WorkOrderDispatch
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CloseWorkOrderMutation = graphql(`
  mutation CloseWorkOrder($input: CloseWorkOrderInput!) {
    closeWorkOrder(input: $input) {
      workOrder {
        ...WorkOrderDispatch
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
        ...WorkOrderDispatch
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
        ...WorkOrderDispatch
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
