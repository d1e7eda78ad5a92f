import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRecord as UserRecordModel, ApiTokenRecord as ApiTokenRecordModel } from '../../auth/index.ts';
import type { AuditEntryRecord as AuditEntryRecordModel } from '../../audit/index.ts';
import type { ModelRow as ModelRowModel, ReleaseRecord as ReleaseRecordModel } from '../../catalog/index.ts';
import type { AnyDeploymentRecord as AnyDeploymentRecordModel, RevisionRecord as RevisionRecordModel } from '../../deployments/index.ts';
import type { DeploymentHealthModel as DeploymentHealthModelModel, TransitionRecord as TransitionRecordModel } from '../../health/index.ts';
import type { IncidentRecord as IncidentRecordModel, TimelineEntryRecord as TimelineEntryRecordModel, SignalRecord as SignalRecordModel } from '../../incidents/index.ts';
import type { PostmortemRecord as PostmortemRecordModel, ActionItemRecord as ActionItemRecordModel } from '../../postmortems/index.ts';
import type { ScheduleRecord as ScheduleRecordModel, Layer as LayerModel, OverrideRecord as OverrideRecordModel, Shift as ShiftModel, OnCallNow as OnCallNowModel, PolicyRecord as PolicyRecordModel, EscalationStep as EscalationStepModel, EscalationTarget as EscalationTargetModel } from '../../oncall/index.ts';
import type { ChannelRecord as ChannelRecordModel, DeliveryRecord as DeliveryRecordModel } from '../../notifications/index.ts';
import type { RolloutRecord as RolloutRecordModel, AnalysisRecord as AnalysisRecordModel } from '../../rollouts/index.ts';
import type { TicketWithSla as TicketWithSlaModel, MessageRecord as MessageRecordModel, TicketSla as TicketSlaModel, SlaClockReading as SlaClockReadingModel, SlaPolicyRecord as SlaPolicyRecordModel, CalendarRecord as CalendarRecordModel } from '../../tickets/index.ts';
import type { GoldenPrompt as GoldenPromptModel, DeploymentCheck as DeploymentCheckModel, PromptCheckResult as PromptCheckResultModel, Expectations as ExpectationsModel, ChatMessage as ChatMessageModel } from '../../behaviour/index.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date and time in UTC, e.g. 2026-11-27T21:20:49.000Z. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Arbitrary JSON. */
  JSON: { input: unknown; output: unknown; }
};

export type ActorType =
  | 'SYSTEM'
  | 'TOKEN'
  | 'USER';

export type AddIncidentNoteInput = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type AddIncidentNotePayload = {
  __typename?: 'AddIncidentNotePayload';
  entry: IncidentTimelineEntry;
  incident: Incident;
};

export type AddOnCallOverrideInput = {
  endsAt: Scalars['DateTime']['input'];
  scheduleId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
  userId: Scalars['ID']['input'];
};

export type AddPostmortemActionItemInput = {
  /** YYYY-MM-DD. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  incidentId: Scalars['ID']['input'];
  /** A user id. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type AdoptDeploymentInput = {
  deploymentId: Scalars['ID']['input'];
  /** Why, for the audit log and the release history. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type AdoptionChange = {
  __typename?: 'AdoptionChange';
  applied: Maybe<Scalars['JSON']['output']>;
  live: Maybe<Scalars['JSON']['output']>;
  /** `Kind/name`. */
  object: Scalars['String']['output'];
  path: Scalars['String']['output'];
};

export type AdoptionModel = {
  __typename?: 'AdoptionModel';
  /** The registered model it reuses; null when adoption registers a new one. */
  existing: Maybe<Model>;
  family: Scalars['String']['output'];
  name: Scalars['String']['output'];
  revision: Scalars['String']['output'];
  source: Scalars['String']['output'];
};

/**
 * What adopting an observed model server would do, or why it cannot be done without restarting
 * its pods. Nothing is written to make it, except a server-side dry run of the apply.
 */
export type AdoptionPlan = {
  __typename?: 'AdoptionPlan';
  /** True when it can be adopted without restarting a pod. */
  adoptable: Scalars['Boolean']['output'];
  /** The fields Backline's apply would set to another value than the live Deployment has. */
  changes: Array<AdoptionChange>;
  deployment: ModelDeployment;
  /** The same changes as text, a field and its live (-) and applied (+) values at a time. */
  diff: Scalars['String']['output'];
  /** The image digest every pod runs, which the release is pinned to. */
  digest: Maybe<Scalars['String']['output']>;
  /** The model the release needs: a registered one (existing) or one adoption registers. */
  model: Maybe<AdoptionModel>;
  /** Field managers that set the Deployment's fields now. */
  previousManagers: Array<Scalars['String']['output']>;
  /** Why it cannot be adopted, each a sentence; empty when it can. */
  reasons: Array<Scalars['String']['output']>;
  /** The release adoption imports into the catalog. */
  release: Maybe<AdoptionRelease>;
  /** What to know before adopting: other tools that apply it, what the first rollout will drop. */
  warnings: Array<Scalars['String']['output']>;
};

export type AdoptionRelease = {
  __typename?: 'AdoptionRelease';
  engine: EngineArgs;
  env: Array<EnvVar>;
  /** True when the catalog has this release already. */
  exists: Scalars['Boolean']['output'];
  expectedLoadSeconds: Scalars['Int']['output'];
  /** Derived from the content, as every release id. */
  id: Scalars['ID']['output'];
  /** Pinned by digest. */
  image: Scalars['String']['output'];
  resources: Resources;
  runtime: Runtime;
};

/**
 * One check of one step: the new release's health, error ratio or latency against the stable
 * baseline and the SLOs, or a golden-prompt behaviour check.
 */
export type AnalysisResult = {
  __typename?: 'AnalysisResult';
  at: Scalars['DateTime']['output'];
  baselineValue: Maybe<Scalars['Float']['output']>;
  /** The new release's value, the stable baseline's and the limit, where the check has numbers. */
  canaryValue: Maybe<Scalars['Float']['output']>;
  /** HEALTH, ERROR_RATIO, TTFT_P95, BEHAVIOUR, … */
  check: Scalars['String']['output'];
  details: Maybe<Scalars['JSON']['output']>;
  /** What was seen, in words. */
  message: Scalars['String']['output'];
  /**
   * For BEHAVIOUR: each golden prompt as the new release and the stable one answered it, side by
   * side; empty for other checks.
   */
  prompts: Array<PromptComparison>;
  /** How many observations the verdict rests on: requests, test requests, pods or prompts. */
  sample: Maybe<Scalars['Int']['output']>;
  /**
   * What the figure was read from, e.g. `http_requests_total{status="5xx"}`, or Backline's
   * own test requests; null when nothing measures it.
   */
  source: Maybe<Scalars['String']['output']>;
  step: Scalars['Int']['output'];
  threshold: Maybe<Scalars['Float']['output']>;
  verdict: AnalysisVerdict;
};

export type AnalysisVerdict =
  | 'FAIL'
  /**
   * Not enough evidence to judge: no source measures the figure, or fewer requests than the
   * rollout's minimum. Never a pass: a step whose required checks stay inconclusive pauses (or
   * rolls back, if the rollout says so) at the end of its window.
   */
  | 'INCONCLUSIVE'
  | 'PASS';

/** Properties the answer to a golden prompt must have. At least one is set. */
export type AnswerExpectations = {
  __typename?: 'AnswerExpectations';
  /** Each must appear in the answer, ignoring case. */
  contains: Array<Scalars['String']['output']>;
  /** The answer must be JSON valid against this JSON schema (draft-07; `format` is not checked). */
  jsonSchema: Maybe<Scalars['JSON']['output']>;
  /** Most characters the answer may have. */
  maxLength: Maybe<Scalars['Int']['output']>;
  /** None may appear in the answer, ignoring case. */
  mustNotContain: Array<Scalars['String']['output']>;
  /** A JavaScript regular expression the answer must match somewhere (case-sensitive; `(?i:…)` ignores case). */
  pattern: Maybe<Scalars['String']['output']>;
};

export type AnswerExpectationsInput = {
  contains?: InputMaybe<Array<Scalars['String']['input']>>;
  jsonSchema?: InputMaybe<Scalars['JSON']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  mustNotContain?: InputMaybe<Array<Scalars['String']['input']>>;
  pattern?: InputMaybe<Scalars['String']['input']>;
};

/** A closed API's list price per million tokens, from `effectiveFrom` until the next version. */
export type ApiPrice = {
  __typename?: 'ApiPrice';
  /** A stable key, e.g. openai/gpt-4o. */
  api: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  effectiveFrom: Scalars['DateTime']['output'];
  isDefault: Scalars['Boolean']['output'];
  readOn: Maybe<Scalars['String']['output']>;
  setAt: Maybe<Scalars['DateTime']['output']>;
  setBy: Maybe<Scalars['String']['output']>;
  source: Scalars['String']['output'];
  sourceUrl: Maybe<Scalars['String']['output']>;
  usdPerMillionInput: Scalars['Float']['output'];
  usdPerMillionOutput: Scalars['Float']['output'];
};

export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  owner: User;
  /** The first characters of the secret, to recognise it; the secret itself is never stored. */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  role: Role;
  /** ACTIVE, EXPIRED or REVOKED, as of now. */
  status: ApiTokenStatus;
};

export type ApiTokenStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type AssignIncidentInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A user id; null clears it, absent leaves it. */
  commanderId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};

/** A signed statement that the chain up to `seq` ends in `headHash`. */
export type AuditCheckpoint = {
  __typename?: 'AuditCheckpoint';
  headHash: Scalars['String']['output'];
  keyId: Scalars['String']['output'];
  seq: Scalars['String']['output'];
  /** Ed25519 signature (base64) over the canonical JSON of seq, headHash, signedAt and keyId. */
  signature: Scalars['String']['output'];
  signedAt: Scalars['DateTime']['output'];
};

export type AuditCheckpointInfo = {
  __typename?: 'AuditCheckpointInfo';
  checkpoint: AuditCheckpoint;
  /** The current signing key's public key: base64 of its SPKI DER encoding. */
  publicKey: Scalars['String']['output'];
};

/** One entry of the hash-chained, append-only audit log. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. `user.create`, `token.revoke`. */
  action: Scalars['String']['output'];
  /** Who did it: a user's email, `token:<name> (<email>)`, or `system`. */
  actor: Scalars['String']['output'];
  actorId: Maybe<Scalars['String']['output']>;
  actorType: ActorType;
  details: Scalars['JSON']['output'];
  /** SHA-256 over the canonical encoding of this entry and prevHash. */
  hash: Scalars['String']['output'];
  /** The id of the Ed25519 key that signed `hash`; null for entries written before signing began. */
  keyId: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  prevHash: Scalars['String']['output'];
  /** Gapless sequence number, starting at 1 (a 64-bit integer, as a string). */
  seq: Scalars['String']['output'];
  /** Ed25519 signature (base64) over `hash`. */
  signature: Maybe<Scalars['String']['output']>;
  targetId: Scalars['String']['output'];
  targetType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditMismatch = {
  __typename?: 'AuditMismatch';
  actual: Scalars['String']['output'];
  expected: Scalars['String']['output'];
  /**
   * What did not match: HASH (the entry was altered), PREV_HASH (the chain is broken), SEQUENCE
   * (an entry is missing), SIGNATURE (an entry Backline did not sign: forged or re-hashed),
   * CHECKPOINT (the chain differs from a signed checkpoint: rewritten) or TRUNCATED (entries a
   * checkpoint covers are gone from the end).
   */
  kind: AuditMismatchKind;
  message: Scalars['String']['output'];
  seq: Scalars['String']['output'];
};

export type AuditMismatchKind =
  | 'CHECKPOINT'
  | 'HASH'
  | 'PREV_HASH'
  | 'SEQUENCE'
  | 'SIGNATURE'
  | 'TRUNCATED';

export type AuditVerification = {
  __typename?: 'AuditVerification';
  /** How many entries were checked. */
  checked: Scalars['Int']['output'];
  /** The latest signed checkpoint the chain was checked against. */
  checkpoint: Maybe<AuditCheckpoint>;
  /** The first entry that does not match, when `ok` is false. */
  firstMismatch: Maybe<AuditMismatch>;
  /** The last entry's hash: the head of the chain, to note down outside Backline. */
  headHash: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  /** Entries after that checkpoint: signed, not yet covered by a checkpoint. */
  unanchored: Scalars['Int']['output'];
  verifiedAt: Scalars['DateTime']['output'];
};

export type AuthMethod =
  | 'SESSION'
  | 'TOKEN';

export type BusinessCalendar = {
  __typename?: 'BusinessCalendar';
  alwaysOpen: Scalars['Boolean']['output'];
  holidays: Array<Scalars['String']['output']>;
  hours: Array<WeeklyHours>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

export type CancelIncidentInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type Capacity = {
  __typename?: 'Capacity';
  at: Scalars['DateTime']['output'];
  deployments: Array<DeploymentCapacity>;
  /** Whether Backline could count free GPUs. */
  known: Scalars['Boolean']['output'];
  nodes: Array<GpuNodeCapacity>;
  podScope: Maybe<CapacityPodScope>;
  /** Free GPUs by product across schedulable nodes. */
  products: Array<GpuProductCapacity>;
  /** Why not, e.g. "Unknown: Backline may not list nodes…". */
  unknownReason: Maybe<Scalars['String']['output']>;
  windowMinutes: Scalars['Int']['output'];
};

/** Which pods the requested GPUs were counted from. */
export type CapacityPodScope =
  /** Every namespace: Backline may list pods cluster-wide. */
  | 'ALL_NAMESPACES'
  /** Only the namespaces Backline manages: GPUs that pods elsewhere request look free. */
  | 'MANAGED_NAMESPACES';

export type ChangeIncidentSeverityInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  severity: Severity;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangeTicketStatusInput = {
  id: Scalars['ID']['input'];
  /** OPEN, PENDING_CUSTOMER, RESOLVED or CLOSED; link an incident or merge for the others. */
  status: TicketStatus;
};

export type ChatMessage = {
  __typename?: 'ChatMessage';
  content: Scalars['String']['output'];
  role: ChatRole;
};

export type ChatMessageInput = {
  content: Scalars['String']['input'];
  role: ChatRole;
};

export type ChatRole =
  | 'ASSISTANT'
  | 'SYSTEM'
  | 'USER';

export type CheckGoldenPromptsInput = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  /** One of the deployment's pods; by default the first ready one. */
  pod?: InputMaybe<Scalars['String']['input']>;
  /** How long each prompt may take before its check is inconclusive: 1 to 120, by default 30. */
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** What the public status page says about a component. */
export type ComponentStatus =
  | 'DEGRADED'
  | 'MAINTENANCE'
  | 'OPERATIONAL'
  | 'OUTAGE';

export type Condition = {
  __typename?: 'Condition';
  lastTransitionTime: Maybe<Scalars['DateTime']['output']>;
  message: Maybe<Scalars['String']['output']>;
  reason: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type ContainerState =
  | 'RUNNING'
  | 'TERMINATED'
  | 'UNKNOWN'
  | 'WAITING';

export type ContainerStatus = {
  __typename?: 'ContainerStatus';
  exitCode: Maybe<Scalars['Int']['output']>;
  lastTerminationReason: Maybe<Scalars['String']['output']>;
  message: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  ready: Scalars['Boolean']['output'];
  reason: Maybe<Scalars['String']['output']>;
  restartCount: Scalars['Int']['output'];
  state: ContainerState;
};

export type CostDay = {
  __typename?: 'CostDay';
  /** YYYY-MM-DD, UTC. */
  date: Scalars['String']['output'];
  figures: CostFigures;
};

/** What GPUs cost and served over a stretch of time. See docs/costs.md for every formula. */
export type CostFigures = {
  __typename?: 'CostFigures';
  /** What the same tokens would have cost on the compared API at its list price then. */
  apiCostUsd: Scalars['Float']['output'];
  /** GPU-hours of pods that served: tokens counted or requests in flight. */
  busyGpuHours: Scalars['Float']['output'];
  costPerDayUsd: Scalars['Float']['output'];
  /** Cost per million tokens (prompt and generation); null without tokens. */
  costPerMillionTokensUsd: Maybe<Scalars['Float']['output']>;
  /** GPU-hours priced at the GPU price in force at the time, idle ones included. */
  costUsd: Scalars['Float']['output'];
  generationTokens: Scalars['Float']['output'];
  /** GPUs held by the pods (pods × GPUs × time), in hours. */
  gpuHours: Scalars['Float']['output'];
  gpuProducts: Array<Scalars['String']['output']>;
  /** gpuHours − busyGpuHours: GPUs held while the engine served nothing. */
  idleGpuHours: Scalars['Float']['output'];
  promptTokens: Scalars['Float']['output'];
  /** apiCostUsd − costUsd: negative when the GPUs cost more than the API would have. */
  savingUsd: Scalars['Float']['output'];
  tokens: Scalars['Float']['output'];
  /** GPU-hours of a product with no price in the book, left out of the cost. */
  unpricedGpuHours: Scalars['Float']['output'];
  /** A shipped default price went into the figures: check it against your bill. */
  usedDefaultPrices: Scalars['Boolean']['output'];
  /**
   * GPU-hours weighted by how full the engine was: the fuller of its batch slots (requests running
   * over its most at once) and its KV cache, where the runtime reports them; else busy counts whole.
   */
  usedGpuHours: Scalars['Float']['output'];
  /** Used GPU-hours over GPU-hours, 0 to 1; null without GPU time. */
  utilisation: Maybe<Scalars['Float']['output']>;
};

export type CostGroupBy =
  | 'DEPLOYMENT'
  | 'ENVIRONMENT';

export type CostLine = {
  __typename?: 'CostLine';
  days: Array<CostDay>;
  environment: Scalars['String']['output'];
  figures: CostFigures;
  /** namespace/name, or the environment. */
  key: Scalars['String']['output'];
  name: Maybe<Scalars['String']['output']>;
  namespace: Maybe<Scalars['String']['output']>;
};

export type CostReport = {
  __typename?: 'CostReport';
  /** The API the tokens were priced at, as listed at the end of the range. */
  compareWith: ApiPrice;
  days: Array<CostDay>;
  from: Scalars['DateTime']['output'];
  groupBy: CostGroupBy;
  /** Most expensive first. */
  lines: Array<CostLine>;
  to: Scalars['DateTime']['output'];
  total: CostFigures;
};

export type CostReportInput = {
  /** An API of the price book; openai/gpt-4o when absent. */
  compareWith?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  groupBy?: InputMaybe<CostGroupBy>;
  to: Scalars['DateTime']['input'];
};

export type CreateApiTokenInput = {
  /** Days until the token expires: 1 to 365. */
  expiresInDays: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  /** At most the creator's own role. */
  role: Role;
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  /** The secret, shown this once. Send it as `Authorization: Bearer <secret>`. */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

export type CreateEscalationPolicyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  environments?: InputMaybe<Array<Environment>>;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  repeat?: InputMaybe<Scalars['Int']['input']>;
  steps: Array<EscalationStepInput>;
};

export type CreateGoldenPromptInput = {
  expect: AnswerExpectationsInput;
  /** 1 to 4096. */
  maxTokens: Scalars['Int']['input'];
  messages?: InputMaybe<Array<ChatMessageInput>>;
  modelId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** The user's text; or give `messages` instead. */
  prompt?: InputMaybe<Scalars['String']['input']>;
};

export type CreateNotificationChannelInput = {
  emailTo?: InputMaybe<Array<Scalars['String']['input']>>;
  isFallback?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  type: NotificationChannelType;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateNotificationChannelPayload = {
  __typename?: 'CreateNotificationChannelPayload';
  channel: NotificationChannel;
  /** The webhook signing secret: shown only this once. */
  secret: Maybe<Scalars['String']['output']>;
};

export type CreateOnCallScheduleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  layers: Array<OnCallLayerInput>;
  name: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
};

export type CreateReleaseInput = {
  engine?: InputMaybe<EngineArgsInput>;
  /** Secrets by reference only. */
  env?: InputMaybe<Array<EnvVarInput>>;
  /** How long the model takes to load; by default estimated from its size. */
  expectedLoadSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Pin by digest (`…@sha256:<64 hex>`); a tag alone is accepted with a warning. */
  image: Scalars['String']['input'];
  modelId: Scalars['ID']['input'];
  resources: ResourcesInput;
  runtime: Runtime;
};

export type CreateReleasePayload = {
  __typename?: 'CreateReleasePayload';
  /** False when an identical release already existed: releases are content-addressed. */
  created: Scalars['Boolean']['output'];
  release: Release;
};

export type CreateTicketInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  group?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<TicketPriority>;
  requester: RequesterInput;
  subject: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /**
   * At least 12 characters, not a common password, not containing the email's name part. The
   * user must replace it at first sign-in.
   */
  password: Scalars['String']['input'];
  role: Role;
};

export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  user: User;
};

