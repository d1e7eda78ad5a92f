import { type Request, type Response, Router } from 'express';
import type { Actor } from '../audit/index.ts';
import { InputError } from '../shared/errors.ts';
import { bearerToken, jsonBody, pathText } from '../shared/webhook.ts';
import { TicketsError, type TicketsErrorCode } from './tickets.errors.ts';
import type { TicketsService } from './tickets.service.ts';
import { ticketRef } from './tickets.types.ts';

/** The webhook's answer to each refusal of the tickets service. */
const WEBHOOK_STATUS = {
  TICKET_NOT_FOUND: 404,
  INCIDENT_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  NOTHING_TO_CHANGE: 400,
  MERGE_INTO_SELF: 400,
  MERGE_TARGET_CLOSED: 409,
  TICKET_CLOSED: 409,
  NOT_LINKED: 409,
  ILLEGAL_TRANSITION: 409,
} as const satisfies Record<TicketsErrorCode, 400 | 404 | 409>;

const INBOUND_ACTOR: Actor = { type: 'SYSTEM', id: null, name: 'inbound' };
const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * `POST /webhooks/tickets`: a web form or mail gateway opens a ticket. The body is
 * `{ subject, description, priority?, requester: { name, email, organisation? }, tags? }`.
 * An `Idempotency-Key` header makes a retry return the ticket the first post created (200)
 * instead of opening another (201). The answer names the ticket and nothing of its conversation.
 *
 * With `ticket: "T-1042"` (and the requester's email) the body is a follow-up from the customer:
 * `description` becomes their public message on that ticket (201; 404 when the ticket is not
 * theirs, 409 when it is closed), reopening it if it waited for them or was resolved.
 */
export function inboundTicketsRouter(deps: {
  tickets: TicketsService;
  token: string | undefined;
}): Router {
  const router = Router();
  router.post(
    '/webhooks/tickets',
    bearerToken(deps.token, 'BACKLINE_TICKETS_TOKEN', 'The inbound ticket endpoint'),
    ...jsonBody('64kb', '64 KB'),
    async (req: Request, res: Response) => {
      const key = req.header('idempotency-key');
      if (key !== undefined && !KEY.test(key)) {
        res.status(400).json({
          error: 'Idempotency-Key: must be 1 to 200 printable ASCII characters.',
          fields: [
            { path: 'Idempotency-Key', message: 'must be 1 to 200 printable ASCII characters' },
          ],
        });
        return;
      }
      if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
        res.status(400).json({ error: 'The payload must be a JSON object.' });
        return;
      }
      const body = req.body as Record<string, unknown>;
      const { tags, subject, description, priority, requester } = body;
      const idempotencyKey = key ? `inbound:${key}` : null;
      try {
        if (body.ticket !== undefined) {
          // A follow-up on an existing ticket.
          const { ticket, added } = await deps.tickets.customerReply(
            INBOUND_ACTOR,
            { ticket: body.ticket, requester, description },
            { idempotencyKey, path: [] },
          );
          res.status(added ? 201 : 200).json({
            ticket: { id: ticket.id, reference: ticketRef(ticket), status: ticket.status },
            duplicate: !added,
          });
          return;
        }
        const { ticket, created } = await deps.tickets.create(
          INBOUND_ACTOR,
          { subject, description, priority: priority ?? undefined, requester, tags },
          { source: 'INBOUND', idempotencyKey, path: [] },
        );
        res.status(created ? 201 : 200).json({
          ticket: { id: ticket.id, reference: ticketRef(ticket), status: ticket.status },
          duplicate: !created,
        });
      } catch (error) {
        if (error instanceof InputError || error instanceof TicketsError) {
          const status = error instanceof TicketsError ? WEBHOOK_STATUS[error.code] : 400;
          if (status !== 400) {
            res.status(status).json({ error: error.message });
            return;
          }
          const fields = (error.fields ?? []).map((f) => ({
            path: pathText(f.path),
            message: f.message,
          }));
          res.status(400).json({
            error: `Invalid ticket: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`,
            fields,
          });
          return;
        }
        throw error;
      }
    },
  );
  return router;
}
