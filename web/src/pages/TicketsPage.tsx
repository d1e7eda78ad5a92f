import { IconLifebuoy } from '@tabler/icons-react';
import { ComingSoonState } from '../ui/ComingSoonState';
import { PageHeader, useBacklineTitle } from '../ui/PageHeader';

export function TicketsPage() {
  useBacklineTitle('Tickets');
  return (
    <>
      <PageHeader
        title="Tickets"
        description="Customer support tickets, tracked against their SLAs and linked to incidents."
      />
      <ComingSoonState
        icon={<IconLifebuoy size={28} />}
        title="No support tickets yet"
        description="Tickets will appear here with their SLA clocks for first response, next update and resolution, and the incidents they relate to."
      />
    </>
  );
}
