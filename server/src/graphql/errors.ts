import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
// Every domain's error codes: the one place that says what a caller sees for each.
import type { AuthErrorCode } from '../auth/auth.errors.ts';
import type { BehaviourErrorCode } from '../behaviour/index.ts';
import type { CatalogErrorCode } from '../catalog/index.ts';
import type { CostsErrorCode } from '../costs/index.ts';
import type { DeploymentsErrorCode } from '../deployments/index.ts';
import type { IncidentsErrorCode } from '../incidents/index.ts';
import type { NotificationsErrorCode } from '../notifications/index.ts';
import type { OnCallErrorCode } from '../oncall/index.ts';
import type { PostmortemsErrorCode } from '../postmortems/index.ts';
import type { RolloutsErrorCode } from '../rollouts/index.ts';
import { AppError, type InputErrorCode } from '../shared/errors.ts';
import type { StatusPageErrorCode } from '../statuspage/index.ts';
import type { TicketsErrorCode } from '../tickets/index.ts';

/** Every code a domain error may carry. */
export type DomainErrorCode =
  | InputErrorCode
  | AuthErrorCode
  | BehaviourErrorCode
  | CatalogErrorCode
  | CostsErrorCode
  | DeploymentsErrorCode
  | IncidentsErrorCode
  | NotificationsErrorCode
  | OnCallErrorCode
  | PostmortemsErrorCode
  | RolloutsErrorCode
  | StatusPageErrorCode
  | TicketsErrorCode;

/** What the API exposes as `extensions.code`, with the HTTP status of a request that meets it. */
export const PUBLIC_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 200,
  BAD_USER_INPUT: 200,
  NOT_FOUND: 200,
  CONFLICT: 200,
  // A 429 says when to come back, for clients that read headers, not bodies.
  RATE_LIMITED: 429,
  PASSWORD_CHANGE_REQUIRED: 200,
} as const;
export type PublicErrorCode = keyof typeof PUBLIC_ERROR_STATUS;

/**
 * The `extensions.code` each domain error code is answered with. A code missing here (or named
 * here without being a domain's) fails the type check.
 */
