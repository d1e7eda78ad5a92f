/** What the benches share: percentiles and GraphQL as the bootstrap admin. */

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function gql<T>(
  url: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Signs the bootstrap admin in with `password`; the session cookie to send back. */
export async function signIn(url: string, password: string): Promise<string> {
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($p: String!) { login(email: "admin@backline.local", password: $p) { viewer { role } } }',
      variables: { p: password },
    }),
  });
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Registers the small model the benches deploy; its id. */
export async function benchModel(url: string, cookie: string): Promise<string> {
  const model = await gql<{ registerModel: { model: { id: string } } }>(
    url,
    cookie,
    `mutation { registerModel(input: { name: "bench", family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
      revision: "main", license: "Apache-2.0", parameterCountBillions: 0.5, contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
  );
  return model.registerModel.model.id;
}
