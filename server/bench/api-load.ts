/**
 * One autocannon load, run by api.bench.ts in a process of its own so the load generator does not
 * share an event loop with the server it loads. Reads its options as JSON from argv, prints the
 * figures as JSON on stdout: requests per second, p50/p95/p99 latency (from every response's own
 * time, since autocannon's summary has no p95), and the count of responses that were not 200.
 */
import autocannon from 'autocannon';
import { percentile } from './support.ts';

interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
  body: string;
}

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
const latencies: number[] = [];
let failed = 0;
const instance = autocannon({
  url: options.url,
  method: 'POST',
  connections: options.connections,
  duration: options.durationSeconds,
  headers: options.headers,
  body: options.body,
});
instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
  latencies.push(ms);
  if (status !== 200) failed++;
});
const result = await instance;
process.stdout.write(
  `${JSON.stringify({
    requestsPerSecond: result.requests.total / options.durationSeconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    failed: failed + result.errors + result.timeouts,
  })}\n`,
);
