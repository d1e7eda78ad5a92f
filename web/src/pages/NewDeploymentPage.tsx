import { Anchor } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { roleAtLeast, useViewer } from '../modules/auth';
import { NewDeploymentForm } from '../modules/deployments';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader, useBacklineTitle } from '../ui/PageHeader';

export function NewDeploymentPage() {
  const [params] = useSearchParams();
  const existing = params.get('namespace') && params.get('name');
  const title = existing
    ? `Deploy a release to ${params.get('namespace')}/${params.get('name')}`
    : 'New deployment';
  useBacklineTitle(existing ? 'Deploy release' : 'New deployment');
  const viewer = useViewer();
  return (
    <>
      <Anchor component={Link} to="/deployments" size="sm" mb="xs" display="inline-block">
        ← Deployments
      </Anchor>
      <PageHeader
        title={title}
        description="Run a release from the catalog in a managed namespace; an existing deployment keeps its settings. The rollout shows live on the deployment's page."
      />
      {roleAtLeast(viewer.role, 'ADMIN') ? (
        <NewDeploymentForm />
      ) : (
        <ErrorState title="Admins only" message="Only an admin can create model deployments." />
      )}
    </>
  );
}
