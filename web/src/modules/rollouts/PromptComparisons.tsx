import { Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { RolloutFieldsFragment } from '../../generated/graphql';
import { WordDiff } from '../../ui/WordDiff';

type Comparison = RolloutFieldsFragment['analysis'][number]['prompts'][number];
type Answer = Comparison['canary'];

function AnswerVerdict({ answer }: { answer: Answer }) {
  const [label, color] =
    answer.passed === null
      ? ['Not run', 'gray']
      : answer.passed
        ? ['Passed', 'green']
        : ['Failed', 'red'];
  return (
    <Badge
      size="xs"
      variant={answer.passed === false ? 'filled' : 'light'}
      color={color}
      data-testid="answer-verdict"
    >
      {label}
    </Badge>
  );
}

/** One track's answer: its verdict, what it failed, its words and how long it took. */
function AnswerCell({ answer, track }: { answer: Answer | null; track: string }) {
  if (!answer) {
    return (
      <Text size="xs" c="dimmed">
        No stable pod was there to ask.
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid={`answer-${track}`}>
      <Group gap={6}>
        <AnswerVerdict answer={answer} />
        <Text size="xs" c="dimmed">
          {answer.durationMs.toLocaleString('en')} ms
        </Text>
      </Group>
      {answer.failures.length > 0 ? (
        <List size="xs" c="red" spacing={0} aria-label={`${track} failures`}>
          {answer.failures.map((failure) => (
            <List.Item key={failure}>{failure}</List.Item>
          ))}
        </List>
      ) : null}
      <Text
        size="xs"
        ff="monospace"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        data-testid="answer-text"
      >
        {answer.answer || '(no answer)'}
      </Text>
    </Stack>
  );
}

/**
 * The golden prompts of a behaviour check, each asked of the stable release and the new one:
 * their answers side by side with each verdict and failures, the words that changed, and the
 * regressions (the new release fails what the stable one passes) marked.
 */
export function PromptComparisons({ prompts }: { prompts: readonly Comparison[] }) {
  const regressions = prompts.filter((p) => p.regression).length;
  return (
    <Stack gap="xs" data-testid="prompt-comparisons">
      <Group justify="space-between" gap="xs">
        <Title order={6}>Golden prompts, stable beside canary</Title>
        <Text size="xs" c={regressions > 0 ? 'red' : 'dimmed'} fw={regressions > 0 ? 600 : 400}>
          {regressions === 0
            ? `${prompts.length} prompt${prompts.length === 1 ? '' : 's'}, no regression`
            : `${regressions} of ${prompts.length} regressed`}
        </Text>
      </Group>
      <Table.ScrollContainer type="native" minWidth={720}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={6}
          fz="xs"
          aria-label="Golden prompts side by side"
          style={{ tableLayout: 'fixed' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="16%">Prompt</Table.Th>
              <Table.Th w="28%">Stable</Table.Th>
              <Table.Th w="28%">Canary</Table.Th>
              <Table.Th w="28%">Changed words</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {prompts.map((prompt) => (
              <Table.Tr
                key={prompt.promptId}
                data-testid="prompt-comparison"
                data-regression={prompt.regression}
                bg={prompt.regression ? 'var(--mantine-color-red-light)' : undefined}
                style={{ verticalAlign: 'top' }}
              >
                <Table.Td>
                  <Stack gap={4}>
                    <Text size="xs" fw={600}>
                      {prompt.name}
                    </Text>
                    {prompt.regression ? (
                      <Badge
                        size="xs"
                        color="red"
                        variant="filled"
                        leftSection={<IconAlertTriangle size={10} aria-hidden />}
                        data-testid="regression-badge"
                      >
                        Regression
                      </Badge>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <AnswerCell answer={prompt.stable} track="stable" />
                </Table.Td>
                <Table.Td>
                  <AnswerCell answer={prompt.canary} track="canary" />
                </Table.Td>
                <Table.Td>
                  {prompt.stable ? (
                    <WordDiff
                      before={prompt.stable.answer}
                      after={prompt.canary.answer}
                      beforeLabel="the stable answer"
                      afterLabel="the canary answer"
                    />
                  ) : (
                    <Text size="xs" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
