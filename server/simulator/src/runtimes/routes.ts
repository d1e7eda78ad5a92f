import type { ProxyRequest, ProxyResponse } from '../api/context.ts';
import {
  renderLlamaCpp,
  renderSglang,
  renderTgi,
  renderVllmV0,
  renderVllmV1,
} from './metrics-render.ts';
import type { RequestSample, ServerMetrics } from './metrics-state.ts';
import type { ModelProfile } from './model.ts';
import {
  answerFor,
  type ChatMessage,
  chatChunks,
  chatCompletion,
  completionId,
  countTokens,
  lastUserText,
  textCompletion,
} from './openai.ts';
import type { ServerPhase, SimServerOptions } from './types.ts';

/** What answering a request needs of the serving process; SimServer is one. */
export interface ServingProcess {
  readonly options: Pick<SimServerOptions, 'clock' | 'effects' | 'runtime' | 'version'>;
  readonly metrics: ServerMetrics;
  readonly phase: ServerPhase;
  readonly profile: ModelProfile;
  readonly vllmV1: boolean;
  readonly servedName: string;
  readonly createdSeconds: number;
  delay(ms: number, signal?: AbortSignal): Promise<boolean>;
  sample(promptTokens?: number, genTokens?: number): RequestSample;
}

const JSON_TYPE = { 'content-type': 'application/json' };

function json(status: number, body: unknown): ProxyResponse {
  return { status, headers: JSON_TYPE, body: JSON.stringify(body) };
}

function text(status: number, body: string, type = 'text/plain; charset=utf-8'): ProxyResponse {
  return { status, headers: { 'content-type': type }, body };
}

function openAiError(
  server: ServingProcess,
  status: number,
  message: string,
  type: string,
): ProxyResponse {
  if (server.options.runtime === 'llamacpp')
    return json(status, { error: { code: status, message, type: 'invalid_request_error' } });
  if (server.options.runtime === 'tgi') return json(status, { error: message, error_type: type });
  return json(status, { object: 'error', message, type, param: null, code: status });
}

function modelsList(server: ServingProcess): ProxyResponse {
  const owner =
    server.options.runtime === 'vllm'
      ? 'vllm'
      : server.options.runtime === 'sglang'
        ? 'sglang'
        : server.options.runtime === 'ollama'
          ? 'library'
          : server.servedName;
  return json(200, {
    object: 'list',
    data: [
      {
        id: server.servedName,
        object: 'model',
        created: server.createdSeconds,
        owned_by: owner,
        ...(server.options.runtime === 'vllm'
          ? { root: server.profile.model, parent: null, max_model_len: 8192 }
          : {}),
      },
    ],
  });
}

