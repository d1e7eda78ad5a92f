export { inboundTicketsRouter } from './inbound.webhook.ts';
export { TICKETS_ERROR_CODES, TicketsError, type TicketsErrorCode } from './tickets.errors.ts';
export { type TicketsOptions, TicketsService, type TicketWithSla } from './tickets.service.ts';
export { TicketSweeper } from './tickets.sweeper.ts';
export {
  type CalendarRecord,
  type MessageRecord,
  type SlaClockReading,
  type SlaPolicyRecord,
  TICKET_TOPIC,
  type TicketChanged,
  type TicketRecord,
  type TicketSla,
} from './tickets.types.ts';
