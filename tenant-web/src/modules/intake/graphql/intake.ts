import { graphql } from '../../../generated';

export const IntakeSetupQuery = graphql(`
  query IntakeSetup {
    viewer {
      id
      name
      role
      units {
        id
        label
        property {
          id
          name
          emergencyHotline
          afterHoursInstructions
          commonAreas
        }
      }
      accessProfile {
        pets
        bestContactMethod
        preferredTimes
        notes
      }
    }
    categories {
      id
      key
      name
      examples
    }
    severityLevels {
      severity
      label
      definition
      responseExpectation
    }
  }
`);

/** What the confirmation page shows; the submit mutation selects it too, so the page needs no round trip. */
export const ConfirmationFieldsFragment = graphql(`
  fragment ConfirmationFields on WorkOrder {
    id
    number
    title
    status
    priority
    reportedSeverity
    triageReasons
    createdAt
    property {
      id
      name
      emergencyHotline
      afterHoursInstructions
    }
  }
`);

export const SubmitMaintenanceRequestMutation = graphql(`
  mutation SubmitMaintenanceRequest($input: SubmitMaintenanceRequestInput!) {
    submitMaintenanceRequest(input: $input) {
      workOrder {
        ...ConfirmationFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SaveAccessProfileMutation = graphql(`
  mutation SaveAccessProfile($input: UpdateAccessProfileInput!) {
    updateAccessProfile(input: $input) {
      accessProfile {
        pets
        bestContactMethod
        preferredTimes
        notes
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const RequestConfirmationQuery = graphql(`
  query RequestConfirmation($id: ID!) {
    workOrder(id: $id) {
      ...ConfirmationFields
    }
  }
`);
