import { Router } from 'express';
import { z } from 'zod';
import { AUDIT_EXPORT_ROLE, type AuditService, checkpointJson } from '../audit/index.ts';
import type { AuthService } from '../auth/index.ts';
import { callerWithRole } from './caller.ts';

const exportQuery = z.object({
  action: z.string().max(200).optional(),
  actor: z.string().max(200).optional(),
  targetType: z.string().max(200).optional(),
  targetId: z.string().max(200).optional(),
  from: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date and time' }).optional(),
  to: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date and time' }).optional(),
});

/** `GET /api/audit/export`: the audit log, oldest first, one JSON entry a line. */
export function auditExportRouter(auth: AuthService, audit: AuditService): Router {
  const router = Router();
  router.get('/api/audit/export', async (req, res) => {
    // Every detail of every entry is in an export (an offline check needs them whole).
    const caller = await callerWithRole(
      auth,
      req,
      res,
      AUDIT_EXPORT_ROLE,
      `Exporting the audit log needs the ${AUDIT_EXPORT_ROLE} role: it holds every entry's details.`,
    );
    if (!caller) return;
    const parsed = exportQuery.safeParse(req.query);
    if (!parsed.success) {
      res.status(400).json({
        error: 'Invalid query parameters.',
        fields: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      });
      return;
    }
    const q = parsed.data;
    const filtered = Object.values(q).some((v) => v !== undefined);
    // A whole export ends with a checkpoint signed now, so it can be checked offline.
    const checkpoint = filtered ? null : await audit.checkpoint();
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="backline-audit-${stamp}.ndjson"`);
    res.setHeader('Cache-Control', 'no-store');
    for await (const entry of audit.scan({
      ...q,
      from: q.from ? new Date(q.from) : null,
      to: q.to ? new Date(q.to) : null,
    })) {
      const line = `${JSON.stringify({ ...entry, occurredAt: entry.occurredAt.toISOString() })}\n`;
      if (!res.write(line)) await new Promise((resolve) => res.once('drain', resolve));
      if (res.destroyed) return;
    }
    // The last line: the signed checkpoint (entries after it were appended during the export).
    if (checkpoint) res.write(`${JSON.stringify({ checkpoint: checkpointJson(checkpoint) })}\n`);
    res.end();
  });
  return router;
}
