export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data: T | null;
  errors: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] | undefined;
}

export interface Credentials {
  cookie?: string;
  token?: string;
}

/** Posts a GraphQL operation the way the console and scripts do. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  credentials: Credentials = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (credentials.cookie) headers.cookie = credentials.cookie;
  if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphQLResponse['errors'] };
  return {
    status: response.status,
    headers: response.headers,
    data: body.data ?? null,
    errors: body.errors,
  };
}

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { viewer { role user { id email } } }
}`;

/** Signs in and returns the session cookie to send back (`name=value`). */
export async function login(url: string, email: string, password: string): Promise<string> {
  const result = await graphql(url, LOGIN, { email, password });
  const setCookie = result.headers.get('set-cookie');
  if (result.errors || !setCookie) {
    throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
  }
  return setCookie.split(';')[0] as string;
}

/** The password `userWithRole` users choose for themselves at first sign-in. */
export const USER_PASSWORD = 'a-long-enough-password';
/** The initial password an admin gives them. */
export const INITIAL_PASSWORD = 'initial-password-from-admin';

/**
 * Creates a user as `admin`, signs in with the initial password, replaces it with
 * USER_PASSWORD as the first sign-in requires, and returns that session's cookie.
 */
export async function userWithRole(
  url: string,
  adminCookie: string,
  role: 'ADMIN' | 'SRE' | 'SUPPORT' | 'VIEWER',
  email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
): Promise<{ id: string; email: string; cookie: string }> {
  const created = await graphql<{ createUser: { user: { id: string } } }>(
    url,
    `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
    { input: { email, name: `${role} user`, role, password: INITIAL_PASSWORD } },
    { cookie: adminCookie },
  );
  if (!created.data) throw new Error(`createUser failed: ${JSON.stringify(created.errors)}`);
  const cookie = await login(url, email, INITIAL_PASSWORD);
  const changed = await graphql(
    url,
    'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
    { input: { currentPassword: INITIAL_PASSWORD, newPassword: USER_PASSWORD } },
    { cookie },
  );
  if (changed.errors) throw new Error(`changePassword failed: ${JSON.stringify(changed.errors)}`);
  return { id: created.data.createUser.user.id, email, cookie };
}
