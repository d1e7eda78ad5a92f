export const POSTMORTEM_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

export interface PostmortemTimelineEntry {
  at: Date;
  text: string;
}

export interface PostmortemRecord {
  incidentId: string;
  status: PostmortemStatus;
  summary: string;
  impact: string;
  timeline: PostmortemTimelineEntry[];
  rootCause: string;
  contributingFactors: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  publishedBy: string | null;
}

export interface ActionItemRecord {
  id: string;
  incidentId: string;
  title: string;
  ownerId: string | null;
  /** YYYY-MM-DD. */
  dueDate: string | null;
  done: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The editable sections of a postmortem. */
export type PostmortemSections = Pick<
  PostmortemRecord,
  'summary' | 'impact' | 'timeline' | 'rootCause' | 'contributingFactors'
>;
