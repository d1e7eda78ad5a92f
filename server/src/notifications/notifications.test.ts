import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, MAX_ATTEMPTS, retryDelayMs } from './backoff.ts';
import { emailMessage, slackMessage } from './format.ts';
import type { NotificationMessage } from './notifications.types.ts';
import { verifyWebhook, webhookHeaders } from './signing.ts';

describe('retryDelayMs', () => {
  it('doubles from 10 s up to 10 min and gives up after about 20 minutes', () => {
    const delays: number[] = [];
    for (let attempt = 1; ; attempt++) {
      const d = retryDelayMs(attempt);
      if (d === null) break;
      delays.push(d / 1000);
    }
    expect(delays).toEqual([10, 20, 40, 80, 160, 320, 600]);
    expect(delays.length + 1).toBe(MAX_ATTEMPTS);
    const total = delays.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(19 * 60);
    expect(total).toBeLessThanOrEqual(22 * 60);
    expect(retryDelayMs(1)).toBe(BACKOFF_BASE_MS);
  });
});

describe('webhook signatures', () => {
  const secret = `whsec_${Buffer.from('a secret of twenty-four!').toString('base64')}`;

  it('follow Standard Webhooks: v1, then the base64 HMAC-SHA256 of id.timestamp.body', () => {
    const body = '{"event":"test"}';
    const now = new Date('2026-12-06T12:00:00Z');
    const headers = webhookHeaders(secret, 'msg_1', body, now);
    const expected = createHmac('sha256', Buffer.from('a secret of twenty-four!'))
      .update(`msg_1.${now.getTime() / 1000}.${body}`)
      .digest('base64');
    expect(headers).toEqual({
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(now.getTime() / 1000),
      'webhook-signature': `v1,${expected}`,
    });
    expect(verifyWebhook(secret, body, headers, now)).toBe(true);
    expect(verifyWebhook(secret, `${body} `, headers, now)).toBe(false);
    // Replayed ten minutes later: refused.
    expect(verifyWebhook(secret, body, headers, new Date(now.getTime() + 600_000))).toBe(false);
  });
});

const message: NotificationMessage = {
  event: 'incident.triggered',
  text: 'INC-7 [SEV1] qwen down: step 1 of 2, on call Ada <admin>',
  incident: {
    id: 'i',
    number: 7,
    title: 'qwen down',
    status: 'TRIGGERED',
    severity: 'SEV1',
    environment: 'PROD',
    deployment: { namespace: 'ml-prod', name: 'qwen' },
  },
  onCall: [{ name: 'Ada', email: 'ada@example.com' }],
  at: '2026-11-27T09:00:00.000Z',
};

describe('formats', () => {
  it('renders Slack blocks with escaped text and the incident fields', () => {
    const slack = slackMessage(message) as { text: string; blocks: Record<string, unknown>[] };
    expect(slack.text).toBe(message.text);
    expect(slack.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'INC-7 qwen down' },
    });
    expect(JSON.stringify(slack.blocks[1])).toContain('&lt;admin&gt;');
    expect(JSON.stringify(slack.blocks)).toContain('ml-prod/qwen');
    expect(JSON.stringify(slack.blocks)).toContain('On call: Ada');
  });

  it('gives an email a subject with the severity and a plain body', () => {
    const email = emailMessage(message);
    expect(email.subject).toBe(`[SEV1] ${message.text}`);
    expect(email.text).toContain('Deployment: ml-prod/qwen');
    expect(email.text).toContain('On call: Ada <ada@example.com>');
  });
});
