import { z } from 'zod';

/** The roles a group can map to, lowest first (the auth domain's order; config imports no domain). */
const ROLE_NAMES = ['VIEWER', 'SUPPORT', 'SRE', 'ADMIN'] as const;
type RoleName = (typeof ROLE_NAMES)[number];

/** Single sign-on through an OpenID Connect provider; every variable is optional on its own. */
export const oidcEnvSchema = {
  BACKLINE_OIDC_ISSUER_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .optional(),
  BACKLINE_OIDC_CLIENT_ID: z.string().min(1).optional(),
  BACKLINE_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  BACKLINE_OIDC_REDIRECT_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .refine(
      (v) => new URL(v).pathname === '/auth/oidc/callback',
      'must end in /auth/oidc/callback, e.g. https://backline.example.com/auth/oidc/callback',
    )
    .optional(),
  BACKLINE_OIDC_SCOPES: z
    .string()
    .default('openid email profile')
    .transform((v) => v.split(/[\s,]+/).filter(Boolean))
    .refine((scopes) => scopes.includes('openid'), 'must include openid'),
  BACKLINE_OIDC_ROLES_CLAIM: z.string().min(1).default('groups'),
  BACKLINE_OIDC_ROLE_MAP: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const map = new Map<string, RoleName>();
      for (const pair of v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const at = pair.lastIndexOf('=');
        const group = pair.slice(0, at).trim();
        const role = pair.slice(at + 1).trim();
        if (at <= 0 || !group || !(ROLE_NAMES as readonly string[]).includes(role)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${pair}" is not group=ROLE with ROLE one of ${ROLE_NAMES.join(', ')}`,
          });
          return z.NEVER;
        }
        map.set(group, role as RoleName);
      }
      return map;
    }),
  BACKLINE_OIDC_DEFAULT_ROLE: z
    .enum(['none', ...ROLE_NAMES], {
      message: `must be none or one of ${ROLE_NAMES.join(', ')}`,
    })
    .default('none'),
  BACKLINE_OIDC_DISPLAY_NAME: z.string().trim().min(1).max(60).default('Single sign-on'),
  BACKLINE_PASSWORD_LOGIN: z
    .enum(['on', 'bootstrap-admin'], { message: 'must be on or bootstrap-admin' })
    .default('on'),
};

const oidcObject = z.object(oidcEnvSchema);
type OidcEnv = z.output<typeof oidcObject>;

export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  scopes: string[];
  /** The ID token or userinfo claim that lists the user's groups. */
  rolesClaim: string;
  /** Group → role; a user with several mapped groups gets the highest role. */
  roleMap: Map<string, RoleName>;
  /** The role of a user in no mapped group; null: such users are refused. */
  defaultRole: RoleName | null;
  displayName: string;
}

/** on: everyone may sign in with a password; bootstrap-admin: only admin@backline.local may. */
export type PasswordLogin = OidcEnv['BACKLINE_PASSWORD_LOGIN'];

const REQUIRED = [
  'BACKLINE_OIDC_ISSUER_URL',
  'BACKLINE_OIDC_CLIENT_ID',
  'BACKLINE_OIDC_CLIENT_SECRET',
  'BACKLINE_OIDC_REDIRECT_URL',
] as const;

/**
 * Single sign-on is on when any of its four required variables is set; then all four
 * must be. Returns the settings, or the variables that are missing or inconsistent.
 */
export function resolveOidc(e: OidcEnv): {
  oidc: OidcConfig | null;
  issues: { variable: string; message: string }[];
} {
  const configured = REQUIRED.filter((name) => e[name] !== undefined);
  const issues: { variable: string; message: string }[] = [];
  if (configured.length === 0) {
    if (e.BACKLINE_PASSWORD_LOGIN !== 'on') {
      issues.push({
        variable: 'BACKLINE_PASSWORD_LOGIN',
        message: 'can only be restricted when single sign-on is configured (BACKLINE_OIDC_*)',
      });
    }
    return { oidc: null, issues };
  }
  for (const name of REQUIRED) {
    if (e[name] === undefined) {
      issues.push({
        variable: name,
        message: `is required for single sign-on (${configured.join(', ')} ${configured.length > 1 ? 'are' : 'is'} set)`,
      });
    }
  }
  if (issues.length > 0) return { oidc: null, issues };
  return {
    oidc: {
      issuerUrl: e.BACKLINE_OIDC_ISSUER_URL as string,
      clientId: e.BACKLINE_OIDC_CLIENT_ID as string,
      clientSecret: e.BACKLINE_OIDC_CLIENT_SECRET as string,
      redirectUrl: e.BACKLINE_OIDC_REDIRECT_URL as string,
      scopes: e.BACKLINE_OIDC_SCOPES,
      rolesClaim: e.BACKLINE_OIDC_ROLES_CLAIM,
      roleMap: e.BACKLINE_OIDC_ROLE_MAP,
      defaultRole: e.BACKLINE_OIDC_DEFAULT_ROLE === 'none' ? null : e.BACKLINE_OIDC_DEFAULT_ROLE,
      displayName: e.BACKLINE_OIDC_DISPLAY_NAME,
    },
    issues,
  };
}
