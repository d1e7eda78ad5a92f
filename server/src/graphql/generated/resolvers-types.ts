import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRecord as UserRecordModel, ApiTokenRecord as ApiTokenRecordModel } from '../../auth/index.ts';
import type { AuditEntryRecord as AuditEntryRecordModel } from '../../audit/index.ts';
import type { ModelRow as ModelRowModel, ReleaseRecord as ReleaseRecordModel } from '../../catalog/index.ts';
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
  occurredAt: Scalars['DateTime']['output'];
  prevHash: Scalars['String']['output'];
  /** Gapless sequence number, starting at 1 (a 64-bit integer, as a string). */
  seq: Scalars['String']['output'];
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
  /** What did not match: HASH (the entry was altered), PREV_HASH (the chain is broken) or SEQUENCE (an entry is missing). */
  kind: AuditMismatchKind;
  message: Scalars['String']['output'];
  seq: Scalars['String']['output'];
};

export type AuditMismatchKind =
  | 'HASH'
  | 'PREV_HASH'
  | 'SEQUENCE';

export type AuditVerification = {
  __typename?: 'AuditVerification';
  /** How many entries were checked. */
  checked: Scalars['Int']['output'];
  /** The first entry that does not match, when `ok` is false. */
  firstMismatch: Maybe<AuditMismatch>;
  /** The last entry's hash: the head of the chain, to note down outside Backline. */
  headHash: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  verifiedAt: Scalars['DateTime']['output'];
};

export type AuthMethod =
  | 'SESSION'
  | 'TOKEN';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
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

export type CreateUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 12 characters. */
  password: Scalars['String']['input'];
  role: Role;
};

export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  user: User;
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

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  viewer: Viewer;
};

