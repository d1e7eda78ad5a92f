import { describe, expect, it } from 'vitest';
import { capturedLogger } from '../logging/index.ts';
import { safeNextPath } from './oidc.ts';

describe('the single sign-on routes', () => {
  it('return only to paths on this site', () => {
    expect(safeNextPath('/deployments?env=PROD#top')).toBe('/deployments?env=PROD#top');
    for (const next of [
      null,
      '',
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
      '/ok\n\rSet-Cookie: x=y',
      '/login?next=//evil.example',
      '/auth/oidc/login',
    ]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });

  it('never log the tokens, code verifier or client secret of a sign-in', () => {
    const { logger, written } = capturedLogger();
    logger.info(
      {
        access_token: 'at-secret-1',
        response: { id_token: 'it-secret-2', refresh_token: 'rt-secret-3' },
        code_verifier: 'cv-secret-4',
        client: { client_secret: 'cs-secret-5', clientSecret: 'cs-secret-6' },
        req: { query: { code: 'code-secret-7', state: 'st-secret-8' } },
      },
      'sign-in',
    );
    expect(written()).toContain('"msg":"sign-in"');
    for (let n = 1; n <= 8; n++) expect(written()).not.toMatch(new RegExp(`secret-${n}`));
  });
});
