import { useParams } from 'react-router';
import { DeploymentView } from '../modules/deployments';

export function DeploymentPage() {
  const { namespace = '', name = '' } = useParams();
  return <DeploymentView key={`${namespace}/${name}`} namespace={namespace} name={name} />;
}
