export { createLogger, type Logger, REDACTED_PATHS } from './logger.ts';
