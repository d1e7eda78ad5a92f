import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accounts by login name (their `sub`); change them between sign-ins to change the claims. */
  accounts: Map<string, TestAccount>;
  stop(): Promise<void>;
}

/** A port nobody listens on right now, for a server that must know its URL before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A real OpenID Connect provider (oidc-provider) on a random port, with one confidential
 * client for Backline and its development login and consent pages: any password is
 * accepted, the login name picks the account. Email and groups are served from userinfo
 * (the provider keeps ID tokens to the `sub` in the code flow), as many real providers do.
 */
export async function startIdentityProvider(options: {
  redirectUris: string[];
  accounts?: Record<string, TestAccount>;
}): Promise<TestIdentityProvider> {
  const accounts = new Map(Object.entries(options.accounts ?? {}));
  const clientId = 'backline';
  const clientSecret = 'backline-test-client-secret';
  let handler: (req: Parameters<Server['emit']>[1], res: unknown) => void = () => {};
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    scopes: ['openid', 'email', 'profile', 'groups'],
    cookies: { keys: ['test-only-cookie-signing-key'] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...accounts.get(sub) }) };
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();
  handler = (req, res) => void callback(req as never, res as never);
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A provider and the settings for a Backline server to use it: Backline's port is chosen
 * first, as the provider must know the redirect URL. Pass `env` to startTestServer.
 */
export async function startSingleSignOn(
  accounts: Record<string, TestAccount>,
  roleMap: string,
): Promise<{ idp: TestIdentityProvider; env: Record<string, string> }> {
  const port = await freePort();
  const redirectUrl = `http://127.0.0.1:${port}/auth/oidc/callback`;
  const idp = await startIdentityProvider({ redirectUris: [redirectUrl], accounts });
  return {
    idp,
    env: {
      PORT: String(port),
      BACKLINE_OIDC_ISSUER_URL: idp.issuer,
      BACKLINE_OIDC_CLIENT_ID: idp.clientId,
      BACKLINE_OIDC_CLIENT_SECRET: idp.clientSecret,
      BACKLINE_OIDC_REDIRECT_URL: redirectUrl,
      BACKLINE_OIDC_SCOPES: 'openid email profile groups',
      BACKLINE_OIDC_ROLE_MAP: roleMap,
      BACKLINE_OIDC_DISPLAY_NAME: 'Acme SSO',
    },
  };
}

/** Cookies per origin, as a browser keeps them (paths and expiry times aside). */
export class CookieJar {
  readonly #byOrigin = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.#byOrigin.get(url.origin) ?? new Map()).entries()]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
  }

  get(origin: string, name: string): string | undefined {
    return this.#byOrigin.get(origin)?.get(name);
  }

  store(url: URL, response: Response): void {
    const cookies = this.#byOrigin.get(url.origin) ?? new Map<string, string>();
    this.#byOrigin.set(url.origin, cookies);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      const gone = attributes.some(
        (a) =>
          /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now()),
      );
      if (gone || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
  }
}

export interface BrowseResult {
  /** The last URL at Backline: the console page the sign-in ended on. */
  landed: URL;
  jar: CookieJar;
  /** Every Backline response on the way, for header checks. */
  backlineResponses: { url: URL; response: Response }[];
}

/**
 * Drives the redirect dance the way a browser would: manual redirects, cookies carried per
 * origin, and the provider's login form (login name = account) and consent form submitted.
 * `onCallback` may change the provider's redirect back to Backline before it is followed.
 */
export async function signInThroughProvider(
  backlineUrl: string,
  login: string,
  options: { next?: string; jar?: CookieJar; onCallback?: (url: URL) => URL | Promise<URL> } = {},
): Promise<BrowseResult> {
  const jar = options.jar ?? new CookieJar();
  const backline = new URL(backlineUrl).origin;
  const backlineResponses: BrowseResult['backlineResponses'] = [];
  let url = new URL(
    `/auth/oidc/login${options.next ? `?${new URLSearchParams({ next: options.next })}` : ''}`,
    backlineUrl,
  );
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop++) {
    if (url.origin === backline && url.pathname === '/auth/oidc/callback' && options.onCallback) {
      url = await options.onCallback(url);
    }
    const headers = new Headers(init.headers);
    const cookie = jar.header(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    jar.store(url, response);
    init = {};
    if (url.origin === backline) backlineResponses.push({ url, response });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      continue;
    }
    if (url.origin === backline) return { landed: url, jar, backlineResponses };
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !prompt) {
      throw new Error(`unexpected page from the provider at ${url}: ${response.status} ${html}`);
    }
    const form = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      form.set('login', login);
      form.set('password', 'any password will do');
    }
    url = new URL(action.replaceAll('&amp;', '&'), url);
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    };
  }
  throw new Error('too many redirects');
}
