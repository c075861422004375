import { graphql } from '../../../generated';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user {
        id
        name
        role
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CurrentViewerQuery = graphql(`
  query CurrentViewer {
    viewer {
      id
      name
      role
    }
  }
`);
