import { Router } from 'express';
import { renderStatusPage, STATUS_CSS } from './status-page.html.ts';
import type { StatusPageService } from './statuspage.service.ts';

/** Short, so a change reaches visitors quickly while a burst of them costs one read. */
const CACHE = 'public, max-age=15';

/**
 * Its own policy, stricter than the console's: no script at all, styles only from /status.css.
 */
const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The public status page: GET /status (HTML), /status.json and /status.css, without sign-in. */
export function statusPageRouter(service: StatusPageService): Router {
  const router = Router();
  router.get('/status.css', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('Content-Security-Policy', CSP);
    res.type('text/css').send(STATUS_CSS);
  });
  router.get('/status.json', async (_req, res) => {
    const status = await service.snapshot();
    res.setHeader('Cache-Control', CACHE);
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.json(status);
  });
  router.get(['/status', '/status/'], async (req, res) => {
    const status = await service.snapshot();
    res.setHeader('Cache-Control', CACHE);
    res.setHeader('Content-Security-Policy', CSP);
    res.type('html').send(renderStatusPage(status, { autoUpdate: req.query.update === 'minute' }));
  });
  return router;
}