function parseBody(req: ProxyRequest): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(req.body.toString('utf8') || '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

async function completions(
  server: ServingProcess,
  req: ProxyRequest,
  signal: AbortSignal | undefined,
  chat: boolean,
): Promise<ProxyResponse> {
  const body = parseBody(req);
  if (!body)
    return openAiError(server, 400, 'Expecting value: line 1 column 1 (char 0)', 'BadRequestError');
  const model = typeof body.model === 'string' ? body.model : undefined;
  if (server.options.runtime === 'vllm' && model !== undefined && model !== server.servedName) {
    return openAiError(server, 404, `The model \`${model}\` does not exist.`, 'NotFoundError');
  }
  const messages = Array.isArray(body.messages) ? (body.messages as ChatMessage[]) : [];
  const prompt = chat ? lastUserText(messages) : String(body.prompt ?? '');
  const fx = server.options.effects();
  const promptTokens = countTokens(chat ? JSON.stringify(messages) : prompt);
  const answer = answerFor(prompt, fx.drift);
  const sample = server.sample(promptTokens, countTokens(answer));
  if (fx.hung) {
    await server.delay(Number.POSITIVE_INFINITY, signal);
    return json(504, { error: 'timeout' });
  }
  const latencyMs = (sample.queue + sample.ttft + sample.tpot * sample.generationTokens) * 1000;
  if (!sample.ok) {
    await server.delay(sample.ttft * 1000, signal);
    server.metrics.record(sample);
    return openAiError(
      server,
      500,
      'EngineCore encountered an issue. See stack trace (above) for the root cause.',
      'InternalServerError',
    );
  }
  const created = Math.floor(server.options.clock.now() / 1000);
  const id = completionId(
    chat ? 'chatcmpl' : 'cmpl',
    `${prompt}|${created}|${server.metrics.totalRequests}`,
  );
  const name = model ?? server.servedName;
  if (body.stream === true && chat) {
    const chunks = chatChunks(name, answer, created, id);
    const per = latencyMs / chunks.length;
    server.metrics.record(sample);
    const stream = async function* (): AsyncGenerator<string> {
      for (const chunk of chunks) {
        if (!(await server.delay(per, signal))) return;
        yield chunk;
      }
    };
    return {
      status: 200,
      headers: { 'content-type': 'text/event-stream; charset=utf-8' },
      stream: stream(),
    };
  }
  if (!(await server.delay(latencyMs, signal))) return json(499, {});
  server.metrics.record(sample);
  return json(
    200,
    chat
      ? chatCompletion(name, answer, promptTokens, created, id)
      : textCompletion(name, answer, promptTokens, created, id),
  );
}

function metrics(server: ServingProcess): ProxyResponse {
  const info = {
    model: server.profile.model,
    servedName: server.servedName,
    now: server.options.clock.now(),
    gpuBlocks: 27182,
  };
  switch (server.options.runtime) {
    case 'vllm':
      return text(
        200,
        server.vllmV1 ? renderVllmV1(server.metrics, info) : renderVllmV0(server.metrics, info),
        'text/plain; version=0.0.4; charset=utf-8',
      );
    case 'tgi':
      return text(200, renderTgi(server.metrics));
    case 'llamacpp':
      if (!server.profile.metricsEnabled) {
        return json(501, {
          error: {
            code: 501,
            message: 'This server does not support metrics endpoint. Start it with `--metrics`',
            type: 'not_supported_error',
          },
        });
      }
      return text(200, renderLlamaCpp(server.metrics));
    case 'sglang':
      if (!server.profile.metricsEnabled) return json(404, { detail: 'Not Found' });
      return text(
        200,
        renderSglang(server.metrics, info),
        'text/plain; version=0.0.4; charset=utf-8',
      );
    case 'ollama':
      return text(404, '404 page not found');
  }
}

function ollamaModel(server: ServingProcess): Record<string, unknown> {
  const name = server.servedName.includes(':') ? server.servedName : `${server.servedName}:latest`;
  return {
    name,
    model: name,
    size: Math.round(server.profile.paramsB * server.profile.bytesPerParam * 1e9),
    digest: 'a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72',
    details: {
      parent_model: '',
      format: 'gguf',
      family: 'llama',
      families: ['llama'],
      parameter_size: `${server.profile.paramsB}B`,
      quantization_level: 'Q4_K_M',
    },
  };
}

async function ollama(
  server: ServingProcess,
  req: ProxyRequest,
  signal: AbortSignal | undefined,
): Promise<ProxyResponse> {
  const path = req.path;
  if (path === '/' && (req.method === 'GET' || req.method === 'HEAD'))
    return text(200, 'Ollama is running');
  if (path === '/api/version') return json(200, { version: server.options.version });
  if (path === '/api/tags') {
    return json(200, {
      models: [
        {
          ...ollamaModel(server),
          modified_at: new Date(server.createdSeconds * 1000).toISOString(),
        },
      ],
    });
  }
  if (path === '/api/ps') {
    const model = ollamaModel(server);
    return json(200, {
      models: [
        {
          ...model,
          expires_at: new Date(server.options.clock.now() + 5 * 60_000).toISOString(),
          size_vram: model.size,
        },
      ],
    });
  }
  // Ollama's OpenAI-compatible API.
  if (path === '/v1/models') return modelsList(server);
  if ((path === '/v1/chat/completions' || path === '/v1/completions') && req.method === 'POST')
    return completions(server, req, signal, path === '/v1/chat/completions');
  if (path === '/api/chat' || path === '/api/generate') {
    const answer = await completions(
      server,
      { ...req, body: req.body },
      signal,
      path === '/api/chat',
    );
    if (answer.status !== 200 || typeof answer.body !== 'string') return answer;
    const parsed = JSON.parse(answer.body) as {
      choices: { message?: { content: string }; text?: string }[];
    };
    const content = parsed.choices[0]?.message?.content ?? parsed.choices[0]?.text ?? '';
    const base = {
      model: server.servedName,
      created_at: new Date(server.options.clock.now()).toISOString(),
      done: true,
      done_reason: 'stop',
    };
    return json(
      200,
      path === '/api/chat'
        ? { ...base, message: { role: 'assistant', content } }
        : { ...base, response: content },
    );
  }
  return text(404, '404 page not found');
}

/** Handlers vLLM's HTTP instrumentation leaves out of `http_requests_total`. */
const UNCOUNTED = new Set(['/metrics', '/health', '/load', '/ping', '/version', '/server_info']);
/** The routes vLLM's API server has; anything else is counted under handler "none". */
const VLLM_ROUTES = new Set(['/v1/models', '/v1/chat/completions', '/v1/completions']);

/** Dispatches one HTTP request to the runtime's routes. */
export async function routeRequest(
  server: ServingProcess,
  req: ProxyRequest,
  signal: AbortSignal | undefined,
  probe: boolean,
): Promise<ProxyResponse> {
  const answer = await route(server, req, signal, probe);
  if (server.options.runtime === 'vllm' && !UNCOUNTED.has(req.path)) {
    const handler = VLLM_ROUTES.has(req.path) ? req.path : 'none';
    server.metrics.countHttp(handler, req.method, answer.status);
  }
  return answer;
}

async function route(
  server: ServingProcess,
  req: ProxyRequest,
  signal: AbortSignal | undefined,
  probe: boolean,
): Promise<ProxyResponse> {
  const runtime = server.options.runtime;
  const path = req.path;
  const ready = server.phase === 'ready';
  if (runtime === 'llamacpp' && !ready) {
    return json(503, { error: { code: 503, message: 'Loading model', type: 'unavailable_error' } });
  }
  if (path === '/metrics') return metrics(server);
  if (runtime === 'ollama') return ollama(server, req, signal);
  switch (path) {
    case '/health':
      if (runtime === 'llamacpp') return json(200, { status: 'ok' });
      if (runtime === 'sglang' && !ready) return text(503, '');
      return text(200, '');
    case '/health_generate':
      if (runtime !== 'sglang') break;
      if (server.options.effects().hung) {
        await server.delay(probe ? 30_000 : Number.POSITIVE_INFINITY, signal);
        return text(503, '');
      }
      return ready ? text(200, '') : text(503, '');
    case '/ping':
      return text(200, '');
    case '/version':
      return json(200, { version: server.options.version });
    case '/info':
      if (runtime === 'tgi') {
        return json(200, {
          model_id: server.profile.model,
          model_sha: null,
          model_pipeline_tag: 'text-generation',
          max_concurrent_requests: 128,
          max_input_tokens: 4095,
          max_total_tokens: 4096,
          version: server.options.version,
          router: 'text-generation-router',
        });
      }
      break;
    case '/get_model_info':
      if (runtime === 'sglang')
        return json(200, {
          model_path: server.profile.model,
          tokenizer_path: server.profile.model,
          is_generation: true,
        });
      break;
    case '/v1/models':
      return modelsList(server);
    case '/v1/chat/completions':
      if (req.method !== 'POST') return json(405, { detail: 'Method Not Allowed' });
      return completions(server, req, signal, true);
    case '/v1/completions':
      if (req.method !== 'POST') return json(405, { detail: 'Method Not Allowed' });
      return completions(server, req, signal, false);
    default:
      break;
  }
  if (runtime === 'llamacpp')
    return json(404, { error: { code: 404, message: 'File Not Found', type: 'not_found_error' } });
  if (runtime === 'tgi') return text(404, '');
  return json(404, { detail: 'Not Found' });
}
