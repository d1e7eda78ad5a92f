import { Alert, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';

export const SIMULATED_CLUSTER_MESSAGE = 'Connected to the built-in simulated cluster';

export function SimulatedClusterBanner() {
  return (
    <Alert
      variant="light"
      color="yellow"
      radius="md"
      icon={<IconFlask size={18} />}
      title={SIMULATED_CLUSTER_MESSAGE}
      role="status"
      mb="lg"
    >
      <Text size="sm">
        Model servers, GPUs and faults are simulated. Nothing here reaches a real Kubernetes
        cluster; configure a kubeconfig to manage one.
      </Text>
    </Alert>
  );
}
