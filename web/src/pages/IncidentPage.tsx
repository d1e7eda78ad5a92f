import { useParams } from 'react-router';
import { IncidentView } from '../modules/incidents';

export function IncidentPage() {
  const { id = '' } = useParams();
  return <IncidentView key={id} id={id} />;
}
