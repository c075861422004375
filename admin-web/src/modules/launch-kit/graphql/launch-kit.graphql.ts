import { graphql } from '../../../generated';

/** What the printed poster shows: the company, the property, its portal link and its emergency line. */
export const PropertyPosterQuery = graphql(`
  query PropertyPoster($propertyId: ID!) {
    node(id: $propertyId) {
      __typename
      ... on Property {
        id
        name
        address
        emergencyHotline
        portalUrl
      }
    }
    companyProfile {
      name
      logoUrl
    }
  }
`);

export const InviteTenantsMutation = graphql(`
  mutation InviteTenants($input: InviteTenantsInput!) {
    inviteTenants(input: $input) {
      lines {
        line
        email
        name
        unitLabel
        outcome
      }
      rowErrors {
        line
        column
        message
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ResendInviteMutation = graphql(`
  mutation ResendInvite($userId: ID!) {
    resendInvite(userId: $userId) {
      user {
        id
        inviteStatus
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
