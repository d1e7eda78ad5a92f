import { Writable } from 'node:stream';
import { createLogger, type Logger } from './logger.ts';

/**
 * A logger whose lines go to a string instead of stdout, for checking what a log line says and,
 * above all, what it never says.
 */
export function capturedLogger(level = 'info'): { logger: Logger; written: () => string } {
  let written = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      written += chunk.toString();
      done();
    },
  });
  return { logger: createLogger(level, sink), written: () => written };
}
