import type { AnalysisVerdict, RolloutMode, RolloutState } from '../../generated/graphql';
import { sentenceCase, stateStyles } from '../../ui/stateStyle';

export const ROLLOUT_STATE_STYLE = stateStyles<RolloutState>({
  PENDING: 'gray',
  PROGRESSING: 'blue',
  PAUSED: 'yellow',
  PROMOTING: 'teal',
  SUCCEEDED: 'green',
  ABORTING: 'orange',
  ROLLING_BACK: 'orange',
  ROLLED_BACK: 'red',
  FAILED: 'red',
});

export const VERDICT_STYLE = stateStyles<AnalysisVerdict>({
  PASS: 'green',
  FAIL: 'red',
  INCONCLUSIVE: 'gray',
});

export type RolloutAction = 'pause' | 'resume' | 'promote' | 'abort';

const ACTIONS: Record<RolloutState, readonly RolloutAction[]> = {
  PENDING: ['abort'],
  PROGRESSING: ['pause', 'promote', 'abort'],
  PAUSED: ['resume', 'promote', 'abort'],
  PROMOTING: [],
  SUCCEEDED: [],
  ABORTING: [],
  ROLLING_BACK: [],
  ROLLED_BACK: [],
  FAILED: [],
};

/** What a person may do to a rollout in this state. */
export function actionsFor(state: RolloutState): readonly RolloutAction[] {
  return ACTIONS[state];
}

/** States in which the reason says why the new release did not stay. */
export function isUndone(state: RolloutState): boolean {
  return (
    state === 'ABORTING' ||
    state === 'ROLLING_BACK' ||
    state === 'ROLLED_BACK' ||
    state === 'FAILED'
  );
}

const CHECK_LABELS: Record<string, string> = {
  HEALTH: 'Health',
  ERROR_RATIO: 'Error ratio',
  TTFT_P95: 'Time to first token p95',
  E2E_P95: 'End-to-end latency p95',
  BEHAVIOUR: 'Behaviour (golden prompts)',
};

/** "ERROR_RATIO" → "Error ratio"; checks the console does not know read as sentence case. */
export function checkLabel(check: string): string {
  return CHECK_LABELS[check] ?? sentenceCase(check);
}

/** A check's number in its unit: ratios as percentages, latencies in ms. */
export function formatCheckValue(check: string, value: number | null): string {
  if (value === null) return '—';
  if (value === 0) return check.includes('RATIO') ? '0 %' : '0';
  if (check.includes('RATIO')) return `${(value * 100).toFixed(value < 0.001 ? 3 : 2)} %`;
  if (check.includes('TTFT') || check.includes('P95') || check.endsWith('_MS')) {
    return `${Math.round(value).toLocaleString()} ms`;
  }
  return Number.isInteger(value) ? value.toLocaleString() : value.toFixed(3);
}

/** "90 s", "5 min", "1 h 30 min". */
export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

interface Versioned {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** The later of two copies of one rollout, or the later-created of two rollouts. */
export function newer<T extends Versioned>(a: T, b: T): T {
  if (a.id !== b.id) return a.createdAt >= b.createdAt ? a : b;
  return a.updatedAt >= b.updatedAt ? a : b;
}

/** Loaded rollouts with the live copies applied, newest first. */
export function mergeRollouts<T extends Versioned>(
  loaded: readonly T[],
  live: Readonly<Record<string, T>>,
): T[] {
  const byId = new Map<string, T>();
  for (const rollout of [...loaded, ...Object.values(live)]) {
    const known = byId.get(rollout.id);
    byId.set(rollout.id, known ? newer(known, rollout) : rollout);
  }
  return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Collects subscription events by rollout id, for `useSubscription`; a late, older copy loses. */
export function recordRollout<T extends Versioned>(
  seen: Record<string, T> | undefined,
  rollout: T | null | undefined,
): Record<string, T> {
  if (!rollout) return seen ?? {};
  const known = seen?.[rollout.id];
  return { ...seen, [rollout.id]: known ? newer(known, rollout) : rollout };
}

/** "Step 2 of 3 · 50 %", or "Step 1 of 4 · shadow 20 %" for a shadow step. */
export function stepSummary(rollout: {
  currentStep: number;
  steps: readonly { weightPercent: number; mirrorPercent?: number | null }[];
}): string {
  const step = rollout.steps[rollout.currentStep];
  if (!step) return `${rollout.steps.length} steps`;
  const share = step.mirrorPercent ? `shadow ${step.mirrorPercent} %` : `${step.weightPercent} %`;
  return `Step ${rollout.currentStep + 1} of ${rollout.steps.length} · ${share}`;
}

interface ShareStep {
  weightPercent: number;
  mirrorPercent?: number | null;
}

/** A share as people read it: whole numbers plain, others to one decimal ("4.8 %"). */
export function formatPercent(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} %`;
}

/**
 * What a step gives the new release: "5 % of requests" (route weight), "Shadow: copy of 20 %"
 * (requests copied, answers discarded) or "34 % of replicas".
 */
export function stepShare(step: ShareStep, mode: RolloutMode): string {
  if (step.mirrorPercent) return `Shadow: copy of ${step.mirrorPercent} %`;
  return mode === 'TRAFFIC'
    ? `${step.weightPercent} % of requests`
    : `${step.weightPercent} % of replicas`;
}

/** "1 canary beside 2 stable". */
export function replicasText(step: { canaryReplicas: number; stableReplicas: number }): string {
  return `${step.canaryReplicas} canary beside ${step.stableReplicas} stable`;
}

/** How the rollout moves requests: "By traffic through Gateway ml-gw/public" or "By replicas". */
export function modeText(
  mode: RolloutMode,
  gateway: { namespace: string; name: string } | null | undefined,
): string {
  if (mode === 'REPLICAS') return 'By replicas';
  return gateway
    ? `By traffic through Gateway ${gateway.namespace}/${gateway.name}`
    : 'By traffic through a Gateway';
}
