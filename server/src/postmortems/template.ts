import type { IncidentRecord, TimelineEntryRecord } from '../incidents/index.ts';
import type { PostmortemSections, PostmortemTimelineEntry } from './postmortems.types.ts';

/**
 * The postmortem template for an incident: the summary and impact pre-filled from what the
 * incident records, and a timeline from its own. Repeats of the same signal joining are
 * folded into the first one, with a count, so a flapping alert does not bury the story.
 */
export function postmortemTemplate(
  incident: IncidentRecord,
  entries: readonly TimelineEntryRecord[],
): PostmortemSections {
  return {
    summary: incident.summary,
    impact: describeImpact(incident),
    timeline: prefillTimeline(entries),
    rootCause: '',
    contributingFactors: '',
  };
}

export function prefillTimeline(
  entries: readonly TimelineEntryRecord[],
): PostmortemTimelineEntry[] {
  const out: PostmortemTimelineEntry[] = [];
  const joined = new Map<string, { index: number; count: number; text: string }>();
  for (const entry of entries) {
    const text =
      entry.actorType === 'SYSTEM' || entry.message.includes(entry.actor)
        ? entry.message
        : `${entry.message} (${entry.actor})`;
    const fingerprint =
      typeof entry.details.fingerprint === 'string' ? entry.details.fingerprint : null;
    if (entry.kind === 'SIGNAL_JOINED' && fingerprint) {
      const seen = joined.get(fingerprint);
      if (seen) {
        seen.count++;
        (out[seen.index] as PostmortemTimelineEntry).text = `${seen.text} (${seen.count} times)`;
        continue;
      }
      joined.set(fingerprint, { index: out.length, count: 1, text });
    }
    out.push({ at: entry.at, text });
  }
  return out;
}

export function describeImpact(incident: IncidentRecord): string {
  const where = incident.deployment
    ? `${incident.deployment.namespace}/${incident.deployment.name}`
    : 'no single deployment';
  const env = incident.environment ? ` in ${incident.environment}` : '';
  const end = incident.resolvedAt ?? incident.mitigatedAt;
  const lasted = end
    ? `, for ${formatDuration(end.getTime() - incident.triggeredAt.getTime())}`
    : '';
  return `${incident.severity} affecting ${where}${env}${lasted}.`;
}

/** 3 h 5 min, 12 min, 40 s. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
