import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every table has one writing domain: only the code in its folder inserts, updates or deletes
 * its rows, and other domains go through that domain's service (`incidents.appendTimeline`,
 * `DesiredState.applyPlan`), never through its repository.
 */
const OWNERS: Record<string, string> = {
  api_tokens: 'auth',
  audit_checkpoints: 'audit',
  audit_log: 'audit',
  cost_api_prices: 'costs',
  cost_gpu_prices: 'costs',
  cost_usage_samples: 'costs',
  deployment_maintenance: 'statuspage',
  deployment_revisions: 'deployments',
  deployment_timeline: 'deployments',
  escalation_policies: 'oncall',
  event_payloads: 'events',
  golden_prompts: 'behaviour',
  health_reports: 'health',
  health_samples: 'health',
  health_transitions: 'health',
  incident_escalations: 'oncall',
  incident_public_updates: 'statuspage',
  incident_signals: 'incidents',
  incident_timeline: 'incidents',
  incidents: 'incidents',
  login_throttle: 'auth',
  model_deployments: 'deployments',
  models: 'catalog',
  notification_channels: 'notifications',
  notification_outbox: 'notifications',
  oncall_overrides: 'oncall',
  oncall_schedules: 'oncall',
  postmortem_action_items: 'postmortems',
  postmortems: 'postmortems',
  releases: 'catalog',
  rollout_analysis: 'rollouts',
  rollout_events: 'rollouts',
  rollouts: 'rollouts',
  schema_migrations: 'store',
  sessions: 'auth',
  status_components: 'statuspage',
  ticket_messages: 'tickets',
  ticket_sla_breaches: 'tickets',
  ticket_sla_pauses: 'tickets',
  tickets: 'tickets',
  user_identities: 'auth',
  users: 'auth',
};

/** Tables only the migrations write (seeded rows the product reads). */
const SEEDED = ['ticket_calendars', 'ticket_sla_policies'];

const SRC = new URL('..', import.meta.url).pathname;
const MIGRATIONS = join(SRC, 'store', 'migrations');
/** Not product code: the simulated cluster and generated code. */
const SKIPPED = [join(SRC, 'simulator'), join(SRC, 'graphql', 'generated')];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.includes(path) ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The folder under server/src a file belongs to ('.' for the composition root). */
function domainOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? (parts[0] as string) : '.';
}

const WRITE = /\b(?:INSERT INTO|UPDATE|DELETE FROM)\s+([a-z_][a-z0-9_]*)/g;

function writers(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const path of sources(SRC)) {
    for (const match of readFileSync(path, 'utf8').matchAll(WRITE)) {
      const table = match[1] as string;
      const domains = found.get(table) ?? new Set<string>();
      domains.add(domainOf(path));
      found.set(table, domains);
    }
  }
  return found;
}

function migratedTables(): string[] {
  return readdirSync(MIGRATIONS)
    .filter((name) => name.endsWith('.sql'))
    .flatMap((name) =>
      [
        ...readFileSync(join(MIGRATIONS, name), 'utf8').matchAll(
          /CREATE TABLE (?:IF NOT EXISTS )?([a-z_][a-z0-9_]*)/g,
        ),
      ].map((m) => m[1] as string),
    );
}

describe('table owners', () => {
  it('names an owner for every table the migrations create', () => {
    const tables = [...new Set([...migratedTables(), 'schema_migrations'])].sort();
    expect(tables).toEqual([...Object.keys(OWNERS), ...SEEDED].sort());
  });

  it('has every table written by its owner folder and no other', () => {
    const found = Object.fromEntries(
      [...writers()].map(([table, domains]) => [table, [...domains].sort()]),
    );
    const expected = Object.fromEntries(
      Object.entries(OWNERS).map(([table, owner]) => [table, [owner]]),
    );
    expect(found).toEqual(expected);
  });

  it('lets no domain reach into another domain’s repository', () => {
    const reaching: string[] = [];
    for (const path of sources(SRC)) {
      const domain = domainOf(path);
      for (const match of readFileSync(path, 'utf8').matchAll(
        /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'\.\.\/([a-z-]+)\//g,
      )) {
        const [, names, from] = match as unknown as [string, string, string];
        if (from === domain) continue;
        for (const name of names.match(/\b\w+Repository\b/g) ?? [])
          reaching.push(`${relative(SRC, path)} imports ${name} from ${from}`);
      }
    }
    expect(reaching).toEqual([]);
  });
});
