import type { CombinedError } from 'urql';
import type { RolloutStepInput } from '../../generated/graphql';

/** A canary step as typed into the form. */
export interface CanaryStepDraft {
  /** Identifies the row while steps are added and removed. */
  key: string;
  weightPercent: string;
  /** A shadow step's share of requests copied to the new release; empty for a step that serves. */
  mirrorPercent: string;
  analysisSeconds: string;
}

let nextKey = 0;

export function newCanaryStep(
  weightPercent: number,
  analysisSeconds = DEFAULT_ANALYSIS_SECONDS,
  mirrorPercent: number | null = null,
): CanaryStepDraft {
  nextKey += 1;
  return {
    key: `step-${nextKey}`,
    weightPercent: String(mirrorPercent ? 0 : weightPercent),
    mirrorPercent: mirrorPercent ? String(mirrorPercent) : '',
    analysisSeconds: String(analysisSeconds),
  };
}

export const DEFAULT_MIRROR_PERCENT = 20;

/** A shadow step: no user gets the new release's answers; this share of requests is copied to it. */
export function newShadowStep(mirrorPercent = DEFAULT_MIRROR_PERCENT): CanaryStepDraft {
  return newCanaryStep(0, DEFAULT_ANALYSIS_SECONDS, mirrorPercent);
}

export function isShadowStep(step: CanaryStepDraft): boolean {
  return step.mirrorPercent.trim() !== '';
}

export interface CanaryStepFieldErrors {
  weightPercent?: string;
  mirrorPercent?: string;
  analysisSeconds?: string;
}

export interface CanaryStepErrors {
  steps: CanaryStepFieldErrors[];
  form?: string;
}

export const MAX_CANARY_STEPS = 10;
export const DEFAULT_ANALYSIS_SECONDS = 60;
const MAX_ANALYSIS_SECONDS = 86_400;

/** The canary replicas a share gives: at least one, at most all of them. */
export function canaryReplicas(weightPercent: number, replicas: number): number {
  return Math.min(replicas, Math.max(1, Math.ceil((replicas * weightPercent) / 100)));
}

/** The route weights a canary behind a Gateway takes by default, as the server's. */
const DEFAULT_TRAFFIC_WEIGHTS = [5, 50, 100];

/**
 * One replica, then half, then all, as shares of `replicas`; fewer steps when they coincide.
 * Behind a Gateway (`traffic`), 5 %, 50 % and 100 % of the requests, whatever the replicas.
 */
export function defaultCanarySteps(replicas: number, traffic = false): CanaryStepDraft[] {
  if (traffic) return DEFAULT_TRAFFIC_WEIGHTS.map((weight) => newCanaryStep(weight));
  const oneReplica = replicas > 0 ? Math.max(1, Math.floor(100 / replicas)) : 100;
  const weights: number[] = [];
  for (const weight of [oneReplica, 50, 100]) {
    const last = weights.at(-1);
    if (last === undefined || weight > last) weights.push(weight);
  }
  return weights.map((weight) => newCanaryStep(weight));
}

function wholeNumber(value: string): number | null {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return null;
  return Number(text);
}

/**
 * Each share a whole percentage above the one before; by replicas, one that puts at least one
 * more replica on the new release (a step that adds none would be skipped). Behind a Gateway
 * (`traffic`), shadow steps may come first, each copying 1–100 % of the requests. Analysis in
 * whole seconds.
 */
