import type { CombinedError } from 'urql';
import type { RolloutStepInput } from '../../generated/graphql';

/** A canary step as typed into the form. */
export interface CanaryStepDraft {
  /** Identifies the row while steps are added and removed. */
  key: string;
  weightPercent: string;
  analysisSeconds: string;
}

let nextKey = 0;

export function newCanaryStep(weightPercent: number, analysisSeconds = DEFAULT_ANALYSIS_SECONDS) {
  nextKey += 1;
  return {
    key: `step-${nextKey}`,
    weightPercent: String(weightPercent),
    analysisSeconds: String(analysisSeconds),
  };
}

export interface CanaryStepErrors {
  steps: { weightPercent?: string; analysisSeconds?: string }[];
  form?: string;
}

export const MAX_CANARY_STEPS = 10;
export const DEFAULT_ANALYSIS_SECONDS = 60;
const MAX_ANALYSIS_SECONDS = 86_400;

/** The canary replicas a share gives: at least one, at most all of them. */
export function canaryReplicas(weightPercent: number, replicas: number): number {
  return Math.min(replicas, Math.max(1, Math.ceil((replicas * weightPercent) / 100)));
}

/** One replica, then half, then all, as shares of `replicas`; fewer steps when they coincide. */
export function defaultCanarySteps(replicas: number): CanaryStepDraft[] {
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
 * Each share a whole percentage above the one before that puts at least one more replica on the
 * new release (a step that adds none would be skipped); analysis in whole seconds.
 */
export function validateCanarySteps(
  steps: readonly CanaryStepDraft[],
  replicas: number,
): CanaryStepErrors {
  const errors: CanaryStepErrors = { steps: steps.map(() => ({})) };
  if (steps.length === 0) errors.form = 'Add at least one step';
  else if (steps.length > MAX_CANARY_STEPS) errors.form = `At most ${MAX_CANARY_STEPS} steps`;
  else if (replicas < 1) errors.form = 'A canary needs at least one replica';
  let previous: { step: number; weight: number } | null = null;
  steps.forEach((step, index) => {
    const rowErrors = errors.steps[index] ?? {};
    const weight = wholeNumber(step.weightPercent);
    if (weight === null || weight < 1 || weight > 100) {
      rowErrors.weightPercent = 'Enter a whole percentage from 1 to 100';
    } else if (previous && weight <= previous.weight) {
      rowErrors.weightPercent = `Must be more than step ${previous.step}'s ${previous.weight} %`;
    } else if (
      previous &&
      replicas > 0 &&
      canaryReplicas(weight, replicas) <= canaryReplicas(previous.weight, replicas)
    ) {
      const same = canaryReplicas(weight, replicas);
      rowErrors.weightPercent = `Still ${same} of ${replicas} replicas, as step ${previous.step}: raise it or remove it`;
    }
    if (weight !== null && weight >= 1 && weight <= 100) previous = { step: index + 1, weight };
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
  return Boolean(errors.form) || errors.steps.some((e) => e.weightPercent || e.analysisSeconds);
}

/** The steps as the API takes them; a blank analysis window uses the server's default. */
export function canaryStepsInput(steps: readonly CanaryStepDraft[]): RolloutStepInput[] {
  return steps.map((step) => ({
    weightPercent: Number(step.weightPercent),
    analysisSeconds: step.analysisSeconds.trim() === '' ? null : Number(step.analysisSeconds),
  }));
}

const STEP_FIELD_LABELS: Record<string, string> = {
  weightPercent: 'weight',
  analysisSeconds: 'analysis',
};

/**
 * The server's objections to the canary steps, in words that name the step
 * (`['input', 'canarySteps', 1, 'weightPercent']` becomes "Step 2 weight: …").
 */
export function canaryStepServerErrors(error: CombinedError | undefined): string[] {
  const messages: string[] = [];
  for (const graphqlError of error?.graphQLErrors ?? []) {
    const fields = graphqlError.extensions.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields as { path?: unknown[]; message?: unknown }[]) {
      const path = field.path ?? [];
      if (path[1] !== 'canarySteps' || typeof field.message !== 'string') continue;
      const index = path[2];
      const name = STEP_FIELD_LABELS[String(path[3])] ?? '';
      const where =
        typeof index === 'number' ? `Step ${index + 1}${name ? ` ${name}` : ''}` : 'Canary steps';
      messages.push(`${where}: ${field.message}`);
    }
  }
  return messages;
}
