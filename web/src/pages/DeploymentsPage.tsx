import { IconRocket } from '@tabler/icons-react';
import { ComingSoonState } from '../ui/ComingSoonState';
import { PageHeader, useBacklineTitle } from '../ui/PageHeader';

export function DeploymentsPage() {
  useBacklineTitle('Deployments');
  return (
    <>
      <PageHeader
        title="Deployments"
        description="Model releases running on your clusters, their rollouts and their health."
      />
      <ComingSoonState
        icon={<IconRocket size={28} />}
        title="No model deployments yet"
        description="Each model deployment will appear here with its release, replicas, rollout progress and health signals, ready to promote or roll back."
      />
    </>
  );
}
