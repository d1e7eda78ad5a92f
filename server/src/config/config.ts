import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { type OidcConfig, oidcEnvSchema, type PasswordLogin, resolveOidc } from './oidc.ts';
import {
  publicKeysSchema,
  signingKeySchema,
  type TrustProxy,
  trustProxySchema,
  witnessSchema,
} from './security.ts';

/**
 * Every option Backline reads from the environment. This is the only place that
 * reads `process.env`; the README's configuration table mirrors it.
 */
const duration = z
  .string()
  .regex(/^\d+(ms|s|m|h|d)$/, 'must be a duration such as 30s, 15m, 12h or 7d')
  .transform(parseDuration);

export function parseDuration(text: string): number {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  const value = Number(match[1]);
  const unit = match[2] as 'ms' | 's' | 'm' | 'h' | 'd';
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit];
  return value * factor;
}

/** A comma-separated list, its items trimmed and the empty ones dropped. */
const commaList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0)
    .max(65535, 'must be at most 65535')
    .default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: postgresUrl.optional(),
  BACKLINE_DATA_DIR: z.string().min(1).default('./.backline'),
  BACKLINE_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  BACKLINE_SESSION_IDLE_TIMEOUT: duration.default(30 * 60_000),
  BACKLINE_SESSION_MAX_AGE: duration.default(12 * 3_600_000),
  BACKLINE_SECURE_COOKIES: z
    .enum(['auto', 'true', 'false'], { message: 'must be auto, true or false' })
    .default('auto'),
  BACKLINE_TRUST_PROXY: trustProxySchema,
  BACKLINE_ALLOWED_ORIGINS: commaList('').pipe(
    z.array(z.url({ message: 'must be a comma-separated list of origins (https://host:port)' })),
  ),
  BACKLINE_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  BACKLINE_LOGIN_WINDOW: duration.default(15 * 60_000),
  BACKLINE_GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  BACKLINE_GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(5000),
  BACKLINE_GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(20),
  BACKLINE_CONSOLE_DIR: z.string().min(1).default('web/dist'),
  KUBECONFIG: z.string().min(1).optional(),
  KUBERNETES_SERVICE_HOST: z.string().optional(),
  BACKLINE_NAMESPACES: commaList('ml-prod,ml-staging').pipe(
    z
      .array(
        z
          .string()
          .regex(
            /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
            'must be a comma-separated list of namespace names',
          ),
      )
      .min(1, 'must name at least one namespace'),
  ),
  BACKLINE_SIMULATOR: z
    .enum(['auto', 'on', 'off'], { message: 'must be auto, on or off' })
    .default('auto'),
  BACKLINE_SHUTDOWN_TIMEOUT: duration.default(10_000),
  BACKLINE_HEALTH_INTERVAL: duration.default(5_000),
  BACKLINE_COST_SAMPLE_INTERVAL: duration.default(60_000),
  BACKLINE_CAPACITY_PODS: z
    .enum(['all', 'managed'], { message: 'must be all or managed' })
    .default('managed'),
  BACKLINE_LEADER_ELECTION: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  BACKLINE_LEASE_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a namespace name')
    .optional(),
  POD_NAMESPACE: z.string().optional(),
  BACKLINE_SYNTHETIC_TIMEOUT: duration.default(5_000),
  BACKLINE_PROMETHEUS_URL: z
    .url({
      protocol: /^https?$/,
      message:
        'must be the http(s) URL of a Prometheus server, e.g. http://prometheus.monitoring:9090',
    })
    .optional(),
  BACKLINE_PROMETHEUS_WINDOW: duration.default(120_000),
  BACKLINE_ALERTMANAGER_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  BACKLINE_SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), 'must be an smtp:// or smtps:// URL')
    .optional(),
  BACKLINE_SMTP_FROM: z.string().min(3).default('Backline <backline@localhost>'),
  BACKLINE_TICKETS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  BACKLINE_TICKETS_AUTO_CLOSE: duration.default(7 * 86_400_000),
  BACKLINE_TICKETS_AT_RISK: z.coerce
    .number({ message: 'must be a number' })
    .gt(0, 'must be above 0')
    .lt(1, 'must be below 1')
    .default(0.25),
  BACKLINE_TICKETS_SWEEP_INTERVAL: duration.default(30_000),
  BACKLINE_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  BACKLINE_AUDIT_SIGNING_KEY: signingKeySchema,
  BACKLINE_AUDIT_PREVIOUS_KEYS: publicKeysSchema,
  BACKLINE_AUDIT_CHECKPOINT_EVERY: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(100),
  BACKLINE_AUDIT_CHECKPOINT_INTERVAL: duration.default(5 * 60_000),
  BACKLINE_AUDIT_WITNESS: witnessSchema,
  ...oidcEnvSchema,
});

