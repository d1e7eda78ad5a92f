import { z } from 'zod';
import type { Actor, AuditService } from '../audit/index.ts';
import {
  type CatalogService,
  modelRef,
  type ReleaseSpec,
  RUNTIME_PROFILES,
} from '../catalog/index.ts';
import type { DeploymentsService } from '../deployments/index.ts';
import type { ClusterClient } from '../kube/index.ts';
import { parseInput } from '../shared/errors.ts';
import { type Db, UnitOfWork } from '../store/index.ts';
import { BehaviourError } from './behaviour.errors.ts';
import { checkDeploymentInput, goldenPromptFieldsInput } from './behaviour.input.ts';
import { behaviourRepository } from './behaviour.repository.ts';
import type {
  BehaviourChecker,
  BehaviourTarget,
  GoldenPrompt,
  PromptCheckResult,
} from './behaviour.types.ts';
import { type RunOptions, runPrompts } from './runner.ts';

/** The golden prompts of a deployment's release, asked of one of its pods. */
export interface DeploymentCheck {
  namespace: string;
  name: string;
  /** Null when the model has no golden prompts, so nothing was asked. */
  pod: string | null;
  releaseId: string;
  checkedAt: Date;
  results: PromptCheckResult[];
}

const idInput = z.object({ id: z.uuid('is not a golden prompt id') });
const createInput = z.object({ modelId: z.uuid('is not a model id') });

/** Golden prompts: stored per catalog model, changed with an audit entry, run against one pod. */
export class BehaviourService implements BehaviourChecker {
  readonly #db: Db;
  readonly #units: UnitOfWork;
  readonly #audit: AuditService;
  readonly #catalog: CatalogService;
  readonly #runOptions: Partial<RunOptions>;
  readonly #client: ClusterClient | null;
  readonly #deployments: Pick<DeploymentsService, 'get' | 'live'> | null;

  constructor(deps: {
    db: Db;
    audit: AuditService;
    catalog: CatalogService;
    /** The cluster; without it prompts are stored but cannot be run. */
    client?: ClusterClient | null;
    deployments?: Pick<DeploymentsService, 'get' | 'live'> | null;
    runOptions?: Partial<RunOptions>;
  }) {
    this.#db = deps.db;
    this.#units = new UnitOfWork(deps.db);
    this.#audit = deps.audit;
    this.#catalog = deps.catalog;
    this.#client = deps.client ?? null;
    this.#deployments = deps.deployments ?? null;
    this.#runOptions = deps.runOptions ?? {};
  }

