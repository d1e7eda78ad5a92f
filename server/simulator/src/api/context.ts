import type { SimClock } from '../clock.ts';
import type { ObjectStore } from '../store/store.ts';
import type { Pod } from '../store/types.ts';
import type { RequestAttributes, ServiceAccountTokens } from './rbac.ts';
import type { Registry } from './registry.ts';

export interface LogOptions {
  container?: string;
  previous: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  timestamps: boolean;
  limitBytes?: number;
  follow: boolean;
}

export interface LogStream {
  /** Lines so far, already formatted. */
  text: string;
  /** For `follow=true`: called with each new line until the container stops; returns an unsubscribe. */
  follow?: (onLine: (line: string) => void, onEnd: () => void) => () => void;
}

export interface ProxyRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface ProxyResponse {
  status: number;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Streaming body (server-sent events); ends when the iterator finishes. */
  stream?: AsyncIterable<string>;
}

/** What the API server needs from the node side: container logs and the pods/proxy subresource. */
export interface PodBackend {
  logs(pod: Pod, options: LogOptions): LogStream;
  proxy(pod: Pod, port: number, request: ProxyRequest, signal: AbortSignal): Promise<ProxyResponse>;
}

export interface AuthToken {
  token: string;
  user: string;
  /**
   * The user's groups. Without groups, verbs or resources the token is the cluster's
   * administrator (group system:masters, bound to cluster-admin); with groups, RBAC decides.
   */
  groups?: string[];
  /** An allow-list instead of RBAC: only these verbs on these resources. */
  verbs?: string[];
  resources?: string[];
}

/** One request the API server decided on, as its audit log records it. */
export interface RequestRecord extends RequestAttributes {
  user: string;
  allowed: boolean;
}

export interface ApiContext {
  store: ObjectStore;
  registry: Registry;
  clock: SimClock;
  /** Closers of every open watch, log follow and proxy stream. */
  watches: Set<() => void>;
  pods: PodBackend;
  /** Ends each open watch with a 410 ERROR event (after a compaction that expires watches). */
  watchExpirers?: Set<() => void>;
  auth?: { tokens: AuthToken[] };
  /** Issues and checks ServiceAccount tokens (TokenRequest). */
  serviceAccountTokens: ServiceAccountTokens;
  /** The decisions on authenticated requests, newest last (bounded). */
  requestLog: RequestRecord[];
  /**
   * Extra routes under /sim/v1 (faults, the gateway's counters); returns undefined when the path
   * is not theirs. An answer with a `contentType` goes out as that text, the rest as JSON.
   */
  simRoutes?: (method: string, path: string, body: Buffer) => SimAnswer | undefined;
}

/** An answer of the simulator's own API (/sim/v1). */
export interface SimAnswer {
  status: number;
  body: unknown;
  /** Sent as plain text of this type (e.g. the Prometheus text format) instead of JSON. */
  contentType?: string;
}
