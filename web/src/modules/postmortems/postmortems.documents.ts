import { graphql } from '../../generated';

export const PostmortemFieldsFragment = graphql(`
  fragment PostmortemFields on Postmortem {
    incidentId
    status
    summary
    impact
    timeline {
      at
      text
    }
    rootCause
    contributingFactors
    actionItems {
      id
      title
      dueDate
      done
      owner {
        id
        name
      }
    }
    updatedAt
    publishedAt
    publishedBy
  }
`);

export const IncidentPostmortemQuery = graphql(`
  query IncidentPostmortem($id: ID!) {
    incident(id: $id) {
      id
      number
      severity
      status
      postmortem {
        ...PostmortemFields
      }
    }
  }
`);

export const StartPostmortemMutation = graphql(`
  mutation StartPostmortem($input: StartPostmortemInput!) {
    startPostmortem(input: $input) {
      postmortem {
        ...PostmortemFields
      }
    }
  }
`);

export const UpdatePostmortemMutation = graphql(`
  mutation UpdatePostmortem($input: UpdatePostmortemInput!) {
    updatePostmortem(input: $input) {
      postmortem {
        ...PostmortemFields
      }
    }
  }
`);

export const PublishPostmortemMutation = graphql(`
  mutation PublishPostmortem($input: PublishPostmortemInput!) {
    publishPostmortem(input: $input) {
      postmortem {
        ...PostmortemFields
      }
    }
  }
`);

export const AddPostmortemActionItemMutation = graphql(`
  mutation AddPostmortemActionItem($input: AddPostmortemActionItemInput!) {
    addPostmortemActionItem(input: $input) {
      postmortem {
        ...PostmortemFields
      }
    }
  }
`);

export const UpdatePostmortemActionItemMutation = graphql(`
  mutation UpdatePostmortemActionItem($input: UpdatePostmortemActionItemInput!) {
    updatePostmortemActionItem(input: $input) {
      postmortem {
        ...PostmortemFields
      }
    }
  }
`);

export const RemovePostmortemActionItemMutation = graphql(`
  mutation RemovePostmortemActionItem($input: RemovePostmortemActionItemInput!) {
    removePostmortemActionItem(input: $input) {
      postmortem {
        ...PostmortemFields
      }
    }
  }
`);
