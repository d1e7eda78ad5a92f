import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../support/graphql.ts';
import { startBacklineProcess as start } from '../support/process.ts';

const MAIN = path.resolve(import.meta.dirname, '../../server/src/main.ts');

describe('the server process', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'backline-process-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('refuses to start on a bad setting, naming the variable and the problem', async () => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', PORT: 'eighty', BACKLINE_SESSION_IDLE_TIMEOUT: 'soon' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(78);
    expect(stderr).toMatch(/PORT: must be a number \(got "eighty"\)/);
    expect(stderr).toMatch(
      /BACKLINE_SESSION_IDLE_TIMEOUT: must be a duration such as 30s, 15m, 12h or 7d/,
    );
  });

  it('prints a generated admin password once, keeps data across restarts, and stops cleanly on SIGTERM', async () => {
    const first = await start({ BACKLINE_DATA_DIR: dataDir });
    const password = /password\n\n {4}(\S+)\n/.exec(first.output())?.[1];
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(await login(first.url, 'admin@backline.local', password as string)).toMatch(
      /^backline_session=/,
    );
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(first.output()).toMatch(/"msg":"stopped"/);
    expect(first.output()).not.toContain('backline_session=');

    const second = await start({ BACKLINE_DATA_DIR: dataDir });
    expect(second.output()).not.toMatch(/shown only this once/);
    expect(await login(second.url, 'admin@backline.local', password as string)).toMatch(
      /^backline_session=/,
    );
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
  });
});
