import { graphql } from '../../generated';

export const DiscoveredModelServersQuery = graphql(`
  query DiscoveredModelServers {
    discoveredModelServers {
      servers {
        namespace
        name
        kind
        runtime
        image
        model
        port
        replicas
        readyReplicas
        gpusPerReplica
        gpuProduct
        evidence
      }
      problems
    }
  }
`);
