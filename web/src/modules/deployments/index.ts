export { DeploymentsList } from './DeploymentsList';
export { DeploymentView } from './DeploymentView';
export { FleetSummary } from './FleetSummary';
export { NewDeploymentForm } from './NewDeploymentForm';
export { RollbackDialog, type RollbackTarget } from './RollbackDialog';
export { useFleetSummary } from './useFleetSummary';
