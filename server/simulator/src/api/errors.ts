import type { ResourceDef } from './resources.ts';
import { qualifiedName } from './resources.ts';

export interface StatusCause {
  reason?: string;
  message: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: { resourceVersion?: string; continue?: string };
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

/** The metav1.Status body of a failed request. */
export function failureStatus(
  code: number,
  reason: string,
  message: string,
  details?: StatusDetails,
): Status {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  };
}

/** An error that the API server answers with a metav1.Status body. */
export class ApiError extends Error {
  readonly status: Status;

  constructor(code: number, reason: string, message: string, details?: StatusDetails) {
    super(message);
    this.status = failureStatus(code, reason, message, details);
  }

  get code(): number {
    return this.status.code;
  }
}

function resourceDetails(def: ResourceDef, name?: string): StatusDetails {
  return {
    ...(name !== undefined ? { name } : {}),
    ...(def.group ? { group: def.group } : {}),
    kind: def.resource,
  };
}

export function notFound(def: ResourceDef, name: string): ApiError {
  return new ApiError(
    404,
    'NotFound',
    `${qualifiedName(def)} "${name}" not found`,
    resourceDetails(def, name),
  );
}

export function namespaceNotFound(name: string): ApiError {
  return new ApiError(404, 'NotFound', `namespaces "${name}" not found`, {
    name,
    kind: 'namespaces',
  });
}

export function resourceNotFound(): ApiError {
  return new ApiError(404, 'NotFound', 'the server could not find the requested resource', {});
}

export function alreadyExists(def: ResourceDef, name: string): ApiError {
  return new ApiError(
    409,
    'AlreadyExists',
    `${qualifiedName(def)} "${name}" already exists`,
    resourceDetails(def, name),
  );
}

export function conflict(def: ResourceDef, name: string): ApiError {
  return new ApiError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedName(def)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    resourceDetails(def, name),
  );
}

export function conflictWithMessage(
  def: ResourceDef,
  name: string,
  message: string,
  causes?: StatusCause[],
): ApiError {
  return new ApiError(409, 'Conflict', message, {
    ...resourceDetails(def, name),
    ...(causes ? { causes } : {}),
  });
}

/** 422 Invalid, with the message built from the causes exactly as the real API server does. */
export function invalid(
  def: { kind: string; group: string },
  name: string,
  causes: StatusCause[],
): ApiError {
  const parts = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const summary = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  const kind = def.group ? `${def.kind}.${def.group}` : def.kind;
  return new ApiError(422, 'Invalid', `${kind} "${name}" is invalid: ${summary}`, {
    name,
    ...(def.group ? { group: def.group } : {}),
    kind: def.kind,
    causes,
  });
}

/** 504 for a resourceVersion the server has not reached, as the storage layer answers it. */
export function tooLargeResourceVersion(wanted: number, current: number): ApiError {
  return new ApiError(
    504,
    'Timeout',
    `Too large resource version: ${wanted}, current: ${current}`,
    {
      causes: [{ reason: 'ResourceVersionTooLarge', message: 'Too large resource version' }],
      retryAfterSeconds: 1,
    },
  );
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, 'BadRequest', message);
}

export function methodNotAllowed(): ApiError {
  return new ApiError(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
    {},
  );
}

export function unsupportedMediaType(contentType: string, accepted: string[]): ApiError {
  return new ApiError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
    { causes: [{ reason: 'UnexpectedServerResponse', message: contentType }] },
  );
}

export function gone(message: string): ApiError {
  return new ApiError(410, 'Expired', message);
}

export function unauthorized(): ApiError {
  return new ApiError(401, 'Unauthorized', 'Unauthorized');
}

export function forbidden(message: string, details: StatusDetails): ApiError {
  return new ApiError(403, 'Forbidden', message, details);
}

/** 406 for an Accept header naming no type the server can answer in. */
export function notAcceptable(): ApiError {
  return new ApiError(
    406,
    'NotAcceptable',
    'the server was unable to respond with a content type that the client supports',
  );
}

export function serviceUnavailable(message: string): ApiError {
  return new ApiError(503, 'ServiceUnavailable', message);
}

export function internalError(message: string): ApiError {
  return new ApiError(500, 'InternalError', `Internal error occurred: ${message}`, {
    causes: [{ message }],
  });
}

export function successStatus(def: ResourceDef, name: string, uid?: string): Status {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: { ...resourceDetails(def, name), ...(uid ? { uid } : {}) },
    code: 200,
  };
}
