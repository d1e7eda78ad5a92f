import { Router } from 'express';
import type { AuthService } from '../auth/index.ts';
import type { CostsService } from '../costs/index.ts';
import { AppError } from '../shared/errors.ts';
import { callerWithRole } from './caller.ts';

/**
 * `GET /api/costs/export.csv?month=YYYY-MM[&compareWith=api]`: a month's cost per deployment and
 * day, for spreadsheets and finance. Anyone signed in may read costs.
 */
export function costsExportRouter(auth: AuthService, costs: CostsService): Router {
  const router = Router();
  router.get('/api/costs/export.csv', async (req, res) => {
    const caller = await callerWithRole(auth, req, res, 'VIEWER', 'Change your password first.');
    if (!caller) return;
    try {
      const { filename, csv } = await costs.monthCsv({
        month: req.query.month,
        compareWith: req.query.compareWith,
      });
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(csv);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const notFound = error.code === 'API_PRICE_NOT_FOUND';
      res.status(notFound ? 404 : 400).json({ error: error.message, fields: error.fields });
    }
  });
  return router;
}
