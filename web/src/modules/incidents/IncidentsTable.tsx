import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { IncidentSummaryFieldsFragment } from '../../generated/graphql';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { SeverityBadge, StatusBadge } from './IncidentBadges';
import { incidentPath } from './incidentStyle';
import { PersonName } from './PersonName';

export function IncidentsTable({ rows }: { rows: readonly IncidentSummaryFieldsFragment[] }) {
  return (
    <Table.ScrollContainer type="native" minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Incidents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Severity</Table.Th>
            <Table.Th>Incident</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Deployment</Table.Th>
            <Table.Th>Age</Table.Th>
            <Table.Th>Commander</Table.Th>
            <Table.Th>Assignee</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((incident) => (
            <Table.Tr key={incident.id} data-testid={`incident-row-${incident.number}`}>
              <Table.Td>
                <SeverityBadge severity={incident.severity} size="sm" />
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" c="dimmed" ff="monospace">
                    INC-{incident.number}
                  </Text>
                  <Anchor component={Link} to={incidentPath(incident.id)} fw={600} size="sm">
                    {incident.title}
                  </Anchor>
                </Group>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={incident.status} size="sm" />
              </Table.Td>
              <Table.Td>
                {incident.deployment ? (
                  <Text size="sm" ff="monospace">
                    {incident.deployment.namespace}/{incident.deployment.name}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" title={formatDateTime(incident.triggeredAt)}>
                  {formatRelative(incident.triggeredAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <PersonName id={incident.commanderId} />
              </Table.Td>
              <Table.Td>
                <PersonName id={incident.assigneeId} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
