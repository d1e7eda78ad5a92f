import type { HealthReport, MonitoredDeployment } from './health.types.ts';
import type { Transition } from './health-state.ts';

/** A health change as the incidents domain takes signals: firing when it falls, resolved when it recovers. */
export interface HealthSignal {
  source: 'HEALTH';
  fingerprint: string;
  title: string;
  summary: string;
  deployment: { namespace: string; name: string };
  environment: 'DEV' | 'STAGING' | 'PROD';
  impact: 'DOWN' | 'DEGRADED';
  status: 'FIRING' | 'RESOLVED';
  details: Record<string, unknown>;
  at: Date;
}

export function healthSignal(
  deployment: MonitoredDeployment,
  transition: Transition,
  report: HealthReport,
): HealthSignal | null {
  const base = {
    source: 'HEALTH' as const,
    fingerprint: `health:${deployment.namespace}/${deployment.name}`,
    deployment: { namespace: deployment.namespace, name: deployment.name },
    environment: deployment.environment,
    at: report.checkedAt,
  };
  if (transition.to === 'DOWN' || transition.to === 'DEGRADED') {
    const cause = report.findings[0];
    return {
      ...base,
      title: `${deployment.namespace}/${deployment.name} is ${transition.to === 'DOWN' ? 'down' : 'degraded'}`,
      // The finding's title is among the reasons already; its summary says more.
      summary: [
        ...transition.reasons.filter((r) => r !== cause?.title),
        ...(cause ? [`Diagnosis: ${cause.summary}`] : []),
      ].join(' '),
      impact: transition.to,
      status: 'FIRING',
      details: {
        from: transition.from,
        reasons: transition.reasons,
        diagnosis: report.findings.map((f) => f.cause),
      },
    };
  }
  // Recovery often passes through PROGRESSING (pods restarting), so any arrival at HEALTHY
  // resolves; with no open incident the signal is simply ignored.
  if (transition.to === 'HEALTHY' && transition.from !== 'UNKNOWN') {
    return {
      ...base,
      title: `${deployment.namespace}/${deployment.name} is healthy again`,
      summary: `Healthy again (was ${transition.from.toLowerCase()}).`,
      impact: transition.from === 'DOWN' ? 'DOWN' : 'DEGRADED',
      status: 'RESOLVED',
      details: { from: transition.from },
    };
  }
  return null;
}
