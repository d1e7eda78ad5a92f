import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql, login } from '../support/graphql.ts';
import { type BacklineProcess, startBacklineProcess } from '../support/process.ts';
import { createTestRelease, deployReady } from '../support/releases.ts';
import { waitFor } from '../support/wait.ts';

const PASSWORD = 'restart-test-password';

interface Seen {
  phase: string;
  health: { state: string; transitions: { from: string; to: string }[] };
  status: { pods: { name: string; ready: boolean; restarts: number }[] };
}

async function seen(url: string, cookie: string): Promise<Seen | null> {
  const result = await graphql<{ deployment: Seen | null }>(
    url,
    `{ deployment(namespace: "ml-prod", name: "support-bot") { phase
       health { state transitions(last: 100) { from to } } status { pods { name ready restarts } } } }`,
    {},
    { cookie },
  );
  return result.data?.deployment ?? null;
}

async function openIncidents(url: string, cookie: string): Promise<string[]> {
  const result = await graphql<{ incidents: { title: string }[] }>(
    url,
    `{ incidents(namespace: "ml-prod", name: "support-bot", status: [TRIGGERED, ACKNOWLEDGED, MITIGATED]) { title } }`,
    {},
    { cookie },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.incidents.map((i) => i.title);
}

describe('Backline restarted on its embedded cluster', () => {
  const processes: BacklineProcess[] = [];
  const dirs: string[] = [];
  afterAll(async () => {
    for (const p of processes) await p.kill();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`finds its model server READY again after ${signal}, restarted as after a node reboot, with no incident`, async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'backline-restart-'));
      dirs.push(dataDir);
      const start = async () => {
        const p = await startBacklineProcess({
          BACKLINE_DATA_DIR: dataDir,
          BACKLINE_SIMULATOR: 'on',
          BACKLINE_ADMIN_PASSWORD: PASSWORD,
          BACKLINE_HEALTH_INTERVAL: '1s',
        });
        processes.push(p);
        return p;
      };

      const first = await start();
      let cookie = await login(first.url, 'admin@backline.local', PASSWORD);
      const { releaseId } = await createTestRelease(first.url, cookie);
      await deployReady(first.url, cookie, releaseId, 'support-bot');
      const before = await waitFor('support-bot to be HEALTHY', async () => {
        const s = await seen(first.url, cookie);
        return s?.health.state === 'HEALTHY' ? s : undefined;
      });
      const pod = before.status.pods[0];
      expect(before.status.pods).toHaveLength(1);
      // The cluster's objects are kept beside the store, readable by the owner only.
      expect((await stat(path.join(dataDir, 'simulator'))).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(dataDir, 'simulator', 'objects.json'))).mode & 0o777).toBe(
        0o600,
      );

      if (signal === 'SIGTERM') {
        first.child.kill('SIGTERM');
        expect(await first.exit).toBe(0);
      } else {
        await first.kill();
      }

      const restartedAt = Date.now();
      const second = await start();
      cookie = await login(second.url, 'admin@backline.local', PASSWORD);
      const after = await waitFor(
        'support-bot to be READY and HEALTHY again',
        async () => {
          const s = await seen(second.url, cookie);
          return s?.phase === 'READY' && s.health.state === 'HEALTHY' ? s : undefined;
        },
        90_000,
      );
      console.warn(
        `restart (${signal}): READY and HEALTHY ${Date.now() - restartedAt} ms after start`,
      );
      // The same pod, not a new one in a new cluster: its node rebooted, so it restarted once.
      expect(after.status.pods.map((p) => p.name)).toEqual([pod?.name]);
      expect(after.status.pods[0]?.restarts).toBe((pod?.restarts ?? 0) + 1);
      // Loading again is not an outage: no DOWN or DEGRADED, and no incident.
      expect(after.health.transitions.map((t) => t.to)).not.toContain('DOWN');
      expect(after.health.transitions.map((t) => t.to)).not.toContain('DEGRADED');
      expect(await openIncidents(second.url, cookie)).toEqual([]);

      second.child.kill('SIGTERM');
      expect(await second.exit).toBe(0);
    }, 240_000);
  }
});