type Env = z.output<typeof configSchema>;

export interface Config {
  nodeEnv: Env['NODE_ENV'];
  production: boolean;
  port: number;
  host: string;
  logLevel: Env['LOG_LEVEL'];
  store: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  /** BACKLINE_DATA_DIR, whatever the store: the simulator's kubeconfig goes there too. */
  dataDir: string;
  adminPassword: string | undefined;
  session: { idleTimeoutMs: number; maxAgeMs: number; secureCookies: 'auto' | 'true' | 'false' };
  /** Express's `trust proxy`: false, true, a hop count, or proxy addresses and CIDR ranges. */
  trustProxy: TrustProxy;
  /** Bearer token a scraper must send to /metrics; without it /metrics is open but names only public deployments. */
  metricsToken: string | undefined;
  audit: {
    /** Ed25519 key that signs checkpoints; null: generated into the data dir on first start. */
    signingKey: KeyObject | null;
    /** Public keys of earlier signing keys, so checkpoints they signed still verify. */
    previousKeys: KeyObject[];
    checkpointEvery: number;
    checkpointIntervalMs: number;
    witness: { kind: 'file'; path: string } | { kind: 'webhook'; url: string } | null;
  };
  allowedOrigins: string[];
  login: { maxAttempts: number; windowMs: number };
  graphql: { maxDepth: number; maxCost: number; maxAliases: number; introspection: boolean };
  consoleDir: string;
  kubeconfig: string | undefined;
  /** Namespaces Backline deploys to and watches. */
  namespaces: string[];
  /** Running in a pod with a service account (KUBERNETES_SERVICE_HOST is set). */
  inCluster: boolean;
  simulator: Env['BACKLINE_SIMULATOR'];
  shutdownTimeoutMs: number;
  health: { intervalMs: number; syntheticTimeoutMs: number };
  /** How often the leader stores what each deployment's pods hold and have served, for costs. */
  costs: { sampleIntervalMs: number };
  /**
   * Whose pods free GPUs are counted against: all (pods in every namespace, which needs a
   * ClusterRole) or managed (the managed namespaces' only).
   */
  capacity: { pods: 'all' | 'managed' };
  /** Health metrics from this Prometheus server by PromQL; null: each pod's /metrics is scraped. */
  prometheus: { url: string; windowMs: number } | null;
  /** on: when a cluster is connected, only the replica holding the Lease runs controllers. */
  leaderElection: { enabled: boolean; namespace: string };
  /** Bearer token Alertmanager sends to /webhooks/alertmanager; the receiver is off without it. */
  alertmanagerToken: string | undefined;
  /** Email for notifications; null when BACKLINE_SMTP_URL is not set. */
  smtp: { url: string; from: string } | null;
  /** Support tickets: inbound token, auto-close, at-risk share and the leader's sweep interval. */
  tickets: {
    token: string | undefined;
    autoCloseAfterMs: number;
    atRiskFraction: number;
    sweepIntervalMs: number;
  };
  /** Single sign-on through an OpenID Connect provider; null when not configured. */
  oidc: OidcConfig | null;
  passwordLogin: PasswordLogin;
}

