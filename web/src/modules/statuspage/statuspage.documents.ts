import { graphql } from '../../generated';

export const PublicUpdateFieldsFragment = graphql(`
  fragment PublicUpdateFields on IncidentPublicUpdate {
    id
    status
    body
    at
    createdBy
  }
`);

export const MaintenanceWindowFieldsFragment = graphql(`
  fragment MaintenanceWindowFields on MaintenanceWindow {
    startsAt
    endsAt
    message
  }
`);

export const IncidentPublicUpdatesQuery = graphql(`
  query IncidentPublicUpdates($id: ID!) {
    incident(id: $id) {
      id
      deployment {
        namespace
        name
      }
      publicUpdates {
        ...PublicUpdateFields
      }
    }
  }
`);

export const DeploymentStatusPageQuery = graphql(`
  query DeploymentStatusPage($namespace: String!, $name: String!) {
    deployment(namespace: $namespace, name: $name) {
      id
      statusPage {
        public
        displayName
        status
        maintenance {
          ...MaintenanceWindowFields
        }
      }
      incidentStats(days: 30) {
        incidents
        acknowledged
        resolved
        mttaSeconds
        mttrSeconds
      }
    }
  }
`);

export const PostIncidentUpdateMutation = graphql(`
  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {
    postIncidentUpdate(input: $input) {
      update {
        ...PublicUpdateFields
      }
    }
  }
`);

export const SetDeploymentPublicMutation = graphql(`
  mutation SetDeploymentPublic($input: SetDeploymentPublicInput!) {
    setDeploymentPublic(input: $input) {
      deployment {
        id
        statusPage {
          public
          displayName
          status
        }
      }
    }
  }
`);

export const SetMaintenanceWindowMutation = graphql(`
  mutation SetMaintenanceWindow($input: SetMaintenanceWindowInput!) {
    setMaintenanceWindow(input: $input) {
      deployment {
        id
        statusPage {
          status
          maintenance {
            ...MaintenanceWindowFields
          }
        }
      }
    }
  }
`);
