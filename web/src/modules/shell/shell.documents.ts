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
