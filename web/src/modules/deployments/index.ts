export { DeploymentsList } from './DeploymentsList';
export { DeploymentView } from './DeploymentView';
export { FleetSummary } from './FleetSummary';
export { NewDeploymentForm } from './NewDeploymentForm';
export { useLiveDeployments } from './useLiveDeployments';
