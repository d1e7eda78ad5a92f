import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('gives a working default for every option', () => {
    const config = loadConfig({}, '/srv/backline');
    expect(config).toMatchObject({
      port: 8080,
      production: false,
      store: { kind: 'pglite', dataDir: '/srv/backline/.backline' },
      session: { idleTimeoutMs: 30 * 60_000, maxAgeMs: 12 * 3_600_000, secureCookies: 'auto' },
      graphql: { introspection: true },
    });
  });

  it('uses a PostgreSQL server when DATABASE_URL is set, and turns introspection off in production', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/backline',
      NODE_ENV: 'production',
    });
    expect(config.store).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/backline' });
    expect(config.graphql.introspection).toBe(false);
  });

  it('names every bad variable and what is wrong with it, and hides secrets', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: '99999',
        BACKLINE_SESSION_MAX_AGE: 'forever',
        DATABASE_URL: 'mysql://root:hunter2@db/x',
        BACKLINE_ALLOWED_ORIGINS: 'https://ok.example, not a url',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues;
    expect(issues.map((i) => i.variable).sort()).toEqual([
      'BACKLINE_ALLOWED_ORIGINS',
      'BACKLINE_SESSION_MAX_AGE',
      'DATABASE_URL',
      'PORT',
    ]);
    expect((error as Error).message).toContain('PORT: must be at most 65535 (got "99999")');
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('parses durations and lists', () => {
    const config = loadConfig({
      BACKLINE_SESSION_IDLE_TIMEOUT: '90s',
      BACKLINE_ALLOWED_ORIGINS: 'https://a.example,https://b.example:8443',
    });
    expect(config.session.idleTimeoutMs).toBe(90_000);
    expect(config.allowedOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
  });

  it('reads health metrics from Prometheus only when its URL is set', () => {
    expect(loadConfig({}).prometheus).toBeNull();
    expect(
      loadConfig({
        BACKLINE_PROMETHEUS_URL: 'http://prometheus.monitoring:9090',
        BACKLINE_PROMETHEUS_WINDOW: '90s',
      }).prometheus,
    ).toEqual({ url: 'http://prometheus.monitoring:9090', windowMs: 90_000 });
    expect(() => loadConfig({ BACKLINE_PROMETHEUS_URL: 'prometheus:9090' })).toThrow(
      /BACKLINE_PROMETHEUS_URL: must be the http\(s\) URL of a Prometheus server/,
    );
  });

  it('reads BACKLINE_TRUST_PROXY as Express does: true/false, hops, or addresses and ranges', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ BACKLINE_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ BACKLINE_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(
      loadConfig({ BACKLINE_TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy,
    ).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(() => loadConfig({ BACKLINE_TRUST_PROXY: '10.0.0.0/33' })).toThrow(
      /BACKLINE_TRUST_PROXY: must be true, false, a number of proxy hops/,
    );
  });

  it('names a bad audit signing key without showing it', () => {
    expect(() => loadConfig({ BACKLINE_AUDIT_SIGNING_KEY: 'not-a-key-at-all' })).toThrow(
      /BACKLINE_AUDIT_SIGNING_KEY: must be an Ed25519 private key/,
    );
    expect(() => loadConfig({ BACKLINE_AUDIT_SIGNING_KEY: 'not-a-key-at-all' })).not.toThrow(
      /not-a-key-at-all/,
    );
  });
});
