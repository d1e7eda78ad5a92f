export { SECRET_WARNING } from './TokenSecretModal';
export { TokensPanel } from './TokensPanel';
