import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRocket, IconRouteOff } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { Environment, RolloutStrategy } from '../../generated/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { FormError } from '../../ui/FormDialog';
import { formatDate } from '../../ui/formatDate';
import { errorMessage, fieldErrorsByPath } from '../../ui/graphqlError';
import { LoadingState } from '../../ui/LoadingState';
import { SegmentedField } from '../../ui/SegmentedField';
import { useFormState } from '../../ui/useFormState';
import { ReleaseWarnings, RUNTIME_STYLE } from '../catalog';
import {
  type CanaryStepDraft,
  type CanaryStepErrors,
  CanaryStepsEditor,
  canaryStepServerFieldErrors,
  canaryStepsInput,
  defaultCanarySteps,
  hasCanaryErrors,
  mergeCanaryErrors,
  newCanaryStep,
  validateCanarySteps,
} from '../rollouts';
import { deploymentPath } from './DeploymentsTable';
import {
  DeploymentSettingsQuery,
  DeployReleaseMutation,
  NewDeploymentOptionsQuery,
} from './deployments.documents';
import {
  DNS_LABEL_RULE,
  isDnsLabel,
  type NewDeploymentValues,
  validateNewDeployment,
} from './deploymentValidation';
import { ENVIRONMENT_OPTIONS, isEnvironment, shortReleaseId } from './phase';

/** One part of the form, under its heading. */
function FormSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={4} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const INITIAL_VALUES: NewDeploymentValues = {
  namespace: '',
  name: '',
  environment: 'DEV',
  modelId: '',
  releaseId: '',
  replicas: '1',
  strategy: 'ROLLING',
  sloErrorRatio: '',
  sloTtftP95Ms: '',
  gatewayNamespace: '',
  gatewayName: '',
  reason: '',
};

const NO_STEP_ERRORS: CanaryStepErrors = { steps: [] };

/**
 * The server's field errors at the form's fields: `['input', 'gateway']` and its parts at the
 * Gateway's, top-level inputs at their own; the canary steps' are the steps editor's.
 */
function formServerErrors(error: Parameters<typeof fieldErrorsByPath>[0]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsByPath(error))) {
    const key =
      path === 'gateway' || path === 'gateway.name'
        ? 'gatewayName'
        : path === 'gateway.namespace'
          ? 'gatewayNamespace'
          : path.includes('.') || path === 'canarySteps'
            ? null
            : path;
    if (key && errors[key] === undefined) errors[key] = message;
  }
  return errors;
}

const STRATEGIES: { value: RolloutStrategy; label: string }[] = [
  { value: 'ROLLING', label: 'Rolling' },
  { value: 'RECREATE', label: 'Recreate' },
  { value: 'CANARY', label: 'Canary' },
];

const STRATEGY_HELP: Record<RolloutStrategy, string> = {
  ROLLING: 'Replaces pods one at a time, without surging, so no spare GPU is needed.',
  RECREATE: 'Stops every pod, then starts the new release: a short outage, no extra GPUs.',
  CANARY:
    'Runs a -canary Deployment beside the stable one and moves replicas over step by step, with analysis and automatic rollback.',
};

const CANARY_TRAFFIC_HELP =
  'Runs a -canary Deployment beside the stable one and moves requests over step by step through the Gateway, with analysis and automatic rollback; the stable track keeps its replicas until the end.';

function isStrategy(value: string): value is RolloutStrategy {
  return value === 'ROLLING' || value === 'RECREATE' || value === 'CANARY';
}

/** The form's start from the address: `?namespace=&name=` of a deployment, `&model=&release=`. */
function initialValues(params: URLSearchParams): NewDeploymentValues {
  return {
    ...INITIAL_VALUES,
    namespace: params.get('namespace') ?? '',
    name: params.get('name') ?? '',
    modelId: params.get('model') ?? '',
    releaseId: params.get('release') ?? '',
  };
}

/**
 * Creates a deployment, or deploys a release to an existing one: when the namespace and name
 * are a deployment's, its environment, replicas, strategy, SLOs and canary steps are filled in
 * and sent as shown, so a new release never resets them.
 */
