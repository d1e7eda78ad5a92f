export { LinkedTicketsCard } from './LinkedTicketsCard';
export { TicketsQueue } from './TicketsQueue';
export { TicketView } from './TicketView';
