import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseScenario, runScenario } from './faults/scenario.ts';
import { startSimulator } from './simulator.ts';

const DEFAULT_KUBECONFIG = './.sim/kubeconfig';

const USAGE = `Usage:
  npm run sim [-- --port N] [--acceleration X] [--fleet demo|empty] [--nodes N] [--rps N]
              [--kubeconfig PATH] [--scenario FILE] [--data-dir DIR]
              [--extended-resource-toleration]
  npm run sim -- fault add --type TYPE [--namespace NS] [--deployment NAME] [--pod NAME]
              [--image IMAGE] [--node NAME] [--param key=value ...] [--server URL]
  npm run sim -- fault list [--server URL]
  npm run sim -- fault clear ID [--server URL]
`;

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

// Whoever read the output (a pipe to a script that has ended) may be gone by the time the
// simulator says it is stopping; that must not turn a clean stop into a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

async function serverUrl(
  explicit: string | undefined,
  kubeconfig: string | undefined,
): Promise<string> {
  if (explicit) return explicit.replace(/\/$/, '');
  const path = resolve(kubeconfig ?? DEFAULT_KUBECONFIG);
  const doc = parseYaml(await readFile(path, 'utf8')) as {
    clusters?: { cluster?: { server?: string } }[];
  };
  const server = doc.clusters?.[0]?.cluster?.server;
  if (!server) throw new Error(`no server in ${path}; pass --server URL`);
  return server;
}

function paramValue(raw: string): unknown {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  const n = Number(raw);
  return raw !== '' && Number.isFinite(n) ? n : raw;
}

async function faultCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      server: { type: 'string' },
      kubeconfig: { type: 'string' },
      type: { type: 'string' },
      namespace: { type: 'string' },
      deployment: { type: 'string' },
      pod: { type: 'string' },
      image: { type: 'string' },
      node: { type: 'string' },
      param: { type: 'string', multiple: true },
      token: { type: 'string' },
    },
  });
  const [verb, id] = positionals;
  const base = `${await serverUrl(values.server, values.kubeconfig)}/sim/v1/faults`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (values.token) headers.authorization = `Bearer ${values.token}`;
  let response: Response;
  if (verb === 'add') {
    const params: Record<string, unknown> = {};
    for (const p of values.param ?? []) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq)] = paramValue(p.slice(eq + 1));
    }
    const body: Record<string, unknown> = { type: values.type };
    for (const key of ['namespace', 'deployment', 'pod', 'image', 'node'] as const) {
      if (values[key]) body[key] = values[key];
    }
    if (Object.keys(params).length > 0) body.params = params;
    response = await fetch(base, { method: 'POST', headers, body: JSON.stringify(body) });
  } else if (verb === 'list') {
    response = await fetch(base, { headers });
  } else if (verb === 'clear' && id) {
    response = await fetch(`${base}/${encodeURIComponent(id)}`, { method: 'DELETE', headers });
  } else {
    process.stderr.write(USAGE);
    return 2;
  }
  const text = await response.text();
  (response.ok ? process.stdout : process.stderr).write(`${text}\n`);
  return response.ok ? 0 : 1;
}

async function serve(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      acceleration: { type: 'string' },
      fleet: { type: 'string' },
      nodes: { type: 'string' },
      rps: { type: 'string' },
      'extended-resource-toleration': { type: 'boolean' },
      kubeconfig: { type: 'string' },
      scenario: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const fleet = values.fleet ?? 'demo';
  if (fleet !== 'demo' && fleet !== 'empty') throw new Error('--fleet must be demo or empty');
  const sim = await startSimulator({
    fleet,
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.host ? { host: values.host } : {}),
    ...(values.acceleration ? { acceleration: Number(values.acceleration) } : {}),
    ...(values.nodes ? { nodes: Number(values.nodes) } : {}),
    ...(values.rps ? { trafficRps: Number(values.rps) } : {}),
    ...(values['data-dir'] ? { dataDir: resolve(values['data-dir']) } : {}),
    ...(values['extended-resource-toleration'] ? { extendedResourceToleration: true } : {}),
  });
  const kubeconfig = resolve(values.kubeconfig ?? DEFAULT_KUBECONFIG);
  await sim.writeKubeconfig(kubeconfig);
  out(`Simulated cluster API: ${sim.url}`);
  out(`Kubeconfig: ${kubeconfig}`);
  if (values['data-dir']) out(`State: ${resolve(values['data-dir'])}`);
  out(`Try: kubectl --kubeconfig ${kubeconfig} get pods -A`);
  let cancelScenario: () => void = () => undefined;
  if (values.scenario) {
    const steps = parseScenario(await readFile(values.scenario, 'utf8'));
    cancelScenario = runScenario(
      steps,
      {
        add: (spec) => sim.injectFault(spec),
        remove: (id) => {
          try {
            sim.clearFault(id);
            return true;
          } catch {
            return false;
          }
        },
      },
      sim.clock,
      out,
    );
    out(`Scenario: ${steps.length} steps from ${values.scenario}`);
  }
  const shutdown = (signal: string): void => {
    out(`${signal}: stopping`);
    cancelScenario();
    void sim.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'fault') {
    process.exitCode = await faultCommand(argv.slice(1));
    return;
  }
  await serve(argv);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
