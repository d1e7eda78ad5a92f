import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { Router } from 'express';
import helmet from 'helmet';

const API_PREFIXES = ['/graphql', '/api/', '/webhooks/', '/healthz', '/readyz', '/metrics'];

/** A year: what a file whose name carries its content's hash may be kept for. */
const HASHED_MAX_AGE = '365d';

/**
 * Serves the built console with a strict Content-Security-Policy, and index.html for
 * every other GET so that client-side routes survive a reload. Its files go compressed to a
 * browser that takes gzip or brotli (the script is 2 MB as built, a few hundred KB compressed);
 * those under `assets/`, named by their content's hash, may be kept by the browser for a year
 * without asking again, and index.html, which names them, is asked for each time.
 */
export function consoleRouter(consoleDir: string): Router {
  const router = Router();
  router.use(
    helmet.contentSecurityPolicy({
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets style attributes at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    }),
  );
  const index = path.join(consoleDir, 'index.html');
  if (!existsSync(index)) {
    router.get('/{*rest}', (req, res, next) => {
      if (API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
      res
        .status(503)
        .type('text/plain')
        .send(
          `The console has not been built. Run "npm run build:web" (looked in ${consoleDir}).\n`,
        );
    });
    return router;
  }
  router.use(compression());
  router.use(
    '/assets',
    express.static(path.join(consoleDir, 'assets'), {
      index: false,
      maxAge: HASHED_MAX_AGE,
      immutable: true,
      // A file an older index.html named is gone: 404, not the console page in its place.
      fallthrough: false,
    }),
  );
  router.use(express.static(consoleDir, { index: false, maxAge: '1h', immutable: false }));
  router.get('/{*rest}', (req, res, next) => {
    if (API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
