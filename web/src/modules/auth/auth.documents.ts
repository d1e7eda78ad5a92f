import { graphql } from '../../generated';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    role
    authMethod
    sessionExpiresAt
    user {
      id
      email
      name
      role
      hasPassword
      mustChangePassword
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    serverInfo {
      passwordLogin
      singleSignOn {
        displayName
        loginUrl
      }
    }
  }
`);
