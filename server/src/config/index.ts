export { type Config, ConfigError, configSchema, loadConfig, parseDuration } from './config.ts';
