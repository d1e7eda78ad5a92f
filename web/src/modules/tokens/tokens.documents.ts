import { graphql } from '../../generated';

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    role
    prefix
    status
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    owner {
      id
      email
      name
    }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens($all: Boolean) {
    apiTokens(all: $all) {
      ...ApiTokenFields
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      token {
        ...ApiTokenFields
      }
    }
  }
`);