export type DeclareIncidentInput = {
  deployment?: InputMaybe<DeploymentRefInput>;
  environment?: InputMaybe<Environment>;
  severity: Severity;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type DeleteDeploymentInput = {
  /** Must repeat the deployment's name. */
  confirmName: Scalars['String']['input'];
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type DeleteGoldenPromptInput = {
  id: Scalars['ID']['input'];
};

export type DeployReleaseInput = {
  /**
   * How long each step is watched before the next (and, for ROLLING and RECREATE, the new
   * release once it runs everywhere); default 60. `canarySteps` may set it per step.
   */
  analysisSeconds?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Canary steps; by default one replica, then 50 %, then 100 % (behind a Gateway: 5 %, 50 %,
   * 100 % of the requests).
   */
  canarySteps?: InputMaybe<Array<RolloutStepInput>>;
  environment: Environment;
  /**
   * The Gateway whose HTTPRoute carries its requests: canaries then move by traffic share, not
   * by replicas. Omitted: an existing deployment keeps its Gateway; null takes it off the Gateway.
   * It cannot change while a canary runs.
   */
  gateway?: InputMaybe<GatewayRefInput>;
  /**
   * Requests the new release must serve in each step's window before its error ratio and
   * latency count (default 50); 0 asks for no minimum, so steps pass on health alone.
   */
  minimumRequests?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  /** What a step does when its window ends without enough evidence; default PAUSE. */
  onInconclusive?: InputMaybe<InconclusiveAction>;
  /** Why, for the audit log and the release history. */
  reason?: InputMaybe<Scalars['String']['input']>;
  releaseId: Scalars['ID']['input'];
  replicas: Scalars['Int']['input'];
  /** Omitted: an existing deployment keeps its SLO; null clears it. */
  sloErrorRatio?: InputMaybe<Scalars['Float']['input']>;
  /** Omitted: an existing deployment keeps its SLO; null clears it. */
  sloTtftP95Ms?: InputMaybe<Scalars['Int']['input']>;
  /** Omitted: an existing deployment keeps its strategy (a new one is ROLLING). */
  strategy?: InputMaybe<RolloutStrategy>;
};

export type DeployReleasePayload = {
  __typename?: 'DeployReleasePayload';
  deployment: ModelDeployment;
};

/** How Backline took over a model server a team ran. */
export type DeploymentAdoption = {
  __typename?: 'DeploymentAdoption';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  /** Whether it still runs the pod template it had (true until its first rollout to another release). */
  keepsPodTemplate: Scalars['Boolean']['output'];
  /** Field managers that set its fields before Backline (Helm, Argo CD, kubectl…). */
  previousManagers: Array<Scalars['String']['output']>;
  /** The release imported at adoption, pinned to the image digest its pods ran. */
  release: Release;
  /** The pod selector it had, which it keeps: Kubernetes never changes a selector. */
  selector: Scalars['JSON']['output'];
};

/** What a deployment serves and could serve, from its samples over the window. See docs/capacity.md. */
export type DeploymentCapacity = {
  __typename?: 'DeploymentCapacity';
  /** What its GPUs could serve fully occupied. */
  couldServeTokensPerSecond: Maybe<Scalars['Float']['output']>;
  /** What it could serve with every free GPU of its product as well. */
  couldServeWithFreeGpusTokensPerSecond: Maybe<Scalars['Float']['output']>;
  environment: Scalars['String']['output'];
  gpuProduct: Maybe<Scalars['String']['output']>;
  /** GPUs its pods hold now. */
  gpus: Scalars['Int']['output'];
  /** couldServe − load: past it the engines are full, requests queue and latency SLOs break. */
  headroomTokensPerSecond: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  /** Why a figure is missing. */
  note: Maybe<Scalars['String']['output']>;
  /** Its load: tokens (prompt and generation) per second over the window. */
  tokensPerSecond: Scalars['Float']['output'];
  /** Tokens per second of one fully occupied GPU: tokens / used GPU-seconds. */
  tokensPerSecondPerGpu: Maybe<Scalars['Float']['output']>;
  /** Used GPU time over GPU time held, 0 to 1. */
  utilisation: Maybe<Scalars['Float']['output']>;
};

export type DeploymentHealth = {
  __typename?: 'DeploymentHealth';
  checkedAt: Maybe<Scalars['DateTime']['output']>;
  /** What broke and why, most severe first; empty when nothing is wrong. */
  diagnosis: Array<Finding>;
  /** Samples for charts, downsampled to a few hundred points. */
  history: Array<HealthSample>;
  metrics: Maybe<HealthMetrics>;
  /**
   * Past exits of containers that are ready and serving now (e.g. an OOM kill three days ago), with
   * their age: history worth knowing, not a problem. A repeat within the hour is a finding instead.
   */
  pastTerminations: Array<FindingEvidence>;
  reasons: Array<Scalars['String']['output']>;
  since: Maybe<Scalars['DateTime']['output']>;
  state: HealthState;
  transitions: Array<HealthTransition>;
};


export type DeploymentHealthHistoryArgs = {
  range?: InputMaybe<HealthRange>;
};


export type DeploymentHealthTransitionsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type DeploymentPayload = {
  __typename?: 'DeploymentPayload';
  deployment: ModelDeployment;
};

export type DeploymentPhase =
  | 'DELETING'
  /** The cluster refused the objects, or the rollout is stuck. */
  | 'FAILED'
  /** The desired state is not applied yet. */
  | 'PENDING'
  /** Applied; pods are starting or being replaced. */
  | 'PROGRESSING'
  /** Every replica runs the desired release and is ready. */
  | 'READY';

export type DeploymentRef = {
  __typename?: 'DeploymentRef';
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
};

export type DeploymentRefInput = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};

export type DeploymentRevision = {
  __typename?: 'DeploymentRevision';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  reason: Maybe<Scalars['String']['output']>;
  release: Release;
  revision: Scalars['Int']['output'];
};

export type DeploymentStatus = {
  __typename?: 'DeploymentStatus';
  availableReplicas: Scalars['Int']['output'];
  conditions: Array<Condition>;
  desiredReplicas: Scalars['Int']['output'];
  /** Recent Kubernetes events of its Deployments, ReplicaSets and Pods, newest first. */
  events: Array<KubeEvent>;
  lastAppliedAt: Maybe<Scalars['DateTime']['output']>;
  lastApplyError: Maybe<Scalars['String']['output']>;
  pods: Array<Pod>;
  readyReplicas: Scalars['Int']['output'];
  updatedReplicas: Scalars['Int']['output'];
};

/** How a deployment appears on the public status page. */
export type DeploymentStatusPage = {
  __typename?: 'DeploymentStatusPage';
  /** The name the public sees; set when public. */
  displayName: Maybe<Scalars['String']['output']>;
  maintenance: Maybe<MaintenanceWindow>;
  public: Scalars['Boolean']['output'];
  /** What the status page shows for it now (also when it is not public). */
  status: ComponentStatus;
};

export type DeploymentStatusPagePayload = {
  __typename?: 'DeploymentStatusPagePayload';
  deployment: ModelDeployment;
};

export type DeploymentTimelineEntry = {
  __typename?: 'DeploymentTimelineEntry';
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  kind: DeploymentTimelineKind;
  message: Scalars['String']['output'];
  /** `Kind/name` of the objects concerned. */
  objects: Array<Scalars['String']['output']>;
};

export type DeploymentTimelineKind =
  /** Objects were missing from the cluster and the reconciler applied them again. */
  | 'RECREATED';

/**
 * A model server running in a namespace Backline watches, which Backline did not deploy: found by
 * its image or the command that starts it, supported by its port and labels.
 */
export type DiscoveredModelServer = {
  __typename?: 'DiscoveredModelServer';
  /** The container that runs the engine. */
  container: Scalars['String']['output'];
  /** Why it is taken for this runtime, strongest sign first. */
  evidence: Array<Scalars['String']['output']>;
  /** The GPU product the pods are scheduled onto, from a node selector or node affinity. */
  gpuProduct: Maybe<Scalars['String']['output']>;
  gpusPerReplica: Scalars['Int']['output'];
  image: Scalars['String']['output'];
  /** Deployment or StatefulSet. */
  kind: Scalars['String']['output'];
  /** The model as the runtime names it: a Hugging Face repository, a file on a volume, an Ollama tag. */
  model: Maybe<Scalars['String']['output']>;
  /** The model as a catalog source (hf://org/repo, ollama://name:tag), when it is one. */
  modelSource: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  port: Scalars['Int']['output'];
  readyReplicas: Scalars['Int']['output'];
  replicas: Scalars['Int']['output'];
  runtime: Runtime;
  /** The name clients ask for, when the arguments set one apart from the model. */
  servedModelName: Maybe<Scalars['String']['output']>;
  tensorParallelSize: Maybe<Scalars['Int']['output']>;
};

export type DriftField = {
  __typename?: 'DriftField';
  desired: Maybe<Scalars['JSON']['output']>;
  live: Maybe<Scalars['JSON']['output']>;
  object: Scalars['String']['output'];
  path: Scalars['String']['output'];
};

export type EngineArgs = {
  __typename?: 'EngineArgs';
  dtype: Maybe<Scalars['String']['output']>;
  extraArgs: Array<Scalars['String']['output']>;
  gpuMemoryUtilization: Maybe<Scalars['Float']['output']>;
  maxModelLength: Maybe<Scalars['Int']['output']>;
  quantization: Maybe<Scalars['String']['output']>;
  tensorParallelSize: Maybe<Scalars['Int']['output']>;
};

export type EngineArgsInput = {
  dtype?: InputMaybe<Scalars['String']['input']>;
  extraArgs?: InputMaybe<Array<Scalars['String']['input']>>;
  gpuMemoryUtilization?: InputMaybe<Scalars['Float']['input']>;
  maxModelLength?: InputMaybe<Scalars['Int']['input']>;
  quantization?: InputMaybe<Scalars['String']['input']>;
  tensorParallelSize?: InputMaybe<Scalars['Int']['input']>;
};

export type EnvVar = {
  __typename?: 'EnvVar';
  name: Scalars['String']['output'];
  secretRef: Maybe<SecretRef>;
  value: Maybe<Scalars['String']['output']>;
};

export type EnvVarInput = {
  name: Scalars['String']['input'];
  secretRef?: InputMaybe<SecretRefInput>;
  value?: InputMaybe<Scalars['String']['input']>;
};

export type Environment =
  | 'DEV'
  | 'PROD'
  | 'STAGING';

/**
 * Who is told about an unacknowledged incident, in order. An incident uses the policy that names
 * its environment, else the default policy. After the last step of the last pass the fallback
 * channels are told, again and again, until someone acknowledges.
 */
export type EscalationPolicy = {
  __typename?: 'EscalationPolicy';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  environments: Array<Environment>;
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Further passes through the steps after the first. */
  repeat: Scalars['Int']['output'];
  steps: Array<EscalationStep>;
  updatedAt: Scalars['DateTime']['output'];
};

export type EscalationStep = {
  __typename?: 'EscalationStep';
  targets: Array<EscalationTarget>;
  /** How long the step waits for an acknowledgement before the next one. */
  timeoutMinutes: Scalars['Int']['output'];
};

export type EscalationStepInput = {
  targets: Array<EscalationTargetInput>;
  timeoutMinutes: Scalars['Int']['input'];
};

export type EscalationTarget = {
  __typename?: 'EscalationTarget';
  id: Scalars['ID']['output'];
  /** The schedule's, person's or channel's name; null when it no longer exists. */
  name: Maybe<Scalars['String']['output']>;
  type: EscalationTargetType;
};

export type EscalationTargetInput = {
  id: Scalars['ID']['input'];
  type: EscalationTargetType;
};

export type EscalationTargetType =
  | 'CHANNEL'
  /** Whoever is on call on the schedule when the step fires. */
  | 'SCHEDULE'
  | 'USER';

/** A cause Backline found, with the facts behind it and what to do. */
export type Finding = {
  __typename?: 'Finding';
  /**
   * OOM_WHILE_LOADING, CUDA_OUT_OF_MEMORY, KV_CACHE_TOO_SMALL, NO_GPU_CAPACITY, IMAGE_PULL_FAILED, GATED_MODEL,
   * MODEL_NOT_FOUND, TOO_FEW_GPUS, NCCL_ERROR, PROBE_WRONG_PATH, ENGINE_HUNG, ERROR_SPIKE, CRASH_LOOP, … or UNKNOWN
   * (the full list is CAUSES in server/src/health/diagnosis.types.ts).
   */
  cause: Scalars['String']['output'];
  evidence: Array<FindingEvidence>;
  objects: Array<Scalars['String']['output']>;
  /** Steps, first step first. */
  runbook: Array<Scalars['String']['output']>;
  severity: FindingSeverity;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type FindingEvidence = {
  __typename?: 'FindingEvidence';
  /** Where it was read: a status field, an event or a log line. */
  source: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type FindingSeverity =
  | 'CRITICAL'
  | 'WARNING';

/**
 * The fleet at a glance, for the overview: how many deployments there are, how many are in each
 * health state, and those that need a look, worst first. Deployments being deleted are left out.
 */
export type FleetSummary = {
  __typename?: 'FleetSummary';
  /**
   * The deployments that are not HEALTHY, worst first (DOWN, DEGRADED, UNKNOWN, PROGRESSING), then
   * by namespace and name: the `first` (1–500) of them.
   */
  attention: Array<ModelDeployment>;
  /**
   * How many are in each health state; every state is listed, in the order HEALTHY, DEGRADED,
   * DOWN, PROGRESSING, UNKNOWN.
   */
  health: Array<HealthCount>;
  /** Of them, those Backline deploys. */
  managed: Scalars['Int']['output'];
  /** Managed and observed deployments. */
  total: Scalars['Int']['output'];
};


/**
 * The fleet at a glance, for the overview: how many deployments there are, how many are in each
 * health state, and those that need a look, worst first. Deployments being deleted are left out.
 */
export type FleetSummaryAttentionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A Gateway API Gateway (gateway.networking.k8s.io/v1). */
export type GatewayRef = {
  __typename?: 'GatewayRef';
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
};

export type GatewayRefInput = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};

/**
 * A question a model is asked after a new release of it starts, with what its answer must be like:
 * a release that answers differently is caught while it is a canary.
 */
export type GoldenPrompt = {
  __typename?: 'GoldenPrompt';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  expectations: AnswerExpectations;
  id: Scalars['ID']['output'];
  maxTokens: Scalars['Int']['output'];
  /** Sent as they are; the last is the user's. */
  messages: Array<ChatMessage>;
  model: Model;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
};

export type GoldenPromptCheck = {
  __typename?: 'GoldenPromptCheck';
  checkedAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  /** The pod asked; null when the model has no golden prompts, so nothing was asked. */
  pod: Maybe<Scalars['String']['output']>;
  /** The release the pod runs, whose model's golden prompts were asked. */
  releaseId: Scalars['ID']['output'];
  results: Array<PromptCheckResult>;
};

export type GoldenPromptPayload = {
  __typename?: 'GoldenPromptPayload';
  goldenPrompt: GoldenPrompt;
};

/** Where a pod's GPUs come from: a spot (preemptible) node or an on-demand one. */
export type GpuCapacity =
  | 'ON_DEMAND'
  | 'SPOT';

/** A node with GPUs, and whether its free GPUs count. */
export type GpuNodeCapacity = {
  __typename?: 'GpuNodeCapacity';
  allocatable: Scalars['Int']['output'];
  /** Why its GPUs are not counted as free: cordoned, not Ready, or a taint GPU pods do not tolerate. */
  excludedBecause: Maybe<Scalars['String']['output']>;
  free: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  product: Maybe<Scalars['String']['output']>;
  requested: Scalars['Int']['output'];
  schedulable: Scalars['Boolean']['output'];
};

/** What one GPU of a product costs per hour, from `effectiveFrom` until the next version. */
export type GpuPrice = {
  __typename?: 'GpuPrice';
  capacity: GpuCapacity;
  effectiveFrom: Scalars['DateTime']['output'];
  /**
   * The node label nvidia.com/gpu.product, e.g. NVIDIA-A100-SXM4-80GB; `*` prices any product
   * without a price of its own.
   */
  gpuProduct: Scalars['String']['output'];
  /** A price shipped with Backline rather than one an admin set: check it against your bill. */
  isDefault: Scalars['Boolean']['output'];
  /** The day a default was read at its source (YYYY-MM-DD). */
  readOn: Maybe<Scalars['String']['output']>;
  setAt: Maybe<Scalars['DateTime']['output']>;
  setBy: Maybe<Scalars['String']['output']>;
  /** Where the figure was read, in words. */
  source: Scalars['String']['output'];
  sourceUrl: Maybe<Scalars['String']['output']>;
  usdPerGpuHour: Scalars['Float']['output'];
};

/** GPUs of one product across the schedulable nodes. */
export type GpuProductCapacity = {
  __typename?: 'GpuProductCapacity';
  allocatable: Scalars['Int']['output'];
  /** allocatable − requested. */
  free: Scalars['Int']['output'];
  /** The most free GPUs on one node: the largest pod that could start now. */
  largestFreeOnANode: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
  /** The node label nvidia.com/gpu.product; `unknown` for GPU nodes without it. */
  product: Scalars['String']['output'];
  requested: Scalars['Int']['output'];
};

export type HealthCount = {
  __typename?: 'HealthCount';
  count: Scalars['Int']['output'];
  state: HealthState;
};

/** Rates and percentiles over the last evaluation window; null where there was no data. */
export type HealthMetrics = {
  __typename?: 'HealthMetrics';
  e2eP95Ms: Maybe<Scalars['Float']['output']>;
  errorRatio: Maybe<Scalars['Float']['output']>;
  kvCacheUsage: Maybe<Scalars['Float']['output']>;
  queueDepth: Maybe<Scalars['Float']['output']>;
  requestRate: Maybe<Scalars['Float']['output']>;
  tokensPerSecond: Maybe<Scalars['Float']['output']>;
  ttftP50Ms: Maybe<Scalars['Float']['output']>;
  ttftP95Ms: Maybe<Scalars['Float']['output']>;
};

export type HealthRange =
  | 'DAY'
  | 'HOUR'
  | 'SIX_HOURS'
  | 'WEEK';

export type HealthSample = {
  __typename?: 'HealthSample';
  at: Scalars['DateTime']['output'];
  errorRatio: Maybe<Scalars['Float']['output']>;
  kvCacheUsage: Maybe<Scalars['Float']['output']>;
  requestRate: Maybe<Scalars['Float']['output']>;
  state: HealthState;
  ttftP95Ms: Maybe<Scalars['Float']['output']>;
};

export type HealthState =
  | 'DEGRADED'
  | 'DOWN'
  | 'HEALTHY'
  /** A rollout is under way or the model is loading. */
  | 'PROGRESSING'
  | 'UNKNOWN';

export type HealthTransition = {
  __typename?: 'HealthTransition';
  at: Scalars['DateTime']['output'];
  from: HealthState;
  reasons: Array<Scalars['String']['output']>;
  to: HealthState;
};

/** Something broke: opened by a health or rollout signal, an Alertmanager alert, or a person. */
export type Incident = {
  __typename?: 'Incident';
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  assigneeId: Maybe<Scalars['ID']['output']>;
  cancelReason: Maybe<Scalars['String']['output']>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  commanderId: Maybe<Scalars['ID']['output']>;
  createdBy: Scalars['String']['output'];
  deployment: Maybe<DeploymentRef>;
  environment: Maybe<Environment>;
  /** Signals with the same fingerprint join this incident while it is open. */
  fingerprint: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mergedInto: Maybe<Incident>;
  mitigatedAt: Maybe<Scalars['DateTime']['output']>;
  /** Every notification about the incident, oldest first: the delivery log. */
  notifications: Array<NotificationDelivery>;
  /** INC-<number> for people. */
  number: Scalars['Int']['output'];
  /** Null until someone starts one. */
  postmortem: Maybe<Postmortem>;
  /** Oldest first. */
  publicUpdates: Array<IncidentPublicUpdate>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  severity: Severity;
  /** The alerts and conditions attached to it; it resolves by itself when all have resolved. */
  signals: Array<IncidentSignal>;
  source: IncidentSource;
  status: IncidentStatus;
  summary: Scalars['String']['output'];
  /** Support tickets linked to this incident (empty for callers below SUPPORT). */
  tickets: Array<Ticket>;
  /** Everything that happened, oldest first. */
  timeline: Array<IncidentTimelineEntry>;
  title: Scalars['String']['output'];
  triggeredAt: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of incidents, newest first, with how many the filter matches in all. */
export type IncidentConnection = {
  __typename?: 'IncidentConnection';
  edges: Array<IncidentEdge>;
  nodes: Array<Incident>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IncidentEdge = {
  __typename?: 'IncidentEdge';
  cursor: Scalars['String']['output'];
  node: Incident;
};

export type IncidentPayload = {
  __typename?: 'IncidentPayload';
  incident: Incident;
};

/** Text for the public status page. Never an internal note. */
export type IncidentPublicUpdate = {
  __typename?: 'IncidentPublicUpdate';
  at: Scalars['DateTime']['output'];
  body: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  status: PublicUpdateStatus;
};

export type IncidentSignal = {
  __typename?: 'IncidentSignal';
  count: Scalars['Int']['output'];
  fingerprint: Scalars['String']['output'];
  firstAt: Scalars['DateTime']['output'];
  lastAt: Scalars['DateTime']['output'];
  source: IncidentSource;
  status: SignalStatus;
};

export type IncidentSource =
  | 'ALERTMANAGER'
  | 'HEALTH'
  | 'MANUAL'
  | 'ROLLOUT';

/**
 * How quickly a deployment's incidents were acknowledged and resolved, over a window of days.
 * Merged and canceled incidents do not count.
 */
export type IncidentStats = {
  __typename?: 'IncidentStats';
  acknowledged: Scalars['Int']['output'];
  deployment: DeploymentRef;
  /** Incidents triggered in the window. */
  incidents: Scalars['Int']['output'];
  /** Mean time to acknowledge, in seconds; null when none was acknowledged. */
  mttaSeconds: Maybe<Scalars['Float']['output']>;
  /** Mean time to resolve, in seconds; null when none has resolved. */
  mttrSeconds: Maybe<Scalars['Float']['output']>;
  resolved: Scalars['Int']['output'];
  windowDays: Scalars['Int']['output'];
};

export type IncidentStatus =
  | 'ACKNOWLEDGED'
  /** Not an incident after all. */
  | 'CANCELED'
  | 'CLOSED'
  /** Folded into another incident (see `mergedInto`). */
  | 'MERGED'
  | 'MITIGATED'
  | 'RESOLVED'
  | 'TRIGGERED';

export type IncidentTimelineEntry = {
  __typename?: 'IncidentTimelineEntry';
  actor: Scalars['String']['output'];
  actorType: ActorType;
  at: Scalars['DateTime']['output'];
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  kind: IncidentTimelineKind;
  message: Scalars['String']['output'];
};

export type IncidentTimelineKind =
  | 'ASSIGNED'
  /** An escalation step notified someone. */
  | 'ESCALATED'
  | 'MERGED'
  | 'NOTE'
  /** A notification was delivered. */
  | 'NOTIFIED'
  | 'OPENED'
  | 'SEVERITY_CHANGED'
  | 'SIGNAL_JOINED'
  | 'SIGNAL_RESOLVED'
  | 'STATUS_CHANGED';

export type IncidentTransitionInput = {
  id: Scalars['ID']['input'];
  /** Added to the timeline. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** What a step does when its window ends without enough evidence to promote. */
export type InconclusiveAction =
  /** Holds the rollout with the reason, for a person to resume, promote or abort. */
  | 'PAUSE'
  /** Puts the previous release back. */
  | 'ROLL_BACK';

export type KubeEvent = {
  __typename?: 'KubeEvent';
  count: Scalars['Int']['output'];
  lastSeen: Maybe<Scalars['DateTime']['output']>;
  message: Scalars['String']['output'];
  /** Kind/name of the object it is about. */
  object: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type LinkTicketInput = {
  id: Scalars['ID']['input'];
  incidentId: Scalars['ID']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  viewer: Viewer;
};

export type MaintenanceWindow = {
  __typename?: 'MaintenanceWindow';
  endsAt: Scalars['DateTime']['output'];
  /** Shown on the status page. */
  message: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type MaintenanceWindowInput = {
  endsAt: Scalars['DateTime']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

export type MergeIncidentInput = {
  /** The incident that ends as MERGED. */
  id: Scalars['ID']['input'];
  /** The open incident that takes over its signals. */
  intoId: Scalars['ID']['input'];
};

export type MergeTicketInput = {
  /** The ticket that ends as MERGED. */
  id: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
};

/** An open model, pinned to a revision of its weights. */
export type Model = {
  __typename?: 'Model';
  contextLength: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  family: Scalars['String']['output'];
  /** By name. */
  goldenPrompts: Array<GoldenPrompt>;
  gpuMemoryGiB: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  license: Scalars['String']['output'];
  /** DNS-1123 label, e.g. qwen2-5-7b-instruct. */
  name: Scalars['String']['output'];
  parameterCountBillions: Scalars['Float']['output'];
  /** Newest first. */
  releases: Array<Release>;
  revision: Scalars['String']['output'];
  /** `hf://<org>/<repo>` or `ollama://<name>:<tag>`. */
  source: Scalars['String']['output'];
};

/** Where a release runs: namespace, name, replicas, strategy and SLOs, with its live state. */
export type ModelDeployment = {
  __typename?: 'ModelDeployment';
  /** Set when Backline adopted it from a model server a team ran; null otherwise. */
  adoption: Maybe<DeploymentAdoption>;
  /** What it cost and served over the last `days` days. */
  cost: CostFigures;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** Fields someone changed by hand in the cluster; empty when none. */
  drift: Array<DriftField>;
  environment: Environment;
  health: DeploymentHealth;
  /** Releases it has run, newest first. */
  history: Array<DeploymentRevision>;
  id: Scalars['ID']['output'];
  incidentStats: IncidentStats;
  /**
   * Whether Backline deployed it and manages it. False for a model server found running in the
   * cluster, which Backline watches (health, incidents, paging, the status page) and never changes.
   */
  managed: Scalars['Boolean']['output'];
  /** The objects Backline applies, as YAML, for GitOps. */
  manifestsYaml: Scalars['String']['output'];
  /** Why it is in this phase, in words. */
  message: Maybe<Scalars['String']['output']>;
  /**
   * Objects Backline applied that are not in the cluster now (deleted by hand, a new cluster, a
   * restored backup), as `Kind/name`; the reconciler re-creates them. Not drift: drift is a changed
   * field of an object that is there.
   */
  missing: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  /** What Backline recognised of a model server it observes; null for a managed deployment. */
  observed: Maybe<ObservedWorkload>;
  phase: DeploymentPhase;
  /** The release it runs; null for a model server Backline observes but does not manage. */
  release: Maybe<Release>;
  replicas: Scalars['Int']['output'];
  /** The rollout under way, or the latest one. */
  rollout: Maybe<Rollout>;
  /** Its rollouts, newest first. */
  rollouts: Array<Rollout>;
  sloErrorRatio: Maybe<Scalars['Float']['output']>;
  sloTtftP95Ms: Maybe<Scalars['Int']['output']>;
  status: DeploymentStatus;
  statusPage: DeploymentStatusPage;
  strategy: RolloutStrategy;
  /** What happened to it besides new releases (objects re-created because they were missing), newest first. */
  timeline: Array<DeploymentTimelineEntry>;
  /**
   * The Gateway route that carries its requests, with the share each track gets; null when its
   * requests reach it through its Service alone (a canary's share is then its share of the replicas).
   */
  traffic: Maybe<TrafficRoute>;
  updatedAt: Scalars['DateTime']['output'];
};


/** Where a release runs: namespace, name, replicas, strategy and SLOs, with its live state. */
export type ModelDeploymentCostArgs = {
  compareWith?: InputMaybe<Scalars['String']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
};


/** Where a release runs: namespace, name, replicas, strategy and SLOs, with its live state. */
export type ModelDeploymentIncidentStatsArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};


/** Where a release runs: namespace, name, replicas, strategy and SLOs, with its live state. */
export type ModelDeploymentRolloutsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Where a release runs: namespace, name, replicas, strategy and SLOs, with its live state. */
export type ModelDeploymentTimelineArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of deployments, by namespace and name, with how many the filter matches in all. */
export type ModelDeploymentConnection = {
  __typename?: 'ModelDeploymentConnection';
  edges: Array<ModelDeploymentEdge>;
  nodes: Array<ModelDeployment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ModelDeploymentEdge = {
  __typename?: 'ModelDeploymentEdge';
  cursor: Scalars['String']['output'];
  node: ModelDeployment;
};

export type ModelServerDiscovery = {
  __typename?: 'ModelServerDiscovery';
  checkedAt: Scalars['DateTime']['output'];
  /** Namespaces that could not be read, with the reason. */
  problems: Array<Scalars['String']['output']>;
  servers: Array<DiscoveredModelServer>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Stops the rollout and puts the previous release back; a reason is required. */
  abortRollout: RolloutPayload;
  acknowledgeIncident: IncidentPayload;
  addIncidentNote: AddIncidentNotePayload;
  addOnCallOverride: OnCallOverride;
  addPostmortemActionItem: PostmortemPayload;
  /**
   * Takes over an observed model server without restarting a pod: imports its model and a release
   * pinned to the image digest its pods run, and manages it from then on (rollouts, rollback,
   * drift). Refused, with the reasons, when that cannot be done without a restart.
   */
  adoptDeployment: DeploymentPayload;
  assignIncident: IncidentPayload;
  cancelIncident: IncidentPayload;
  changeIncidentSeverity: IncidentPayload;
  changePassword: Scalars['Boolean']['output'];
  changeTicketStatus: TicketPayload;
  /**
   * Asks one pod of a deployment the golden prompts of the model it serves, and judges the answers.
   * Changes nothing.
   */
  checkGoldenPrompts: GoldenPromptCheck;
  closeIncident: IncidentPayload;
  createApiToken: CreateApiTokenPayload;
  createEscalationPolicy: EscalationPolicy;
  createGoldenPrompt: GoldenPromptPayload;
  createNotificationChannel: CreateNotificationChannelPayload;
  createOnCallSchedule: OnCallSchedule;
  createRelease: CreateReleasePayload;
  createTicket: TicketPayload;
  createUser: CreateUserPayload;
  declareIncident: IncidentPayload;
  deleteDeployment: DeploymentPayload;
  deleteEscalationPolicy: Scalars['ID']['output'];
  deleteGoldenPrompt: GoldenPromptPayload;
  /** Refused while an escalation policy names the channel. Returns the id. */
  deleteNotificationChannel: Scalars['ID']['output'];
  /** Refused while an escalation policy names the schedule. Returns the id. */
  deleteOnCallSchedule: Scalars['ID']['output'];
  /** Creates the deployment, or moves it to another release or shape. */
  deployRelease: DeployReleasePayload;
  linkTicketToIncident: TicketPayload;
  /** Signs in and sets the session cookie. */
  login: LoginPayload;
  /** Ends the current session and clears its cookie. */
  logout: Scalars['Boolean']['output'];
  mergeIncident: IncidentPayload;
  mergeTicket: TicketPayload;
  mitigateIncident: IncidentPayload;
  /** Holds the rollout at its step: no analysis verdicts or timers act until it is resumed. */
  pauseRollout: RolloutPayload;
  /** Posts an update to the public status page about an incident. */
  postIncidentUpdate: PostIncidentUpdatePayload;
  /** Skips the remaining steps and analysis and moves the stable track to the new release. */
  promoteRollout: RolloutPayload;
  /** Needs a summary, the impact and the root cause, and an owner for every action item. */
  publishPostmortem: PostmortemPayload;
  registerModel: RegisterModelPayload;
  /**
   * Hands an adopted model server back to its team: its objects stay as they are, Backline's field
   * manager leaves them, and Backline observes it again. Refused while a rollout is under way.
   */
  releaseDeployment: DeploymentPayload;
  removeOnCallOverride: OnCallOverride;
  removePostmortemActionItem: PostmortemPayload;
  /** Applies the desired state again over hand-made changes. */
  repairDrift: DeploymentPayload;
  replyToTicket: ReplyToTicketPayload;
  resolveIncident: IncidentPayload;
  resumeRollout: RolloutPayload;
  revokeApiToken: RevokeApiTokenPayload;
  /**
   * Puts an earlier release back: the desired state points at it, so the release rolled back
   * from is never applied again unless someone deploys it. Open incidents of the deployment
   * become MITIGATED.
   */
  rollbackDeployment: DeploymentPayload;
  scaleDeployment: DeploymentPayload;
  /** Adds a version of a closed API's list price. */
  setApiPrice: SetApiPricePayload;
  /** Shows the deployment on the public status page under a display name, or hides it. */
  setDeploymentPublic: DeploymentStatusPagePayload;
  /** Adds a version of a GPU-hour price. */
  setGpuPrice: SetGpuPricePayload;
  setMaintenanceWindow: DeploymentStatusPagePayload;
  setUserPassword: UpdateUserPayload;
  /** Starts the incident's postmortem from the template, its timeline pre-filled from the incident's. */
  startPostmortem: PostmortemPayload;
  /** Queues a test message to the channel; follow it by the returned delivery. */
  testNotificationChannel: NotificationDelivery;
  unlinkTicketFromIncident: TicketPayload;
  updateEscalationPolicy: EscalationPolicy;
  updateGoldenPrompt: GoldenPromptPayload;
  updateNotificationChannel: NotificationChannel;
  /**
   * Backline's own settings of a model server it observes: its environment (which sets how
   * severe its incidents are) and its SLOs. Nothing is written to the cluster.
   */
  updateObservedDeployment: DeploymentPayload;
  updateOnCallSchedule: OnCallSchedule;
  updatePostmortem: PostmortemPayload;
  updatePostmortemActionItem: PostmortemPayload;
  updateTicket: TicketPayload;
  updateUser: UpdateUserPayload;
};


export type MutationAbortRolloutArgs = {
  input: RolloutActionInput;
};


export type MutationAcknowledgeIncidentArgs = {
  input: IncidentTransitionInput;
};


export type MutationAddIncidentNoteArgs = {
  input: AddIncidentNoteInput;
};


export type MutationAddOnCallOverrideArgs = {
  input: AddOnCallOverrideInput;
};


export type MutationAddPostmortemActionItemArgs = {
  input: AddPostmortemActionItemInput;
};


export type MutationAdoptDeploymentArgs = {
  input: AdoptDeploymentInput;
};


export type MutationAssignIncidentArgs = {
  input: AssignIncidentInput;
};


export type MutationCancelIncidentArgs = {
  input: CancelIncidentInput;
};


export type MutationChangeIncidentSeverityArgs = {
  input: ChangeIncidentSeverityInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChangeTicketStatusArgs = {
  input: ChangeTicketStatusInput;
};


export type MutationCheckGoldenPromptsArgs = {
  input: CheckGoldenPromptsInput;
};


export type MutationCloseIncidentArgs = {
  input: IncidentTransitionInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateEscalationPolicyArgs = {
  input: CreateEscalationPolicyInput;
};


export type MutationCreateGoldenPromptArgs = {
  input: CreateGoldenPromptInput;
};


export type MutationCreateNotificationChannelArgs = {
  input: CreateNotificationChannelInput;
};


export type MutationCreateOnCallScheduleArgs = {
  input: CreateOnCallScheduleInput;
};


export type MutationCreateReleaseArgs = {
  input: CreateReleaseInput;
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeclareIncidentArgs = {
  input: DeclareIncidentInput;
};


export type MutationDeleteDeploymentArgs = {
  input: DeleteDeploymentInput;
};


export type MutationDeleteEscalationPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteGoldenPromptArgs = {
  input: DeleteGoldenPromptInput;
};


export type MutationDeleteNotificationChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOnCallScheduleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeployReleaseArgs = {
  input: DeployReleaseInput;
};


export type MutationLinkTicketToIncidentArgs = {
  input: LinkTicketInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMergeIncidentArgs = {
  input: MergeIncidentInput;
};


export type MutationMergeTicketArgs = {
  input: MergeTicketInput;
};


export type MutationMitigateIncidentArgs = {
  input: IncidentTransitionInput;
};


export type MutationPauseRolloutArgs = {
  input: RolloutActionInput;
};


export type MutationPostIncidentUpdateArgs = {
  input: PostIncidentUpdateInput;
};


export type MutationPromoteRolloutArgs = {
  input: RolloutActionInput;
};


export type MutationPublishPostmortemArgs = {
  input: PublishPostmortemInput;
};


export type MutationRegisterModelArgs = {
  input: RegisterModelInput;
};


export type MutationReleaseDeploymentArgs = {
  input: ReleaseDeploymentInput;
};


export type MutationRemoveOnCallOverrideArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemovePostmortemActionItemArgs = {
  input: RemovePostmortemActionItemInput;
};


export type MutationRepairDriftArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type MutationReplyToTicketArgs = {
  input: ReplyToTicketInput;
};


export type MutationResolveIncidentArgs = {
  input: IncidentTransitionInput;
};


export type MutationResumeRolloutArgs = {
  input: RolloutActionInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRollbackDeploymentArgs = {
  input: RollbackDeploymentInput;
};


export type MutationScaleDeploymentArgs = {
  input: ScaleDeploymentInput;
};


export type MutationSetApiPriceArgs = {
  input: SetApiPriceInput;
};


export type MutationSetDeploymentPublicArgs = {
  input: SetDeploymentPublicInput;
};


export type MutationSetGpuPriceArgs = {
  input: SetGpuPriceInput;
};


export type MutationSetMaintenanceWindowArgs = {
  input: SetMaintenanceWindowInput;
};


export type MutationSetUserPasswordArgs = {
  input: SetUserPasswordInput;
};


export type MutationStartPostmortemArgs = {
  input: StartPostmortemInput;
};


export type MutationTestNotificationChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnlinkTicketFromIncidentArgs = {
  input: UnlinkTicketInput;
};


export type MutationUpdateEscalationPolicyArgs = {
  input: UpdateEscalationPolicyInput;
};


export type MutationUpdateGoldenPromptArgs = {
  input: UpdateGoldenPromptInput;
};


export type MutationUpdateNotificationChannelArgs = {
  input: UpdateNotificationChannelInput;
};


export type MutationUpdateObservedDeploymentArgs = {
  input: UpdateObservedDeploymentInput;
};


export type MutationUpdateOnCallScheduleArgs = {
  input: UpdateOnCallScheduleInput;
};


export type MutationUpdatePostmortemArgs = {
  input: UpdatePostmortemInput;
};


export type MutationUpdatePostmortemActionItemArgs = {
  input: UpdatePostmortemActionItemInput;
};


export type MutationUpdateTicketArgs = {
  input: UpdateTicketInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

export type NotificationChannel = {
  __typename?: 'NotificationChannel';
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Why it was disabled automatically, if it was. */
  disabledReason: Maybe<Scalars['String']['output']>;
  emailTo: Array<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Told about every incident nobody acknowledged after every step, and about steps that reach nobody. */
  isFallback: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  type: NotificationChannelType;
  updatedAt: Scalars['DateTime']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type NotificationChannelType =
  /** Email over SMTP (BACKLINE_SMTP_URL) to fixed recipients. */
  | 'EMAIL'
  /** Slack incoming webhook (or anything that takes Slack's message format). */
  | 'SLACK'
  /** JSON POST signed with X-Backline-Signature (HMAC-SHA256 of the body). */
  | 'WEBHOOK';

/** One message to one channel or person, from the outbox. */
export type NotificationDelivery = {
  __typename?: 'NotificationDelivery';
  attempts: Scalars['Int']['output'];
  channelId: Maybe<Scalars['ID']['output']>;
  channelName: Scalars['String']['output'];
  channelType: NotificationChannelType;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  event: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  nextAttemptAt: Scalars['DateTime']['output'];
  status: NotificationStatus;
  /** A webhook's host, an email address or the channel's recipients. */
  target: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type NotificationStatus =
  | 'DELIVERED'
  /** Given up: retried for about 20 minutes, or the channel was disabled or deleted. */
  | 'FAILED'
  | 'PENDING';

/** A model server Backline found running and watches without managing, as it recognised it. */
export type ObservedWorkload = {
  __typename?: 'ObservedWorkload';
  /** The container that runs the engine. */
  container: Scalars['String']['output'];
  /** Why it is taken for this runtime, strongest sign first. */
  evidence: Array<Scalars['String']['output']>;
  gpuProduct: Maybe<Scalars['String']['output']>;
  gpusPerReplica: Scalars['Int']['output'];
  image: Scalars['String']['output'];
  /** Deployment or StatefulSet. */
  kind: Scalars['String']['output'];
  /** The model as the runtime names it. */
  model: Maybe<Scalars['String']['output']>;
  port: Scalars['Int']['output'];
  runtime: Runtime;
  /** The name clients ask for, when the arguments set one apart from the model. */
  servedModelName: Maybe<Scalars['String']['output']>;
};

/** A rotation of people. Higher layers override lower ones where they cover a moment. */
export type OnCallLayer = {
  __typename?: 'OnCallLayer';
  name: Scalars['String']['output'];
  restriction: Maybe<OnCallRestriction>;
  shift: ShiftKind;
  shiftHours: Maybe<Scalars['Int']['output']>;
  /** Local date and time in the schedule's zone when the first turn begins, like 2026-11-02T09:00. */
  start: Scalars['String']['output'];
  userIds: Array<Scalars['ID']['output']>;
  users: Array<User>;
};

export type OnCallLayerInput = {
  name: Scalars['String']['input'];
  restriction?: InputMaybe<OnCallRestrictionInput>;
  shift: ShiftKind;
  shiftHours?: InputMaybe<Scalars['Int']['input']>;
  start: Scalars['String']['input'];
  userIds: Array<Scalars['ID']['input']>;
};

export type OnCallNow = {
  __typename?: 'OnCallNow';
  /** The layer, or null for an override (or nobody). */
  layer: Maybe<Scalars['String']['output']>;
  schedule: OnCallSchedule;
  until: Maybe<Scalars['DateTime']['output']>;
  /** Null when nobody covers this moment. */
  user: Maybe<User>;
};

/** Someone else on call over a time range, over every layer. */
export type OnCallOverride = {
  __typename?: 'OnCallOverride';
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  scheduleId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  user: Maybe<User>;
  userId: Scalars['ID']['output'];
};

/** Someone who can be put on call: enabled users, with what a rotation needs to show. */
export type OnCallPerson = {
  __typename?: 'OnCallPerson';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Local times of day (HH:mm) a layer covers; across midnight when `to` is before `from`. */
export type OnCallRestriction = {
  __typename?: 'OnCallRestriction';
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type OnCallRestrictionInput = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type OnCallSchedule = {
  __typename?: 'OnCallSchedule';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Lowest first. */
  layers: Array<OnCallLayer>;
  name: Scalars['String']['output'];
  /** Overrides that have not ended yet. */
  overrides: Array<OnCallOverride>;
  /** Who is on call over the coming days (at most 31). */
  shifts: Array<OnCallShift>;
  /** IANA time zone the layers' times are in. */
  timeZone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


export type OnCallScheduleShiftsArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A stretch of time one person is on call; `layer` is null for an override. */
export type OnCallShift = {
  __typename?: 'OnCallShift';
  end: Scalars['DateTime']['output'];
  layer: Maybe<Scalars['String']['output']>;
  start: Scalars['DateTime']['output'];
  user: Maybe<User>;
  userId: Scalars['ID']['output'];
};

/** Forward paging information, Relay style. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PagingProblem = {
  __typename?: 'PagingProblem';
  environment: Environment;
  /** The console page that fixes it. */
  fixPath: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type PagingReadiness = {
  __typename?: 'PagingReadiness';
  /** What keeps incidents from reaching anyone; empty when ready. */
  problems: Array<PagingProblem>;
  ready: Scalars['Boolean']['output'];
};

export type Pod = {
  __typename?: 'Pod';
  containers: Array<ContainerStatus>;
  createdAt: Maybe<Scalars['DateTime']['output']>;
  gpus: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  node: Maybe<Scalars['String']['output']>;
  phase: Scalars['String']['output'];
  ready: Scalars['Boolean']['output'];
  releaseId: Maybe<Scalars['String']['output']>;
  restarts: Scalars['Int']['output'];
  track: Maybe<Scalars['String']['output']>;
};

export type PostIncidentUpdateInput = {
  /** Plain text for the public. */
  body: Scalars['String']['input'];
  incidentId: Scalars['ID']['input'];
  status: PublicUpdateStatus;
};

export type PostIncidentUpdatePayload = {
  __typename?: 'PostIncidentUpdatePayload';
  incident: Incident;
  update: IncidentPublicUpdate;
};

/** What happened, why, and what will be done about it. */
export type Postmortem = {
  __typename?: 'Postmortem';
  actionItems: Array<PostmortemActionItem>;
  contributingFactors: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  impact: Scalars['String']['output'];
  incidentId: Scalars['ID']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  publishedBy: Maybe<Scalars['String']['output']>;
  rootCause: Scalars['String']['output'];
  status: PostmortemStatus;
  summary: Scalars['String']['output'];
  /** Pre-filled from the incident's timeline when started, then edited. */
  timeline: Array<PostmortemTimelineEntry>;
  updatedAt: Scalars['DateTime']['output'];
};

export type PostmortemActionItem = {
  __typename?: 'PostmortemActionItem';
  done: Scalars['Boolean']['output'];
  /** YYYY-MM-DD. */
  dueDate: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  owner: Maybe<User>;
  title: Scalars['String']['output'];
};

export type PostmortemPayload = {
  __typename?: 'PostmortemPayload';
  postmortem: Postmortem;
};

export type PostmortemStatus =
  /** Being written; the incident cannot be closed yet. */
  | 'DRAFT'
  /** Done: the incident can be closed. Its sections are the record and no longer change; action items still do. */
  | 'PUBLISHED';

export type PostmortemTimelineEntry = {
  __typename?: 'PostmortemTimelineEntry';
  at: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
};

export type PostmortemTimelineEntryInput = {
  at: Scalars['DateTime']['input'];
  text: Scalars['String']['input'];
};

export type PriceBook = {
  __typename?: 'PriceBook';
  /** Every version of the API prices, newest first. */
  apiHistory: Array<ApiPrice>;
  /** The list price of each closed API in force at the time asked for. */
  apis: Array<ApiPrice>;
  /** Every version of the GPU prices, newest first. */
  gpuHistory: Array<GpuPrice>;
  /** The price of each GPU product and capacity in force at the time asked for. */
  gpus: Array<GpuPrice>;
};

export type PromptAnswer = {
  __typename?: 'PromptAnswer';
  /** The start of the answer. */
  answer: Scalars['String']['output'];
  durationMs: Scalars['Int']['output'];
  /** Which checks failed (length, must or must-not contain, pattern, JSON schema, refusal), in words. */
  failures: Array<Scalars['String']['output']>;
  /** Null when the prompt could not be run (timeout, pod unreachable). */
  passed: Maybe<Scalars['Boolean']['output']>;
};

/** The outcome of one golden prompt on one pod. */
export type PromptCheckResult = {
  __typename?: 'PromptCheckResult';
  answerExcerpt: Scalars['String']['output'];
  durationMs: Scalars['Int']['output'];
  /** What was wrong, in words; for an inconclusive check, why it could not run. */
  failures: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Null when the prompt could not be run (a timeout, the pod unreachable): inconclusive. */
  passed: Maybe<Scalars['Boolean']['output']>;
  prompt: Maybe<GoldenPrompt>;
  promptId: Scalars['ID']['output'];
};

/** One golden prompt, asked of both tracks under the same words. */
export type PromptComparison = {
  __typename?: 'PromptComparison';
  canary: PromptAnswer;
  name: Scalars['String']['output'];
  promptId: Scalars['ID']['output'];
  /** The new release fails what the stable one passes: this fails the step. */
  regression: Scalars['Boolean']['output'];
  /** The stable release's answer; null when no stable pod was there to ask. */
  stable: Maybe<PromptAnswer>;
};

/** Where an incident stands, as the public is told. */
export type PublicUpdateStatus =
  | 'IDENTIFIED'
  | 'INVESTIGATING'
  | 'MONITORING'
  | 'RESOLVED';

export type PublishPostmortemInput = {
  incidentId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Rollouts under way across the fleet. */
  activeRollouts: Array<Rollout>;
  /**
   * What adopting an observed model server would do, or why it cannot be done without restarting
   * its pods.
   */
  adoptionPlan: AdoptionPlan;
  /** The caller's own tokens; with `all: true` (admins only) every user's. */
  apiTokens: Array<ApiToken>;
  /** The latest signed checkpoint, and the public key that verifies it. */
  auditCheckpoint: Maybe<AuditCheckpointInfo>;
  /** Newest first. `after` is the `endCursor` of the previous page. */
  auditLog: AuditEntryConnection;
  /**
   * Free GPUs by product, and what each deployment could serve, measured over the last
   * `windowMinutes` minutes (5 to 1440).
   */
  capacity: Capacity;
  /** What the deployments cost and served over a range (at most 101 days). */
  costReport: CostReport;
  deployment: Maybe<ModelDeployment>;
  deployments: Array<ModelDeployment>;
  /**
   * The same list, by namespace and name, paged by cursor: `first` (1–500) after `after`, an
   * endCursor of a previous page. `search` keeps the deployments whose namespace/name, model or
   * runtime holds every one of its words, ignoring case.
   */
  deploymentsConnection: ModelDeploymentConnection;
  /**
   * The model servers already running in the namespaces Backline watches that it does not manage.
   * Read from the cluster at most every ten seconds; Backline writes nothing to them.
   */
  discoveredModelServers: ModelServerDiscovery;
  /** Whether email channels and emailing people can work (BACKLINE_SMTP_URL is set). */
  emailConfigured: Scalars['Boolean']['output'];
  escalationPolicies: Array<EscalationPolicy>;
  escalationPolicy: Maybe<EscalationPolicy>;
  fleetSummary: FleetSummary;
  /** An incident by its id, or by the id people use (INC-12). */
  incident: Maybe<Incident>;
  /** Per deployment with incidents in the last `days` (1–365). */
  incidentStats: Array<IncidentStats>;
  /** Newest first; all statuses when no filter is given. */
  incidents: Array<Incident>;
  /** The same list, paged by cursor: `first` (1–500) after `after`, an endCursor of a previous page. */
  incidentsConnection: IncidentConnection;
  /** Namespaces Backline may deploy to. */
  managedNamespaces: Array<Scalars['String']['output']>;
  model: Maybe<Model>;
  models: Array<Model>;
  notificationChannels: Array<NotificationChannel>;
  /** One message of the outbox, such as a test message. */
  notificationDelivery: Maybe<NotificationDelivery>;
  /** Who is on call on every schedule, now or at `at`. */
  onCallNow: Array<OnCallNow>;
  /**
   * The people who can be put on call: active SREs and admins, who can acknowledge an incident
   * (SREs may not list users otherwise).
   */
  onCallPeople: Array<OnCallPerson>;
  onCallSchedule: Maybe<OnCallSchedule>;
  onCallSchedules: Array<OnCallSchedule>;
  /**
   * Whether an incident of each environment pages someone: an escalation policy applies with a
   * step that names a target, or a fallback channel is there.
   */
  pagingReadiness: PagingReadiness;
  /** The prices Backline computes costs with, as in force at `at` (now when absent). */
  priceBook: PriceBook;
  release: Maybe<Release>;
  /** What changed from one release to another, field by field. */
  releaseDiff: Array<ReleaseFieldChange>;
  rollout: Maybe<Rollout>;
  /**
   * Deployments, incidents (by words or INC-12), tickets (by words or T-1001), models and, for
   * admins, people, matching `text`; each kind only where the caller's role may read it. Best
   * matches first within each kind.
   */
  search: Array<SearchHit>;
  /** The GraphQL API's own version and what the caller may do; public. */
  serverInfo: ServerInfo;
  slaPolicies: Array<SlaPolicy>;
  /** A ticket by its id, or by the id people use (T-1001). */
  ticket: Maybe<Ticket>;
  /** Newest first (BREACHING: soonest due first). */
  tickets: Array<Ticket>;
  /**
   * The same queue, paged by cursor: `first` (1–500) after `after`, an endCursor of a previous
   * page. BREACHING looks through the 2,000 newest active tickets.
   */
  ticketsConnection: TicketConnection;
  user: Maybe<User>;
  users: Array<User>;
  /** Recomputes the whole chain and names the first entry that does not match. */
  verifyAuditLog: AuditVerification;
  /** The signed-in caller, or null when the request carries no valid session or token. */
  viewer: Maybe<Viewer>;
};


export type QueryAdoptionPlanArgs = {
  deploymentId: Scalars['ID']['input'];
};


export type QueryApiTokensArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCapacityArgs = {
  windowMinutes?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCostReportArgs = {
  input: CostReportInput;
};


export type QueryDeploymentArgs = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};


export type QueryDeploymentsArgs = {
  environment?: InputMaybe<Environment>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDeploymentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  environment?: InputMaybe<Environment>;
  first?: InputMaybe<Scalars['Int']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEscalationPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncidentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncidentStatsArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIncidentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<Array<Severity>>;
  status?: InputMaybe<Array<IncidentStatus>>;
};


export type QueryIncidentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<Array<Severity>>;
  status?: InputMaybe<Array<IncidentStatus>>;
};


export type QueryModelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOnCallNowArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryOnCallScheduleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPriceBookArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReleaseDiffArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


export type QueryRolloutArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<Array<TicketPriority>>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<TicketStatus>>;
  view?: InputMaybe<TicketView>;
};


export type QueryTicketsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<Array<TicketPriority>>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<TicketStatus>>;
  view?: InputMaybe<TicketView>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type RegisterModelInput = {
  contextLength: Scalars['Int']['input'];
  family: Scalars['String']['input'];
  gpuMemoryGiB: Scalars['Float']['input'];
  license: Scalars['String']['input'];
  name: Scalars['String']['input'];
  parameterCountBillions: Scalars['Float']['input'];
  revision: Scalars['String']['input'];
  source: Scalars['String']['input'];
};

export type RegisterModelPayload = {
  __typename?: 'RegisterModelPayload';
  model: Model;
};

/** An immutable, content-addressed description of exactly what runs. */
export type Release = {
  __typename?: 'Release';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  engine: EngineArgs;
  env: Array<EnvVar>;
  expectedLoadSeconds: Scalars['Int']['output'];
  /** Derived from the content: the same release always has the same id. */
  id: Scalars['ID']['output'];
  image: Scalars['String']['output'];
  /** True when the image is pinned by digest. */
  imagePinned: Scalars['Boolean']['output'];
  model: Model;
  modelRevision: Scalars['String']['output'];
  modelSource: Scalars['String']['output'];
  resources: Resources;
  runtime: Runtime;
  /** What a reader should know before deploying it, e.g. an image pinned by tag only. */
  warnings: Array<Scalars['String']['output']>;
};

export type ReleaseDeploymentInput = {
  deploymentId: Scalars['ID']['input'];
  /** Why, for the audit log. */
  reason: Scalars['String']['input'];
};

export type ReleaseFieldChange = {
  __typename?: 'ReleaseFieldChange';
  from: Maybe<Scalars['JSON']['output']>;
  /** Dotted path of the field, e.g. `engine.maxModelLength`. */
  path: Scalars['String']['output'];
  to: Maybe<Scalars['JSON']['output']>;
};

export type RemovePostmortemActionItemInput = {
  id: Scalars['ID']['input'];
};

export type ReplyToTicketInput = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  visibility: TicketVisibility;
};

export type ReplyToTicketPayload = {
  __typename?: 'ReplyToTicketPayload';
  message: TicketMessage;
  ticket: Ticket;
};

export type Requester = {
  __typename?: 'Requester';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organisation: Maybe<Scalars['String']['output']>;
};

export type RequesterInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organisation?: InputMaybe<Scalars['String']['input']>;
};

export type Resources = {
  __typename?: 'Resources';
  cpu: Scalars['String']['output'];
  /** The node label value `nvidia.com/gpu.product`, e.g. NVIDIA-A100-SXM4-80GB. */
  gpuProduct: Maybe<Scalars['String']['output']>;
  gpus: Scalars['Int']['output'];
  memory: Scalars['String']['output'];
};

export type ResourcesInput = {
  cpu: Scalars['String']['input'];
  gpuProduct?: InputMaybe<Scalars['String']['input']>;
  gpus: Scalars['Int']['input'];
  memory: Scalars['String']['input'];
};

export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  token: ApiToken;
};

export type Role =
  /** Everything, including users, roles and tokens of others. */
  | 'ADMIN'
  /** Operates deployments, rollouts and incidents. */
  | 'SRE'
  /** Works support tickets and reads incidents. */
  | 'SUPPORT'
  /** Reads everything and verifies the audit log; changes nothing but its own tokens. */
  | 'VIEWER';

export type RollbackDeploymentInput = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  /** Why, for the audit log, the release history and the incident. */
  reason: Scalars['String']['input'];
  /** The release to go back to; by default the one it ran before the current one. */
  releaseId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Moving a deployment from one release to another, step by step, with analysis and
 * automatic rollback.
 */
export type Rollout = {
  __typename?: 'Rollout';
  /** False once it reached SUCCEEDED, ROLLED_BACK or FAILED. */
  active: Scalars['Boolean']['output'];
  /** Every analysis result, newest first. */
  analysis: Array<AnalysisResult>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** Index into `steps` of the step running now (or last run). */
  currentStep: Scalars['Int']['output'];
  deployment: DeploymentRef;
  /** Every transition, oldest first. */
  events: Array<RolloutEvent>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  fromRelease: Maybe<Release>;
  id: Scalars['ID']['output'];
  mode: RolloutMode;
  /** Why it is paused for lack of evidence, or was rolled back, aborted or failed. */
  reason: Maybe<Scalars['String']['output']>;
  state: RolloutState;
  steps: Array<RolloutStep>;
  strategy: RolloutStrategy;
  toRelease: Release;
  updatedAt: Scalars['DateTime']['output'];
};

export type RolloutActionInput = {
  id: Scalars['ID']['input'];
  /** Why, for the audit log and the rollout's events. Required to abort. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type RolloutEvent = {
  __typename?: 'RolloutEvent';
  /** Who made it happen: a person, or `backline` for automatic transitions. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  from: Maybe<RolloutState>;
  message: Scalars['String']['output'];
  step: Maybe<Scalars['Int']['output']>;
  to: RolloutState;
};

/** How a rollout gives the new release its share of the requests. */
export type RolloutMode =
  /** By its share of the replicas behind the deployment's Service. */
  | 'REPLICAS'
  /**
   * By the weights of the HTTPRoute of the deployment's Gateway, whatever its replicas; a step
   * may instead copy requests to it (a shadow step).
   */
  | 'TRAFFIC';

export type RolloutPayload = {
  __typename?: 'RolloutPayload';
  rollout: Rollout;
};

export type RolloutState =
  /** A person stopped it; the previous release is being restored. */
  | 'ABORTING'
  /** It could not finish or be undone; a person has to look. */
  | 'FAILED'
  /** Held by a person; analysis and timers wait until it is resumed. */
  | 'PAUSED'
  /** Created; nothing applied yet. */
  | 'PENDING'
  /** Running step `currentStep`: the new release takes its share and is analysed. */
  | 'PROGRESSING'
  /** Analysis passed: the stable track moves to the new release. */
  | 'PROMOTING'
  | 'ROLLED_BACK'
  /** Analysis failed or the new release went down; the previous release is being restored. */
  | 'ROLLING_BACK'
  | 'SUCCEEDED';

/** One step of a rollout: how much of the traffic the new release gets and for how long it is watched. */
export type RolloutStep = {
  __typename?: 'RolloutStep';
  /** How long analysis watches this step before moving on. */
  analysisSeconds: Scalars['Int']['output'];
  canaryReplicas: Scalars['Int']['output'];
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  index: Scalars['Int']['output'];
  /**
   * Requests the new release must serve in the window before its error ratio and latency
   * count; 0 when the rollout asked for none (promotion then rests on health alone).
   */
  minimumRequests: Scalars['Int']['output'];
  /**
   * A shadow step's share of requests copied to the new release, its answers discarded; null for
   * a step that serves users.
   */
  mirrorPercent: Maybe<Scalars['Int']['output']>;
  /**
   * The new release's share of the requests both tracks served in the step's last analysed
   * window, as their own metrics count them; in a shadow step, the copies it got per hundred
   * requests the stable track served. Null before any window was analysed.
   */
  observedPercent: Maybe<Scalars['Float']['output']>;
  /** What the step does if its window ends without enough evidence. */
  onInconclusive: InconclusiveAction;
  stableReplicas: Scalars['Int']['output'];
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /**
   * Share of the requests on the new release: by replicas, its share of them; by traffic, the
   * route's weight (0 in a shadow step).
   */
  weightPercent: Scalars['Int']['output'];
};

export type RolloutStepInput = {
  /** How long to watch this step before the next; default 60. */
  analysisSeconds?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Makes the step a shadow step (weightPercent 0, deployments behind a Gateway only): this share
   * of requests, 1–100, is copied to the new release and its answers discarded.
   */
  mirrorPercent?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Share of the requests on the new release: by replicas 1–100 (at least one replica); behind a
   * Gateway the route's weight, 0–100, 0 only for a shadow step.
   */
  weightPercent: Scalars['Int']['input'];
};

export type RolloutStrategy =
  /** A `-canary` Deployment beside the stable one, promoted step by step. */
  | 'CANARY'
  /** Stop every pod, then start the new release. */
  | 'RECREATE'
  /** Replace pods one at a time, without surging (no spare GPU needed). */
  | 'ROLLING';

/** A model server runtime. */
export type Runtime =
  | 'LLAMA_CPP'
  | 'OLLAMA'
  | 'SGLANG'
  | 'TGI'
  | 'VLLM';

export type ScaleDeploymentInput = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  replicas: Scalars['Int']['input'];
};

/** Something a search found, with the console page that shows it. */
export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  kind: SearchHitKind;
  /** The console's path to it, such as /incidents/INC-12. */
  path: Scalars['String']['output'];
  subtitle: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type SearchHitKind =
  | 'DEPLOYMENT'
  | 'INCIDENT'
  | 'MODEL'
  | 'PERSON'
  | 'TICKET';

export type SecretRef = {
  __typename?: 'SecretRef';
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type SecretRefInput = {
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type ServerInfo = {
  __typename?: 'ServerInfo';
  /** False when only the bootstrap admin may sign in with a password; everyone else uses single sign-on. */
  passwordLogin: Scalars['Boolean']['output'];
  /** True when Backline runs against its embedded simulated cluster. */
  simulatedCluster: Scalars['Boolean']['output'];
  /** Single sign-on, when configured. */
  singleSignOn: Maybe<SingleSignOn>;
  /** Which store backs this instance: PGLITE (embedded) or POSTGRES. */
  store: StoreKind;
  version: Scalars['String']['output'];
};

export type SetApiPriceInput = {
  /** A stable key, e.g. openai/gpt-4o; lower case letters, digits and . _ - /. */
  api: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  effectiveFrom?: InputMaybe<Scalars['DateTime']['input']>;
  source: Scalars['String']['input'];
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  usdPerMillionInput: Scalars['Float']['input'];
  usdPerMillionOutput: Scalars['Float']['input'];
};

export type SetApiPricePayload = {
  __typename?: 'SetApiPricePayload';
  price: ApiPrice;
};

export type SetDeploymentPublicInput = {
  /** Required when public. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  public: Scalars['Boolean']['input'];
};

export type SetGpuPriceInput = {
  capacity?: InputMaybe<GpuCapacity>;
  /** Now when absent. Usage before it keeps the price that was in force then. */
  effectiveFrom?: InputMaybe<Scalars['DateTime']['input']>;
  gpuProduct: Scalars['String']['input'];
  /** Where the figure comes from, e.g. a contract or a provider's page. */
  source: Scalars['String']['input'];
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  usdPerGpuHour: Scalars['Float']['input'];
};

export type SetGpuPricePayload = {
  __typename?: 'SetGpuPricePayload';
  price: GpuPrice;
};

export type SetMaintenanceWindowInput = {
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  /** Null clears it. */
  window?: InputMaybe<MaintenanceWindowInput>;
};

export type SetUserPasswordInput = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};

export type Severity =
  /** Production down. */
  | 'SEV1'
  | 'SEV2'
  | 'SEV3'
  | 'SEV4';

export type ShiftKind =
  /** Turns of `shiftHours` hours. */
  | 'CUSTOM'
  /** A turn a day, changing at the start's wall-clock time (also across DST changes). */
  | 'DAILY'
  /** A turn a week, changing at the start's weekday and wall-clock time. */
  | 'WEEKLY';

export type SignalStatus =
  | 'FIRING'
  | 'RESOLVED';

/** Signing in through the organisation's identity provider (OpenID Connect). */
export type SingleSignOn = {
  __typename?: 'SingleSignOn';
  /** The label of the sign-in button, e.g. "Okta". */
  displayName: Scalars['String']['output'];
  /** Where the browser goes to sign in (GET); `?next=/path` returns there afterwards. */
  loginUrl: Scalars['String']['output'];
};

export type SlaClock = {
  __typename?: 'SlaClock';
  /** When it breaches or breached; null while a pause lasts. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  elapsedMs: Scalars['Float']['output'];
  kind: SlaClockKind;
  paused: Scalars['Boolean']['output'];
  remainingMs: Scalars['Float']['output'];
  startedAt: Scalars['DateTime']['output'];
  state: SlaState;
  targetMinutes: Scalars['Int']['output'];
};

export type SlaClockKind =
  | 'FIRST_RESPONSE'
  | 'NEXT_UPDATE'
  | 'RESOLUTION';

export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  calendar: BusinessCalendar;
  firstResponseMinutes: Scalars['Int']['output'];
  nextUpdateMinutes: Scalars['Int']['output'];
  priority: TicketPriority;
  resolutionMinutes: Scalars['Int']['output'];
};

export type SlaState =
  | 'AT_RISK'
  | 'BREACHED'
  | 'MET'
  | 'ON_TRACK';

export type StartPostmortemInput = {
  incidentId: Scalars['ID']['input'];
};

export type StoreKind =
  | 'PGLITE'
  | 'POSTGRES';

export type Subscription = {
  __typename?: 'Subscription';
  /** Each entry as it is appended. */
  auditEntryAppended: AuditEntry;
  /** Each change of a deployment or its objects in the cluster; all deployments when no filter is given. */
  deploymentChanged: ModelDeployment;
  /** Each new or changed incident; one incident's changes when `id` is given. */
  incidentChanged: Incident;
  /** Every transition, step and analysis result; all rollouts when no filter is given. */
  rolloutChanged: Rollout;
  /** Each new or changed ticket; one ticket's changes when `id` is given. */
  ticketChanged: Ticket;
};


export type SubscriptionDeploymentChangedArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionIncidentChangedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionRolloutChangedArgs = {
  name?: InputMaybe<Scalars['String']['input']>;
  namespace?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionTicketChangedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};

/** A request for help from a customer, with its conversation and SLA clocks. */
export type Ticket = {
  __typename?: 'Ticket';
  assignee: Maybe<User>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Oldest first. `visibility: PUBLIC` gives exactly what the requester has seen. */
  conversation: Array<TicketMessage>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  firstRespondedAt: Maybe<Scalars['DateTime']['output']>;
  group: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  incident: Maybe<Incident>;
  mergedInto: Maybe<Ticket>;
  number: Scalars['Int']['output'];
  priority: TicketPriority;
  /** T-<number> for people. */
  reference: Scalars['String']['output'];
  requester: Requester;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  sla: TicketSla;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  /** A public reply drafted when the linked incident resolved; sending a public reply clears it. */
  suggestedReply: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A request for help from a customer, with its conversation and SLA clocks. */
export type TicketConversationArgs = {
  visibility?: InputMaybe<TicketVisibility>;
};

export type TicketAuthorType =
  | 'AGENT'
  | 'CUSTOMER'
  | 'SYSTEM';

/** A page of tickets, in the queue's order, with how many the filter matches in all. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  nodes: Array<Ticket>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

export type TicketMessage = {
  __typename?: 'TicketMessage';
  at: Scalars['DateTime']['output'];
  authorName: Scalars['String']['output'];
  authorType: TicketAuthorType;
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  visibility: TicketVisibility;
};

export type TicketPayload = {
  __typename?: 'TicketPayload';
  ticket: Ticket;
};

export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type TicketSla = {
  __typename?: 'TicketSla';
  clocks: Array<SlaClock>;
  /** The soonest due time of the clocks still running. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  paused: Scalars['Boolean']['output'];
  /** The worst state of its clocks; null when the priority has no policy. */
  state: Maybe<SlaState>;
};

export type TicketStatus =
  /** Closed by hand or automatically some days after it was resolved. */
  | 'CLOSED'
  /** Folded into another ticket (see `mergedInto`). */
  | 'MERGED'
  | 'NEW'
  | 'OPEN'
  /** Waiting for the requester: every SLA clock stops. */
  | 'PENDING_CUSTOMER'
  /** Waiting for the linked incident: the resolution clock stops, first response and next update run. */
  | 'PENDING_INCIDENT'
  | 'RESOLVED';

export type TicketView =
  | 'ALL'
  /** Active tickets with an SLA clock at risk or breached, soonest due first. */
  | 'BREACHING'
  /** Assigned to the caller. */
  | 'MINE'
  | 'UNASSIGNED';

/** PUBLIC replies are part of the conversation with the requester; INTERNAL notes and events never are. */
export type TicketVisibility =
  | 'INTERNAL'
  | 'PUBLIC';

/**
 * How a Gateway sends a deployment's requests: Backline manages an HTTPRoute named like the
 * deployment, with a Service per track as its weighted backends.
 */
export type TrafficRoute = {
  __typename?: 'TrafficRoute';
  /** Share of requests (0–100) the route gives the canary track; the stable track has the rest. */
  canaryWeight: Scalars['Int']['output'];
  gateway: GatewayRef;
  /**
   * Share of requests (1–100) copied to the canary during a shadow step, answers discarded; null
   * when nothing is mirrored.
   */
  mirrorPercent: Maybe<Scalars['Int']['output']>;
  /**
   * The path prefix clients call through the Gateway: `/<namespace>/<name>`, removed before the
   * request reaches the server.
   */
  pathPrefix: Scalars['String']['output'];
};

export type UnlinkTicketInput = {
  id: Scalars['ID']['input'];
};

export type UpdateEscalationPolicyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  environments?: InputMaybe<Array<Environment>>;
  id: Scalars['ID']['input'];
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  repeat?: InputMaybe<Scalars['Int']['input']>;
  steps: Array<EscalationStepInput>;
};

/** Replaces every editable field of the prompt. */
export type UpdateGoldenPromptInput = {
  expect: AnswerExpectationsInput;
  id: Scalars['ID']['input'];
  maxTokens: Scalars['Int']['input'];
  messages?: InputMaybe<Array<ChatMessageInput>>;
  name: Scalars['String']['input'];
  prompt?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateNotificationChannelInput = {
  emailTo?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true re-enables an automatically disabled channel. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  isFallback?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateObservedDeploymentInput = {
  /**
   * Omitted keeps it. Backline guesses it at first from a `backline.dev/environment` label or the
   * namespace's name.
   */
  environment?: InputMaybe<Environment>;
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  /** Error ratio above which its health is DEGRADED; omitted keeps it, null clears it. */
  sloErrorRatio?: InputMaybe<Scalars['Float']['input']>;
  /**
   * Time to first token, p95, in milliseconds, above which its health is DEGRADED; omitted keeps
   * it, null clears it.
   */
  sloTtftP95Ms?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateOnCallScheduleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  layers: Array<OnCallLayerInput>;
  name: Scalars['String']['input'];
  timeZone: Scalars['String']['input'];
};

/** Absent fields stay as they are; null clears the owner or due date. */
export type UpdatePostmortemActionItemInput = {
  done?: InputMaybe<Scalars['Boolean']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Absent fields stay as they are. */
export type UpdatePostmortemInput = {
  contributingFactors?: InputMaybe<Scalars['String']['input']>;
  impact?: InputMaybe<Scalars['String']['input']>;
  incidentId: Scalars['ID']['input'];
  rootCause?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  timeline?: InputMaybe<Array<PostmortemTimelineEntryInput>>;
};

export type UpdateTicketInput = {
  /** A user id; null clears it, absent leaves it. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  group?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  priority?: InputMaybe<TicketPriority>;
  subject?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateUserInput = {
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type UpdateUserPayload = {
  __typename?: 'UpdateUserPayload';
  user: User;
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  /** False for a user created by single sign-on who was never given a password. */
  hasPassword: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  /** An admin chose the password: the user must replace it before doing anything else. */
  mustChangePassword: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  role: Role;
  /** Signs in through the identity provider (OpenID Connect); the provider's groups set the role. */
  singleSignOn: Scalars['Boolean']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  authMethod: AuthMethod;
  /** The role in force for this request: a token's role may be lower than its owner's. */
  role: Role;
  sessionExpiresAt: Maybe<Scalars['DateTime']['output']>;
  user: User;
};

export type WeeklyHours = {
  __typename?: 'WeeklyHours';
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  day: Scalars['Int']['output'];
  end: Scalars['String']['output'];
  start: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActorType: ActorType;
  AddIncidentNoteInput: AddIncidentNoteInput;
  AddIncidentNotePayload: ResolverTypeWrapper<Omit<AddIncidentNotePayload, 'entry' | 'incident'> & { entry: ResolversTypes['IncidentTimelineEntry'], incident: ResolversTypes['Incident'] }>;
  AddOnCallOverrideInput: AddOnCallOverrideInput;
  AddPostmortemActionItemInput: AddPostmortemActionItemInput;
  AdoptDeploymentInput: AdoptDeploymentInput;
  AdoptionChange: ResolverTypeWrapper<AdoptionChange>;
  AdoptionModel: ResolverTypeWrapper<Omit<AdoptionModel, 'existing'> & { existing?: Maybe<ResolversTypes['Model']> }>;
  AdoptionPlan: ResolverTypeWrapper<Omit<AdoptionPlan, 'deployment' | 'model'> & { deployment: ResolversTypes['ModelDeployment'], model?: Maybe<ResolversTypes['AdoptionModel']> }>;
  AdoptionRelease: ResolverTypeWrapper<AdoptionRelease>;
  AnalysisResult: ResolverTypeWrapper<AnalysisRecordModel>;
  AnalysisVerdict: AnalysisVerdict;
  AnswerExpectations: ResolverTypeWrapper<ExpectationsModel>;
  AnswerExpectationsInput: AnswerExpectationsInput;
  ApiPrice: ResolverTypeWrapper<ApiPrice>;
  ApiToken: ResolverTypeWrapper<ApiTokenRecordModel>;
  ApiTokenStatus: ApiTokenStatus;
  AssignIncidentInput: AssignIncidentInput;
  AuditCheckpoint: ResolverTypeWrapper<AuditCheckpoint>;
  AuditCheckpointInfo: ResolverTypeWrapper<AuditCheckpointInfo>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecordModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditLogFilter: AuditLogFilter;
  AuditMismatch: ResolverTypeWrapper<AuditMismatch>;
  AuditMismatchKind: AuditMismatchKind;
  AuditVerification: ResolverTypeWrapper<AuditVerification>;
  AuthMethod: AuthMethod;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BusinessCalendar: ResolverTypeWrapper<CalendarRecordModel>;
  CancelIncidentInput: CancelIncidentInput;
  Capacity: ResolverTypeWrapper<Capacity>;
  CapacityPodScope: CapacityPodScope;
  ChangeIncidentSeverityInput: ChangeIncidentSeverityInput;
  ChangePasswordInput: ChangePasswordInput;
  ChangeTicketStatusInput: ChangeTicketStatusInput;
  ChatMessage: ResolverTypeWrapper<ChatMessageModel>;
  ChatMessageInput: ChatMessageInput;
  ChatRole: ChatRole;
  CheckGoldenPromptsInput: CheckGoldenPromptsInput;
  ComponentStatus: ComponentStatus;
  Condition: ResolverTypeWrapper<Condition>;
  ContainerState: ContainerState;
  ContainerStatus: ResolverTypeWrapper<ContainerStatus>;
  CostDay: ResolverTypeWrapper<CostDay>;
  CostFigures: ResolverTypeWrapper<CostFigures>;
  CostGroupBy: CostGroupBy;
  CostLine: ResolverTypeWrapper<CostLine>;
  CostReport: ResolverTypeWrapper<CostReport>;
  CostReportInput: CostReportInput;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: ResolverTypeWrapper<Omit<CreateApiTokenPayload, 'token'> & { token: ResolversTypes['ApiToken'] }>;
  CreateEscalationPolicyInput: CreateEscalationPolicyInput;
  CreateGoldenPromptInput: CreateGoldenPromptInput;
  CreateNotificationChannelInput: CreateNotificationChannelInput;
  CreateNotificationChannelPayload: ResolverTypeWrapper<Omit<CreateNotificationChannelPayload, 'channel'> & { channel: ResolversTypes['NotificationChannel'] }>;
  CreateOnCallScheduleInput: CreateOnCallScheduleInput;
  CreateReleaseInput: CreateReleaseInput;
  CreateReleasePayload: ResolverTypeWrapper<Omit<CreateReleasePayload, 'release'> & { release: ResolversTypes['Release'] }>;
  CreateTicketInput: CreateTicketInput;
  CreateUserInput: CreateUserInput;
  CreateUserPayload: ResolverTypeWrapper<Omit<CreateUserPayload, 'user'> & { user: ResolversTypes['User'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclareIncidentInput: DeclareIncidentInput;
  DeleteDeploymentInput: DeleteDeploymentInput;
  DeleteGoldenPromptInput: DeleteGoldenPromptInput;
  DeployReleaseInput: DeployReleaseInput;
  DeployReleasePayload: ResolverTypeWrapper<Omit<DeployReleasePayload, 'deployment'> & { deployment: ResolversTypes['ModelDeployment'] }>;
  DeploymentAdoption: ResolverTypeWrapper<Omit<DeploymentAdoption, 'release'> & { release: ResolversTypes['Release'] }>;
  DeploymentCapacity: ResolverTypeWrapper<DeploymentCapacity>;
  DeploymentHealth: ResolverTypeWrapper<DeploymentHealthModelModel>;
  DeploymentPayload: ResolverTypeWrapper<Omit<DeploymentPayload, 'deployment'> & { deployment: ResolversTypes['ModelDeployment'] }>;
  DeploymentPhase: DeploymentPhase;
  DeploymentRef: ResolverTypeWrapper<DeploymentRef>;
  DeploymentRefInput: DeploymentRefInput;
  DeploymentRevision: ResolverTypeWrapper<RevisionRecordModel>;
  DeploymentStatus: ResolverTypeWrapper<DeploymentStatus>;
  DeploymentStatusPage: ResolverTypeWrapper<DeploymentStatusPage>;
  DeploymentStatusPagePayload: ResolverTypeWrapper<Omit<DeploymentStatusPagePayload, 'deployment'> & { deployment: ResolversTypes['ModelDeployment'] }>;
  DeploymentTimelineEntry: ResolverTypeWrapper<DeploymentTimelineEntry>;
  DeploymentTimelineKind: DeploymentTimelineKind;
  DiscoveredModelServer: ResolverTypeWrapper<DiscoveredModelServer>;
  DriftField: ResolverTypeWrapper<DriftField>;
  EngineArgs: ResolverTypeWrapper<EngineArgs>;
  EngineArgsInput: EngineArgsInput;
  EnvVar: ResolverTypeWrapper<EnvVar>;
  EnvVarInput: EnvVarInput;
  Environment: Environment;
  EscalationPolicy: ResolverTypeWrapper<PolicyRecordModel>;
  EscalationStep: ResolverTypeWrapper<EscalationStepModel>;
  EscalationStepInput: EscalationStepInput;
  EscalationTarget: ResolverTypeWrapper<EscalationTargetModel>;
  EscalationTargetInput: EscalationTargetInput;
  EscalationTargetType: EscalationTargetType;
  Finding: ResolverTypeWrapper<Finding>;
  FindingEvidence: ResolverTypeWrapper<FindingEvidence>;
  FindingSeverity: FindingSeverity;
  FleetSummary: ResolverTypeWrapper<Omit<FleetSummary, 'attention'> & { attention: Array<ResolversTypes['ModelDeployment']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GatewayRef: ResolverTypeWrapper<GatewayRef>;
  GatewayRefInput: GatewayRefInput;
  GoldenPrompt: ResolverTypeWrapper<GoldenPromptModel>;
  GoldenPromptCheck: ResolverTypeWrapper<DeploymentCheckModel>;
  GoldenPromptPayload: ResolverTypeWrapper<Omit<GoldenPromptPayload, 'goldenPrompt'> & { goldenPrompt: ResolversTypes['GoldenPrompt'] }>;
  GpuCapacity: GpuCapacity;
  GpuNodeCapacity: ResolverTypeWrapper<GpuNodeCapacity>;
  GpuPrice: ResolverTypeWrapper<GpuPrice>;
  GpuProductCapacity: ResolverTypeWrapper<GpuProductCapacity>;
  HealthCount: ResolverTypeWrapper<HealthCount>;
  HealthMetrics: ResolverTypeWrapper<HealthMetrics>;
  HealthRange: HealthRange;
  HealthSample: ResolverTypeWrapper<HealthSample>;
  HealthState: HealthState;
  HealthTransition: ResolverTypeWrapper<TransitionRecordModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Incident: ResolverTypeWrapper<IncidentRecordModel>;
  IncidentConnection: ResolverTypeWrapper<Omit<IncidentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['IncidentEdge']>, nodes: Array<ResolversTypes['Incident']> }>;
  IncidentEdge: ResolverTypeWrapper<Omit<IncidentEdge, 'node'> & { node: ResolversTypes['Incident'] }>;
  IncidentPayload: ResolverTypeWrapper<Omit<IncidentPayload, 'incident'> & { incident: ResolversTypes['Incident'] }>;
  IncidentPublicUpdate: ResolverTypeWrapper<IncidentPublicUpdate>;
  IncidentSignal: ResolverTypeWrapper<SignalRecordModel>;
  IncidentSource: IncidentSource;
  IncidentStats: ResolverTypeWrapper<IncidentStats>;
  IncidentStatus: IncidentStatus;
  IncidentTimelineEntry: ResolverTypeWrapper<TimelineEntryRecordModel>;
  IncidentTimelineKind: IncidentTimelineKind;
  IncidentTransitionInput: IncidentTransitionInput;
  InconclusiveAction: InconclusiveAction;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KubeEvent: ResolverTypeWrapper<KubeEvent>;
  LinkTicketInput: LinkTicketInput;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  MaintenanceWindow: ResolverTypeWrapper<MaintenanceWindow>;
  MaintenanceWindowInput: MaintenanceWindowInput;
  MergeIncidentInput: MergeIncidentInput;
  MergeTicketInput: MergeTicketInput;
  Model: ResolverTypeWrapper<ModelRowModel>;
  ModelDeployment: ResolverTypeWrapper<AnyDeploymentRecordModel>;
  ModelDeploymentConnection: ResolverTypeWrapper<Omit<ModelDeploymentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ModelDeploymentEdge']>, nodes: Array<ResolversTypes['ModelDeployment']> }>;
  ModelDeploymentEdge: ResolverTypeWrapper<Omit<ModelDeploymentEdge, 'node'> & { node: ResolversTypes['ModelDeployment'] }>;
  ModelServerDiscovery: ResolverTypeWrapper<ModelServerDiscovery>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationChannel: ResolverTypeWrapper<ChannelRecordModel>;
  NotificationChannelType: NotificationChannelType;
  NotificationDelivery: ResolverTypeWrapper<DeliveryRecordModel>;
  NotificationStatus: NotificationStatus;
  ObservedWorkload: ResolverTypeWrapper<ObservedWorkload>;
  OnCallLayer: ResolverTypeWrapper<LayerModel>;
  OnCallLayerInput: OnCallLayerInput;
  OnCallNow: ResolverTypeWrapper<OnCallNowModel>;
  OnCallOverride: ResolverTypeWrapper<OverrideRecordModel>;
  OnCallPerson: ResolverTypeWrapper<OnCallPerson>;
  OnCallRestriction: ResolverTypeWrapper<OnCallRestriction>;
  OnCallRestrictionInput: OnCallRestrictionInput;
  OnCallSchedule: ResolverTypeWrapper<ScheduleRecordModel>;
  OnCallShift: ResolverTypeWrapper<ShiftModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PagingProblem: ResolverTypeWrapper<PagingProblem>;
  PagingReadiness: ResolverTypeWrapper<PagingReadiness>;
  Pod: ResolverTypeWrapper<Pod>;
  PostIncidentUpdateInput: PostIncidentUpdateInput;
  PostIncidentUpdatePayload: ResolverTypeWrapper<Omit<PostIncidentUpdatePayload, 'incident'> & { incident: ResolversTypes['Incident'] }>;
  Postmortem: ResolverTypeWrapper<PostmortemRecordModel>;
  PostmortemActionItem: ResolverTypeWrapper<ActionItemRecordModel>;
  PostmortemPayload: ResolverTypeWrapper<Omit<PostmortemPayload, 'postmortem'> & { postmortem: ResolversTypes['Postmortem'] }>;
  PostmortemStatus: PostmortemStatus;
  PostmortemTimelineEntry: ResolverTypeWrapper<PostmortemTimelineEntry>;
  PostmortemTimelineEntryInput: PostmortemTimelineEntryInput;
  PriceBook: ResolverTypeWrapper<PriceBook>;
  PromptAnswer: ResolverTypeWrapper<PromptAnswer>;
  PromptCheckResult: ResolverTypeWrapper<PromptCheckResultModel>;
  PromptComparison: ResolverTypeWrapper<PromptComparison>;
  PublicUpdateStatus: PublicUpdateStatus;
  PublishPostmortemInput: PublishPostmortemInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterModelInput: RegisterModelInput;
  RegisterModelPayload: ResolverTypeWrapper<Omit<RegisterModelPayload, 'model'> & { model: ResolversTypes['Model'] }>;
  Release: ResolverTypeWrapper<ReleaseRecordModel>;
  ReleaseDeploymentInput: ReleaseDeploymentInput;
  ReleaseFieldChange: ResolverTypeWrapper<ReleaseFieldChange>;
  RemovePostmortemActionItemInput: RemovePostmortemActionItemInput;
  ReplyToTicketInput: ReplyToTicketInput;
  ReplyToTicketPayload: ResolverTypeWrapper<Omit<ReplyToTicketPayload, 'message' | 'ticket'> & { message: ResolversTypes['TicketMessage'], ticket: ResolversTypes['Ticket'] }>;
  Requester: ResolverTypeWrapper<Requester>;
  RequesterInput: RequesterInput;
  Resources: ResolverTypeWrapper<Resources>;
  ResourcesInput: ResourcesInput;
  RevokeApiTokenPayload: ResolverTypeWrapper<Omit<RevokeApiTokenPayload, 'token'> & { token: ResolversTypes['ApiToken'] }>;
  Role: Role;
  RollbackDeploymentInput: RollbackDeploymentInput;
  Rollout: ResolverTypeWrapper<RolloutRecordModel>;
  RolloutActionInput: RolloutActionInput;
  RolloutEvent: ResolverTypeWrapper<RolloutEvent>;
  RolloutMode: RolloutMode;
  RolloutPayload: ResolverTypeWrapper<Omit<RolloutPayload, 'rollout'> & { rollout: ResolversTypes['Rollout'] }>;
  RolloutState: RolloutState;
  RolloutStep: ResolverTypeWrapper<RolloutStep>;
  RolloutStepInput: RolloutStepInput;
  RolloutStrategy: RolloutStrategy;
  Runtime: Runtime;
  ScaleDeploymentInput: ScaleDeploymentInput;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchHitKind: SearchHitKind;
  SecretRef: ResolverTypeWrapper<SecretRef>;
  SecretRefInput: SecretRefInput;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  SetApiPriceInput: SetApiPriceInput;
  SetApiPricePayload: ResolverTypeWrapper<SetApiPricePayload>;
  SetDeploymentPublicInput: SetDeploymentPublicInput;
  SetGpuPriceInput: SetGpuPriceInput;
  SetGpuPricePayload: ResolverTypeWrapper<SetGpuPricePayload>;
  SetMaintenanceWindowInput: SetMaintenanceWindowInput;
  SetUserPasswordInput: SetUserPasswordInput;
  Severity: Severity;
  ShiftKind: ShiftKind;
  SignalStatus: SignalStatus;
  SingleSignOn: ResolverTypeWrapper<SingleSignOn>;
  SlaClock: ResolverTypeWrapper<SlaClockReadingModel>;
  SlaClockKind: SlaClockKind;
  SlaPolicy: ResolverTypeWrapper<SlaPolicyRecordModel>;
  SlaState: SlaState;
  StartPostmortemInput: StartPostmortemInput;
  StoreKind: StoreKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ticket: ResolverTypeWrapper<TicketWithSlaModel>;
  TicketAuthorType: TicketAuthorType;
  TicketConnection: ResolverTypeWrapper<Omit<TicketConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TicketEdge']>, nodes: Array<ResolversTypes['Ticket']> }>;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketMessage: ResolverTypeWrapper<MessageRecordModel>;
  TicketPayload: ResolverTypeWrapper<Omit<TicketPayload, 'ticket'> & { ticket: ResolversTypes['Ticket'] }>;
  TicketPriority: TicketPriority;
  TicketSla: ResolverTypeWrapper<TicketSlaModel>;
  TicketStatus: TicketStatus;
  TicketView: TicketView;
  TicketVisibility: TicketVisibility;
  TrafficRoute: ResolverTypeWrapper<TrafficRoute>;
  UnlinkTicketInput: UnlinkTicketInput;
  UpdateEscalationPolicyInput: UpdateEscalationPolicyInput;
  UpdateGoldenPromptInput: UpdateGoldenPromptInput;
  UpdateNotificationChannelInput: UpdateNotificationChannelInput;
  UpdateObservedDeploymentInput: UpdateObservedDeploymentInput;
  UpdateOnCallScheduleInput: UpdateOnCallScheduleInput;
  UpdatePostmortemActionItemInput: UpdatePostmortemActionItemInput;
  UpdatePostmortemInput: UpdatePostmortemInput;
  UpdateTicketInput: UpdateTicketInput;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: ResolverTypeWrapper<Omit<UpdateUserPayload, 'user'> & { user: ResolversTypes['User'] }>;
  User: ResolverTypeWrapper<UserRecordModel>;
  Viewer: ResolverTypeWrapper<Omit<Viewer, 'user'> & { user: ResolversTypes['User'] }>;
  WeeklyHours: ResolverTypeWrapper<WeeklyHours>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddIncidentNoteInput: AddIncidentNoteInput;
  AddIncidentNotePayload: Omit<AddIncidentNotePayload, 'entry' | 'incident'> & { entry: ResolversParentTypes['IncidentTimelineEntry'], incident: ResolversParentTypes['Incident'] };
  AddOnCallOverrideInput: AddOnCallOverrideInput;
  AddPostmortemActionItemInput: AddPostmortemActionItemInput;
  AdoptDeploymentInput: AdoptDeploymentInput;
  AdoptionChange: AdoptionChange;
  AdoptionModel: Omit<AdoptionModel, 'existing'> & { existing?: Maybe<ResolversParentTypes['Model']> };
  AdoptionPlan: Omit<AdoptionPlan, 'deployment' | 'model'> & { deployment: ResolversParentTypes['ModelDeployment'], model?: Maybe<ResolversParentTypes['AdoptionModel']> };
  AdoptionRelease: AdoptionRelease;
  AnalysisResult: AnalysisRecordModel;
  AnswerExpectations: ExpectationsModel;
  AnswerExpectationsInput: AnswerExpectationsInput;
  ApiPrice: ApiPrice;
  ApiToken: ApiTokenRecordModel;
  AssignIncidentInput: AssignIncidentInput;
  AuditCheckpoint: AuditCheckpoint;
  AuditCheckpointInfo: AuditCheckpointInfo;
  AuditEntry: AuditEntryRecordModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditLogFilter: AuditLogFilter;
  AuditMismatch: AuditMismatch;
  AuditVerification: AuditVerification;
  Boolean: Scalars['Boolean']['output'];
  BusinessCalendar: CalendarRecordModel;
  CancelIncidentInput: CancelIncidentInput;
  Capacity: Capacity;
  ChangeIncidentSeverityInput: ChangeIncidentSeverityInput;
  ChangePasswordInput: ChangePasswordInput;
  ChangeTicketStatusInput: ChangeTicketStatusInput;
  ChatMessage: ChatMessageModel;
  ChatMessageInput: ChatMessageInput;
  CheckGoldenPromptsInput: CheckGoldenPromptsInput;
  Condition: Condition;
  ContainerStatus: ContainerStatus;
  CostDay: CostDay;
  CostFigures: CostFigures;
  CostLine: CostLine;
  CostReport: CostReport;
  CostReportInput: CostReportInput;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: Omit<CreateApiTokenPayload, 'token'> & { token: ResolversParentTypes['ApiToken'] };
  CreateEscalationPolicyInput: CreateEscalationPolicyInput;
  CreateGoldenPromptInput: CreateGoldenPromptInput;
  CreateNotificationChannelInput: CreateNotificationChannelInput;
  CreateNotificationChannelPayload: Omit<CreateNotificationChannelPayload, 'channel'> & { channel: ResolversParentTypes['NotificationChannel'] };
  CreateOnCallScheduleInput: CreateOnCallScheduleInput;
  CreateReleaseInput: CreateReleaseInput;
  CreateReleasePayload: Omit<CreateReleasePayload, 'release'> & { release: ResolversParentTypes['Release'] };
  CreateTicketInput: CreateTicketInput;
  CreateUserInput: CreateUserInput;
  CreateUserPayload: Omit<CreateUserPayload, 'user'> & { user: ResolversParentTypes['User'] };
  DateTime: Scalars['DateTime']['output'];
  DeclareIncidentInput: DeclareIncidentInput;
  DeleteDeploymentInput: DeleteDeploymentInput;
  DeleteGoldenPromptInput: DeleteGoldenPromptInput;
  DeployReleaseInput: DeployReleaseInput;
  DeployReleasePayload: Omit<DeployReleasePayload, 'deployment'> & { deployment: ResolversParentTypes['ModelDeployment'] };
  DeploymentAdoption: Omit<DeploymentAdoption, 'release'> & { release: ResolversParentTypes['Release'] };
  DeploymentCapacity: DeploymentCapacity;
  DeploymentHealth: DeploymentHealthModelModel;
  DeploymentPayload: Omit<DeploymentPayload, 'deployment'> & { deployment: ResolversParentTypes['ModelDeployment'] };
  DeploymentRef: DeploymentRef;
  DeploymentRefInput: DeploymentRefInput;
  DeploymentRevision: RevisionRecordModel;
  DeploymentStatus: DeploymentStatus;
  DeploymentStatusPage: DeploymentStatusPage;
  DeploymentStatusPagePayload: Omit<DeploymentStatusPagePayload, 'deployment'> & { deployment: ResolversParentTypes['ModelDeployment'] };
  DeploymentTimelineEntry: DeploymentTimelineEntry;
  DiscoveredModelServer: DiscoveredModelServer;
  DriftField: DriftField;
  EngineArgs: EngineArgs;
  EngineArgsInput: EngineArgsInput;
  EnvVar: EnvVar;
  EnvVarInput: EnvVarInput;
  EscalationPolicy: PolicyRecordModel;
  EscalationStep: EscalationStepModel;
  EscalationStepInput: EscalationStepInput;
  EscalationTarget: EscalationTargetModel;
  EscalationTargetInput: EscalationTargetInput;
  Finding: Finding;
  FindingEvidence: FindingEvidence;
  FleetSummary: Omit<FleetSummary, 'attention'> & { attention: Array<ResolversParentTypes['ModelDeployment']> };
  Float: Scalars['Float']['output'];
  GatewayRef: GatewayRef;
  GatewayRefInput: GatewayRefInput;
  GoldenPrompt: GoldenPromptModel;
  GoldenPromptCheck: DeploymentCheckModel;
  GoldenPromptPayload: Omit<GoldenPromptPayload, 'goldenPrompt'> & { goldenPrompt: ResolversParentTypes['GoldenPrompt'] };
  GpuNodeCapacity: GpuNodeCapacity;
  GpuPrice: GpuPrice;
  GpuProductCapacity: GpuProductCapacity;
  HealthCount: HealthCount;
  HealthMetrics: HealthMetrics;
  HealthSample: HealthSample;
  HealthTransition: TransitionRecordModel;
  ID: Scalars['ID']['output'];
  Incident: IncidentRecordModel;
  IncidentConnection: Omit<IncidentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['IncidentEdge']>, nodes: Array<ResolversParentTypes['Incident']> };
  IncidentEdge: Omit<IncidentEdge, 'node'> & { node: ResolversParentTypes['Incident'] };
  IncidentPayload: Omit<IncidentPayload, 'incident'> & { incident: ResolversParentTypes['Incident'] };
  IncidentPublicUpdate: IncidentPublicUpdate;
  IncidentSignal: SignalRecordModel;
  IncidentStats: IncidentStats;
  IncidentTimelineEntry: TimelineEntryRecordModel;
  IncidentTransitionInput: IncidentTransitionInput;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  KubeEvent: KubeEvent;
  LinkTicketInput: LinkTicketInput;
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  MaintenanceWindow: MaintenanceWindow;
  MaintenanceWindowInput: MaintenanceWindowInput;
  MergeIncidentInput: MergeIncidentInput;
  MergeTicketInput: MergeTicketInput;
  Model: ModelRowModel;
  ModelDeployment: AnyDeploymentRecordModel;
  ModelDeploymentConnection: Omit<ModelDeploymentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ModelDeploymentEdge']>, nodes: Array<ResolversParentTypes['ModelDeployment']> };
  ModelDeploymentEdge: Omit<ModelDeploymentEdge, 'node'> & { node: ResolversParentTypes['ModelDeployment'] };
  ModelServerDiscovery: ModelServerDiscovery;
  Mutation: Record<PropertyKey, never>;
  NotificationChannel: ChannelRecordModel;
  NotificationDelivery: DeliveryRecordModel;
  ObservedWorkload: ObservedWorkload;
  OnCallLayer: LayerModel;
  OnCallLayerInput: OnCallLayerInput;
  OnCallNow: OnCallNowModel;
  OnCallOverride: OverrideRecordModel;
  OnCallPerson: OnCallPerson;
  OnCallRestriction: OnCallRestriction;
  OnCallRestrictionInput: OnCallRestrictionInput;
  OnCallSchedule: ScheduleRecordModel;
  OnCallShift: ShiftModel;
  PageInfo: PageInfo;
  PagingProblem: PagingProblem;
  PagingReadiness: PagingReadiness;
  Pod: Pod;
  PostIncidentUpdateInput: PostIncidentUpdateInput;
  PostIncidentUpdatePayload: Omit<PostIncidentUpdatePayload, 'incident'> & { incident: ResolversParentTypes['Incident'] };
  Postmortem: PostmortemRecordModel;
  PostmortemActionItem: ActionItemRecordModel;
  PostmortemPayload: Omit<PostmortemPayload, 'postmortem'> & { postmortem: ResolversParentTypes['Postmortem'] };
  PostmortemTimelineEntry: PostmortemTimelineEntry;
  PostmortemTimelineEntryInput: PostmortemTimelineEntryInput;
  PriceBook: PriceBook;
  PromptAnswer: PromptAnswer;
  PromptCheckResult: PromptCheckResultModel;
  PromptComparison: PromptComparison;
  PublishPostmortemInput: PublishPostmortemInput;
  Query: Record<PropertyKey, never>;
  RegisterModelInput: RegisterModelInput;
  RegisterModelPayload: Omit<RegisterModelPayload, 'model'> & { model: ResolversParentTypes['Model'] };
  Release: ReleaseRecordModel;
  ReleaseDeploymentInput: ReleaseDeploymentInput;
  ReleaseFieldChange: ReleaseFieldChange;
  RemovePostmortemActionItemInput: RemovePostmortemActionItemInput;
  ReplyToTicketInput: ReplyToTicketInput;
  ReplyToTicketPayload: Omit<ReplyToTicketPayload, 'message' | 'ticket'> & { message: ResolversParentTypes['TicketMessage'], ticket: ResolversParentTypes['Ticket'] };
  Requester: Requester;
  RequesterInput: RequesterInput;
  Resources: Resources;
  ResourcesInput: ResourcesInput;
  RevokeApiTokenPayload: Omit<RevokeApiTokenPayload, 'token'> & { token: ResolversParentTypes['ApiToken'] };
  RollbackDeploymentInput: RollbackDeploymentInput;
  Rollout: RolloutRecordModel;
  RolloutActionInput: RolloutActionInput;
  RolloutEvent: RolloutEvent;
  RolloutPayload: Omit<RolloutPayload, 'rollout'> & { rollout: ResolversParentTypes['Rollout'] };
  RolloutStep: RolloutStep;
  RolloutStepInput: RolloutStepInput;
  ScaleDeploymentInput: ScaleDeploymentInput;
  SearchHit: SearchHit;
  SecretRef: SecretRef;
  SecretRefInput: SecretRefInput;
  ServerInfo: ServerInfo;
  SetApiPriceInput: SetApiPriceInput;
  SetApiPricePayload: SetApiPricePayload;
  SetDeploymentPublicInput: SetDeploymentPublicInput;
  SetGpuPriceInput: SetGpuPriceInput;
  SetGpuPricePayload: SetGpuPricePayload;
  SetMaintenanceWindowInput: SetMaintenanceWindowInput;
  SetUserPasswordInput: SetUserPasswordInput;
  SingleSignOn: SingleSignOn;
  SlaClock: SlaClockReadingModel;
  SlaPolicy: SlaPolicyRecordModel;
  StartPostmortemInput: StartPostmortemInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Ticket: TicketWithSlaModel;
  TicketConnection: Omit<TicketConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TicketEdge']>, nodes: Array<ResolversParentTypes['Ticket']> };
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketMessage: MessageRecordModel;
  TicketPayload: Omit<TicketPayload, 'ticket'> & { ticket: ResolversParentTypes['Ticket'] };
  TicketSla: TicketSlaModel;
  TrafficRoute: TrafficRoute;
  UnlinkTicketInput: UnlinkTicketInput;
  UpdateEscalationPolicyInput: UpdateEscalationPolicyInput;
  UpdateGoldenPromptInput: UpdateGoldenPromptInput;
  UpdateNotificationChannelInput: UpdateNotificationChannelInput;
  UpdateObservedDeploymentInput: UpdateObservedDeploymentInput;
  UpdateOnCallScheduleInput: UpdateOnCallScheduleInput;
  UpdatePostmortemActionItemInput: UpdatePostmortemActionItemInput;
  UpdatePostmortemInput: UpdatePostmortemInput;
  UpdateTicketInput: UpdateTicketInput;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: Omit<UpdateUserPayload, 'user'> & { user: ResolversParentTypes['User'] };
  User: UserRecordModel;
  Viewer: Omit<Viewer, 'user'> & { user: ResolversParentTypes['User'] };
  WeeklyHours: WeeklyHours;
};

export type AddIncidentNotePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddIncidentNotePayload'] = ResolversParentTypes['AddIncidentNotePayload']> = {
  entry?: Resolver<ResolversTypes['IncidentTimelineEntry'], ParentType, ContextType>;
  incident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
};

export type AdoptionChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionChange'] = ResolversParentTypes['AdoptionChange']> = {
  applied?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  live?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  object?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AdoptionModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionModel'] = ResolversParentTypes['AdoptionModel']> = {
  existing?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AdoptionPlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionPlan'] = ResolversParentTypes['AdoptionPlan']> = {
  adoptable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AdoptionChange']>, ParentType, ContextType>;
  deployment?: Resolver<ResolversTypes['ModelDeployment'], ParentType, ContextType>;
  diff?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  digest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['AdoptionModel']>, ParentType, ContextType>;
  previousManagers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  release?: Resolver<Maybe<ResolversTypes['AdoptionRelease']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AdoptionReleaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptionRelease'] = ResolversParentTypes['AdoptionRelease']> = {
  engine?: Resolver<ResolversTypes['EngineArgs'], ParentType, ContextType>;
  env?: Resolver<Array<ResolversTypes['EnvVar']>, ParentType, ContextType>;
  exists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expectedLoadSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resources?: Resolver<ResolversTypes['Resources'], ParentType, ContextType>;
  runtime?: Resolver<ResolversTypes['Runtime'], ParentType, ContextType>;
};

export type AnalysisResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnalysisResult'] = ResolversParentTypes['AnalysisResult']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  baselineValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  canaryValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  check?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prompts?: Resolver<Array<ResolversTypes['PromptComparison']>, ParentType, ContextType>;
  sample?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['AnalysisVerdict'], ParentType, ContextType>;
};

export type AnswerExpectationsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnswerExpectations'] = ResolversParentTypes['AnswerExpectations']> = {
  contains?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  jsonSchema?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  maxLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mustNotContain?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pattern?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApiPriceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiPrice'] = ResolversParentTypes['ApiPrice']> = {
  api?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  setAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  setBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usdPerMillionInput?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  usdPerMillionOutput?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiTokenStatus'], ParentType, ContextType>;
};

export type AuditCheckpointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditCheckpoint'] = ResolversParentTypes['AuditCheckpoint']> = {
  headHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AuditCheckpointInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditCheckpointInfo'] = ResolversParentTypes['AuditCheckpointInfo']> = {
  checkpoint?: Resolver<ResolversTypes['AuditCheckpoint'], ParentType, ContextType>;
  publicKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorType?: Resolver<ResolversTypes['ActorType'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  prevHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditMismatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditMismatch'] = ResolversParentTypes['AuditMismatch']> = {
  actual?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuditMismatchKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditVerificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditVerification'] = ResolversParentTypes['AuditVerification']> = {
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkpoint?: Resolver<Maybe<ResolversTypes['AuditCheckpoint']>, ParentType, ContextType>;
  firstMismatch?: Resolver<Maybe<ResolversTypes['AuditMismatch']>, ParentType, ContextType>;
  headHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unanchored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type BusinessCalendarResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BusinessCalendar'] = ResolversParentTypes['BusinessCalendar']> = {
  alwaysOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hours?: Resolver<Array<ResolversTypes['WeeklyHours']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CapacityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deployments?: Resolver<Array<ResolversTypes['DeploymentCapacity']>, ParentType, ContextType>;
  known?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GpuNodeCapacity']>, ParentType, ContextType>;
  podScope?: Resolver<Maybe<ResolversTypes['CapacityPodScope']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['GpuProductCapacity']>, ParentType, ContextType>;
  unknownReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  windowMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChatMessageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChatMessage'] = ResolversParentTypes['ChatMessage']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ChatRole'], ParentType, ContextType>;
};

export type ConditionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Condition'] = ResolversParentTypes['Condition']> = {
  lastTransitionTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContainerStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContainerStatus'] = ResolversParentTypes['ContainerStatus']> = {
  exitCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastTerminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  restartCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ContainerState'], ParentType, ContextType>;
};

export type CostDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CostDay'] = ResolversParentTypes['CostDay']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['CostFigures'], ParentType, ContextType>;
};

export type CostFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CostFigures'] = ResolversParentTypes['CostFigures']> = {
  apiCostUsd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  busyGpuHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costPerDayUsd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costPerMillionTokensUsd?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  costUsd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  generationTokens?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gpuHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gpuProducts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  idleGpuHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  promptTokens?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  savingUsd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tokens?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unpricedGpuHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  usedDefaultPrices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  usedGpuHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  utilisation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CostLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CostLine'] = ResolversParentTypes['CostLine']> = {
  days?: Resolver<Array<ResolversTypes['CostDay']>, ParentType, ContextType>;
  environment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['CostFigures'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namespace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CostReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CostReport'] = ResolversParentTypes['CostReport']> = {
  compareWith?: Resolver<ResolversTypes['ApiPrice'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['CostDay']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  groupBy?: Resolver<ResolversTypes['CostGroupBy'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CostLine']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['CostFigures'], ParentType, ContextType>;
};

export type CreateApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateApiTokenPayload'] = ResolversParentTypes['CreateApiTokenPayload']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type CreateNotificationChannelPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateNotificationChannelPayload'] = ResolversParentTypes['CreateNotificationChannelPayload']> = {
  channel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreateReleasePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateReleasePayload'] = ResolversParentTypes['CreateReleasePayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  release?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
};

export type CreateUserPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateUserPayload'] = ResolversParentTypes['CreateUserPayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeployReleasePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeployReleasePayload'] = ResolversParentTypes['DeployReleasePayload']> = {
  deployment?: Resolver<ResolversTypes['ModelDeployment'], ParentType, ContextType>;
};

export type DeploymentAdoptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeploymentAdoption'] = ResolversParentTypes['DeploymentAdoption']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keepsPodTemplate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  previousManagers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  release?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
  selector?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type DeploymentCapacityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeploymentCapacity'] = ResolversParentTypes['DeploymentCapacity']> = {
  couldServeTokensPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  couldServeWithFreeGpusTokensPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  environment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gpuProduct?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gpus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  headroomTokensPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tokensPerSecond?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tokensPerSecondPerGpu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  utilisation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DeploymentHealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeploymentHealth'] = ResolversParentTypes['DeploymentHealth']> = {
  checkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  diagnosis?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HealthSample']>, ParentType, ContextType, RequireFields<DeploymentHealthHistoryArgs, 'range'>>;
  metrics?: Resolver<Maybe<ResolversTypes['HealthMetrics']>, ParentType, ContextType>;
  pastTerminations?: Resolver<Array<ResolversTypes['FindingEvidence']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['HealthState'], ParentType, ContextType>;
  transitions?: Resolver<Array<ResolversTypes['HealthTransition']>, ParentType, ContextType, RequireFields<DeploymentHealthTransitionsArgs, 'last'>>;
};

export type DeploymentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeploymentPayload'] = ResolversParentTypes['DeploymentPayload']> = {
  deployment?: Resolver<ResolversTypes['ModelDeployment'], ParentType, ContextType>;
};

export type DeploymentRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeploymentRef'] = ResolversParentTypes['DeploymentRef']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeploymentRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeploymentRevision'] = ResolversParentTypes['DeploymentRevision']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  release?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeploymentStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeploymentStatus'] = ResolversParentTypes['DeploymentStatus']> = {
  availableReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['Condition']>, ParentType, ContextType>;
  desiredReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['KubeEvent']>, ParentType, ContextType>;
  lastAppliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastApplyError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pods?: Resolver<Array<ResolversTypes['Pod']>, ParentType, ContextType>;
  readyReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeploymentStatusPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeploymentStatusPage'] = ResolversParentTypes['DeploymentStatusPage']> = {
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maintenance?: Resolver<Maybe<ResolversTypes['MaintenanceWindow']>, ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComponentStatus'], ParentType, ContextType>;
};

export type DeploymentStatusPagePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeploymentStatusPagePayload'] = ResolversParentTypes['DeploymentStatusPagePayload']> = {
  deployment?: Resolver<ResolversTypes['ModelDeployment'], ParentType, ContextType>;
};

export type DeploymentTimelineEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeploymentTimelineEntry'] = ResolversParentTypes['DeploymentTimelineEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeploymentTimelineKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DiscoveredModelServerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiscoveredModelServer'] = ResolversParentTypes['DiscoveredModelServer']> = {
  container?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  gpuProduct?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gpusPerReplica?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  image?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modelSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  readyReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runtime?: Resolver<ResolversTypes['Runtime'], ParentType, ContextType>;
  servedModelName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tensorParallelSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DriftFieldResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DriftField'] = ResolversParentTypes['DriftField']> = {
  desired?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  live?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  object?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EngineArgsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EngineArgs'] = ResolversParentTypes['EngineArgs']> = {
  dtype?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extraArgs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  gpuMemoryUtilization?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxModelLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tensorParallelSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EnvVarResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EnvVar'] = ResolversParentTypes['EnvVar']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secretRef?: Resolver<Maybe<ResolversTypes['SecretRef']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EscalationPolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EscalationPolicy'] = ResolversParentTypes['EscalationPolicy']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  environments?: Resolver<Array<ResolversTypes['Environment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repeat?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['EscalationStep']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type EscalationStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EscalationStep'] = ResolversParentTypes['EscalationStep']> = {
  targets?: Resolver<Array<ResolversTypes['EscalationTarget']>, ParentType, ContextType>;
  timeoutMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EscalationTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EscalationTarget'] = ResolversParentTypes['EscalationTarget']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EscalationTargetType'], ParentType, ContextType>;
};

export type FindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['FindingEvidence']>, ParentType, ContextType>;
  objects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  runbook?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FindingSeverity'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FindingEvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FindingEvidence'] = ResolversParentTypes['FindingEvidence']> = {
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FleetSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FleetSummary'] = ResolversParentTypes['FleetSummary']> = {
  attention?: Resolver<Array<ResolversTypes['ModelDeployment']>, ParentType, ContextType, RequireFields<FleetSummaryAttentionArgs, 'first'>>;
  health?: Resolver<Array<ResolversTypes['HealthCount']>, ParentType, ContextType>;
  managed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GatewayRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GatewayRef'] = ResolversParentTypes['GatewayRef']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GoldenPromptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoldenPrompt'] = ResolversParentTypes['GoldenPrompt']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectations?: Resolver<ResolversTypes['AnswerExpectations'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxTokens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['ChatMessage']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GoldenPromptCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoldenPromptCheck'] = ResolversParentTypes['GoldenPromptCheck']> = {
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releaseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['PromptCheckResult']>, ParentType, ContextType>;
};

export type GoldenPromptPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoldenPromptPayload'] = ResolversParentTypes['GoldenPromptPayload']> = {
  goldenPrompt?: Resolver<ResolversTypes['GoldenPrompt'], ParentType, ContextType>;
};

export type GpuNodeCapacityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GpuNodeCapacity'] = ResolversParentTypes['GpuNodeCapacity']> = {
  allocatable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excludedBecause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schedulable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GpuPriceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GpuPrice'] = ResolversParentTypes['GpuPrice']> = {
  capacity?: Resolver<ResolversTypes['GpuCapacity'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  gpuProduct?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  setAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  setBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  usdPerGpuHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GpuProductCapacityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GpuProductCapacity'] = ResolversParentTypes['GpuProductCapacity']> = {
  allocatable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  largestFreeOnANode?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HealthCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HealthCount'] = ResolversParentTypes['HealthCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['HealthState'], ParentType, ContextType>;
};

export type HealthMetricsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HealthMetrics'] = ResolversParentTypes['HealthMetrics']> = {
  e2eP95Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  errorRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kvCacheUsage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  queueDepth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requestRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tokensPerSecond?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ttftP50Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ttftP95Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type HealthSampleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HealthSample'] = ResolversParentTypes['HealthSample']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  errorRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kvCacheUsage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requestRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['HealthState'], ParentType, ContextType>;
  ttftP95Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type HealthTransitionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HealthTransition'] = ResolversParentTypes['HealthTransition']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['HealthState'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['HealthState'], ParentType, ContextType>;
};

export type IncidentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assigneeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  commanderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deployment?: Resolver<Maybe<ResolversTypes['DeploymentRef']>, ParentType, ContextType>;
  environment?: Resolver<Maybe<ResolversTypes['Environment']>, ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  mitigatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['NotificationDelivery']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  postmortem?: Resolver<Maybe<ResolversTypes['Postmortem']>, ParentType, ContextType>;
  publicUpdates?: Resolver<Array<ResolversTypes['IncidentPublicUpdate']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['IncidentSignal']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IncidentSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tickets?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['IncidentTimelineEntry']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  triggeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type IncidentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncidentConnection'] = ResolversParentTypes['IncidentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IncidentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IncidentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncidentEdge'] = ResolversParentTypes['IncidentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
};

