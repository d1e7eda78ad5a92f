import { createHash } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Actor } from '../audit/index.ts';
import type { Environment } from '../catalog/index.ts';
import { canonicalJson } from '../shared/canonical-json.ts';
import { InputError } from '../shared/errors.ts';
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

/** A managed model deployment, as the alert labels may name it. */
export interface ManagedDeployment {
  namespace: string;
  name: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The managed deployment an alert is about. Alerts from kube-state-metrics, cAdvisor or a
 * runtime's own metrics name it in different labels: `backline_deployment` or `deployment`,
 * `service` (the Service has the deployment's name), or `pod` (its pods are named
 * `<name>-<replicaset hash>-<suffix>`, `<name>-canary-…` during a canary). The namespace must be
 * the deployment's. A `deployment` label that names no managed deployment is kept as it is.
 */
export function linkedDeployment(
  labels: Record<string, string>,
  managed: readonly ManagedDeployment[],
): ManagedDeployment | undefined {
  const namespace = labels.namespace ?? labels.exported_namespace;
  if (!namespace) return undefined;
  const names = managed.filter((d) => d.namespace === namespace).map((d) => d.name);
  const base = (value: string | undefined) => {
    if (!value) return undefined;
    if (names.includes(value)) return value;
    const canary = value.replace(/-canary$/, '');
    return names.includes(canary) ? canary : undefined;
  };
  const named =
    base(labels.backline_deployment) ??
    base(labels.label_backline_dev_deployment) ??
    base(labels.deployment) ??
    base(labels.service);
  if (named) return { namespace, name: named };
  const pod = labels.pod ?? labels.pod_name;
  if (pod) {
    // The longest name that fits, so `chat-v2-…` is chat-v2's pod and not chat's.
    const owner = names
      .filter((n) =>
        new RegExp(`^${escapeRegExp(n)}(-canary)?-[a-z0-9]{1,10}-[a-z0-9]{5}$`).test(pod),
      )
      .sort((a, b) => b.length - a.length)[0];
    if (owner) return { namespace, name: owner };
  }
  const name = labels.backline_deployment ?? labels.deployment;
  return name && DNS_LABEL.test(name) ? { namespace, name } : undefined;
}

/** Turns one alert into a signal: the fingerprint, environment and deployment come from it. */
export function alertSignal(alert: Alert, managed: readonly ManagedDeployment[] = []): Signal {
  const labels = alert.labels;
  const fingerprint =
    alert.fingerprint ||
    createHash('sha256').update(canonicalJson(labels)).digest('hex').slice(0, 16);
  const environment = ENVIRONMENT_LABELS[(labels.environment ?? labels.env ?? '').toLowerCase()];
  const deployment = linkedDeployment(labels, managed);
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
    // A resolved alert's endsAt is when it stopped: the incident resolved then, not on receipt.
    at:
      alert.status === 'firing' || !alert.endsAt || alert.endsAt.startsWith('0001-')
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
  /** The managed deployments, to link alerts that name one by pod, service or deployment. */
  managedDeployments?: () => Promise<ManagedDeployment[]>;
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
      const managed = (await deps.managedDeployments?.()) ?? [];
      const signals = parsed.data.alerts
        .map((alert) => alertSignal(alert, managed))
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
        if (error instanceof InputError) {
          res.status(400).json({ error: error.message, fields: error.fields });
          return;
        }
        throw error;
      }
    },
  );
  return router;
}
