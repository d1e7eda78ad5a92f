import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRouter } from './console.ts';

describe('serving the built console', () => {
  let dir: string;
  let server: Server;
  let url: string;
  const script = `window.padding = ${JSON.stringify('x'.repeat(50_000))};\n`;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'backline-console-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(
      path.join(dir, 'index.html'),
      '<!doctype html><script src="/assets/index-abc123.js"></script>',
    );
    await writeFile(path.join(dir, 'assets', 'index-abc123.js'), script);
    const app = express();
    app.use(consoleRouter(dir));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('lets the browser keep a hashed script for a year, and sends it compressed to one that takes gzip', async () => {
    // As sent: fetch would undo the compression.
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      get(`${url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } }, resolve).on(
        'error',
        reject,
      ),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('gzip');
    const body = Buffer.concat(await response.toArray());
    expect(body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it('has the browser ask again for index.html, on any console route', async () => {
    for (const route of ['/', '/deployments/ml-prod/qwen']) {
      const response = await fetch(`${url}${route}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('/assets/index-abc123.js');
    }
  });

  it('answers a missing asset with 404, not the console page', async () => {
    const response = await fetch(`${url}/assets/index-gone.js`);
    expect(response.status).toBe(404);
  });
});
