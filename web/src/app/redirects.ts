/** `/login?next=…`, remembering where the user was going. */
export function loginPath(next: string): string {
  if (!next || next === '/' || next.startsWith('/login')) return '/login';
  return `/login?${new URLSearchParams({ next }).toString()}`;
}

/** The `next` parameter when it is a path on this site, so login cannot redirect elsewhere. */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}
