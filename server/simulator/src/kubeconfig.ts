import { stringify } from 'yaml';

/** A kubeconfig for the simulated cluster: cluster and context `backline-sim`, optional bearer token. */
export function buildKubeconfig(url: string, token?: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    // client-node refuses plain HTTP unless TLS verification is explicitly skipped; kubectl ignores it.
    clusters: [
      { name: 'backline-sim', cluster: { server: url, 'insecure-skip-tls-verify': true } },
    ],
    contexts: [
      {
        name: 'backline-sim',
        context: { cluster: 'backline-sim', user: 'backline-sim', namespace: 'default' },
      },
    ],
    'current-context': 'backline-sim',
    preferences: {},
    users: [{ name: 'backline-sim', user: token ? { token } : {} }],
  });
}
