import { Badge, Code, Group, List, Paper, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { FindingFieldsFragment, HealthState } from '../../generated/graphql';
import { DetailLabel } from '../../ui/cells';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { Panel } from '../../ui/Panel';

/** One cause, its evidence as source → value, and the runbook as numbered steps. */
export function FindingCard({ finding }: { finding: FindingFieldsFragment }) {
  const critical = finding.severity === 'CRITICAL';
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      data-testid="finding"
      data-cause={finding.cause}
      style={{
        borderLeft: `4px solid var(--mantine-color-${critical ? 'red' : 'yellow'}-filled)`,
      }}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Badge color={critical ? 'red' : 'yellow'} variant="light" data-testid="finding-severity">
            {critical ? 'Critical' : 'Warning'}
          </Badge>
          <Text fw={700}>{finding.title}</Text>
          <Code>{finding.cause}</Code>
        </Group>
        <Text size="sm">{finding.summary}</Text>
        {finding.evidence.length > 0 ? (
          <Stack gap={4}>
            <DetailLabel>Evidence</DetailLabel>
            <Table
              withTableBorder
              verticalSpacing={4}
              horizontalSpacing="sm"
              fz="xs"
              ff="monospace"
              aria-label="Evidence"
            >
              <Table.Tbody>
                {finding.evidence.map((item, index) => (
                  // Evidence can repeat a source; its order is its identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <Table.Tr key={`${item.source}-${index}`} data-testid="evidence-row">
                    <Table.Td c="dimmed" w="40%" style={{ wordBreak: 'break-all' }}>
                      {item.source}
                    </Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word', whiteSpace: 'pre-wrap' }}>
                      {item.value}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ) : null}
        {finding.runbook.length > 0 ? (
          <Stack gap={4}>
            <DetailLabel>Runbook</DetailLabel>
            <List type="ordered" size="sm" spacing={4} data-testid="runbook">
              {finding.runbook.map((step) => (
                <List.Item key={step}>{step}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {finding.objects.length > 0 ? (
          <Group gap={6}>
            <DetailLabel>Objects</DetailLabel>
            {finding.objects.map((object) => (
              <Code key={object} data-testid="finding-object">
                {object}
              </Code>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

interface DiagnosisPanelProps {
  findings: readonly FindingFieldsFragment[];
  checkedAt: string | null;
  /** The health state, so an unexplained outage never reads as "no problems found". */
  state?: HealthState | undefined;
  /** Past exits of containers that serve now: history, not problems. */
  pastTerminations?: readonly { source: string; value: string }[] | undefined;
}

/** Old exits of serving containers, with their age. */
function PastTerminations({ items }: { items: readonly { source: string; value: string }[] }) {
  return (
    <Stack gap={4} data-testid="past-terminations">
      <DetailLabel>History (not a problem now)</DetailLabel>
      <Table withTableBorder verticalSpacing={4} horizontalSpacing="sm" fz="xs" ff="monospace">
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.source}>
              <Table.Td c="dimmed" w="40%" style={{ wordBreak: 'break-all' }}>
                {item.source}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{item.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** What broke and why, most severe first, or an honest "nothing found". */
export function DiagnosisPanel({
  findings,
  checkedAt,
  state,
  pastTerminations = [],
}: DiagnosisPanelProps) {
  const unexplained = findings.length === 0 && (state === 'DOWN' || state === 'DEGRADED');
  return (
    <Panel title="Diagnosis" testId="diagnosis-panel">
      {unexplained ? (
        <Group gap="sm" data-testid="diagnosis-unexplained">
          <ThemeIcon color="yellow" variant="light" radius="xl">
            <IconAlertTriangle size={18} />
          </ThemeIcon>
          <Text size="sm" fw={600}>
            {state === 'DOWN' ? 'Down' : 'Degraded'}, and the next check will say why.
          </Text>
        </Group>
      ) : findings.length === 0 ? (
        <Group gap="sm" data-testid="diagnosis-empty">
          <ThemeIcon color="green" variant="light" radius="xl">
            <IconCircleCheck size={18} />
          </ThemeIcon>
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              No problems found
            </Text>
            <Text size="xs" c="dimmed" title={checkedAt ? formatDateTime(checkedAt) : undefined}>
              {checkedAt
                ? `Last checked ${formatRelative(checkedAt)}.`
                : 'Health has not been checked yet.'}
            </Text>
          </Stack>
        </Group>
      ) : (
        <Stack gap="sm">
          {findings.map((finding) => (
            <FindingCard key={`${finding.cause}-${finding.title}`} finding={finding} />
          ))}
        </Stack>
      )}
      {pastTerminations.length > 0 ? (
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <PastTerminations items={pastTerminations} />
        </div>
      ) : null}
    </Panel>
  );
}
