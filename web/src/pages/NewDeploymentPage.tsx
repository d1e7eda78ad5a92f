import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { roleAtLeast, useViewer } from '../modules/auth';
import { NewDeploymentForm } from '../modules/deployments';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader, useBacklineTitle } from '../ui/PageHeader';

export function NewDeploymentPage() {
  useBacklineTitle('New deployment');
  const viewer = useViewer();
  return (
    <>
      <Anchor component={Link} to="/deployments" size="sm" mb="xs" display="inline-block">
        ← Deployments
      </Anchor>
      <PageHeader
        title="New deployment"
        description="Run a release from the catalog in a managed namespace. The rollout shows live on the deployment's page."
      />
      {roleAtLeast(viewer.role, 'ADMIN') ? (
        <NewDeploymentForm />
      ) : (
        <ErrorState title="Admins only" message="Only an admin can create model deployments." />
      )}
    </>
  );
}
