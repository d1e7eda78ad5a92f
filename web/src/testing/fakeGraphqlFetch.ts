/** A GraphQL response body as the server sends it. */
export interface FakeResponse {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export type FakeHandler = (
  variables: Record<string, unknown>,
) => FakeResponse | Promise<FakeResponse>;

export interface RecordedCall {
  operationName: string;
  variables: Record<string, unknown>;
  method: string;
  contentType: string | null;
}

/**
 * A `fetch` that answers GraphQL requests by operation name, so components run through the
 * real client, exchanges and cache against canned server responses. Handlers are keyed by the
 * operation name with a lower-case first letter (`apiTokens` answers `query ApiTokens`).
 */
export function createFakeGraphqlFetch(handlers: Record<string, FakeHandler>) {
  const calls: RecordedCall[] = [];
  const fakeFetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body ?? '{}')) as {
      operationName?: string;
      variables?: Record<string, unknown>;
    };
    const operationName = body.operationName ?? '';
    const variables = body.variables ?? {};
    const headers = new Headers(init?.headers);
    calls.push({
      operationName,
      variables,
      method: init?.method ?? 'GET',
      contentType: headers.get('content-type'),
    });
    const handler = handlers[operationName.charAt(0).toLowerCase() + operationName.slice(1)];
    const result: FakeResponse = handler
      ? await handler(variables)
      : { errors: [{ message: `No fake handler for ${operationName}` }] };
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return {
    fetch: fakeFetch as typeof fetch,
    calls,
    callsTo: (operationName: string) => calls.filter((c) => c.operationName === operationName),
  };
}

export function graphqlError(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}
