import { describe, expect, it } from 'vitest';
import { openPglite } from '../store/index.ts';
import { capturedLogger } from './captured.ts';

describe('the logger', () => {
  it('never writes passwords, tokens or cookies', () => {
    const { logger, written } = capturedLogger();
    logger.info(
      {
        variables: { input: { password: 'hunter2-hunter2', newPassword: 'n3w-secret-pass' } },
        headers: { authorization: 'Bearer bl_abc', cookie: 'backline_session=xyz' },
        secret: 'bl_shown_once',
      },
      'event',
    );
    expect(written()).toContain('"msg":"event"');
    for (const secret of [
      'hunter2',
      'n3w-secret',
      'bl_abc',
      'backline_session=xyz',
      'bl_shown_once',
    ]) {
      expect(written()).not.toContain(secret);
    }
  });

  it('never writes the parameters a failed statement carried, however the error is logged', async () => {
    const { logger, written } = capturedLogger();
    const db = await openPglite(undefined);
    await db.exec('CREATE TABLE t (id int PRIMARY KEY, secret text NOT NULL)');
    const failed = await db
      .query('INSERT INTO t (id, secret) VALUES ($1, $2), ($1, $3)', [
        1,
        'whsec_webhook-signing-secret',
        'customer@example.com',
      ])
      .catch((error: unknown) => error);
    await db.close();
    expect(failed).toBeInstanceOf(Error);
    logger.error({ err: failed }, 'write failed');
    logger.error({ err: new Error('wrapped', { cause: failed }) }, 'write failed again');
    logger.error({ error: failed }, 'and once more');
    expect(written()).toContain('duplicate key');
    expect(written()).not.toContain('whsec_webhook-signing-secret');
    expect(written()).not.toContain('customer@example.com');
  });
});
