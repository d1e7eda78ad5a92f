import type { IncomingHttpHeaders } from 'node:http';
import { isRecord } from '../store/types.ts';
import type { ApiContext, AuthToken } from './context.ts';
import { forbidden, unauthorized } from './errors.ts';
import { type RequestAttributes, rbacAllows, serviceAccountUser, type UserInfo } from './rbac.ts';
import type { ResourceRequest } from './request.ts';

/**
 * Who a request acts as: a static token with an allow-list of verbs and resources, or a user
 * whose requests RBAC decides (a static token's user and groups, or a ServiceAccount's).
 */
export type Caller =
  | { kind: 'allow-list'; token: AuthToken; user: UserInfo }
  | { kind: 'rbac'; user: UserInfo };

/** The requests log keeps this many decisions, the newest. */
const LOG_LIMIT = 50_000;

/**
 * Who presented credentials: a static token's user or a ServiceAccount's (401 for a token that is
 * neither). Without credentials, the embedded cluster's administrator when the simulator was
 * started without tokens (undefined), else 401. client-go does not send a bearer token over plain
 * HTTP, so kubectl talks to the simulator as that administrator and acts as others with `--as`.
 */
export function authenticate(ctx: ApiContext, headers: IncomingHttpHeaders): Caller | undefined {
  const header = headers.authorization ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (!token) {
    if (ctx.auth) throw unauthorized();
    return undefined;
  }
  const found = ctx.auth?.tokens.find((t) => t.token === token);
  if (found) {
    if (found.verbs || found.resources) {
      return {
        kind: 'allow-list',
        token: found,
        user: { username: found.user, groups: ['system:authenticated'] },
      };
    }
    const groups = found.groups ?? ['system:masters'];
    return {
      kind: 'rbac',
      user: { username: found.user, groups: [...groups, 'system:authenticated'] },
    };
  }
  const account = ctx.serviceAccountTokens.verify(token, ctx.clock.now());
  if (account) {
    // A deleted (or deleted and re-created) account's tokens stop working.
    const sa = ctx.store.get('/serviceaccounts', account.namespace, account.name);
    if (sa && isRecord(sa.metadata) && sa.metadata.uid === account.uid) {
      return {
        kind: 'rbac',
        user: serviceAccountUser(account.namespace, account.name, account.uid),
      };
    }
  }
  throw unauthorized();
}

const SERVICE_ACCOUNT = /^system:serviceaccount:([^:]+):([^:]+)$/;

function headerValues(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * Impersonation (`kubectl --as`, `--as-group`): the request acts as another user when the caller
 * may `impersonate` users (or that ServiceAccount) and groups, as the API server checks it.
 */
export function impersonate(
  ctx: ApiContext,
  caller: Caller | undefined,
  headers: IncomingHttpHeaders,
): Caller | undefined {
  const username = headerValues(headers['impersonate-user'])[0];
  const groups = headerValues(headers['impersonate-group']);
  if (!username) {
    if (groups.length) throw forbidden('requested groups without a user to impersonate', {});
    return caller;
  }
  const sa = SERVICE_ACCOUNT.exec(username);
  const checks: RequestAttributes[] = [
    sa
      ? {
          verb: 'impersonate',
          group: '',
          resource: 'serviceaccounts',
          subresource: '',
          namespace: sa[1],
          name: sa[2],
        }
      : {
          verb: 'impersonate',
          group: '',
          resource: 'users',
          subresource: '',
          namespace: undefined,
          name: username,
        },
    ...groups.map((g) => ({
      verb: 'impersonate',
      group: '',
      resource: 'groups',
      subresource: '',
      namespace: undefined,
      name: g,
    })),
  ];
  if (caller) {
    for (const a of checks) {
      if (allows(ctx, caller, a)) continue;
      const resource = `${a.resource} "${a.name}"`;
      throw forbidden(
        `${resource} is forbidden: User "${caller.user.username}" cannot impersonate resource "${a.resource}" in API group "" ${a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope'}`,
        { name: a.name ?? '', kind: a.resource },
      );
    }
  }
  if (sa?.[1] && sa[2]) {
    const account = serviceAccountUser(sa[1], sa[2], '');
    return {
      kind: 'rbac',
      user: { username, groups: [...new Set([...groups, ...account.groups])] },
    };
  }
  return { kind: 'rbac', user: { username, groups: [...groups, 'system:authenticated'] } };
}

/** The attributes of a request on a resource, as the authorizer sees them. */
export function attributesOf(r: ResourceRequest): RequestAttributes {
  return {
    verb: r.verb,
    group: r.def.group,
    resource: r.def.resource,
    subresource: r.subresource ?? '',
    namespace: r.namespace,
    name: r.name,
  };
}

/** Whether the caller may make a request with these attributes. */
export function allows(ctx: ApiContext, caller: Caller, a: RequestAttributes): boolean {
  if (caller.kind === 'rbac') return rbacAllows(ctx.store, caller.user, a);
  const { verbs, resources } = caller.token;
  const combined = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const verbOk = !verbs || verbs.includes('*') || verbs.includes(a.verb);
  const resourceOk =
    !resources ||
    resources.includes('*') ||
    resources.includes(combined) ||
    resources.includes(a.resource);
  return verbOk && resourceOk;
}

/** Allows the request or answers 403 with the API server's Forbidden message; logs the decision. */
export function authorize(ctx: ApiContext, caller: Caller, r: ResourceRequest): void {
  const a = attributesOf(r);
  const allowed = allows(ctx, caller, a);
  ctx.requestLog.push({ user: caller.user.username, ...a, allowed });
  if (ctx.requestLog.length > LOG_LIMIT)
    ctx.requestLog.splice(0, ctx.requestLog.length - LOG_LIMIT);
  if (allowed) return;
  const resource = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const qualified = a.group ? `${a.resource}.${a.group}` : a.resource;
  const subject = r.name ? `${qualified} "${r.name}"` : qualified;
  const scope = r.namespace ? `in the namespace "${r.namespace}"` : 'at the cluster scope';
  const message = `${subject} is forbidden: User "${caller.user.username}" cannot ${a.verb} resource "${resource}" in API group "${a.group}" ${scope}`;
  throw forbidden(message, {
    ...(r.name ? { name: r.name } : {}),
    ...(a.group ? { group: a.group } : {}),
    kind: a.resource,
  });
}
