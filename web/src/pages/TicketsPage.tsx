import { TicketsQueue } from '../modules/tickets';
import { useBacklineTitle } from '../ui/PageHeader';

export function TicketsPage() {
  useBacklineTitle('Tickets');
  return <TicketsQueue />;
}