export type IncidentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncidentPayload'] = ResolversParentTypes['IncidentPayload']> = {
  incident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
};

export type IncidentPublicUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncidentPublicUpdate'] = ResolversParentTypes['IncidentPublicUpdate']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicUpdateStatus'], ParentType, ContextType>;
};

export type IncidentSignalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncidentSignal'] = ResolversParentTypes['IncidentSignal']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IncidentSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SignalStatus'], ParentType, ContextType>;
};

export type IncidentStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncidentStats'] = ResolversParentTypes['IncidentStats']> = {
  acknowledged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deployment?: Resolver<ResolversTypes['DeploymentRef'], ParentType, ContextType>;
  incidents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mttaSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mttrSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IncidentTimelineEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IncidentTimelineEntry'] = ResolversParentTypes['IncidentTimelineEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorType?: Resolver<ResolversTypes['ActorType'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IncidentTimelineKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KubeEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KubeEvent'] = ResolversParentTypes['KubeEvent']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LoginPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type MaintenanceWindowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MaintenanceWindow'] = ResolversParentTypes['MaintenanceWindow']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Model'] = ResolversParentTypes['Model']> = {
  contextLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goldenPrompts?: Resolver<Array<ResolversTypes['GoldenPrompt']>, ParentType, ContextType>;
  gpuMemoryGiB?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  license?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parameterCountBillions?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  releases?: Resolver<Array<ResolversTypes['Release']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ModelDeploymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelDeployment'] = ResolversParentTypes['ModelDeployment']> = {
  adoption?: Resolver<Maybe<ResolversTypes['DeploymentAdoption']>, ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['CostFigures'], ParentType, ContextType, RequireFields<ModelDeploymentCostArgs, 'days'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  drift?: Resolver<Array<ResolversTypes['DriftField']>, ParentType, ContextType>;
  environment?: Resolver<ResolversTypes['Environment'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['DeploymentHealth'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DeploymentRevision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidentStats?: Resolver<ResolversTypes['IncidentStats'], ParentType, ContextType, RequireFields<ModelDeploymentIncidentStatsArgs, 'days'>>;
  managed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manifestsYaml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observed?: Resolver<Maybe<ResolversTypes['ObservedWorkload']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['DeploymentPhase'], ParentType, ContextType>;
  release?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rollout?: Resolver<Maybe<ResolversTypes['Rollout']>, ParentType, ContextType>;
  rollouts?: Resolver<Array<ResolversTypes['Rollout']>, ParentType, ContextType, RequireFields<ModelDeploymentRolloutsArgs, 'limit'>>;
  sloErrorRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sloTtftP95Ms?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeploymentStatus'], ParentType, ContextType>;
  statusPage?: Resolver<ResolversTypes['DeploymentStatusPage'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['RolloutStrategy'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['DeploymentTimelineEntry']>, ParentType, ContextType, RequireFields<ModelDeploymentTimelineArgs, 'last'>>;
  traffic?: Resolver<Maybe<ResolversTypes['TrafficRoute']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ModelDeploymentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelDeploymentConnection'] = ResolversParentTypes['ModelDeploymentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ModelDeploymentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ModelDeployment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ModelDeploymentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelDeploymentEdge'] = ResolversParentTypes['ModelDeploymentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModelDeployment'], ParentType, ContextType>;
};

export type ModelServerDiscoveryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelServerDiscovery'] = ResolversParentTypes['ModelServerDiscovery']> = {
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  servers?: Resolver<Array<ResolversTypes['DiscoveredModelServer']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  abortRollout?: Resolver<ResolversTypes['RolloutPayload'], ParentType, ContextType, RequireFields<MutationAbortRolloutArgs, 'input'>>;
  acknowledgeIncident?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationAcknowledgeIncidentArgs, 'input'>>;
  addIncidentNote?: Resolver<ResolversTypes['AddIncidentNotePayload'], ParentType, ContextType, RequireFields<MutationAddIncidentNoteArgs, 'input'>>;
  addOnCallOverride?: Resolver<ResolversTypes['OnCallOverride'], ParentType, ContextType, RequireFields<MutationAddOnCallOverrideArgs, 'input'>>;
  addPostmortemActionItem?: Resolver<ResolversTypes['PostmortemPayload'], ParentType, ContextType, RequireFields<MutationAddPostmortemActionItemArgs, 'input'>>;
  adoptDeployment?: Resolver<ResolversTypes['DeploymentPayload'], ParentType, ContextType, RequireFields<MutationAdoptDeploymentArgs, 'input'>>;
  assignIncident?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationAssignIncidentArgs, 'input'>>;
  cancelIncident?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationCancelIncidentArgs, 'input'>>;
  changeIncidentSeverity?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationChangeIncidentSeverityArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  changeTicketStatus?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationChangeTicketStatusArgs, 'input'>>;
  checkGoldenPrompts?: Resolver<ResolversTypes['GoldenPromptCheck'], ParentType, ContextType, RequireFields<MutationCheckGoldenPromptsArgs, 'input'>>;
  closeIncident?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationCloseIncidentArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createEscalationPolicy?: Resolver<ResolversTypes['EscalationPolicy'], ParentType, ContextType, RequireFields<MutationCreateEscalationPolicyArgs, 'input'>>;
  createGoldenPrompt?: Resolver<ResolversTypes['GoldenPromptPayload'], ParentType, ContextType, RequireFields<MutationCreateGoldenPromptArgs, 'input'>>;
  createNotificationChannel?: Resolver<ResolversTypes['CreateNotificationChannelPayload'], ParentType, ContextType, RequireFields<MutationCreateNotificationChannelArgs, 'input'>>;
  createOnCallSchedule?: Resolver<ResolversTypes['OnCallSchedule'], ParentType, ContextType, RequireFields<MutationCreateOnCallScheduleArgs, 'input'>>;
  createRelease?: Resolver<ResolversTypes['CreateReleasePayload'], ParentType, ContextType, RequireFields<MutationCreateReleaseArgs, 'input'>>;
  createTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationCreateTicketArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['CreateUserPayload'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  declareIncident?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationDeclareIncidentArgs, 'input'>>;
  deleteDeployment?: Resolver<ResolversTypes['DeploymentPayload'], ParentType, ContextType, RequireFields<MutationDeleteDeploymentArgs, 'input'>>;
  deleteEscalationPolicy?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteEscalationPolicyArgs, 'id'>>;
  deleteGoldenPrompt?: Resolver<ResolversTypes['GoldenPromptPayload'], ParentType, ContextType, RequireFields<MutationDeleteGoldenPromptArgs, 'input'>>;
  deleteNotificationChannel?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteNotificationChannelArgs, 'id'>>;
  deleteOnCallSchedule?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteOnCallScheduleArgs, 'id'>>;
  deployRelease?: Resolver<ResolversTypes['DeployReleasePayload'], ParentType, ContextType, RequireFields<MutationDeployReleaseArgs, 'input'>>;
  linkTicketToIncident?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationLinkTicketToIncidentArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mergeIncident?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationMergeIncidentArgs, 'input'>>;
  mergeTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationMergeTicketArgs, 'input'>>;
  mitigateIncident?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationMitigateIncidentArgs, 'input'>>;
  pauseRollout?: Resolver<ResolversTypes['RolloutPayload'], ParentType, ContextType, RequireFields<MutationPauseRolloutArgs, 'input'>>;
  postIncidentUpdate?: Resolver<ResolversTypes['PostIncidentUpdatePayload'], ParentType, ContextType, RequireFields<MutationPostIncidentUpdateArgs, 'input'>>;
  promoteRollout?: Resolver<ResolversTypes['RolloutPayload'], ParentType, ContextType, RequireFields<MutationPromoteRolloutArgs, 'input'>>;
  publishPostmortem?: Resolver<ResolversTypes['PostmortemPayload'], ParentType, ContextType, RequireFields<MutationPublishPostmortemArgs, 'input'>>;
  registerModel?: Resolver<ResolversTypes['RegisterModelPayload'], ParentType, ContextType, RequireFields<MutationRegisterModelArgs, 'input'>>;
  releaseDeployment?: Resolver<ResolversTypes['DeploymentPayload'], ParentType, ContextType, RequireFields<MutationReleaseDeploymentArgs, 'input'>>;
  removeOnCallOverride?: Resolver<ResolversTypes['OnCallOverride'], ParentType, ContextType, RequireFields<MutationRemoveOnCallOverrideArgs, 'id'>>;
  removePostmortemActionItem?: Resolver<ResolversTypes['PostmortemPayload'], ParentType, ContextType, RequireFields<MutationRemovePostmortemActionItemArgs, 'input'>>;
  repairDrift?: Resolver<ResolversTypes['DeploymentPayload'], ParentType, ContextType, RequireFields<MutationRepairDriftArgs, 'name' | 'namespace'>>;
  replyToTicket?: Resolver<ResolversTypes['ReplyToTicketPayload'], ParentType, ContextType, RequireFields<MutationReplyToTicketArgs, 'input'>>;
  resolveIncident?: Resolver<ResolversTypes['IncidentPayload'], ParentType, ContextType, RequireFields<MutationResolveIncidentArgs, 'input'>>;
  resumeRollout?: Resolver<ResolversTypes['RolloutPayload'], ParentType, ContextType, RequireFields<MutationResumeRolloutArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  rollbackDeployment?: Resolver<ResolversTypes['DeploymentPayload'], ParentType, ContextType, RequireFields<MutationRollbackDeploymentArgs, 'input'>>;
  scaleDeployment?: Resolver<ResolversTypes['DeploymentPayload'], ParentType, ContextType, RequireFields<MutationScaleDeploymentArgs, 'input'>>;
  setApiPrice?: Resolver<ResolversTypes['SetApiPricePayload'], ParentType, ContextType, RequireFields<MutationSetApiPriceArgs, 'input'>>;
  setDeploymentPublic?: Resolver<ResolversTypes['DeploymentStatusPagePayload'], ParentType, ContextType, RequireFields<MutationSetDeploymentPublicArgs, 'input'>>;
  setGpuPrice?: Resolver<ResolversTypes['SetGpuPricePayload'], ParentType, ContextType, RequireFields<MutationSetGpuPriceArgs, 'input'>>;
  setMaintenanceWindow?: Resolver<ResolversTypes['DeploymentStatusPagePayload'], ParentType, ContextType, RequireFields<MutationSetMaintenanceWindowArgs, 'input'>>;
  setUserPassword?: Resolver<ResolversTypes['UpdateUserPayload'], ParentType, ContextType, RequireFields<MutationSetUserPasswordArgs, 'input'>>;
  startPostmortem?: Resolver<ResolversTypes['PostmortemPayload'], ParentType, ContextType, RequireFields<MutationStartPostmortemArgs, 'input'>>;
  testNotificationChannel?: Resolver<ResolversTypes['NotificationDelivery'], ParentType, ContextType, RequireFields<MutationTestNotificationChannelArgs, 'id'>>;
  unlinkTicketFromIncident?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationUnlinkTicketFromIncidentArgs, 'input'>>;
  updateEscalationPolicy?: Resolver<ResolversTypes['EscalationPolicy'], ParentType, ContextType, RequireFields<MutationUpdateEscalationPolicyArgs, 'input'>>;
  updateGoldenPrompt?: Resolver<ResolversTypes['GoldenPromptPayload'], ParentType, ContextType, RequireFields<MutationUpdateGoldenPromptArgs, 'input'>>;
  updateNotificationChannel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType, RequireFields<MutationUpdateNotificationChannelArgs, 'input'>>;
  updateObservedDeployment?: Resolver<ResolversTypes['DeploymentPayload'], ParentType, ContextType, RequireFields<MutationUpdateObservedDeploymentArgs, 'input'>>;
  updateOnCallSchedule?: Resolver<ResolversTypes['OnCallSchedule'], ParentType, ContextType, RequireFields<MutationUpdateOnCallScheduleArgs, 'input'>>;
  updatePostmortem?: Resolver<ResolversTypes['PostmortemPayload'], ParentType, ContextType, RequireFields<MutationUpdatePostmortemArgs, 'input'>>;
  updatePostmortemActionItem?: Resolver<ResolversTypes['PostmortemPayload'], ParentType, ContextType, RequireFields<MutationUpdatePostmortemActionItemArgs, 'input'>>;
  updateTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationUpdateTicketArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['UpdateUserPayload'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
};

export type NotificationChannelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationChannel'] = ResolversParentTypes['NotificationChannel']> = {
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailTo?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isFallback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationChannelType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotificationDeliveryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationDelivery'] = ResolversParentTypes['NotificationDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channelId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  channelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channelType?: Resolver<ResolversTypes['NotificationChannelType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotificationStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ObservedWorkloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ObservedWorkload'] = ResolversParentTypes['ObservedWorkload']> = {
  container?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  gpuProduct?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gpusPerReplica?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  image?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  runtime?: Resolver<ResolversTypes['Runtime'], ParentType, ContextType>;
  servedModelName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OnCallLayerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OnCallLayer'] = ResolversParentTypes['OnCallLayer']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  restriction?: Resolver<Maybe<ResolversTypes['OnCallRestriction']>, ParentType, ContextType>;
  shift?: Resolver<ResolversTypes['ShiftKind'], ParentType, ContextType>;
  shiftHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
};

export type OnCallNowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OnCallNow'] = ResolversParentTypes['OnCallNow']> = {
  layer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['OnCallSchedule'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type OnCallOverrideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OnCallOverride'] = ResolversParentTypes['OnCallOverride']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scheduleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OnCallPersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OnCallPerson'] = ResolversParentTypes['OnCallPerson']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OnCallRestrictionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OnCallRestriction'] = ResolversParentTypes['OnCallRestriction']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OnCallScheduleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OnCallSchedule'] = ResolversParentTypes['OnCallSchedule']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layers?: Resolver<Array<ResolversTypes['OnCallLayer']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overrides?: Resolver<Array<ResolversTypes['OnCallOverride']>, ParentType, ContextType>;
  shifts?: Resolver<Array<ResolversTypes['OnCallShift']>, ParentType, ContextType, RequireFields<OnCallScheduleShiftsArgs, 'days'>>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type OnCallShiftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OnCallShift'] = ResolversParentTypes['OnCallShift']> = {
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  layer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PagingProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PagingProblem'] = ResolversParentTypes['PagingProblem']> = {
  environment?: Resolver<ResolversTypes['Environment'], ParentType, ContextType>;
  fixPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PagingReadinessResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PagingReadiness'] = ResolversParentTypes['PagingReadiness']> = {
  problems?: Resolver<Array<ResolversTypes['PagingProblem']>, ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Pod'] = ResolversParentTypes['Pod']> = {
  containers?: Resolver<Array<ResolversTypes['ContainerStatus']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  gpus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  releaseId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  restarts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  track?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PostIncidentUpdatePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PostIncidentUpdatePayload'] = ResolversParentTypes['PostIncidentUpdatePayload']> = {
  incident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['IncidentPublicUpdate'], ParentType, ContextType>;
};

export type PostmortemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Postmortem'] = ResolversParentTypes['Postmortem']> = {
  actionItems?: Resolver<Array<ResolversTypes['PostmortemActionItem']>, ParentType, ContextType>;
  contributingFactors?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  incidentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rootCause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PostmortemStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['PostmortemTimelineEntry']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PostmortemActionItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PostmortemActionItem'] = ResolversParentTypes['PostmortemActionItem']> = {
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PostmortemPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PostmortemPayload'] = ResolversParentTypes['PostmortemPayload']> = {
  postmortem?: Resolver<ResolversTypes['Postmortem'], ParentType, ContextType>;
};

export type PostmortemTimelineEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PostmortemTimelineEntry'] = ResolversParentTypes['PostmortemTimelineEntry']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PriceBookResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PriceBook'] = ResolversParentTypes['PriceBook']> = {
  apiHistory?: Resolver<Array<ResolversTypes['ApiPrice']>, ParentType, ContextType>;
  apis?: Resolver<Array<ResolversTypes['ApiPrice']>, ParentType, ContextType>;
  gpuHistory?: Resolver<Array<ResolversTypes['GpuPrice']>, ParentType, ContextType>;
  gpus?: Resolver<Array<ResolversTypes['GpuPrice']>, ParentType, ContextType>;
};

