import { graphql } from '../../../generated';

export const PendingApprovalsQuery = graphql(`
  query PendingApprovals {
    workOrders(
      filter: { approvalStates: [PENDING_OWNER] }
      first: 100
      orderBy: { field: UPDATED_AT, direction: ASC }
    ) {
      totalCount
      nodes {
        ...ActionWorkOrder
        createdAt
        category {
          id
          name
        }
        property {
          id
          name
          timezone
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const ApprovalPolicyFieldsFragment = graphql(`
  fragment ApprovalPolicyFields on Owner {
    id
    name
    email
    approvalPolicy {
      emergencyManagerMayApprove
      managerApprovesBelow {
        amountCents
        currency
      }
      ownerApprovalAbove {
        amountCents
        currency
      }
    }
  }
`);

export const ApprovalPoliciesQuery = graphql(`
  query ApprovalPolicies {
    owners {
      ...ApprovalPolicyFields
    }
  }
`);

export const UpdateApprovalPolicyMutation = graphql(`
  mutation UpdateApprovalPolicy($input: UpdateApprovalPolicyInput!) {
    updateApprovalPolicy(input: $input) {
      owner {
        ...ApprovalPolicyFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
