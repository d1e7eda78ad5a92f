import { Alert, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';

export const SIMULATED_CLUSTER_MESSAGE = 'Connected to the built-in simulated cluster';

/** One slim line on every page: what runs here is simulated. */
export function SimulatedClusterBanner() {
  return (
    <Alert
      variant="light"
      color="yellow"
      radius="md"
      icon={<IconFlask size={16} />}
      role="status"
      py={6}
      mb="md"
      styles={{ icon: { marginTop: 2 } }}
    >
      <Text size="sm" truncate="end">
        <Text span fw={600} inherit>
          {SIMULATED_CLUSTER_MESSAGE}
        </Text>{' '}
        · model servers, GPUs and faults are simulated; configure a kubeconfig to manage a real
        cluster.
      </Text>
    </Alert>
  );
}
