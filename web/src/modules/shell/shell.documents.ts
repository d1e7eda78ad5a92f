import { graphql } from '../../generated';

export const ServerInfoQuery = graphql(`
  query ServerInfo {
    serverInfo {
      version
      simulatedCluster
      store
    }
  }
`);

export const PaletteSearchQuery = graphql(`
  query PaletteSearch($text: String!) {
    search(text: $text, first: 5) {
      kind
      id
      title
      subtitle
      path
    }
  }
`);

export const PaletteTriggeredIncidentsQuery = graphql(`
  query PaletteTriggeredIncidents {
    incidents(status: [TRIGGERED], first: 20) {
      id
      number
      title
      severity
      status
    }
  }
`);

export const PaletteAcknowledgeMutation = graphql(`
  mutation PaletteAcknowledge($id: ID!) {
    acknowledgeIncident(input: { id: $id }) {
      incident {
        id
        number
        status
        updatedAt
      }
    }
  }
`);
