import type { IncidentsService } from '../incidents/index.ts';
import type { Logger } from '../logging/index.ts';
import type { TicketsService } from './tickets.service.ts';

/**
 * Every replica follows incident changes and moves the tickets waiting on them; the move is a
 * conditional update, so replicas receiving the same event do it once between them. Returns a
 * function that stops following.
 */
export function followIncidents(deps: {
  incidents: IncidentsService;
  tickets: TicketsService;
  logger: Logger;
}): () => void {
  const events = deps.incidents.subscribe();
  void (async () => {
    for await (const event of events) {
      await deps.tickets
        .onIncidentChanged(event.id)
        .catch((err: unknown) =>
          deps.logger.warn({ err, incident: event.id }, 'could not move tickets of an incident'),
        );
    }
  })();
  return () => void events.return?.();
}
