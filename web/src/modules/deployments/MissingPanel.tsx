import { List, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { DeploymentDetailFieldsFragment } from '../../generated/graphql';
import { formatDateTime, formatRelative } from '../../ui/formatDate';
import { Notice } from '../../ui/Notice';
import { Panel } from '../../ui/Panel';

interface MissingPanelProps {
  missing: DeploymentDetailFieldsFragment['missing'];
  timeline: DeploymentDetailFieldsFragment['timeline'];
}

/**
 * Objects gone from the cluster (not drift: drift is a changed field of an object that is there),
 * and the times the reconciler put missing objects back.
 */
export function MissingPanel({ missing, timeline }: MissingPanelProps) {
  if (missing.length === 0 && timeline.length === 0) return null;
  return (
    <Stack gap="md">
      {missing.length > 0 ? (
        <Notice
          color="orange"
          icon={IconRestore}
          title="Missing from the cluster"
          testId="missing-panel"
        >
          <Text size="sm" mb={4}>
            These objects were applied but are not in the cluster now. Backline re-creates them from
            the desired state; nothing needs repairing by hand.
          </Text>
          <List size="sm">
            {missing.map((object) => (
              <List.Item key={object}>
                <Text size="sm" ff="monospace">
                  {object}
                </Text>
              </List.Item>
            ))}
          </List>
        </Notice>
      ) : null}
      {timeline.length > 0 ? (
        <Panel title="Timeline" testId="deployment-timeline">
          <Stack gap="xs">
            {timeline.map((entry) => (
              <div key={`${entry.at}:${entry.message}`}>
                <Text size="sm">{entry.message}</Text>
                <Text size="xs" c="dimmed" title={formatDateTime(entry.at)}>
                  {entry.actor} · {formatRelative(entry.at)}
                </Text>
              </div>
            ))}
          </Stack>
        </Panel>
      ) : null}
    </Stack>
  );
}
