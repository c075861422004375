import { graphql } from '../../../generated';

export const VendorFieldsFragment = graphql(`
  fragment VendorFields on Vendor {
    id
    name
    contactName
    email
    phone
    notes
    active
    insuranceExpiresOn
    insuranceValid
    licenseNumber
    licenseExpiresOn
    weeklyCapacity
    hourlyRate {
      amountCents
      currency
    }
    calloutFee {
      amountCents
      currency
    }
    services {
      rank
      category {
        id
        name
      }
    }
  }
`);

export const VendorDirectoryQuery = graphql(`
  query VendorDirectory {
    vendors(first: 100) {
      totalCount
      nodes {
        ...VendorFields
      }
    }
    categories {
      id
      name
    }
  }
`);

export const CreateVendorMutation = graphql(`
  mutation CreateVendor($input: CreateVendorInput!) {
    createVendor(input: $input) {
      vendor {
        ...VendorFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateVendorMutation = graphql(`
  mutation UpdateVendor($input: UpdateVendorInput!) {
    updateVendor(input: $input) {
      vendor {
        ...VendorFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const AssignmentRulesQuery = graphql(`
  query AssignmentRules {
    assignmentRules {
      id
      active
      applyAtIntake
      category {
        id
        name
      }
      property {
        id
        name
      }
      assignee {
        __typename
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
    properties(first: 100) {
      nodes {
        id
        name
      }
    }
    technicians {
      id
      name
      active
    }
  }
`);

export const CreateAssignmentRuleMutation = graphql(`
  mutation CreateAssignmentRule($input: CreateAssignmentRuleInput!) {
    createAssignmentRule(input: $input) {
      rule {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const DeleteAssignmentRuleMutation = graphql(`
  mutation DeleteAssignmentRule($input: DeleteAssignmentRuleInput!) {
    deleteAssignmentRule(input: $input) {
      rule {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