export type PromptAnswerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PromptAnswer'] = ResolversParentTypes['PromptAnswer']> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  passed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type PromptCheckResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PromptCheckResult'] = ResolversParentTypes['PromptCheckResult']> = {
  answerExcerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failures?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  prompt?: Resolver<Maybe<ResolversTypes['GoldenPrompt']>, ParentType, ContextType>;
  promptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PromptComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PromptComparison'] = ResolversParentTypes['PromptComparison']> = {
  canary?: Resolver<ResolversTypes['PromptAnswer'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regression?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stable?: Resolver<Maybe<ResolversTypes['PromptAnswer']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  activeRollouts?: Resolver<Array<ResolversTypes['Rollout']>, ParentType, ContextType>;
  adoptionPlan?: Resolver<ResolversTypes['AdoptionPlan'], ParentType, ContextType, RequireFields<QueryAdoptionPlanArgs, 'deploymentId'>>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType, RequireFields<QueryApiTokensArgs, 'all'>>;
  auditCheckpoint?: Resolver<Maybe<ResolversTypes['AuditCheckpointInfo']>, ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  capacity?: Resolver<ResolversTypes['Capacity'], ParentType, ContextType, RequireFields<QueryCapacityArgs, 'windowMinutes'>>;
  costReport?: Resolver<ResolversTypes['CostReport'], ParentType, ContextType, RequireFields<QueryCostReportArgs, 'input'>>;
  deployment?: Resolver<Maybe<ResolversTypes['ModelDeployment']>, ParentType, ContextType, RequireFields<QueryDeploymentArgs, 'name' | 'namespace'>>;
  deployments?: Resolver<Array<ResolversTypes['ModelDeployment']>, ParentType, ContextType, Partial<QueryDeploymentsArgs>>;
  deploymentsConnection?: Resolver<ResolversTypes['ModelDeploymentConnection'], ParentType, ContextType, RequireFields<QueryDeploymentsConnectionArgs, 'first'>>;
  discoveredModelServers?: Resolver<ResolversTypes['ModelServerDiscovery'], ParentType, ContextType>;
  emailConfigured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  escalationPolicies?: Resolver<Array<ResolversTypes['EscalationPolicy']>, ParentType, ContextType>;
  escalationPolicy?: Resolver<Maybe<ResolversTypes['EscalationPolicy']>, ParentType, ContextType, RequireFields<QueryEscalationPolicyArgs, 'id'>>;
  fleetSummary?: Resolver<ResolversTypes['FleetSummary'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentArgs, 'id'>>;
  incidentStats?: Resolver<Array<ResolversTypes['IncidentStats']>, ParentType, ContextType, RequireFields<QueryIncidentStatsArgs, 'days'>>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentsArgs, 'first'>>;
  incidentsConnection?: Resolver<ResolversTypes['IncidentConnection'], ParentType, ContextType, RequireFields<QueryIncidentsConnectionArgs, 'first'>>;
  managedNamespaces?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType, RequireFields<QueryModelArgs, 'id'>>;
  models?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  notificationChannels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  notificationDelivery?: Resolver<Maybe<ResolversTypes['NotificationDelivery']>, ParentType, ContextType, RequireFields<QueryNotificationDeliveryArgs, 'id'>>;
  onCallNow?: Resolver<Array<ResolversTypes['OnCallNow']>, ParentType, ContextType, Partial<QueryOnCallNowArgs>>;
  onCallPeople?: Resolver<Array<ResolversTypes['OnCallPerson']>, ParentType, ContextType>;
  onCallSchedule?: Resolver<Maybe<ResolversTypes['OnCallSchedule']>, ParentType, ContextType, RequireFields<QueryOnCallScheduleArgs, 'id'>>;
  onCallSchedules?: Resolver<Array<ResolversTypes['OnCallSchedule']>, ParentType, ContextType>;
  pagingReadiness?: Resolver<ResolversTypes['PagingReadiness'], ParentType, ContextType>;
  priceBook?: Resolver<ResolversTypes['PriceBook'], ParentType, ContextType, Partial<QueryPriceBookArgs>>;
  release?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType, RequireFields<QueryReleaseArgs, 'id'>>;
  releaseDiff?: Resolver<Array<ResolversTypes['ReleaseFieldChange']>, ParentType, ContextType, RequireFields<QueryReleaseDiffArgs, 'from' | 'to'>>;
  rollout?: Resolver<Maybe<ResolversTypes['Rollout']>, ParentType, ContextType, RequireFields<QueryRolloutArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  serverInfo?: Resolver<ResolversTypes['ServerInfo'], ParentType, ContextType>;
  slaPolicies?: Resolver<Array<ResolversTypes['SlaPolicy']>, ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  tickets?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketsArgs, 'first' | 'view'>>;
  ticketsConnection?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QueryTicketsConnectionArgs, 'first' | 'view'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  verifyAuditLog?: Resolver<ResolversTypes['AuditVerification'], ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RegisterModelPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegisterModelPayload'] = ResolversParentTypes['RegisterModelPayload']> = {
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
};

export type ReleaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Release'] = ResolversParentTypes['Release']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['EngineArgs'], ParentType, ContextType>;
  env?: Resolver<Array<ResolversTypes['EnvVar']>, ParentType, ContextType>;
  expectedLoadSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  imagePinned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
  modelRevision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modelSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resources?: Resolver<ResolversTypes['Resources'], ParentType, ContextType>;
  runtime?: Resolver<ResolversTypes['Runtime'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReleaseFieldChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReleaseFieldChange'] = ResolversParentTypes['ReleaseFieldChange']> = {
  from?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type ReplyToTicketPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReplyToTicketPayload'] = ResolversParentTypes['ReplyToTicketPayload']> = {
  message?: Resolver<ResolversTypes['TicketMessage'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type RequesterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Requester'] = ResolversParentTypes['Requester']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ResourcesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Resources'] = ResolversParentTypes['Resources']> = {
  cpu?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gpuProduct?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gpus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RevokeApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeApiTokenPayload'] = ResolversParentTypes['RevokeApiTokenPayload']> = {
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type RolloutResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Rollout'] = ResolversParentTypes['Rollout']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  analysis?: Resolver<Array<ResolversTypes['AnalysisResult']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentStep?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deployment?: Resolver<ResolversTypes['DeploymentRef'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['RolloutEvent']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromRelease?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['RolloutMode'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RolloutState'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['RolloutStep']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['RolloutStrategy'], ParentType, ContextType>;
  toRelease?: Resolver<ResolversTypes['Release'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RolloutEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RolloutEvent'] = ResolversParentTypes['RolloutEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['RolloutState']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['RolloutState'], ParentType, ContextType>;
};

export type RolloutPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RolloutPayload'] = ResolversParentTypes['RolloutPayload']> = {
  rollout?: Resolver<ResolversTypes['Rollout'], ParentType, ContextType>;
};

export type RolloutStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RolloutStep'] = ResolversParentTypes['RolloutStep']> = {
  analysisSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  canaryReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minimumRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mirrorPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  observedPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onInconclusive?: Resolver<ResolversTypes['InconclusiveAction'], ParentType, ContextType>;
  stableReplicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  weightPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchHitKind'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SecretRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SecretRef'] = ResolversParentTypes['SecretRef']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServerInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServerInfo'] = ResolversParentTypes['ServerInfo']> = {
  passwordLogin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  simulatedCluster?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singleSignOn?: Resolver<Maybe<ResolversTypes['SingleSignOn']>, ParentType, ContextType>;
  store?: Resolver<ResolversTypes['StoreKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SetApiPricePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetApiPricePayload'] = ResolversParentTypes['SetApiPricePayload']> = {
  price?: Resolver<ResolversTypes['ApiPrice'], ParentType, ContextType>;
};

export type SetGpuPricePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetGpuPricePayload'] = ResolversParentTypes['SetGpuPricePayload']> = {
  price?: Resolver<ResolversTypes['GpuPrice'], ParentType, ContextType>;
};

export type SingleSignOnResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SingleSignOn'] = ResolversParentTypes['SingleSignOn']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loginUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SlaClockResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlaClock'] = ResolversParentTypes['SlaClock']> = {
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SlaClockKind'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SlaState'], ParentType, ContextType>;
  targetMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SlaPolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlaPolicy'] = ResolversParentTypes['SlaPolicy']> = {
  calendar?: Resolver<ResolversTypes['BusinessCalendar'], ParentType, ContextType>;
  firstResponseMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextUpdateMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  resolutionMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  auditEntryAppended?: SubscriptionResolver<ResolversTypes['AuditEntry'], "auditEntryAppended", ParentType, ContextType>;
  deploymentChanged?: SubscriptionResolver<ResolversTypes['ModelDeployment'], "deploymentChanged", ParentType, ContextType, Partial<SubscriptionDeploymentChangedArgs>>;
  incidentChanged?: SubscriptionResolver<ResolversTypes['Incident'], "incidentChanged", ParentType, ContextType, Partial<SubscriptionIncidentChangedArgs>>;
  rolloutChanged?: SubscriptionResolver<ResolversTypes['Rollout'], "rolloutChanged", ParentType, ContextType, Partial<SubscriptionRolloutChangedArgs>>;
  ticketChanged?: SubscriptionResolver<ResolversTypes['Ticket'], "ticketChanged", ParentType, ContextType, Partial<SubscriptionTicketChangedArgs>>;
};