  list(modelId: string): Promise<GoldenPrompt[]> {
    return z.uuid().safeParse(modelId).success
      ? behaviourRepository.list(this.#db, modelId)
      : Promise.resolve([]);
  }

  get(id: string): Promise<GoldenPrompt | null> {
    return z.uuid().safeParse(id).success
      ? behaviourRepository.find(this.#db, id)
      : Promise.resolve(null);
  }

  async promptsForRelease(releaseId: string): Promise<GoldenPrompt[]> {
    const release = await this.#catalog.getRelease(releaseId);
    if (!release) throw new BehaviourError('RELEASE_NOT_FOUND', `No release with id ${releaseId}.`);
    return behaviourRepository.list(this.#db, release.modelId);
  }

  run(
    target: BehaviourTarget,
    prompts: GoldenPrompt[],
    options: Partial<RunOptions> = {},
  ): Promise<PromptCheckResult[]> {
    const client = this.#client;
    if (!client) {
      return Promise.resolve(
        prompts.map((p) => ({
          promptId: p.id,
          name: p.name,
          passed: null,
          failures: ['no Kubernetes cluster is connected'],
          answerExcerpt: '',
          durationMs: 0,
        })),
      );
    }
    return runPrompts(client, target, prompts, { ...this.#runOptions, ...options });
  }

  async create(actor: Actor, raw: unknown): Promise<GoldenPrompt> {
    const { modelId } = parseInput(createInput, {
      modelId: (raw as { modelId?: unknown }).modelId,
    });
    const fields = parseInput(goldenPromptFieldsInput, withoutKey(raw, 'modelId'));
    const model = await this.#catalog.getModel(modelId);
    if (!model) {
      throw new BehaviourError('MODEL_NOT_FOUND', `No model with id ${modelId}.`, {
        fields: [{ path: ['input', 'modelId'], message: 'is not a registered model' }],
      });
    }
    return this.#units.run(async (work) => {
      const prompt = await behaviourRepository.insert(work.tx, model.id, fields, actor.name);
      if (!prompt) throw nameTaken(model.name, fields.name);
      await this.#audit.record(work, actor, {
        action: 'golden_prompt.create',
        targetType: 'golden_prompt',
        targetId: prompt.id,
        details: { model: model.name, ...auditDetails(prompt) },
      });
      return prompt;
    });
  }

  async update(actor: Actor, raw: unknown): Promise<GoldenPrompt> {
    const { id } = parseInput(idInput, { id: (raw as { id?: unknown }).id });
    const fields = parseInput(goldenPromptFieldsInput, withoutKey(raw, 'id'));
    const before = await this.#require(id);
    const model = await this.#catalog.getModel(before.modelId);
    return this.#units.run(async (work) => {
      const prompt = await behaviourRepository.update(work.tx, id, fields, actor.name);
      if (!prompt) {
        if (!(await behaviourRepository.find(work.tx, id))) throw notFound(id);
        throw nameTaken(model?.name ?? before.modelId, fields.name);
      }
      await this.#audit.record(work, actor, {
        action: 'golden_prompt.update',
        targetType: 'golden_prompt',
        targetId: id,
        details: {
          model: model?.name ?? before.modelId,
          before: auditDetails(before),
          after: auditDetails(prompt),
        },
      });
      return prompt;
    });
  }

  async delete(actor: Actor, raw: unknown): Promise<GoldenPrompt> {
    const { id } = parseInput(idInput, raw);
    const before = await this.#require(id);
    const model = await this.#catalog.getModel(before.modelId);
    return this.#units.run(async (work) => {
      const deleted = await behaviourRepository.delete(work.tx, id);
      if (!deleted) throw notFound(id);
      await this.#audit.record(work, actor, {
        action: 'golden_prompt.delete',
        targetType: 'golden_prompt',
        targetId: id,
        details: { model: model?.name ?? before.modelId, ...auditDetails(deleted) },
      });
      return deleted;
    });
  }

  /**
   * Asks one ready pod of a deployment (the named one, else the first ready) the golden prompts
   * of the release that pod runs.
   */
  async checkDeployment(raw: unknown): Promise<DeploymentCheck> {
    const input = parseInput(checkDeploymentInput, raw);
    const deployments = this.#deployments;
    if (!deployments || !this.#client) {
      throw new BehaviourError(
        'NO_CLUSTER',
        'No Kubernetes cluster is connected, so nothing can be asked.',
      );
    }
    const record = await deployments.get(input.namespace, input.name);
    if (!record) {
      throw new BehaviourError(
        'DEPLOYMENT_NOT_FOUND',
        `No deployment ${input.namespace}/${input.name}.`,
      );
    }
    const pods = deployments.live(record).pods;
    const pod = input.pod
      ? pods.find((p) => p.name === input.pod)
      : pods.find((p) => p.ready && p.phase === 'Running');
    if (input.pod && !pod) {
      throw new BehaviourError(
        'POD_NOT_FOUND',
        `Pod ${input.pod} is not one of ${input.namespace}/${input.name}'s pods.`,
        { fields: [{ path: ['input', 'pod'], message: 'is not a pod of this deployment' }] },
      );
    }
    const releaseId = pod?.releaseId ?? record.releaseId;
    const release = await this.#catalog.getRelease(releaseId);
    if (!release) throw new BehaviourError('RELEASE_NOT_FOUND', `No release with id ${releaseId}.`);
    const prompts = await behaviourRepository.list(this.#db, release.modelId);
    const check = { namespace: record.namespace, name: record.name, releaseId };
    if (!prompts.length)
      return { ...check, pod: pod?.name ?? null, checkedAt: new Date(), results: [] };
    if (!pod) {
      throw new BehaviourError(
        'NO_READY_POD',
        `${input.namespace}/${input.name} has no ready pod to ask.`,
      );
    }
    const results = await this.run(
      behaviourTarget(record.namespace, pod.name, release.spec),
      prompts,
      input.timeoutSeconds ? { timeoutMs: input.timeoutSeconds * 1000 } : {},
    );
    return { ...check, pod: pod.name, checkedAt: new Date(), results };
  }

  async #require(id: string): Promise<GoldenPrompt> {
    const prompt = await behaviourRepository.find(this.#db, id);
    if (!prompt) throw notFound(id);
    return prompt;
  }
}

/** The pod of a release to ask: its runtime's port and the name it serves the model under. */
export function behaviourTarget(
  namespace: string,
  pod: string,
  spec: ReleaseSpec,
): BehaviourTarget {
  return {
    namespace,
    pod,
    port: RUNTIME_PROFILES[spec.runtime].port,
    modelName: spec.runtime === 'OLLAMA' ? modelRef(spec.model.source) : spec.modelName,
    runtime: spec.runtime,
  };
}

function withoutKey(raw: unknown, key: string): Record<string, unknown> {
  const { [key]: _, ...rest } = (raw ?? {}) as Record<string, unknown>;
  return rest;
}

function notFound(id: string): BehaviourError {
  return new BehaviourError('PROMPT_NOT_FOUND', `No golden prompt with id ${id}.`, {
    fields: [{ path: ['input', 'id'], message: 'is not a golden prompt' }],
  });
}

function nameTaken(model: string, name: string): BehaviourError {
  return new BehaviourError(
    'PROMPT_NAME_TAKEN',
    `${model} already has a golden prompt named ${name}.`,
    {
      fields: [{ path: ['input', 'name'], message: 'is already taken for this model' }],
    },
  );
}

function auditDetails(prompt: GoldenPrompt): Record<string, unknown> {
  return {
    name: prompt.name,
    messages: prompt.messages,
    maxTokens: prompt.maxTokens,
    expectations: prompt.expectations,
  };
}
