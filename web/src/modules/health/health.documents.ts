import { graphql } from '../../generated';

export const FindingFieldsFragment = graphql(`
  fragment FindingFields on Finding {
    cause
    severity
    title
    summary
    evidence {
      source
      value
    }
    runbook
    objects
  }
`);

export const DeploymentHealthQuery = graphql(`
  query DeploymentHealth($namespace: String!, $name: String!, $range: HealthRange!) {
    deployment(namespace: $namespace, name: $name) {
      id
      health {
        state
        checkedAt
        pastTerminations {
          source
          value
        }
        metrics {
          requestRate
          errorRatio
          ttftP50Ms
          ttftP95Ms
          e2eP95Ms
          tokensPerSecond
          queueDepth
          kvCacheUsage
        }
        history(range: $range) {
          at
          state
          requestRate
          errorRatio
          ttftP95Ms
          kvCacheUsage
        }
        transitions(last: 10) {
          at
          from
          to
          reasons
        }
      }
    }
  }
`);
