import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { alertmanagerConfig, modelServerRelabelling } from '../../support/observability.ts';
import { REPO } from './support/render.ts';
import { run } from './support/run.ts';

/**
 * The Prometheus and Alertmanager configuration docs/install.md shows is valid for the real
 * promtool and amtool, and is the configuration the observability suite runs.
 */

type Config = Record<string, unknown>;

let dir = '';
let blocks: Config[] = [];

beforeAll(async () => {
  const text = await readFile(path.join(REPO, 'docs/install.md'), 'utf8');
  const section = text.slice(
    text.indexOf('### Connecting Backline to an existing Prometheus and Alertmanager'),
    text.indexOf('## Replicas and leader election'),
  );
  blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
    (m) => parse(m[1] as string) as Config,
  );
  dir = await mkdtemp(path.join(os.tmpdir(), 'backline-docs-config-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The YAML with every credentials file pointed at one that exists. */
async function withCredentials(config: Config): Promise<string> {
  const secret = path.join(dir, 'token');
  await writeFile(secret, 'a-token-for-the-check');
  return stringify(config).replace(/credentials_file: \S+/g, `credentials_file: ${secret}`);
}

describe('the monitoring configuration in docs/install.md', () => {
  it('is a Prometheus configuration promtool accepts', async () => {
    const scrapeConfigs = blocks.flatMap((b) =>
      Array.isArray(b.scrape_configs) ? (b.scrape_configs as Config[]) : [],
    );
    expect(scrapeConfigs.map((c) => c.job_name)).toEqual(['backline', 'model-servers']);
    await writeFile(
      path.join(dir, 'prometheus.yml'),
      await withCredentials({ scrape_configs: scrapeConfigs }),
    );
    const result = await run('promtool', ['check', 'config', 'prometheus.yml'], { cwd: dir });
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  it('relabels the model servers as the observability suite does', () => {
    const job = blocks
      .flatMap((b) => (Array.isArray(b.scrape_configs) ? (b.scrape_configs as Config[]) : []))
      .find((c) => c.job_name === 'model-servers');
    expect(job?.relabel_configs).toEqual(modelServerRelabelling('kubernetes.example.com:6443'));
    expect(job?.http_sd_configs).toEqual([
      expect.objectContaining({ authorization: expect.objectContaining({ type: 'Bearer' }) }),
    ]);
  });

  it('is an Alertmanager configuration amtool accepts, routing as the suite does', async () => {
    const am = blocks.find((b) => b.route !== undefined);
    if (!am) throw new Error('docs/install.md shows no Alertmanager configuration');
    const suite = alertmanagerConfig('https://backline.example.com');
    expect((am.route as Config).group_by).toEqual((suite.route as Config).group_by);
    const hook = (am.receivers as { webhook_configs: Config[] }[])[0]?.webhook_configs[0];
    const suiteHook = (suite.receivers as { webhook_configs: Config[] }[])[0]?.webhook_configs[0];
    expect(hook?.url).toBe(suiteHook?.url);
    expect(hook?.send_resolved).toBe(true);
    await writeFile(path.join(dir, 'alertmanager.yml'), await withCredentials(am));
    const result = await run('amtool', ['check-config', 'alertmanager.yml'], { cwd: dir });
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });
});