export const PUBLIC_ERROR_CODE = {
  INVALID_INPUT: 'BAD_USER_INPUT',
  // auth
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  BAD_CREDENTIALS: 'UNAUTHENTICATED',
  ROLE_TOO_LOW: 'FORBIDDEN',
  OTHERS_TOKENS_FORBIDDEN: 'FORBIDDEN',
  TOKEN_ROLE_TOO_HIGH: 'FORBIDDEN',
  PASSWORD_SIGN_IN_DISABLED: 'FORBIDDEN',
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  SIGN_IN_THROTTLED: 'RATE_LIMITED',
  NOT_A_SESSION: 'BAD_USER_INPUT',
  LOGIN_OVER_WEBSOCKET: 'BAD_USER_INPUT',
  WEAK_PASSWORD: 'BAD_USER_INPUT',
  WRONG_PASSWORD: 'BAD_USER_INPUT',
  PASSWORD_UNCHANGED: 'BAD_USER_INPUT',
  NO_PASSWORD: 'BAD_USER_INPUT',
  TOKEN_OUTLIVES_PARENT: 'BAD_USER_INPUT',
  EMAIL_TAKEN: 'CONFLICT',
  LAST_ADMIN: 'CONFLICT',
  TOKEN_NOT_FOUND: 'NOT_FOUND',
  // records looked up by id or name
  USER_NOT_FOUND: 'NOT_FOUND',
  MODEL_NOT_FOUND: 'NOT_FOUND',
  RELEASE_NOT_FOUND: 'NOT_FOUND',
  DEPLOYMENT_NOT_FOUND: 'NOT_FOUND',
  POD_NOT_FOUND: 'NOT_FOUND',
  PROMPT_NOT_FOUND: 'NOT_FOUND',
  INCIDENT_NOT_FOUND: 'NOT_FOUND',
  POSTMORTEM_NOT_FOUND: 'NOT_FOUND',
  ACTION_ITEM_NOT_FOUND: 'NOT_FOUND',
  ROLLOUT_NOT_FOUND: 'NOT_FOUND',
  TICKET_NOT_FOUND: 'NOT_FOUND',
  CHANNEL_NOT_FOUND: 'NOT_FOUND',
  RECORD_NOT_FOUND: 'NOT_FOUND',
  API_PRICE_NOT_FOUND: 'NOT_FOUND',
  // names that must be unique
  MODEL_NAME_TAKEN: 'CONFLICT',
  PROMPT_NAME_TAKEN: 'CONFLICT',
  CHANNEL_NAME_TAKEN: 'CONFLICT',
  NAME_TAKEN: 'CONFLICT',
  // input the domain refuses
  INVALID_IMAGE: 'BAD_USER_INPUT',
  MERGE_INTO_SELF: 'BAD_USER_INPUT',
  NOBODY_NAMED: 'BAD_USER_INPUT',
  NOT_READY_TO_PUBLISH: 'BAD_USER_INPUT',
  NOTHING_TO_CHANGE: 'BAD_USER_INPUT',
  NAME_NOT_CONFIRMED: 'BAD_USER_INPUT',
  EMAIL_ADDRESS_MISSING: 'BAD_USER_INPUT',
  MONTH_NOT_STARTED: 'BAD_USER_INPUT',
  // the state of things does not allow it
  NO_CLUSTER: 'CONFLICT',
  NO_READY_POD: 'CONFLICT',
  MERGE_TARGET_CLOSED: 'CONFLICT',
  SEVERITY_UNCHANGED: 'CONFLICT',
  SIGNAL_CONTENDED: 'CONFLICT',
  ILLEGAL_TRANSITION: 'CONFLICT',
  POSTMORTEM_EXISTS: 'CONFLICT',
  POSTMORTEM_PUBLISHED: 'CONFLICT',
  CLOSE_NEEDS_POSTMORTEM: 'CONFLICT',
  ROLLOUT_UNDER_WAY: 'CONFLICT',
  CHANGED_MEANWHILE: 'CONFLICT',
  TICKET_CLOSED: 'CONFLICT',
  NOT_LINKED: 'CONFLICT',
  CHANNEL_IN_USE: 'CONFLICT',
  BEING_DELETED: 'CONFLICT',
  CREATED_CONCURRENTLY: 'CONFLICT',
  NO_EARLIER_RELEASE: 'CONFLICT',
  ALREADY_RUNS_RELEASE: 'CONFLICT',
  OBSERVED_NOT_MANAGED: 'CONFLICT',
  NOT_ADOPTABLE: 'CONFLICT',
  NOT_ADOPTED: 'CONFLICT',
  GATEWAY_UNUSABLE: 'BAD_USER_INPUT',
  NEEDS_GATEWAY: 'BAD_USER_INPUT',
  CANNOT_BE_ON_CALL: 'BAD_USER_INPUT',
  PRICE_VERSION_EXISTS: 'CONFLICT',
} as const satisfies Record<DomainErrorCode, PublicErrorCode>;

/** A domain error as the caller sees it, or null when it is not one (and must be masked). */
export function publicError(
  error: unknown,
): { code: PublicErrorCode; status: number; error: AppError<string> } | null {
  if (!(error instanceof AppError)) return null;
  const code: PublicErrorCode | undefined = Object.hasOwn(PUBLIC_ERROR_CODE, error.code)
    ? PUBLIC_ERROR_CODE[error.code as DomainErrorCode]
    : undefined;
  return code ? { code, status: PUBLIC_ERROR_STATUS[code], error } : null;
}

/** Codes Apollo and graphql-js give to problems with the request itself: safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Maps errors to what the caller sees: a domain error keeps its message and gets its public
 * code, a request error stays as graphql-js put it, anything else is logged and masked.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const known = publicError(original);
    if (known) {
      const { fields, retryAfterSeconds } = known.error;
      return {
        message: known.error.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: known.code,
          ...(fields ? { fields } : {}),
          ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Gives a response the HTTP status of the domain errors it carries (401 for a caller who must
 * sign in, 429 with Retry-After for one who must wait); the rest answer as GraphQL does.
 */
export function errorStatusPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          for (const error of errors ?? []) {
            const known = publicError(unwrapResolverError(error));
            if (!known || known.status === 200) continue;
            response.http.status = known.status;
            const wait = known.error.retryAfterSeconds;
            if (wait) response.http.headers.set('retry-after', String(wait));
          }
        },
      };
    },
  };
}