export class ConfigError extends Error {
  readonly issues: { variable: string; message: string }[];
  constructor(issues: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n')}`,
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** Reads the configuration once. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = configSchema.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? 'environment');
        const value = known[variable];
        const shown =
          value === undefined || /PASSWORD|URL|TOKEN|SECRET|KEY/.test(variable)
            ? ''
            : ` (got "${value}")`;
        return { variable, message: `${issue.message}${shown}` };
      }),
    );
  }
  const e = parsed.data;
  const { oidc, issues: oidcIssues } = resolveOidc(e);
  if (oidcIssues.length > 0) throw new ConfigError(oidcIssues);
  return {
    nodeEnv: e.NODE_ENV,
    production: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    store: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(cwd, e.BACKLINE_DATA_DIR) },
    dataDir: path.resolve(cwd, e.BACKLINE_DATA_DIR),
    adminPassword: e.BACKLINE_ADMIN_PASSWORD,
    session: {
      idleTimeoutMs: e.BACKLINE_SESSION_IDLE_TIMEOUT,
      maxAgeMs: e.BACKLINE_SESSION_MAX_AGE,
      secureCookies: e.BACKLINE_SECURE_COOKIES,
    },
    trustProxy: e.BACKLINE_TRUST_PROXY,
    metricsToken: e.BACKLINE_METRICS_TOKEN,
    audit: {
      signingKey: e.BACKLINE_AUDIT_SIGNING_KEY ?? null,
      previousKeys: e.BACKLINE_AUDIT_PREVIOUS_KEYS,
      checkpointEvery: e.BACKLINE_AUDIT_CHECKPOINT_EVERY,
      checkpointIntervalMs: e.BACKLINE_AUDIT_CHECKPOINT_INTERVAL,
      witness:
        e.BACKLINE_AUDIT_WITNESS?.kind === 'file'
          ? { kind: 'file', path: path.resolve(cwd, e.BACKLINE_AUDIT_WITNESS.path) }
          : (e.BACKLINE_AUDIT_WITNESS ?? null),
    },
    allowedOrigins: e.BACKLINE_ALLOWED_ORIGINS,
    login: { maxAttempts: e.BACKLINE_LOGIN_MAX_ATTEMPTS, windowMs: e.BACKLINE_LOGIN_WINDOW },
    graphql: {
      maxDepth: e.BACKLINE_GRAPHQL_MAX_DEPTH,
      maxCost: e.BACKLINE_GRAPHQL_MAX_COST,
      maxAliases: e.BACKLINE_GRAPHQL_MAX_ALIASES,
      introspection: e.NODE_ENV !== 'production',
    },
    consoleDir: path.resolve(cwd, e.BACKLINE_CONSOLE_DIR),
    kubeconfig: e.KUBECONFIG,
    inCluster: Boolean(e.KUBERNETES_SERVICE_HOST),
    namespaces: e.BACKLINE_NAMESPACES,
    simulator: e.BACKLINE_SIMULATOR,
    shutdownTimeoutMs: e.BACKLINE_SHUTDOWN_TIMEOUT,
    health: {
      intervalMs: e.BACKLINE_HEALTH_INTERVAL,
      syntheticTimeoutMs: e.BACKLINE_SYNTHETIC_TIMEOUT,
    },
    costs: { sampleIntervalMs: e.BACKLINE_COST_SAMPLE_INTERVAL },
    capacity: { pods: e.BACKLINE_CAPACITY_PODS },
    prometheus: e.BACKLINE_PROMETHEUS_URL
      ? { url: e.BACKLINE_PROMETHEUS_URL, windowMs: e.BACKLINE_PROMETHEUS_WINDOW }
      : null,
    leaderElection: {
      enabled: e.BACKLINE_LEADER_ELECTION === 'on',
      namespace: e.BACKLINE_LEASE_NAMESPACE ?? e.POD_NAMESPACE ?? 'default',
    },
    alertmanagerToken: e.BACKLINE_ALERTMANAGER_TOKEN,
    smtp: e.BACKLINE_SMTP_URL ? { url: e.BACKLINE_SMTP_URL, from: e.BACKLINE_SMTP_FROM } : null,
    tickets: {
      token: e.BACKLINE_TICKETS_TOKEN,
      autoCloseAfterMs: e.BACKLINE_TICKETS_AUTO_CLOSE,
      atRiskFraction: e.BACKLINE_TICKETS_AT_RISK,
      sweepIntervalMs: e.BACKLINE_TICKETS_SWEEP_INTERVAL,
    },
    oidc,
    passwordLogin: e.BACKLINE_PASSWORD_LOGIN,
  };
}
