import { createHash, timingSafeEqual } from 'node:crypto';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import { findNul, nulMessage } from './nul.ts';

/** Compares secrets in constant time, whatever their lengths (both are hashed first). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Lets a request through only with `Authorization: Bearer <token>`: 503 naming `variable` while
 * no token is configured, 401 for a missing or wrong one.
 */
export function bearerToken(
  token: string | undefined,
  variable: string,
  what: string,
): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!token) {
      res.status(503).json({ error: `${what} is not configured: set ${variable}.` });
      return;
    }
    const match = /^Bearer (.+)$/.exec(req.header('authorization') ?? '');
    if (!match || !sameSecret(match[1] as string, token)) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ error: 'Send the configured token as Authorization: Bearer <token>.' });
      return;
    }
    next();
  };
}

/** Parses any body as JSON up to `limit`; too large is a 413, not JSON a 400, each saying so. */
export function jsonBody(limit: string, label: string): RequestHandler[] {
  const parse = express.json({ limit, type: () => true });
  const bad = (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const type =
      typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
    if (type === 'entity.too.large') {
      res.status(413).json({ error: `The payload is too large (limit ${label}).` });
    } else if (type === 'entity.parse.failed') {
      res.status(400).json({
        error: `The payload is not valid JSON: ${error instanceof Error ? error.message : ''}`,
      });
    } else {
      next(error);
    }
  };
  const nul = (req: Request, res: Response, next: NextFunction) => {
    const path = findNul(req.body);
    if (path) res.status(400).json({ error: nulMessage(path) });
    else next();
  };
  return [parse, bad as unknown as RequestHandler, nul];
}

/** `alerts[1].startsAt` from a zod or field-error path. */
export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) =>
      typeof p === 'number' || /^\d+$/.test(String(p))
        ? `[${String(p)}]`
        : `${i ? '.' : ''}${String(p)}`,
    )
    .join('');
}