export function validateCanarySteps(
  steps: readonly CanaryStepDraft[],
  replicas: number,
  traffic = false,
): CanaryStepErrors {
  const errors: CanaryStepErrors = { steps: steps.map(() => ({})) };
  if (steps.length === 0) errors.form = 'Add at least one step';
  else if (steps.length > MAX_CANARY_STEPS) errors.form = `At most ${MAX_CANARY_STEPS} steps`;
  else if (replicas < 1) errors.form = 'A canary needs at least one replica';
  else if (steps.every(isShadowStep)) errors.form = 'Add a step that serves users after the shadow';
  let previous: { step: number; weight: number } | null = null;
  steps.forEach((step, index) => {
    const rowErrors: CanaryStepFieldErrors = errors.steps[index] ?? {};
    if (isShadowStep(step)) {
      const mirror = wholeNumber(step.mirrorPercent);
      if (!traffic) rowErrors.mirrorPercent = 'A shadow step needs a Gateway: set one or remove it';
      else if (mirror === null || mirror < 1 || mirror > 100) {
        rowErrors.mirrorPercent = 'Enter a whole percentage from 1 to 100';
      } else if (previous) {
        rowErrors.mirrorPercent = 'Shadow steps come first, before any step that serves users';
      }
    } else {
      const weight = wholeNumber(step.weightPercent);
      if (weight === null || weight < 1 || weight > 100) {
        rowErrors.weightPercent = 'Enter a whole percentage from 1 to 100';
      } else if (previous && weight <= previous.weight) {
        rowErrors.weightPercent = `Must be more than step ${previous.step}'s ${previous.weight} %`;
      } else if (
        !traffic &&
        previous &&
        replicas > 0 &&
        canaryReplicas(weight, replicas) <= canaryReplicas(previous.weight, replicas)
      ) {
        const same = canaryReplicas(weight, replicas);
        rowErrors.weightPercent = `Still ${same} of ${replicas} replicas, as step ${previous.step}: raise it or remove it`;
      }
      if (weight !== null && weight >= 1 && weight <= 100) previous = { step: index + 1, weight };
    }
    if (step.analysisSeconds.trim() !== '') {
      const seconds = wholeNumber(step.analysisSeconds);
      if (seconds === null || seconds < 1 || seconds > MAX_ANALYSIS_SECONDS) {
        rowErrors.analysisSeconds = `Enter whole seconds from 1 to ${MAX_ANALYSIS_SECONDS}`;
      }
    }
    errors.steps[index] = rowErrors;
  });
  return errors;
}

export function hasCanaryErrors(errors: CanaryStepErrors): boolean {
  return (
    Boolean(errors.form) ||
    errors.steps.some((e) => e.weightPercent || e.mirrorPercent || e.analysisSeconds)
  );
}

/** The steps as the API takes them; a blank analysis window uses the server's default. */
export function canaryStepsInput(steps: readonly CanaryStepDraft[]): RolloutStepInput[] {
  return steps.map((step) => {
    const analysisSeconds =
      step.analysisSeconds.trim() === '' ? null : Number(step.analysisSeconds);
    return isShadowStep(step)
      ? { weightPercent: 0, mirrorPercent: Number(step.mirrorPercent), analysisSeconds }
      : { weightPercent: Number(step.weightPercent), analysisSeconds };
  });
}

const STEP_FIELDS = new Set<string>(['weightPercent', 'mirrorPercent', 'analysisSeconds']);

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * The server's objections to the canary steps at their fields: `['input', 'canarySteps', 1,
 * 'weightPercent']` at step 2's weight, `['input', 'canarySteps']` (or a step as a whole) under
 * the steps.
 */
export function canaryStepServerFieldErrors(error: CombinedError | undefined): CanaryStepErrors {
  const errors: CanaryStepErrors = { steps: [] };
  const forms: string[] = [];
  for (const graphqlError of error?.graphQLErrors ?? []) {
    const fields = graphqlError.extensions.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields as { path?: unknown[]; message?: unknown }[]) {
      const path = field.path ?? [];
      if (path[1] !== 'canarySteps' || typeof field.message !== 'string') continue;
      const index = path[2];
      const name = String(path[3]);
      if (typeof index === 'number' && STEP_FIELDS.has(name)) {
        const row = errors.steps[index] ?? {};
        row[name as keyof CanaryStepFieldErrors] ??= sentence(field.message);
        errors.steps[index] = row;
      } else {
        forms.push(
          typeof index === 'number'
            ? `Step ${index + 1}: ${field.message}`
            : sentence(field.message),
        );
      }
    }
  }
  if (forms.length > 0) errors.form = forms.join(' ');
  return errors;
}

/** The steps' own errors with the server's over them, field by field. */
export function mergeCanaryErrors(
  client: CanaryStepErrors,
  server: CanaryStepErrors,
): CanaryStepErrors {
  return {
    form: server.form ?? client.form,
    steps: client.steps.map((row, index) => ({ ...row, ...server.steps[index] })),
  };
}
