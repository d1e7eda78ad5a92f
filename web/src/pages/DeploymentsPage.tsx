import { DeploymentsList } from '../modules/deployments';
import { useBacklineTitle } from '../ui/PageHeader';

export function DeploymentsPage() {
  useBacklineTitle('Deployments');
  return <DeploymentsList />;
}
