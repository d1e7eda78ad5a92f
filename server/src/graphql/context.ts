import type { Logger } from 'pino';
import type { AuthFailure, Principal } from '../auth/index.ts';
import type { Loaders } from './loaders.ts';
import type { Services } from './services.ts';

export type { Services } from './services.ts';

/** Sets and clears the session cookie; only over HTTP, not over the websocket. */
export interface SessionCookie {
  set(secret: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphQLContext {
  requestId: string;
  principal: Principal | null;
  /** Why the credentials the request carried were refused, when they were. */
  authFailure: AuthFailure | null;
  services: Services;
  /** Batched lookups for fields of list items, made for this operation. */
  loaders: Loaders;
  sessionCookie: SessionCookie | null;
  client: { ip: string | null; userAgent: string | null };
  logger: Logger;
}
