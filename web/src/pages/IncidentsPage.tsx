import { IncidentsList } from '../modules/incidents';
import { useBacklineTitle } from '../ui/PageHeader';

export function IncidentsPage() {
  useBacklineTitle('Incidents');
  return <IncidentsList />;
}
