import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * BACKLINE_TRUST_PROXY, as Express's `trust proxy` takes it: `false` (the default: the address
 * is the TCP peer's), `true` (trust every X-Forwarded-For hop: the client's own first entry
 * wins, so only behind a proxy that overwrites the header), a number of proxy hops in front of
 * Backline, or a comma-separated list of proxy addresses, CIDR ranges and the names
 * `loopback`, `linklocal` and `uniquelocal`.
 */
export type TrustProxy = boolean | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length || !address) return false;
  const version = isIP(address);
  if (!version) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

export const trustProxySchema = z
  .string()
  .default('false')
  .transform((v, ctx): TrustProxy => {
    const text = v.trim();
    if (text === 'true') return true;
    if (text === 'false') return false;
    if (/^\d{1,2}$/.test(text)) return Number(text);
    const entries = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = entries.filter((e) => !isAddressOrRange(e));
    if (entries.length === 0 || bad.length) {
      ctx.addIssue({
        code: 'custom',
        message: `must be true, false, a number of proxy hops, or a comma-separated list of addresses and CIDR ranges (not ${bad.join(', ') || 'empty'})`,
      });
      return z.NEVER;
    }
    return entries;
  });

/** An Ed25519 private key as PEM (PKCS#8) or as base64 of its DER. */
export function parseSigningKey(text: string): KeyObject {
  return ed25519Key(
    text.includes('-----BEGIN')
      ? createPrivateKey(text)
      : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' }),
  );
}

/** An Ed25519 public key as PEM (SPKI) or as base64 of its DER. */
export function parsePublicKey(text: string): KeyObject {
  return ed25519Key(
    text.includes('-----BEGIN')
      ? createPublicKey(text)
      : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' }),
  );
}

function ed25519Key(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('is not an Ed25519 key');
  return key;
}

export const signingKeySchema = z
  .string()
  .transform((v, ctx) => {
    try {
      return parseSigningKey(v);
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'must be an Ed25519 private key, PEM (PKCS#8) or base64 of its DER',
      });
      return z.NEVER;
    }
  })
  .optional();

export const publicKeysSchema = z
  .string()
  .default('')
  .transform((v, ctx) => {
    const keys: KeyObject[] = [];
    for (const part of v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      try {
        keys.push(parsePublicKey(part));
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'must be a comma-separated list of Ed25519 public keys (base64 of SPKI DER)',
        });
        return z.NEVER;
      }
    }
    return keys;
  });

/** `file:/path` or an http(s) URL that receives each checkpoint as a signed webhook. */
export const witnessSchema = z
  .string()
  .transform((v, ctx) => {
    if (v.startsWith('file:')) {
      const path = v.slice('file:'.length);
      if (path) return { kind: 'file' as const, path };
    } else if (/^https?:\/\//.test(v)) {
      try {
        return { kind: 'webhook' as const, url: new URL(v).toString() };
      } catch {}
    }
    ctx.addIssue({ code: 'custom', message: 'must be file:/path/to/file or an http(s) URL' });
    return z.NEVER;
  })
  .optional();
