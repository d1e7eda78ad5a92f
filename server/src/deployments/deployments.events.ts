/** What the deployments domain tells the others, after the commit. */
export interface DeploymentEvents {
  /** A person rolled the deployment back to an earlier release. */
  'deployment.rolledBack': { namespace: string; name: string };
}