export function NewDeploymentForm() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [options] = useQuery({
    query: NewDeploymentOptionsQuery,
    requestPolicy: 'cache-and-network',
  });
  const form = useFormState(
    useMemo(() => initialValues(params), [params]),
    validateNewDeployment,
  );
  const target = useMemo(
    () => ({ namespace: form.values.namespace, name: form.values.name }),
    [form.values.namespace, form.values.name],
  );
  const [existing] = useQuery({
    query: DeploymentSettingsQuery,
    variables: target,
    pause: !target.namespace || !isDnsLabel(target.name),
    requestPolicy: 'network-only',
  });
  const current =
    existing.data?.deployment &&
    existing.data.deployment.namespace === target.namespace &&
    existing.data.deployment.name === target.name
      ? existing.data.deployment
      : null;
  // Which deployment's settings were filled in, so they are filled in once, not over edits.
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  const prefilled = useRef(new Set<keyof NewDeploymentValues>());
  const [{ fetching }, deploy] = useMutation(DeployReleaseMutation);
  const [formError, setFormError] = useState<string | null>(null);
  // The default steps follow the replica count until someone edits them.
  const [customSteps, setCustomSteps] = useState<CanaryStepDraft[] | null>(null);
  const [showStepErrors, setShowStepErrors] = useState(false);
  // The server's objections to the steps, until the steps change.
  const [serverStepErrors, setServerStepErrors] = useState<CanaryStepErrors>(NO_STEP_ERRORS);
  const namespaces = options.data?.managedNamespaces;
  const onlyNamespace = namespaces?.length === 1 ? namespaces[0] : undefined;
  const { setValue } = form;
  useEffect(() => {
    if (onlyNamespace && !params.get('namespace')) setValue('namespace', onlyNamespace);
  }, [onlyNamespace, setValue, params]);
  const { dirty } = form;
  useEffect(() => {
    if (!current || filledFrom === current.id) return;
    setFilledFrom(current.id);
    // What the person already chose stays; the rest comes from the deployment.
    const fill = (field: keyof NewDeploymentValues, value: string) => {
      if (dirty[field] && !prefilled.current.has(field)) return;
      prefilled.current.add(field);
      setValue(field, value);
    };
    fill('environment', current.environment);
    fill('replicas', String(current.replicas));
    fill('strategy', current.strategy);
    fill('sloErrorRatio', current.sloErrorRatio == null ? '' : String(current.sloErrorRatio));
    fill('sloTtftP95Ms', current.sloTtftP95Ms == null ? '' : String(current.sloTtftP95Ms));
    fill('gatewayNamespace', current.traffic?.gateway.namespace ?? '');
    fill('gatewayName', current.traffic?.gateway.name ?? '');
    const currentModel = current.release?.model.id;
    if (currentModel && !params.get('model') && !form.values.modelId) {
      fill('modelId', currentModel);
      // As choosing the model does: its newest release, unless one was chosen already.
      const model = options.data?.models.find((m) => m.id === currentModel);
      const newest = model?.releases[0];
      if (newest && !form.values.releaseId) fill('releaseId', newest.id);
    }
    const steps = current.rollout?.strategy === 'CANARY' ? current.rollout.steps : [];
    if (steps.length && customSteps === null) {
      setCustomSteps(
        steps.map((x) => newCanaryStep(x.weightPercent, x.analysisSeconds, x.mirrorPercent)),
      );
    }
  }, [
    current,
    filledFrom,
    setValue,
    params,
    dirty,
    customSteps,
    form.values.modelId,
    form.values.releaseId,
    options.data,
  ]);

  if (options.error && !options.data) {
    return <ErrorState title="Could not load the catalog" message={errorMessage(options.error)} />;
  }
  if (!options.data) return <LoadingState />;

  const { managedNamespaces, models } = options.data;
  const model = models.find((m) => m.id === form.values.modelId);
  const release = model?.releases.find((r) => r.id === form.values.releaseId);

  const replicaCount = Number(form.values.replicas) || 0;
  const canary = form.values.strategy === 'CANARY';
  const gateway =
    form.values.gatewayNamespace.trim() && form.values.gatewayName.trim()
      ? { namespace: form.values.gatewayNamespace.trim(), name: form.values.gatewayName.trim() }
      : null;
  const currentGateway = current?.traffic?.gateway ?? null;
  const traffic = gateway !== null;
  const canarySteps = customSteps ?? defaultCanarySteps(replicaCount, traffic);
  const stepErrors = validateCanarySteps(canarySteps, replicaCount, traffic);
  const shownStepErrors = mergeCanaryErrors(stepErrors, serverStepErrors);
  const takeOffGateway = () => {
    form.setValue('gatewayNamespace', '');
    form.setValue('gatewayName', '');
  };

  const submitForm = form.onSubmit(async (values) => {
    setFormError(null);
    if (canary && hasCanaryErrors(stepErrors)) return;
    const environment: Environment = isEnvironment(values.environment) ? values.environment : 'DEV';
    const result = await deploy({
      input: {
        namespace: values.namespace,
        name: values.name,
        environment,
        releaseId: values.releaseId,
        replicas: Number(values.replicas),
        strategy: isStrategy(values.strategy) ? values.strategy : 'ROLLING',
        // Shown and editable for an existing deployment, so sent as shown (empty clears);
        // for a new one, empty means none. Never a silent reset.
        sloErrorRatio: values.sloErrorRatio.trim()
          ? Number(values.sloErrorRatio)
          : current
            ? null
            : undefined,
        sloTtftP95Ms: values.sloTtftP95Ms.trim()
          ? Number(values.sloTtftP95Ms)
          : current
            ? null
            : undefined,
        reason: values.reason.trim() || null,
        canarySteps: canary ? canaryStepsInput(canarySteps) : null,
        // Shown as it is: none for a deployment that had one takes it off; for a new one, none.
        gateway: gateway ?? (currentGateway ? null : undefined),
      },
    });
    if (result.error || !result.data) {
      const fields = formServerErrors(result.error);
      form.setServerErrors(fields);
      const steps = canaryStepServerFieldErrors(result.error);
      setServerStepErrors(steps);
      const stepFields = steps.form !== undefined || steps.steps.some(Boolean);
      if (Object.keys(fields).length === 0 && !stepFields) {
        setFormError(errorMessage(result.error));
      }
      return;
    }
    const created = result.data.deployRelease.deployment;
    notifications.show({
      color: 'teal',
      icon: <IconRocket size={18} />,
      title: 'Deploying',
      message: `${created.name} is rolling out to ${created.namespace}.`,
    });
    void navigate(deploymentPath(created));
  });
  const submit = (event: React.FormEvent) => {
    setShowStepErrors(true);
    submitForm(event);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="New deployment">
      <Stack gap="lg" maw={880}>
        {current ? (
          <Alert color="blue" variant="light" data-testid="existing-deployment">
            {current.namespace}/{current.name} exists: its environment, replicas, strategy, SLOs,
            Gateway and steps are filled in below. Deploying starts a rollout of the release you
            choose with these settings.
          </Alert>
        ) : null}
        <FormError error={formError} />
        <FormSection title="Where">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label="Namespace"
              required
              allowDeselect={false}
              placeholder="Choose a namespace"
              data={managedNamespaces}
              {...form.selectProps('namespace')}
              description="Namespaces Backline manages."
            />
            <TextInput
              label="Name"
              required
              autoComplete="off"
              placeholder="qwen-chat"
              description={DNS_LABEL_RULE}
              {...form.inputProps('name')}
            />
            <SegmentedField
              label="Environment"
              data={ENVIRONMENT_OPTIONS}
              value={form.values.environment}
              onChange={(value) => form.setValue('environment', value)}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title="What">
          {models.length === 0 ? (
            <Alert color="blue" variant="light">
              The catalog has no models yet. <Link to="/catalog">Register one in the catalog</Link>{' '}
              and cut a release first.
            </Alert>
          ) : (
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Select
                  label="Model"
                  required
                  searchable
                  allowDeselect={false}
                  placeholder="Choose a model"
                  data={models.map((m) => ({ value: m.id, label: m.name }))}
                  value={form.values.modelId || null}
                  onChange={(value) => {
                    form.setValue('modelId', value ?? '');
                    const first = models.find((m) => m.id === value)?.releases[0];
                    form.setValue('releaseId', first?.id ?? '');
                  }}
                  error={form.errorFor('modelId')}
                />
                <Select
                  label="Release"
                  required
                  allowDeselect={false}
                  disabled={!model}
                  placeholder={
                    model && model.releases.length === 0
                      ? 'This model has no releases'
                      : 'Choose a release'
                  }
                  data={(model?.releases ?? []).map((r) => ({
                    value: r.id,
                    label: `${RUNTIME_STYLE[r.runtime].label} · ${shortReleaseId(r.id)} · ${formatDate(r.createdAt)}`,
                  }))}
                  {...form.selectProps('releaseId')}
                  description={release ? release.image : 'Newest first.'}
                />
              </SimpleGrid>
              {release ? <ReleaseWarnings warnings={release.warnings} /> : null}
            </Stack>
          )}
        </FormSection>

        <FormSection title="How">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="Replicas"
                required
                inputMode="numeric"
                {...form.inputProps('replicas')}
              />
              <SegmentedField
                label="Strategy"
                data={STRATEGIES}
                value={form.values.strategy}
                onChange={(value) => form.setValue('strategy', value)}
                description={
                  canary && traffic
                    ? CANARY_TRAFFIC_HELP
                    : isStrategy(form.values.strategy)
                      ? STRATEGY_HELP[form.values.strategy]
                      : null
                }
              />
            </SimpleGrid>
            <Stack gap="xs" data-testid="gateway-fields">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label="Gateway namespace"
                  placeholder="gateway-system"
                  autoComplete="off"
                  description="Optional: the namespace of a Gateway API Gateway."
                  {...form.inputProps('gatewayNamespace')}
                />
                <TextInput
                  label="Gateway name"
                  placeholder="public"
                  autoComplete="off"
                  description="Behind a Gateway, canaries move by share of requests, not replicas."
                  {...form.inputProps('gatewayName')}
                />
              </SimpleGrid>
              {currentGateway ? (
                gateway &&
                gateway.namespace === currentGateway.namespace &&
                gateway.name === currentGateway.name ? (
                  <Group gap="xs" data-testid="current-gateway">
                    <Text size="xs" c="dimmed">
                      Behind {currentGateway.namespace}/{currentGateway.name} now.
                    </Text>
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-xs"
                      leftSection={<IconRouteOff size={14} />}
                      onClick={takeOffGateway}
                    >
                      Take it off the Gateway
                    </Button>
                  </Group>
                ) : (
                  <Alert color="yellow" variant="light" data-testid="gateway-change">
                    {gateway
                      ? `Deploying moves it from ${currentGateway.namespace}/${currentGateway.name} to ${gateway.namespace}/${gateway.name}.`
                      : `Deploying takes it off ${currentGateway.namespace}/${currentGateway.name}: its requests then reach it through its Service alone, and canaries move by replicas.`}
                  </Alert>
                )
              ) : null}
            </Stack>
            {canary ? (
              <CanaryStepsEditor
                steps={canarySteps}
                replicas={replicaCount}
                traffic={traffic}
                errors={shownStepErrors}
                showErrors={showStepErrors}
                onChange={(steps) => {
                  setCustomSteps(steps);
                  setShowStepErrors(true);
                  setServerStepErrors(NO_STEP_ERRORS);
                }}
                onReset={() => {
                  setCustomSteps(null);
                  setShowStepErrors(false);
                  setServerStepErrors(NO_STEP_ERRORS);
                }}
              />
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="Error-ratio SLO"
                placeholder="0.01"
                description="Optional: the share of failed requests you accept."
                inputMode="decimal"
                {...form.inputProps('sloErrorRatio')}
              />
              <TextInput
                label="Time-to-first-token p95 SLO (ms)"
                placeholder="800"
                description="Optional."
                inputMode="numeric"
                {...form.inputProps('sloTtftP95Ms')}
              />
            </SimpleGrid>
            <Textarea
              label="Reason"
              description="Optional; kept in the release history and the audit log."
              rows={2}
              {...form.inputProps('reason')}
            />
          </Stack>
        </FormSection>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" component={Link} to="/deployments">
            Cancel
          </Button>
          <Button type="submit" loading={fetching} leftSection={<IconRocket size={16} />}>
            {current ? 'Deploy release' : 'Deploy'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
