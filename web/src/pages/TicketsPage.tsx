import { roleAtLeast, useViewer } from '../modules/auth';
import { TicketsQueue } from '../modules/tickets';
import { NotForYourRole } from '../ui/NotForYourRole';
import { PageHeader, useBacklineTitle } from '../ui/PageHeader';

export const TICKETS_NOT_FOR_ROLE = {
  title: 'Your role cannot see tickets',
  description: 'Support tickets are for support staff, SREs and admins. Ask an admin for access.',
};

export function TicketsPage() {
  useBacklineTitle('Tickets');
  const viewer = useViewer();
  if (!roleAtLeast(viewer.role, 'SUPPORT')) {
    return (
      <>
        <PageHeader title="Tickets" />
        <NotForYourRole {...TICKETS_NOT_FOR_ROLE} />
      </>
    );
  }
  return <TicketsQueue />;
}
