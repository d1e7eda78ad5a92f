import { request as httpRequest } from 'node:http';
import { request as httpsRequest, type RequestOptions } from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';

export interface RawResponse {
  status: number;
  body: string;
}

/**
 * A request to the API server with the kubeconfig's credentials (token, client
 * certificate, CA), for the subresources the generated client cannot time out or
 * send bodies to: pods/proxy and pods/log.
 */
export async function rawRequest(
  kubeConfig: KubeConfig,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  options: { body?: string; contentType?: string; timeoutMs: number; maxBytes?: number },
): Promise<RawResponse> {
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) throw new Error('the kubeconfig has no current cluster');
  const url = new URL(path, cluster.server);
  const opts: RequestOptions = {
    method,
    hostname: url.hostname,
    port: url.port,
    path: `${url.pathname}${url.search}`,
    headers: {
      accept: '*/*',
      ...(options.body ? { 'content-type': options.contentType ?? 'application/json' } : {}),
    },
  };
  await kubeConfig.applyToHTTPSOptions(opts);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const limit = options.maxBytes ?? 4 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const req = send(opts, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          req.destroy(new Error(`response larger than ${limit} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.setTimeout(options.timeoutMs, () =>
      req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)),
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}
