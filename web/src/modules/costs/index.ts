export { CostsView } from './CostsView';
export { DeploymentCostCard } from './DeploymentCostCard';
