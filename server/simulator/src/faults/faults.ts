import { z } from 'zod';

/** Faults that can be injected into the simulated cluster, as POST /sim/v1/faults accepts them. */

export const FAULT_TYPES = [
  'crash-loop',
  'oom-while-loading',
  'image-pull-failure',
  'slow-start',
  'gpu-node-lost',
  'hung-engine',
  'error-rate',
  'latency',
  'kv-cache-exhaustion',
  'gated-model',
  'behaviour-drift',
  'past-termination',
] as const;

export type FaultType = (typeof FAULT_TYPES)[number];

export interface FaultSpec {
  type: FaultType;
  namespace?: string;
  deployment?: string;
  pod?: string;
  image?: string;
  node?: string;
  params?: Record<string, unknown>;
}

export interface Fault extends FaultSpec {
  id: string;
  createdAt: string;
}

export class FaultError extends Error {}

const specSchema = z
  .object({
    type: z.enum(FAULT_TYPES),
    namespace: z.string().min(1).optional(),
    deployment: z.string().min(1).optional(),
    pod: z.string().min(1).optional(),
    image: z.string().min(1).optional(),
    node: z.string().min(1).optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** Validates a fault body; throws FaultError with a readable reason. */
export function parseFaultSpec(body: unknown): FaultSpec {
  const result = specSchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new FaultError(`invalid fault: ${where}${issue?.message ?? 'bad request'}`);
  }
  const spec: FaultSpec = { type: result.data.type };
  for (const key of ['namespace', 'deployment', 'pod', 'image', 'node'] as const) {
    const value = result.data[key];
    if (value !== undefined) spec[key] = value;
  }
  if (result.data.params) spec.params = result.data.params;
  if (!spec.namespace && !spec.deployment && !spec.pod && !spec.image && !spec.node) {
    throw new FaultError(
      'invalid fault: name a target with at least one of namespace, deployment, pod, image or node',
    );
  }
  if (spec.type === 'gpu-node-lost' && !spec.node && !spec.deployment && !spec.pod) {
    throw new FaultError('invalid fault: gpu-node-lost needs node, deployment or pod');
  }
  if (spec.type === 'error-rate') {
    const percent = spec.params?.percent;
    if (typeof percent !== 'number' || percent < 0 || percent > 100) {
      throw new FaultError('invalid fault: error-rate needs params.percent between 0 and 100');
    }
  }
  if (spec.type === 'past-termination') {
    const { reason, exitCode, agoSeconds } = spec.params ?? {};
    if (reason !== undefined && reason !== 'OOMKilled' && reason !== 'Error')
      throw new FaultError(
        'invalid fault: past-termination needs params.reason OOMKilled or Error',
      );
    if (exitCode !== undefined && (typeof exitCode !== 'number' || !Number.isInteger(exitCode)))
      throw new FaultError(
        'invalid fault: past-termination needs params.exitCode to be an integer',
      );
    if (agoSeconds !== undefined && (typeof agoSeconds !== 'number' || agoSeconds < 0))
      throw new FaultError('invalid fault: past-termination needs params.agoSeconds of at least 0');
  }
  if (spec.type === 'latency' || spec.type === 'slow-start') {
    const factor = spec.params?.factor;
    if (factor !== undefined && (typeof factor !== 'number' || factor <= 0)) {
      throw new FaultError(`invalid fault: ${spec.type} needs params.factor greater than 0`);
    }
    if (spec.type === 'latency' && factor === undefined)
      throw new FaultError('invalid fault: latency needs params.factor');
  }
  return spec;
}

/** What a fault is matched against: one container of one pod. */
export interface FaultTarget {
  namespace: string;
  pod: string;
  deployment?: string;
  node?: string;
  images: string[];
}

function imageMatches(wanted: string, image: string): boolean {
  if (wanted === image) return true;
  const strip = (s: string): string => s.replace(/^docker\.io\/(library\/)?/, '');
  if (strip(wanted) === strip(image)) return true;
  // A fault on a repository without tag matches every tag of it.
  return (
    !/[:@]/.test(wanted.split('/').pop() ?? '') && strip(image).startsWith(`${strip(wanted)}:`)
  );
}

export function faultMatches(fault: FaultSpec, target: FaultTarget): boolean {
  if (fault.namespace && fault.namespace !== target.namespace) return false;
  if (fault.deployment && fault.deployment !== target.deployment) return false;
  if (fault.pod && fault.pod !== target.pod) return false;
  if (fault.node && fault.node !== target.node) return false;
  if (fault.image && !target.images.some((i) => imageMatches(fault.image ?? '', i))) return false;
  return true;
}

export type FaultListener = (fault: Fault, change: 'added' | 'cleared') => void;

export class FaultRegistry {
  private readonly faults = new Map<string, Fault>();
  private readonly listeners = new Set<FaultListener>();
  private counter = 0;
  private readonly now: () => string;

  constructor(now: () => string) {
    this.now = now;
  }

  add(spec: FaultSpec): Fault {
    const fault: Fault = {
      id: `f-${(++this.counter).toString().padStart(4, '0')}`,
      ...spec,
      createdAt: this.now(),
    };
    this.faults.set(fault.id, fault);
    for (const l of this.listeners) l(fault, 'added');
    return fault;
  }

  remove(id: string): Fault | undefined {
    const fault = this.faults.get(id);
    if (!fault) return undefined;
    this.faults.delete(id);
    for (const l of this.listeners) l(fault, 'cleared');
    return fault;
  }

  list(): Fault[] {
    return [...this.faults.values()];
  }

  get(id: string): Fault | undefined {
    return this.faults.get(id);
  }

  matching(target: FaultTarget, type: FaultType): Fault[] {
    const out: Fault[] = [];
    for (const f of this.faults.values())
      if (f.type === type && faultMatches(f, target)) out.push(f);
    return out;
  }

  onChange(listener: FaultListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
