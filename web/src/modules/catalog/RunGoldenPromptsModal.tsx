import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  List,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertCircle, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { CheckGoldenPromptsMutation as CheckResult } from '../../generated/graphql';
import { errorMessage } from '../../ui/graphqlError';
import { CheckGoldenPromptsMutation, ModelDeploymentsQuery } from './goldenPrompts.documents';

/** The Pod select's value for letting the server pick the first ready pod. */
const ANY_POD = '*';

type Result = CheckResult['checkGoldenPrompts']['results'][number];

interface RunGoldenPromptsModalProps {
  /** The model whose deployments can be asked; null when closed. */
  model: { id: string; name: string } | null;
  onClose: () => void;
}

export function verdictOf(passed: boolean | null | undefined): {
  label: string;
  color: string;
} {
  if (passed === true) return { label: 'Passed', color: 'teal' };
  if (passed === false) return { label: 'Failed', color: 'red' };
  return { label: 'Inconclusive', color: 'gray' };
}

function ResultCard({ result }: { result: Result }) {
  const verdict = verdictOf(result.passed);
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`check-result-${result.name}`}>
      <Group justify="space-between" mb={result.failures.length || result.answerExcerpt ? 6 : 0}>
        <Text fw={600} size="sm">
          {result.name}
        </Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {result.durationMs} ms
          </Text>
          <Badge color={verdict.color} variant="light">
            {verdict.label}
          </Badge>
        </Group>
      </Group>
      {result.failures.length ? (
        <List size="sm" spacing={2} c={result.passed === false ? 'red' : 'dimmed'}>
          {result.failures.map((f) => (
            <List.Item key={f}>{f}</List.Item>
          ))}
        </List>
      ) : null}
      {result.answerExcerpt ? (
        <Code block mt={6} style={{ whiteSpace: 'pre-wrap' }}>
          {result.answerExcerpt}
        </Code>
      ) : null}
    </Paper>
  );
}

/** Asks one pod of a deployment of the model its golden prompts, and shows each verdict. */
export function RunGoldenPromptsModal({ model, onClose }: RunGoldenPromptsModalProps) {
  const [{ data, fetching: loading }] = useQuery({
    query: ModelDeploymentsQuery,
    pause: model === null,
  });
  const [{ data: checked, error, fetching }, check] = useMutation(CheckGoldenPromptsMutation);
  const [picked, setPicked] = useState<string | null>(null);
  const [pod, setPod] = useState<string>(ANY_POD);
  const [timeoutSeconds, setTimeoutSeconds] = useState<number | string>(30);

  const deployments = (data?.deployments ?? []).filter((d) => d.release?.model.id === model?.id);
  const selected = deployments.find((d) => d.id === picked) ?? deployments[0] ?? null;
  const readyPods = selected?.status.pods.filter((p) => p.ready) ?? [];
  const run = () => {
    if (!selected) return;
    void check({
      input: {
        namespace: selected.namespace,
        name: selected.name,
        ...(pod !== ANY_POD ? { pod } : {}),
        ...(typeof timeoutSeconds === 'number' ? { timeoutSeconds } : {}),
      },
    });
  };
  const outcome = checked?.checkGoldenPrompts;
  const sameDeployment =
    outcome &&
    selected &&
    outcome.namespace === selected.namespace &&
    outcome.name === selected.name;
  const counts = outcome
    ? {
        passed: outcome.results.filter((r) => r.passed === true).length,
        failed: outcome.results.filter((r) => r.passed === false).length,
        inconclusive: outcome.results.filter((r) => r.passed == null).length,
      }
    : null;

  return (
    <Modal
      opened={model !== null}
      onClose={onClose}
      title={`Run the golden prompts of ${model?.name ?? ''}`}
      size="xl"
      centered
    >
      <Stack gap="md">
        {!loading && deployments.length === 0 ? (
          <Alert color="gray" variant="light" icon={<IconAlertCircle size={18} />}>
            No deployment runs a release of this model yet.
          </Alert>
        ) : (
          <Stack gap={4}>
            <Group align="flex-end" gap="sm">
              <Select
                label="Deployment"
                data={deployments.map((d) => ({
                  value: d.id,
                  label: `${d.namespace}/${d.name} · ${d.environment} · ${d.phase}`,
                }))}
                value={selected?.id ?? null}
                onChange={(id) => {
                  setPicked(id);
                  setPod(ANY_POD);
                }}
                allowDeselect={false}
                style={{ flex: 1 }}
              />
              <Select
                label="Pod"
                data={[
                  { value: ANY_POD, label: 'Any ready pod' },
                  ...readyPods.map((p) => ({
                    value: p.name,
                    label: `${p.name}${p.track === 'canary' ? ' · canary' : ''}`,
                  })),
                ]}
                value={pod}
                onChange={(value) => setPod(value ?? ANY_POD)}
                allowDeselect={false}
                style={{ flex: 1 }}
              />
              <NumberInput
                label="Timeout (s)"
                min={1}
                max={120}
                w={110}
                value={timeoutSeconds}
                onChange={setTimeoutSeconds}
              />
              <Button
                leftSection={<IconPlayerPlay size={16} />}
                onClick={run}
                loading={fetching}
                disabled={!selected}
              >
                Run
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              Asking changes nothing. During a canary, pick one of its pods to check the new
              release.
            </Text>
          </Stack>
        )}
        {error ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        {outcome && sameDeployment && counts ? (
          <Stack gap="sm" data-testid="check-results">
            <Text size="sm">
              {outcome.pod ? (
                <>
                  Asked pod <Code>{outcome.pod}</Code>, which runs release{' '}
                  <Code>{outcome.releaseId}</Code>.
                </>
              ) : (
                'This model has no golden prompts: nothing was asked.'
              )}
            </Text>
            {outcome.results.length ? (
              <Group gap="xs">
                <Badge color="teal" variant="light">
                  {counts.passed} passed
                </Badge>
                <Badge color="red" variant="light">
                  {counts.failed} failed
                </Badge>
                <Badge color="gray" variant="light">
                  {counts.inconclusive} inconclusive
                </Badge>
              </Group>
            ) : null}
            {outcome.results.map((r) => (
              <ResultCard key={r.promptId} result={r} />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Modal>
  );
}
