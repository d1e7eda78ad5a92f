import { Anchor, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { MergedInto } from '../../ui/cells';
import { formatRelative } from '../../ui/formatDate';
import { ticketPath } from '../../ui/humanIds';
import { LiveUpdatesAlert, loadingGate } from '../../ui/ListStates';
import { PageHeader, useBacklineTitle } from '../../ui/PageHeader';
import { Conversation } from './Conversation';
import { IncidentLinkCard } from './IncidentLinkCard';
import { ReplyComposer } from './ReplyComposer';
import { SlaCountdown } from './SlaCountdown';
import { SlaPanel } from './SlaPanel';
import { PriorityBadge, TicketStatusBadge } from './TicketBadges';
import { TicketDetails } from './TicketDetails';
import { isActive } from './ticketStyle';
import { useLiveTicket } from './useLiveTicket';

/** One ticket, live: the conversation and composer, its details, SLA clocks and incident. */
export function TicketView({ id }: { id: string }) {
  const { ticket, loaded, error, liveError, refetch } = useLiveTicket(id);
  useBacklineTitle(ticket ? ticket.reference : 'Ticket');

  const gate = loadingGate({
    error,
    loaded,
    found: Boolean(ticket),
    what: 'the ticket',
    notFound: { title: 'No such ticket', message: 'The link may be wrong.' },
    onRetry: refetch,
  });
  if (gate || !ticket) return gate;
  const open = ticket.status !== 'CLOSED' && ticket.status !== 'MERGED';

  return (
    <>
      <Anchor component={Link} to="/tickets" size="sm" mb="xs" display="inline-block">
        ← Tickets
      </Anchor>
      <PageHeader
        title={`${ticket.reference} · ${ticket.subject}`}
        description={
          <Group gap="xs" component="span">
            <PriorityBadge priority={ticket.priority} />
            <TicketStatusBadge status={ticket.status} />
            {isActive(ticket.status) ? (
              <SlaCountdown
                state={ticket.sla.state}
                dueAt={ticket.sla.dueAt}
                paused={ticket.sla.paused}
              />
            ) : null}
            <Text size="sm" c="dimmed" component="span">
              From {ticket.requester.name} {formatRelative(ticket.createdAt)}
            </Text>
          </Group>
        }
      />
      <Stack gap="md">
        <LiveUpdatesAlert error={liveError} />
        {ticket.mergedInto ? (
          <MergedInto to={ticketPath(ticket.mergedInto)} name={ticket.mergedInto.reference} />
        ) : null}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="md">
              <Conversation messages={ticket.conversation} />
              {open ? (
                <ReplyComposer ticketId={ticket.id} suggestedReply={ticket.suggestedReply} />
              ) : null}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <Paper withBorder radius="md" p="md">
                <TicketDetails ticket={ticket} />
              </Paper>
              <Paper withBorder radius="md" p="md">
                <IncidentLinkCard ticket={ticket} />
              </Paper>
              <Paper withBorder radius="md" p="md">
                <SlaPanel sla={ticket.sla} />
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