export type TicketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket']> = {
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  conversation?: Resolver<Array<ResolversTypes['TicketMessage']>, ParentType, ContextType, Partial<TicketConversationArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requester?: Resolver<ResolversTypes['Requester'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sla?: Resolver<ResolversTypes['TicketSla'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestedReply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TicketConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type TicketMessageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TicketMessage'] = ResolversParentTypes['TicketMessage']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorType?: Resolver<ResolversTypes['TicketAuthorType'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['TicketVisibility'], ParentType, ContextType>;
};

export type TicketPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TicketPayload'] = ResolversParentTypes['TicketPayload']> = {
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type TicketSlaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TicketSla'] = ResolversParentTypes['TicketSla']> = {
  clocks?: Resolver<Array<ResolversTypes['SlaClock']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['SlaState']>, ParentType, ContextType>;
};

export type TrafficRouteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrafficRoute'] = ResolversParentTypes['TrafficRoute']> = {
  canaryWeight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gateway?: Resolver<ResolversTypes['GatewayRef'], ParentType, ContextType>;
  mirrorPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pathPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UpdateUserPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateUserPayload'] = ResolversParentTypes['UpdateUserPayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  singleSignOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  authMethod?: Resolver<ResolversTypes['AuthMethod'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sessionExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type WeeklyHoursResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WeeklyHours'] = ResolversParentTypes['WeeklyHours']> = {
  day?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AddIncidentNotePayload?: AddIncidentNotePayloadResolvers<ContextType>;
  AdoptionChange?: AdoptionChangeResolvers<ContextType>;
  AdoptionModel?: AdoptionModelResolvers<ContextType>;
  AdoptionPlan?: AdoptionPlanResolvers<ContextType>;
  AdoptionRelease?: AdoptionReleaseResolvers<ContextType>;
  AnalysisResult?: AnalysisResultResolvers<ContextType>;
  AnswerExpectations?: AnswerExpectationsResolvers<ContextType>;
  ApiPrice?: ApiPriceResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  AuditCheckpoint?: AuditCheckpointResolvers<ContextType>;
  AuditCheckpointInfo?: AuditCheckpointInfoResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditMismatch?: AuditMismatchResolvers<ContextType>;
  AuditVerification?: AuditVerificationResolvers<ContextType>;
  BusinessCalendar?: BusinessCalendarResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  ChatMessage?: ChatMessageResolvers<ContextType>;
  Condition?: ConditionResolvers<ContextType>;
  ContainerStatus?: ContainerStatusResolvers<ContextType>;
  CostDay?: CostDayResolvers<ContextType>;
  CostFigures?: CostFiguresResolvers<ContextType>;
  CostLine?: CostLineResolvers<ContextType>;
  CostReport?: CostReportResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  CreateNotificationChannelPayload?: CreateNotificationChannelPayloadResolvers<ContextType>;
  CreateReleasePayload?: CreateReleasePayloadResolvers<ContextType>;
  CreateUserPayload?: CreateUserPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeployReleasePayload?: DeployReleasePayloadResolvers<ContextType>;
  DeploymentAdoption?: DeploymentAdoptionResolvers<ContextType>;
  DeploymentCapacity?: DeploymentCapacityResolvers<ContextType>;
  DeploymentHealth?: DeploymentHealthResolvers<ContextType>;
  DeploymentPayload?: DeploymentPayloadResolvers<ContextType>;
  DeploymentRef?: DeploymentRefResolvers<ContextType>;
  DeploymentRevision?: DeploymentRevisionResolvers<ContextType>;
  DeploymentStatus?: DeploymentStatusResolvers<ContextType>;
  DeploymentStatusPage?: DeploymentStatusPageResolvers<ContextType>;
  DeploymentStatusPagePayload?: DeploymentStatusPagePayloadResolvers<ContextType>;
  DeploymentTimelineEntry?: DeploymentTimelineEntryResolvers<ContextType>;
  DiscoveredModelServer?: DiscoveredModelServerResolvers<ContextType>;
  DriftField?: DriftFieldResolvers<ContextType>;
  EngineArgs?: EngineArgsResolvers<ContextType>;
  EnvVar?: EnvVarResolvers<ContextType>;
  EscalationPolicy?: EscalationPolicyResolvers<ContextType>;
  EscalationStep?: EscalationStepResolvers<ContextType>;
  EscalationTarget?: EscalationTargetResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingEvidence?: FindingEvidenceResolvers<ContextType>;
  FleetSummary?: FleetSummaryResolvers<ContextType>;
  GatewayRef?: GatewayRefResolvers<ContextType>;
  GoldenPrompt?: GoldenPromptResolvers<ContextType>;
  GoldenPromptCheck?: GoldenPromptCheckResolvers<ContextType>;
  GoldenPromptPayload?: GoldenPromptPayloadResolvers<ContextType>;
  GpuNodeCapacity?: GpuNodeCapacityResolvers<ContextType>;
  GpuPrice?: GpuPriceResolvers<ContextType>;
  GpuProductCapacity?: GpuProductCapacityResolvers<ContextType>;
  HealthCount?: HealthCountResolvers<ContextType>;
  HealthMetrics?: HealthMetricsResolvers<ContextType>;
  HealthSample?: HealthSampleResolvers<ContextType>;
  HealthTransition?: HealthTransitionResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IncidentConnection?: IncidentConnectionResolvers<ContextType>;
  IncidentEdge?: IncidentEdgeResolvers<ContextType>;
  IncidentPayload?: IncidentPayloadResolvers<ContextType>;
  IncidentPublicUpdate?: IncidentPublicUpdateResolvers<ContextType>;
  IncidentSignal?: IncidentSignalResolvers<ContextType>;
  IncidentStats?: IncidentStatsResolvers<ContextType>;
  IncidentTimelineEntry?: IncidentTimelineEntryResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KubeEvent?: KubeEventResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  MaintenanceWindow?: MaintenanceWindowResolvers<ContextType>;
  Model?: ModelResolvers<ContextType>;
  ModelDeployment?: ModelDeploymentResolvers<ContextType>;
  ModelDeploymentConnection?: ModelDeploymentConnectionResolvers<ContextType>;
  ModelDeploymentEdge?: ModelDeploymentEdgeResolvers<ContextType>;
  ModelServerDiscovery?: ModelServerDiscoveryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotificationChannel?: NotificationChannelResolvers<ContextType>;
  NotificationDelivery?: NotificationDeliveryResolvers<ContextType>;
  ObservedWorkload?: ObservedWorkloadResolvers<ContextType>;
  OnCallLayer?: OnCallLayerResolvers<ContextType>;
  OnCallNow?: OnCallNowResolvers<ContextType>;
  OnCallOverride?: OnCallOverrideResolvers<ContextType>;
  OnCallPerson?: OnCallPersonResolvers<ContextType>;
  OnCallRestriction?: OnCallRestrictionResolvers<ContextType>;
  OnCallSchedule?: OnCallScheduleResolvers<ContextType>;
  OnCallShift?: OnCallShiftResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PagingProblem?: PagingProblemResolvers<ContextType>;
  PagingReadiness?: PagingReadinessResolvers<ContextType>;
  Pod?: PodResolvers<ContextType>;
  PostIncidentUpdatePayload?: PostIncidentUpdatePayloadResolvers<ContextType>;
  Postmortem?: PostmortemResolvers<ContextType>;
  PostmortemActionItem?: PostmortemActionItemResolvers<ContextType>;
  PostmortemPayload?: PostmortemPayloadResolvers<ContextType>;
  PostmortemTimelineEntry?: PostmortemTimelineEntryResolvers<ContextType>;
  PriceBook?: PriceBookResolvers<ContextType>;
  PromptAnswer?: PromptAnswerResolvers<ContextType>;
  PromptCheckResult?: PromptCheckResultResolvers<ContextType>;
  PromptComparison?: PromptComparisonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterModelPayload?: RegisterModelPayloadResolvers<ContextType>;
  Release?: ReleaseResolvers<ContextType>;
  ReleaseFieldChange?: ReleaseFieldChangeResolvers<ContextType>;
  ReplyToTicketPayload?: ReplyToTicketPayloadResolvers<ContextType>;
  Requester?: RequesterResolvers<ContextType>;
  Resources?: ResourcesResolvers<ContextType>;
  RevokeApiTokenPayload?: RevokeApiTokenPayloadResolvers<ContextType>;
  Rollout?: RolloutResolvers<ContextType>;
  RolloutEvent?: RolloutEventResolvers<ContextType>;
  RolloutPayload?: RolloutPayloadResolvers<ContextType>;
  RolloutStep?: RolloutStepResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SecretRef?: SecretRefResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  SetApiPricePayload?: SetApiPricePayloadResolvers<ContextType>;
  SetGpuPricePayload?: SetGpuPricePayloadResolvers<ContextType>;
  SingleSignOn?: SingleSignOnResolvers<ContextType>;
  SlaClock?: SlaClockResolvers<ContextType>;
  SlaPolicy?: SlaPolicyResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketMessage?: TicketMessageResolvers<ContextType>;
  TicketPayload?: TicketPayloadResolvers<ContextType>;
  TicketSla?: TicketSlaResolvers<ContextType>;
  TrafficRoute?: TrafficRouteResolvers<ContextType>;
  UpdateUserPayload?: UpdateUserPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WeeklyHours?: WeeklyHoursResolvers<ContextType>;
};

