import { useParams } from 'react-router';
import { TicketView } from '../modules/tickets';

export function TicketPage() {
  const { id = '' } = useParams();
  return <TicketView key={id} id={id} />;
}
