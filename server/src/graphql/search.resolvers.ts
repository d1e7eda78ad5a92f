import { roleAtLeast } from '../auth/roles.ts';
import type { AccessPolicy } from './access.ts';
import type { Resolvers, SearchHit } from './generated/resolvers-types.ts';
import type { Services } from './services.ts';

export const searchAccess: AccessPolicy = { 'Query.search': 'VIEWER' };

/** How well `text` matches `value`: the whole of it, its start, a word of it, anywhere; else 0. */
export function matchScore(value: string, text: string): number {
  const v = value.toLowerCase();
  const t = text.toLowerCase();
  if (!t) return 0;
  if (v === t) return 4;
  if (v.startsWith(t)) return 3;
  if (v.split(/[^a-z0-9]+/).some((word) => word.startsWith(t))) return 2;
  return v.includes(t) ? 1 : 0;
}

function best<T>(items: T[], text: string, fields: (item: T) => string[], first: number): T[] {
  return items
    .map((item) => ({ item, score: Math.max(...fields(item).map((f) => matchScore(f, text))) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, first)
    .map((x) => x.item);
}

/**
 * One search over what a console user jumps to. Each kind is read through its own service, and
 * only where the caller's role may read it: tickets from SUPPORT up, people for admins.
 */
async function search(
  services: Services,
  role: Parameters<typeof roleAtLeast>[0],
  text: string,
  first: number,
): Promise<SearchHit[]> {
  const q = text.trim().slice(0, 200);
  if (!q) return [];
  const [deployments, incidents, tickets, models, users] = await Promise.all([
    services.deployments.listAll(),
    services.incidents.list({ search: q, first }),
    roleAtLeast(role, 'SUPPORT') ? services.tickets.list({ search: q, first }) : [],
    services.catalog.listModels(),
    roleAtLeast(role, 'ADMIN') ? services.users.list() : [],
  ]);
  return [
    ...best(deployments, q, (d) => [d.name, `${d.namespace}/${d.name}`], first).map(
      (d): SearchHit => ({
        kind: 'DEPLOYMENT',
        id: d.id,
        title: d.name,
        subtitle: `${d.namespace} · ${d.environment}`,
        path: `/deployments/${encodeURIComponent(d.namespace)}/${encodeURIComponent(d.name)}`,
      }),
    ),
    ...incidents.map(
      (i): SearchHit => ({
        kind: 'INCIDENT',
        id: i.id,
        title: `INC-${i.number} ${i.title}`,
        subtitle: `${i.severity} · ${i.status}`,
        path: `/incidents/INC-${i.number}`,
      }),
    ),
    ...tickets.map(
      (t): SearchHit => ({
        kind: 'TICKET',
        id: t.id,
        title: `T-${t.number} ${t.subject}`,
        subtitle: `${t.priority} · ${t.status}`,
        path: `/tickets/T-${t.number}`,
      }),
    ),
    ...best(models, q, (m) => [m.name, m.family, m.source], first).map(
      (m): SearchHit => ({
        kind: 'MODEL',
        id: m.id,
        title: m.name,
        subtitle: m.source,
        path: `/catalog?model=${encodeURIComponent(m.id)}`,
      }),
    ),
    ...best(
      users.filter((u) => !u.disabled),
      q,
      (u) => [u.name, u.email],
      first,
    ).map(
      (u): SearchHit => ({
        kind: 'PERSON',
        id: u.id,
        title: u.name,
        subtitle: `${u.email} · ${u.role}`,
        path: '/settings/users',
      }),
    ),
  ];
}

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, { text, first }, { services, principal }) =>
      search(services, principal?.role ?? 'VIEWER', text, Math.min(Math.max(first ?? 5, 1), 20)),
  },
};
