import nodemailer from 'nodemailer';
import { emailMessage, slackMessage } from './format.ts';
import type { DeliveryRecord } from './notifications.types.ts';
import { webhookHeaders } from './signing.ts';

/** How long one attempt may take before it counts as failed. */
export const DELIVERY_TIMEOUT_MS = 5000;

export interface SmtpSettings {
  /** smtp:// or smtps:// URL, with credentials if the server needs them. */
  url: string;
  from: string;
}

/** Where and how a message leaves: what the dispatcher needs besides the outbox row. */
export interface SendTarget {
  url: string | null;
  secret: string | null;
  /** Email recipients. */
  to: string[];
}

export interface Senders {
  send(delivery: DeliveryRecord, target: SendTarget): Promise<void>;
  close(): void;
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Backline', ...headers },
    body,
    redirect: 'error',
    signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
  });
  // Drain it so the connection can be reused.
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
  }
}

export function createSenders(smtp: SmtpSettings | null): Senders {
  const mailer = smtp
    ? nodemailer.createTransport({
        url: smtp.url,
        connectionTimeout: DELIVERY_TIMEOUT_MS,
        greetingTimeout: DELIVERY_TIMEOUT_MS,
        socketTimeout: DELIVERY_TIMEOUT_MS,
      })
    : null;
  return {
    async send(delivery, target) {
      switch (delivery.channelType) {
        case 'WEBHOOK': {
          if (!target.url) throw new Error('the channel has no URL');
          const body = JSON.stringify({
            id: delivery.idempotencyKey,
            ...delivery.payload,
          });
          const headers: Record<string, string> = {
            'idempotency-key': delivery.idempotencyKey,
            // Signed per attempt with the time of sending, so a receiver can refuse replays.
            ...(target.secret
              ? webhookHeaders(target.secret, delivery.idempotencyKey, body, new Date())
              : {}),
          };
          await post(target.url, body, headers);
          return;
        }
        case 'SLACK': {
          if (!target.url) throw new Error('the channel has no URL');
          await post(target.url, JSON.stringify(slackMessage(delivery.payload)), {
            'idempotency-key': delivery.idempotencyKey,
          });
          return;
        }
        case 'EMAIL': {
          if (!mailer || !smtp) throw new Error('email is not configured (BACKLINE_SMTP_URL)');
          if (!target.to.length) throw new Error('no recipients');
          const { subject, text } = emailMessage(delivery.payload);
          await mailer.sendMail({
            from: smtp.from,
            to: target.to,
            subject,
            text,
            messageId: `<${delivery.idempotencyKey}@backline>`,
          });
          return;
        }
      }
    },
    close() {
      mailer?.close();
    },
  };
}
