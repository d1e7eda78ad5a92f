import { createHash } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Actor } from '../audit/index.ts';
import type { Environment } from '../catalog/index.ts';
import { canonicalJson } from '../shared/canonical-json.ts';
import { AppError } from '../shared/errors.ts';
import { bearerToken, jsonBody, pathText } from '../shared/webhook.ts';
import type { IncidentsService } from './incidents.service.ts';
import type { Signal } from './incidents.types.ts';

const ALERTMANAGER_ACTOR: Actor = { type: 'SYSTEM', id: null, name: 'alertmanager' };
const ISO_DATE = z.iso.datetime({ offset: true, message: 'must be an ISO date' });
const LABELS = z.record(z.string(), z.string(), 'must be an object of strings');

/**
 * The webhook payload (version 4) every Alertmanager release sends. Unknown keys are allowed:
 * releases add fields (truncatedAlerts, groupKey) and relays add their own.
 */
const payloadSchema = z.object({
  version: z.literal('4', 'must be "4"'),
  receiver: z.string('must be a string'),
  status: z.enum(['firing', 'resolved'], 'must be firing or resolved'),
  groupKey: z.string().optional(),
  externalURL: z.string().optional(),
  truncatedAlerts: z.number().int().min(0).optional(),
  alerts: z
    .array(
      z.object({
        status: z.enum(['firing', 'resolved'], 'must be firing or resolved'),
        labels: LABELS,
        annotations: LABELS.default({}),
        startsAt: ISO_DATE,
        endsAt: ISO_DATE.optional(),
        generatorURL: z.string().optional(),
        fingerprint: z.string().max(200).optional(),
      }),
      'must be an array of alerts',
    )
    .max(1000, 'must hold at most 1000 alerts'),
});
type Alert = z.output<typeof payloadSchema>['alerts'][number];

const ENVIRONMENT_LABELS: Record<string, Environment> = {
  prod: 'PROD',
  production: 'PROD',
  staging: 'STAGING',
  stage: 'STAGING',
  dev: 'DEV',
  development: 'DEV',
};

/** Turns one alert into a signal: the fingerprint, environment and deployment come from it. */
export function alertSignal(alert: Alert): Signal {
  const labels = alert.labels;
  const fingerprint =
    alert.fingerprint ||
    createHash('sha256').update(canonicalJson(labels)).digest('hex').slice(0, 16);
  const environment = ENVIRONMENT_LABELS[(labels.environment ?? labels.env ?? '').toLowerCase()];
  const name = labels.backline_deployment ?? labels.deployment;
  const deployment =
    labels.namespace && name && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)
      ? { namespace: labels.namespace, name }
      : undefined;
  const alertname = labels.alertname ?? 'Alert';
  return {
    source: 'ALERTMANAGER',
    fingerprint: `alertmanager:${fingerprint}`,
    title: (alert.annotations.title || alert.annotations.summary || alertname).slice(0, 500),
    summary: (alert.annotations.description ?? alert.annotations.summary ?? '').slice(0, 10_000),
    deployment,
    environment,
    impact: 'ALERT',
    status: alert.status === 'firing' ? 'FIRING' : 'RESOLVED',
    alertSeverity: labels.severity,
    details: {
      labels,
      annotations: alert.annotations,
      startsAt: alert.startsAt,
      ...(alert.endsAt ? { endsAt: alert.endsAt } : {}),
      ...(alert.generatorURL ? { generatorURL: alert.generatorURL } : {}),
    },
    at:
      alert.status === 'firing' || !alert.endsAt
        ? new Date(alert.startsAt)
        : new Date(alert.endsAt),
  };
}

/**
 * `POST /webhooks/alertmanager`: each firing alert opens or joins the incident of its
 * fingerprint, each resolved alert resolves its signal. One transaction for the whole payload.
 */
export function alertmanagerRouter(deps: {
  incidents: IncidentsService;
  token: string | undefined;
}): Router {
  const router = Router();
  router.post(
    '/webhooks/alertmanager',
    bearerToken(deps.token, 'BACKLINE_ALERTMANAGER_TOKEN', 'The Alertmanager receiver'),
    ...jsonBody('1mb', '1 MB'),
    async (req: Request, res: Response) => {
      const parsed = payloadSchema.safeParse(req.body);
      if (!parsed.success) {
        const fields = parsed.error.issues.map((i) => ({
          path: pathText(i.path),
          message: i.message,
        }));
        res.status(400).json({
          error: `Invalid Alertmanager payload: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`,
          fields,
        });
        return;
      }
      // A stable order, so that two payloads touching the same incidents lock them alike.
      const signals = parsed.data.alerts
        .map(alertSignal)
        .sort((a, b) =>
          a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0,
        );
      try {
        const outcomes = await deps.incidents.recordSignals(signals, ALERTMANAGER_ACTOR);
        res.json({
          alerts: outcomes.map((o, i) => ({
            fingerprint: signals[i]?.fingerprint,
            outcome: o.outcome,
            incidentId: o.incident?.id ?? null,
          })),
        });
      } catch (error) {
        if (error instanceof AppError && error.code === 'BAD_USER_INPUT') {
          res.status(400).json({ error: error.message, fields: error.fields });
          return;
        }
        throw error;
      }
    },
  );
  return router;
}