/** An open model, pinned to a revision of its weights. */
export type Model = {
  __typename?: 'Model';
  contextLength: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  family: Scalars['String']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  changePassword: Scalars['Boolean']['output'];
  createApiToken: CreateApiTokenPayload;
  createRelease: CreateReleasePayload;
  createUser: CreateUserPayload;
  /** Signs in and sets the session cookie. */
  login: LoginPayload;
  /** Ends the current session and clears its cookie. */
  logout: Scalars['Boolean']['output'];
  registerModel: RegisterModelPayload;
  revokeApiToken: RevokeApiTokenPayload;
  setUserPassword: UpdateUserPayload;
  updateUser: UpdateUserPayload;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateReleaseArgs = {
  input: CreateReleaseInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRegisterModelArgs = {
  input: RegisterModelInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetUserPasswordArgs = {
  input: SetUserPasswordInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

/** Forward paging information, Relay style. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The caller's own tokens; with `all: true` (admins only) every user's. */
  apiTokens: Array<ApiToken>;
  /** Newest first. `after` is the `endCursor` of the previous page. */
  auditLog: AuditEntryConnection;
  model: Maybe<Model>;
  models: Array<Model>;
  release: Maybe<Release>;
  /** What changed from one release to another, field by field. */
  releaseDiff: Array<ReleaseFieldChange>;
  /** The GraphQL API's own version and what the caller may do; public. */
  serverInfo: ServerInfo;
  user: Maybe<User>;
  users: Array<User>;
  /** Recomputes the whole chain and names the first entry that does not match. */
  verifyAuditLog: AuditVerification;
  /** The signed-in caller, or null when the request carries no valid session or token. */
  viewer: Maybe<Viewer>;
};


export type QueryApiTokensArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryModelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReleaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReleaseDiffArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
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

export type ReleaseFieldChange = {
  __typename?: 'ReleaseFieldChange';
  from: Maybe<Scalars['JSON']['output']>;
  /** Dotted path of the field, e.g. `engine.maxModelLength`. */
  path: Scalars['String']['output'];
  to: Maybe<Scalars['JSON']['output']>;
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

/** A model server runtime. */
export type Runtime =
  | 'LLAMA_CPP'
  | 'OLLAMA'
  | 'SGLANG'
  | 'TGI'
  | 'VLLM';

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
  /** True when Backline runs against its embedded simulated cluster. */
  simulatedCluster: Scalars['Boolean']['output'];
  /** Which store backs this instance: PGLITE (embedded) or POSTGRES. */
  store: StoreKind;
  version: Scalars['String']['output'];
};

export type SetUserPasswordInput = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};

export type StoreKind =
  | 'PGLITE'
  | 'POSTGRES';

export type Subscription = {
  __typename?: 'Subscription';
  /** Each entry as it is appended. */
  auditEntryAppended: AuditEntry;
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
  id: Scalars['ID']['output'];
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  role: Role;
};

export type Viewer = {
  __typename?: 'Viewer';
  authMethod: AuthMethod;
  /** The role in force for this request: a token's role may be lower than its owner's. */
  role: Role;
  sessionExpiresAt: Maybe<Scalars['DateTime']['output']>;
  user: User;
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
  ApiToken: ResolverTypeWrapper<ApiTokenRecordModel>;
  ApiTokenStatus: ApiTokenStatus;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecordModel>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditLogFilter: AuditLogFilter;
  AuditMismatch: ResolverTypeWrapper<AuditMismatch>;
  AuditMismatchKind: AuditMismatchKind;
  AuditVerification: ResolverTypeWrapper<AuditVerification>;
  AuthMethod: AuthMethod;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangePasswordInput: ChangePasswordInput;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: ResolverTypeWrapper<Omit<CreateApiTokenPayload, 'token'> & { token: ResolversTypes['ApiToken'] }>;
  CreateReleaseInput: CreateReleaseInput;
  CreateReleasePayload: ResolverTypeWrapper<Omit<CreateReleasePayload, 'release'> & { release: ResolversTypes['Release'] }>;
  CreateUserInput: CreateUserInput;
  CreateUserPayload: ResolverTypeWrapper<Omit<CreateUserPayload, 'user'> & { user: ResolversTypes['User'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EngineArgs: ResolverTypeWrapper<EngineArgs>;
  EngineArgsInput: EngineArgsInput;
  EnvVar: ResolverTypeWrapper<EnvVar>;
  EnvVarInput: EnvVarInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  Model: ResolverTypeWrapper<ModelRowModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterModelInput: RegisterModelInput;
  RegisterModelPayload: ResolverTypeWrapper<Omit<RegisterModelPayload, 'model'> & { model: ResolversTypes['Model'] }>;
  Release: ResolverTypeWrapper<ReleaseRecordModel>;
  ReleaseFieldChange: ResolverTypeWrapper<ReleaseFieldChange>;
  Resources: ResolverTypeWrapper<Resources>;
  ResourcesInput: ResourcesInput;
  RevokeApiTokenPayload: ResolverTypeWrapper<Omit<RevokeApiTokenPayload, 'token'> & { token: ResolversTypes['ApiToken'] }>;
  Role: Role;
  Runtime: Runtime;
  SecretRef: ResolverTypeWrapper<SecretRef>;
  SecretRefInput: SecretRefInput;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  SetUserPasswordInput: SetUserPasswordInput;
  StoreKind: StoreKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: ResolverTypeWrapper<Omit<UpdateUserPayload, 'user'> & { user: ResolversTypes['User'] }>;
  User: ResolverTypeWrapper<UserRecordModel>;
  Viewer: ResolverTypeWrapper<Omit<Viewer, 'user'> & { user: ResolversTypes['User'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiToken: ApiTokenRecordModel;
  AuditEntry: AuditEntryRecordModel;
  AuditEntryConnection: Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditLogFilter: AuditLogFilter;
  AuditMismatch: AuditMismatch;
  AuditVerification: AuditVerification;
  Boolean: Scalars['Boolean']['output'];
  ChangePasswordInput: ChangePasswordInput;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: Omit<CreateApiTokenPayload, 'token'> & { token: ResolversParentTypes['ApiToken'] };
  CreateReleaseInput: CreateReleaseInput;
  CreateReleasePayload: Omit<CreateReleasePayload, 'release'> & { release: ResolversParentTypes['Release'] };
  CreateUserInput: CreateUserInput;
  CreateUserPayload: Omit<CreateUserPayload, 'user'> & { user: ResolversParentTypes['User'] };
  DateTime: Scalars['DateTime']['output'];
  EngineArgs: EngineArgs;
  EngineArgsInput: EngineArgsInput;
  EnvVar: EnvVar;
  EnvVarInput: EnvVarInput;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  Model: ModelRowModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegisterModelInput: RegisterModelInput;
  RegisterModelPayload: Omit<RegisterModelPayload, 'model'> & { model: ResolversParentTypes['Model'] };
  Release: ReleaseRecordModel;
  ReleaseFieldChange: ReleaseFieldChange;
  Resources: Resources;
  ResourcesInput: ResourcesInput;
  RevokeApiTokenPayload: Omit<RevokeApiTokenPayload, 'token'> & { token: ResolversParentTypes['ApiToken'] };
  SecretRef: SecretRef;
  SecretRefInput: SecretRefInput;
  ServerInfo: ServerInfo;
  SetUserPasswordInput: SetUserPasswordInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: Omit<UpdateUserPayload, 'user'> & { user: ResolversParentTypes['User'] };
  User: UserRecordModel;
  Viewer: Omit<Viewer, 'user'> & { user: ResolversParentTypes['User'] };
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

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorType?: Resolver<ResolversTypes['ActorType'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  prevHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  firstMismatch?: Resolver<Maybe<ResolversTypes['AuditMismatch']>, ParentType, ContextType>;
  headHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CreateApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateApiTokenPayload'] = ResolversParentTypes['CreateApiTokenPayload']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
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

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LoginPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type ModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Model'] = ResolversParentTypes['Model']> = {
  contextLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  family?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gpuMemoryGiB?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  license?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parameterCountBillions?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  releases?: Resolver<Array<ResolversTypes['Release']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createRelease?: Resolver<ResolversTypes['CreateReleasePayload'], ParentType, ContextType, RequireFields<MutationCreateReleaseArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['CreateUserPayload'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registerModel?: Resolver<ResolversTypes['RegisterModelPayload'], ParentType, ContextType, RequireFields<MutationRegisterModelArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  setUserPassword?: Resolver<ResolversTypes['UpdateUserPayload'], ParentType, ContextType, RequireFields<MutationSetUserPasswordArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['UpdateUserPayload'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType, RequireFields<QueryApiTokensArgs, 'all'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  model?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType, RequireFields<QueryModelArgs, 'id'>>;
  models?: Resolver<Array<ResolversTypes['Model']>, ParentType, ContextType>;
  release?: Resolver<Maybe<ResolversTypes['Release']>, ParentType, ContextType, RequireFields<QueryReleaseArgs, 'id'>>;
  releaseDiff?: Resolver<Array<ResolversTypes['ReleaseFieldChange']>, ParentType, ContextType, RequireFields<QueryReleaseDiffArgs, 'from' | 'to'>>;
  serverInfo?: Resolver<ResolversTypes['ServerInfo'], ParentType, ContextType>;
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

export type ResourcesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Resources'] = ResolversParentTypes['Resources']> = {
  cpu?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gpuProduct?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gpus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memory?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RevokeApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeApiTokenPayload'] = ResolversParentTypes['RevokeApiTokenPayload']> = {
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type SecretRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SecretRef'] = ResolversParentTypes['SecretRef']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServerInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServerInfo'] = ResolversParentTypes['ServerInfo']> = {
  simulatedCluster?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['StoreKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  auditEntryAppended?: SubscriptionResolver<ResolversTypes['AuditEntry'], "auditEntryAppended", ParentType, ContextType>;
};

export type UpdateUserPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateUserPayload'] = ResolversParentTypes['UpdateUserPayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  authMethod?: Resolver<ResolversTypes['AuthMethod'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sessionExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  ApiToken?: ApiTokenResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditMismatch?: AuditMismatchResolvers<ContextType>;
  AuditVerification?: AuditVerificationResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  CreateReleasePayload?: CreateReleasePayloadResolvers<ContextType>;
  CreateUserPayload?: CreateUserPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EngineArgs?: EngineArgsResolvers<ContextType>;
  EnvVar?: EnvVarResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  Model?: ModelResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterModelPayload?: RegisterModelPayloadResolvers<ContextType>;
  Release?: ReleaseResolvers<ContextType>;
  ReleaseFieldChange?: ReleaseFieldChangeResolvers<ContextType>;
  Resources?: ResourcesResolvers<ContextType>;
  RevokeApiTokenPayload?: RevokeApiTokenPayloadResolvers<ContextType>;
  SecretRef?: SecretRefResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UpdateUserPayload?: UpdateUserPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

