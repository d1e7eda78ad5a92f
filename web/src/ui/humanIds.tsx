import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The console's page of an incident, by the id people say: /incidents/INC-12. */
export function incidentPath(incident: { number: number }): string {
  return `/incidents/INC-${incident.number}`;
}

/** The console's page of a ticket, by the id people say: /tickets/T-1001. */
export function ticketPath(ticket: { reference: string }): string {
  return `/tickets/${encodeURIComponent(ticket.reference)}`;
}

/** INC-12 or T-1001 standing as a word of its own. */
const MENTION = /\b(INC-\d+|T-\d+)\b/g;

/** `text` with each INC-n and T-n it mentions as a link to that incident's or ticket's page. */
export function linkMentions(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const mention = match[1] ?? match[0];
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    const to = mention.startsWith('INC-')
      ? `/incidents/${mention}`
      : `/tickets/${encodeURIComponent(mention)}`;
    parts.push(
      <Anchor key={`${at}-${mention}`} component={Link} to={to} inherit>
        {mention}
      </Anchor>,
    );
    last = at + mention.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Text whose INC-n and T-n mentions are links. */
export function MentionText({ children }: { children: string }) {
  return <>{linkMentions(children)}</>;
}
