import { parse } from 'yaml';
import type { SimClock, SimTimer } from '../clock.ts';
import type { FaultSpec } from './faults.ts';
import { FaultError, parseFaultSpec } from './faults.ts';

/**
 * A game day script:
 *
 * ```yaml
 * steps:
 *   - at: 30s
 *     name: chat-crash
 *     inject: { type: crash-loop, namespace: ml-prod, deployment: chat }
 *   - at: 5m
 *     clear: chat-crash
 * ```
 */
export interface ScenarioStep {
  atMs: number;
  name?: string;
  inject?: FaultSpec;
  clear?: string;
}

export function parseDuration(value: unknown): number {
  if (typeof value === 'number') return value * 1000;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(String(value).trim());
  if (!m?.[1]) throw new FaultError(`invalid duration: ${String(value)}`);
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  return unit === 'ms' ? n : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n * 3_600_000;
}

export function parseScenario(text: string): ScenarioStep[] {
  const doc: unknown = parse(text);
  const steps =
    typeof doc === 'object' && doc !== null && 'steps' in doc
      ? (doc as { steps: unknown }).steps
      : doc;
  if (!Array.isArray(steps)) throw new FaultError('a scenario needs a list of steps');
  return steps.map((raw, i) => {
    if (typeof raw !== 'object' || raw === null)
      throw new FaultError(`step ${i + 1}: not an object`);
    const step = raw as Record<string, unknown>;
    const out: ScenarioStep = { atMs: parseDuration(step.at ?? 0) };
    if (typeof step.name === 'string') out.name = step.name;
    if (step.inject !== undefined) out.inject = parseFaultSpec(step.inject);
    if (typeof step.clear === 'string') out.clear = step.clear;
    if (!out.inject && !out.clear) throw new FaultError(`step ${i + 1}: needs inject or clear`);
    return out;
  });
}

/** Runs a scenario on the sim clock; returns a function that cancels the remaining steps. */
export interface FaultControl {
  add(spec: FaultSpec): { id: string; type: string };
  remove(id: string): unknown;
}

export function runScenario(
  steps: ScenarioStep[],
  faults: FaultControl,
  clock: SimClock,
  log: (line: string) => void,
): () => void {
  const ids = new Map<string, string>();
  const timers: SimTimer[] = steps.map((step, i) =>
    clock.setTimeout(() => {
      if (step.inject) {
        const fault = faults.add(step.inject);
        ids.set(step.name ?? `step-${i + 1}`, fault.id);
        log(`scenario: injected ${fault.type} (${fault.id})`);
      }
      if (step.clear) {
        const id = ids.get(step.clear) ?? step.clear;
        if (faults.remove(id)) log(`scenario: cleared ${step.clear} (${id})`);
      }
    }, step.atMs),
  );
  return () => {
    for (const t of timers) clock.clearTimeout(t);
  };
}
