export { LinkedTicketsCard } from './LinkedTicketsCard';
export { SlaAtRiskCard, useTicketsAtRisk } from './SlaAtRiskCard';
export { TicketsQueue } from './TicketsQueue';
export { TicketView } from './TicketView';
