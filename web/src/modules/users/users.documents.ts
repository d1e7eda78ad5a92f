import { graphql } from '../../generated';

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    email
    name
    role
    disabled
    createdAt
    lastLoginAt
    hasPassword
    singleSignOn
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      ...UserFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...UserFields
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...UserFields
      }
    }
  }
`);

export const SetUserPasswordMutation = graphql(`
  mutation SetUserPassword($input: SetUserPasswordInput!) {
    setUserPassword(input: $input) {
      user {
        ...UserFields
      }
    }
  }
`);

/** The few fields that name a person in pickers and lists (incidents, action items). */
export const PeopleQuery = graphql(`
  query IncidentUsers {
    users {
      id
      name
      email
      disabled
    }
  }
`);
