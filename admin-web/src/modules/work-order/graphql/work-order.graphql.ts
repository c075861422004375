import { graphql } from '../../../generated';

export const WorkOrderDetailQuery = graphql(`
  query WorkOrderDetail($id: ID!) {
    workOrder(id: $id) {
      ...WorkOrderDispatch
      id
      number
      title
      description
      status
      version
      priority
      reportedSeverity
      triageReasons
      needsReview
      unreadMessageCount
      repeatOf {
        id
        number
        title
        createdAt
      }
      escalation {
        ...WorkOrderEscalation
      }
      locationKind
      locationDetail
      affectedCount
      permissionToEnter
      createdAt
      updatedAt
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
      unit {
        id
        label
      }
      sla {
        state
        paused
        pausedSeconds
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
      requester {
        id
        name
      }
      access {
        gateCode
        lockboxCode
        pets
        bestContactMethod
        preferredTimes
        notes
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
      attachments {
        ...AttachmentFields
      }
    }
  }
`);

export const WorkOrderEscalationFragment = graphql(`
  fragment WorkOrderEscalation on Escalation {
    level
    pagedAt
    acknowledgedAt
    pagedUser {
      id
      name
    }
    acknowledgedBy {
      id
      name
    }
  }
`);

export const AcknowledgeEmergencyMutation = graphql(`
  mutation AcknowledgeEmergency($input: AcknowledgeEmergencyInput!) {
    acknowledgeEmergency(input: $input) {
      workOrder {
        id
        version
        updatedAt
        escalation {
          ...WorkOrderEscalation
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
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const TriageCategoriesQuery = graphql(`
  query TriageCategories {
    categories {
      id
      name
    }
  }
`);

export const TriageWorkOrderMutation = graphql(`
  mutation TriageWorkOrder($input: TriageWorkOrderInput!) {
    triageWorkOrder(input: $input) {
      workOrder {
        id
        version
        priority
        triageReasons
        needsReview
        updatedAt
        category {
          id
          name
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
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const WorkOrderDrawerChangedSubscription = graphql(`
  subscription WorkOrderDrawerChanged($workOrderId: ID!) {
    workOrderChanged(filter: { workOrderId: $workOrderId }) {
      kind
      at
      workOrder {
        id
        version
        status
        priority
        updatedAt
      }
    }
  }
`);
