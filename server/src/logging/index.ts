export { capturedLogger } from './captured.ts';
export { createLogger, type Logger, REDACTED_PATHS } from './logger.ts';
