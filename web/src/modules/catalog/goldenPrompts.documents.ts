import { graphql } from '../../generated';

export const GoldenPromptFieldsFragment = graphql(`
  fragment GoldenPromptFields on GoldenPrompt {
    id
    name
    messages {
      role
      content
    }
    maxTokens
    expectations {
      contains
      mustNotContain
      pattern
      jsonSchema
      maxLength
    }
    updatedAt
    updatedBy
  }
`);

export const ModelGoldenPromptsQuery = graphql(`
  query ModelGoldenPrompts($id: ID!) {
    model(id: $id) {
      id
      goldenPrompts {
        ...GoldenPromptFields
      }
    }
  }
`);

export const CreateGoldenPromptMutation = graphql(`
  mutation CreateGoldenPrompt($input: CreateGoldenPromptInput!) {
    createGoldenPrompt(input: $input) {
      goldenPrompt {
        ...GoldenPromptFields
      }
    }
  }
`);

export const UpdateGoldenPromptMutation = graphql(`
  mutation UpdateGoldenPrompt($input: UpdateGoldenPromptInput!) {
    updateGoldenPrompt(input: $input) {
      goldenPrompt {
        ...GoldenPromptFields
      }
    }
  }
`);

export const DeleteGoldenPromptMutation = graphql(`
  mutation DeleteGoldenPrompt($input: DeleteGoldenPromptInput!) {
    deleteGoldenPrompt(input: $input) {
      goldenPrompt {
        id
      }
    }
  }
`);

export const ModelDeploymentsQuery = graphql(`
  query ModelDeployments {
    deployments {
      id
      namespace
      name
      environment
      phase
      release {
        id
        model {
          id
        }
      }
      status {
        pods {
          name
          ready
          track
          releaseId
        }
      }
    }
  }
`);

export const CheckGoldenPromptsMutation = graphql(`
  mutation CheckGoldenPrompts($input: CheckGoldenPromptsInput!) {
    checkGoldenPrompts(input: $input) {
      namespace
      name
      pod
      releaseId
      checkedAt
      results {
        promptId
        name
        passed
        failures
        answerExcerpt
        durationMs
      }
    }
  }
`);
