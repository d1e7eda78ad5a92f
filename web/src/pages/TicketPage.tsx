import { useParams } from 'react-router';
import { roleAtLeast, useViewer } from '../modules/auth';
import { TicketView } from '../modules/tickets';
import { NotForYourRole } from '../ui/NotForYourRole';
import { PageHeader, useBacklineTitle } from '../ui/PageHeader';
import { TICKETS_NOT_FOR_ROLE } from './TicketsPage';

export function TicketPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  useBacklineTitle(id);
  if (!roleAtLeast(viewer.role, 'SUPPORT')) {
    return (
      <>
        <PageHeader title={id} />
        <NotForYourRole {...TICKETS_NOT_FOR_ROLE} />
      </>
    );
  }
  return <TicketView key={id} id={id} />;
}
