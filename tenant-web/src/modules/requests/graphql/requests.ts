import { graphql } from '../../../generated';

/**
 * The appointment and the tenant's pending reschedule request, selected the same way by the card and the
 * request page: they are plain objects in the cache, so one shape means neither page drops the other's data.
 */
export const AppointmentFieldsFragment = graphql(`
  fragment AppointmentFields on WorkOrder {
    appointment {
      startsAt
      endsAt
      eta
      runningLateNote
    }
    rescheduleRequest {
      windows {
        startsAt
        endsAt
      }
      reason
      requestedAt
    }
  }
`);

/** The SLA promise, one shape for the card and the request page (plain objects in the cache, as above). */
export const SlaPromiseFieldsFragment = graphql(`
  fragment SlaPromiseFields on WorkOrder {
    sla {
      state
      response {
        dueAt
        metAt
      }
      resolution {
        dueAt
        metAt
      }
    }
  }
`);

export const RequestCardFieldsFragment = graphql(`
  fragment RequestCardFields on WorkOrder {
    id
    number
    title
    status
    priority
    createdAt
    updatedAt
    category {
      id
      name
    }
    property {
      id
      timezone
    }
    availableActions
    unreadMessageCount
    ...AppointmentFields
    ...SlaPromiseFields
  }
`);

export const MyRequestsQuery = graphql(`
  query MyRequests {
    workOrders(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      nodes {
        ...RequestCardFields
      }
    }
  }
`);

/** Every change to any of the tenant's requests (the server scopes it to them). */
export const MyRequestsChangedSubscription = graphql(`
  subscription MyRequestsChanged {
    workOrderChanged {
      kind
      at
      workOrder {
        ...RequestCardFields
      }
    }
  }
`);

/** A photo or video; the urls are short-lived signed links, fresh with every read. */
export const AttachmentFieldsFragment = graphql(`
  fragment AttachmentFields on Attachment {
    id
    kind
    contentType
    size
    url
    thumbnailUrl
    originalName
  }
`);

export const RequestDetailFieldsFragment = graphql(`
  fragment RequestDetailFields on WorkOrder {
    id
    number
    title
    description
    status
    priority
    reportedSeverity
    triageReasons
    locationKind
    locationDetail
    permissionToEnter
    createdAt
    updatedAt
    version
    availableActions
    unreadMessageCount
    completionNotes
    completedAt
    closedAt
    ...AppointmentFields
    ...SlaPromiseFields
    rating {
      score
      comment
      ratedAt
    }
    category {
      id
      name
    }
    unit {
      id
      label
    }
    property {
      id
      name
      timezone
      emergencyHotline
      afterHoursInstructions
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
    availability {
      startsAt
      endsAt
    }
    timeline {
      id
      kind
      summary
      at
      actor {
        id
        name
      }
    }
    attachments {
      ...AttachmentFields
    }
  }
`);

export const RequestDetailQuery = graphql(`
  query RequestDetail($id: ID!) {
    workOrder(id: $id) {
      ...RequestDetailFields
    }
  }
`);

export const RequestChangedSubscription = graphql(`
  subscription RequestChanged($id: ID!) {
    workOrderChanged(filter: { workOrderId: $id }) {
      kind
      at
      workOrder {
        ...RequestDetailFields
      }
    }
  }
`);
