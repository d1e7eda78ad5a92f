import {
  ActionIcon,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCopy, IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import {
  type CanaryStepDraft,
  type CanaryStepErrors,
  canaryReplicas,
  DEFAULT_ANALYSIS_SECONDS,
  isShadowStep,
  MAX_CANARY_STEPS,
  newCanaryStep,
  newShadowStep,
} from './canarySteps';

interface CanaryStepsEditorProps {
  steps: readonly CanaryStepDraft[];
  replicas: number;
  /** Whether the deployment is behind a Gateway: steps are route weights and may be shadows. */
  traffic?: boolean;
  errors: CanaryStepErrors;
  /** Whether to show the errors (after an edit or a submit attempt). */
  showErrors: boolean;
  onChange: (steps: CanaryStepDraft[]) => void;
  onReset: () => void;
}

/** What a step gives the new release, beside its title. */
function shareHint(step: CanaryStepDraft, replicas: number, traffic: boolean): string {
  if (isShadowStep(step)) {
    const mirror = Number(step.mirrorPercent);
    return Number.isInteger(mirror) && mirror >= 1 && mirror <= 100
      ? `Shadow: a copy of ${mirror} % of requests, answers discarded`
      : 'Shadow';
  }
  const weight = Number(step.weightPercent);
  if (!Number.isInteger(weight) || weight < 1 || weight > 100) return '';
  if (traffic) return `${weight} % of requests`;
  return replicas > 0
    ? `${canaryReplicas(weight, replicas)} of ${replicas} replica${replicas === 1 ? '' : 's'}`
    : '';
}

/**
 * The canary's steps: the share on the new release (of the replicas, or behind a Gateway of the
 * requests, with shadow steps first) and how long each is watched.
 */
export function CanaryStepsEditor({
  steps,
  replicas,
  traffic = false,
  errors,
  showErrors,
  onChange,
  onReset,
}: CanaryStepsEditorProps) {
  const update = (index: number, field: keyof CanaryStepDraft, value: string) =>
    onChange(steps.map((step, i) => (i === index ? { ...step, [field]: value } : step)));
  const remove = (index: number) => onChange(steps.filter((_, i) => i !== index));
  // A new step goes before the last, half-way between its neighbours.
  const add = () => {
    const last = steps.at(-1);
    if (!last) return onChange([newCanaryStep(100)]);
    const low = Number(steps.at(-2)?.weightPercent ?? 0) || 0;
    const high = Number(last.weightPercent) || 100;
    onChange([...steps.slice(0, -1), newCanaryStep(Math.round((low + high) / 2)), last]);
  };
  // Shadow steps come first: a new one goes after those already there.
  const addShadow = () => {
    const at = steps.findIndex((step) => !isShadowStep(step));
    const index = at === -1 ? steps.length : at;
    onChange([...steps.slice(0, index), newShadowStep(), ...steps.slice(index)]);
  };

  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-body)" data-testid="canary-steps">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Stack gap={0}>
            <Text size="sm" fw={600} id="canary-steps-title">
              Canary steps
            </Text>
            <Text size="xs" c="dimmed">
              {traffic
                ? 'Each step sends a share of the requests to the new release through the Gateway and watches it for the analysis window; a shadow step only copies requests to it. A failing check rolls it back on its own.'
                : 'Each step moves a share of the replicas to the new release and watches it for the analysis window; a failing check rolls it back on its own.'}
            </Text>
          </Stack>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconRestore size={14} />}
            onClick={onReset}
          >
            Reset to defaults
          </Button>
        </Group>
        <Stack
          component="ol"
          gap="md"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-labelledby="canary-steps-title"
        >
          {steps.map((step, index) => {
            const n = index + 1;
            const rowErrors = showErrors ? errors.steps[index] : undefined;
            const shadow = isShadowStep(step);
            return (
              <Stack
                component="li"
                key={step.key}
                gap={4}
                data-testid="canary-step-row"
                data-shadow={shadow}
              >
                <Group justify="space-between" gap="xs" maw={440}>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      Step {n}
                    </Text>
                    <Text size="xs" c="dimmed" data-testid="canary-step-replicas">
                      {shareHint(step, replicas, traffic)}
                    </Text>
                  </Group>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove step ${n}`}
                    disabled={steps.length <= 1}
                    onClick={() => remove(index)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={2} spacing="sm" maw={440}>
                  {shadow ? (
                    <TextInput
                      label="Mirror (%)"
                      aria-label={`Step ${n} mirror (%)`}
                      inputMode="numeric"
                      value={step.mirrorPercent}
                      onChange={(e) => update(index, 'mirrorPercent', e.currentTarget.value)}
                      error={rowErrors?.mirrorPercent}
                    />
                  ) : (
                    <TextInput
                      label={traffic ? 'Weight (% of requests)' : 'Weight (%)'}
                      aria-label={`Step ${n} weight (%)`}
                      inputMode="numeric"
                      value={step.weightPercent}
                      onChange={(e) => update(index, 'weightPercent', e.currentTarget.value)}
                      error={rowErrors?.weightPercent}
                    />
                  )}
                  <TextInput
                    label="Analysis (s)"
                    aria-label={`Step ${n} analysis (seconds)`}
                    inputMode="numeric"
                    placeholder={String(DEFAULT_ANALYSIS_SECONDS)}
                    value={step.analysisSeconds}
                    onChange={(e) => update(index, 'analysisSeconds', e.currentTarget.value)}
                    error={rowErrors?.analysisSeconds}
                  />
                </SimpleGrid>
              </Stack>
            );
          })}
        </Stack>
        {showErrors && errors.form ? (
          <Text size="sm" c="red" role="alert">
            {errors.form}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={add}
            disabled={steps.length >= MAX_CANARY_STEPS}
          >
            Add step
          </Button>
          {traffic ? (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconCopy size={14} />}
              onClick={addShadow}
              disabled={steps.length >= MAX_CANARY_STEPS}
            >
              Add shadow step
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
