export { type Config, ConfigError, configSchema, loadConfig, parseDuration } from './config.ts';
export type { OidcConfig, PasswordLogin } from './oidc.ts';
