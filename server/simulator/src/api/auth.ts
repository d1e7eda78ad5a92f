import type { IncomingHttpHeaders } from 'node:http';
import type { AuthToken } from './context.ts';
import { forbidden, unauthorized } from './errors.ts';
import type { ResourceRequest } from './request.ts';

/** Finds the user of a bearer token; 401 Unauthorized when the token is missing or unknown. */
export function authenticate(tokens: AuthToken[], headers: IncomingHttpHeaders): AuthToken {
  const header = headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  const found = match ? tokens.find((t) => t.token === match[1]?.trim()) : undefined;
  if (!found) throw unauthorized();
  return found;
}

/** RBAC as a token's verbs/resources lists: 403 with the real Forbidden message when not allowed. */
export function authorize(user: AuthToken, r: ResourceRequest): void {
  const resource = r.subresource ? `${r.def.resource}/${r.subresource}` : r.def.resource;
  const verb =
    r.subresource === 'proxy' || r.subresource === 'log'
      ? r.verb === 'get'
        ? 'get'
        : r.verb
      : r.verb;
  const verbOk = !user.verbs || user.verbs.includes('*') || user.verbs.includes(verb);
  const resourceOk =
    !user.resources ||
    user.resources.includes('*') ||
    user.resources.includes(resource) ||
    user.resources.includes(r.def.resource);
  if (verbOk && resourceOk) return;
  const qualified = r.def.group ? `${r.def.resource}.${r.def.group}` : r.def.resource;
  const subject = r.name ? `${qualified} "${r.name}"` : qualified;
  const scope = r.namespace ? `in the namespace "${r.namespace}"` : 'at the cluster scope';
  const message = `${subject} is forbidden: User "${user.user}" cannot ${verb} resource "${resource}" in API group "${r.def.group}" ${scope}`;
  throw forbidden(message, {
    ...(r.name ? { name: r.name } : {}),
    ...(r.def.group ? { group: r.def.group } : {}),
    kind: r.def.resource,
  });
}
