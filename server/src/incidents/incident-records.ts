import type { Queryable } from '../store/index.ts';
import { incidentsRepository as repo } from './incidents.repository.ts';
import type { IncidentRecord } from './incidents.types.ts';

/** One entry of an incident's timeline, as it is written. */
export type TimelineEntryInput = Parameters<typeof repo.addTimeline>[1];

/**
 * What other domains do with incidents inside their own transaction: read one, and add an entry
 * to its timeline (escalation steps, deliveries). Only the incidents domain writes its tables;
 * its service writes the timeline through the same function.
 */
export interface IncidentRecords {
  find(tx: Queryable, id: string): Promise<IncidentRecord | null>;
  appendTimeline(tx: Queryable, entry: TimelineEntryInput): Promise<void>;
}

export const incidentRecords: IncidentRecords = {
  find: (tx, id) => repo.find(tx, id),
  appendTimeline: (tx, entry) => repo.addTimeline(tx, entry),
};
