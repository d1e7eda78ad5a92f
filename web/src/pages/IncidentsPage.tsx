import { IconAlertTriangle } from '@tabler/icons-react';
import { ComingSoonState } from '../ui/ComingSoonState';
import { PageHeader, useBacklineTitle } from '../ui/PageHeader';

export function IncidentsPage() {
  useBacklineTitle('Incidents');
  return (
    <>
      <PageHeader
        title="Incidents"
        description="Outages and degradations, opened by health checks, rollouts and alerts."
      />
      <ComingSoonState
        icon={<IconAlertTriangle size={28} />}
        title="No incidents"
        description="Incidents will appear here with their severity, timeline, who is on call and the postmortem once they are resolved."
      />
    </>
  );
}
