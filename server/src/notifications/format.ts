import type { NotificationMessage } from './notifications.types.ts';

/** A Slack incoming-webhook message: a fallback `text` and blocks. */
export function slackMessage(message: NotificationMessage): Record<string, unknown> {
  const i = message.incident;
  const fields: { type: 'mrkdwn'; text: string }[] = [];
  if (i) {
    fields.push({ type: 'mrkdwn', text: `*Severity*\n${i.severity}` });
    fields.push({ type: 'mrkdwn', text: `*Status*\n${i.status}` });
    if (i.environment) fields.push({ type: 'mrkdwn', text: `*Environment*\n${i.environment}` });
    if (i.deployment) {
      fields.push({
        type: 'mrkdwn',
        text: `*Deployment*\n${i.deployment.namespace}/${i.deployment.name}`,
      });
    }
  }
  const blocks: Record<string, unknown>[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: i ? `INC-${i.number} ${i.title}`.slice(0, 150) : 'Backline',
      },
    },
    { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(message.text) } },
  ];
  if (fields.length) blocks.push({ type: 'section', fields });
  if (message.onCall.length) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `On call: ${message.onCall.map((p) => escapeMrkdwn(p.name)).join(', ')}`,
        },
      ],
    });
  }
  return { text: message.text, blocks };
}

function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function emailMessage(message: NotificationMessage): { subject: string; text: string } {
  const i = message.incident;
  const lines = [message.text, ''];
  if (i) {
    lines.push(`Incident: INC-${i.number} ${i.title}`);
    lines.push(`Severity: ${i.severity}`);
    lines.push(`Status: ${i.status}`);
    if (i.environment) lines.push(`Environment: ${i.environment}`);
    if (i.deployment) lines.push(`Deployment: ${i.deployment.namespace}/${i.deployment.name}`);
  }
  if (message.onCall.length) {
    lines.push(`On call: ${message.onCall.map((p) => `${p.name} <${p.email}>`).join(', ')}`);
  }
  lines.push(`At: ${message.at}`);
  return { subject: i ? `[${i.severity}] ${message.text}` : message.text, text: lines.join('\n') };
}
