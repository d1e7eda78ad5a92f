import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
  at: number;
}

/** A local HTTP receiver for webhook tests: records every POST, answers what it is told to. */
export class WebhookReceiver {
  readonly received: Received[] = [];
  /**
   * Status to answer per path (200 by default), or 'hold' to never answer (a receiver that hangs);
   * it sees how many requests to the path came before.
   */
  respond: (path: string, count: number) => number | 'hold' = () => 200;
  #server: Server;
  url = '';

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<WebhookReceiver> {
    let receiver: WebhookReceiver | null = null;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const r = receiver as WebhookReceiver;
        const body = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        const count = r.received.filter((x) => x.path === path).length;
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(body) as Record<string, unknown>;
        } catch {}
        r.received.push({ path, headers: req.headers, body, json, at: Date.now() });
        const status = r.respond(path, count);
        if (status === 'hold') return;
        res.statusCode = status;
        res.end(status < 300 ? 'ok' : 'nope');
      });
    });
    receiver = new WebhookReceiver(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return receiver;
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    this.#server.closeAllConnections();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
