import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

describe('the logger', () => {
  it('never writes passwords, tokens or cookies', () => {
    let written = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        written += chunk.toString();
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      {
        variables: { input: { password: 'hunter2-hunter2', newPassword: 'n3w-secret-pass' } },
        headers: { authorization: 'Bearer bl_abc', cookie: 'backline_session=xyz' },
        secret: 'bl_shown_once',
      },
      'event',
    );
    expect(written).toContain('"msg":"event"');
    for (const secret of [
      'hunter2',
      'n3w-secret',
      'bl_abc',
      'backline_session=xyz',
      'bl_shown_once',
    ]) {
      expect(written).not.toContain(secret);
    }
  });
});
