import type { ModelProfile } from './model.ts';

/** Start-up and failure output of each runtime, line for line as the real servers print it. */

export interface ScriptLine {
  /** Milliseconds after the container started. */
  at: number;
  text: (now: Date) => string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** vLLM's `INFO 06-10 12:00:03 [file.py:123] message` prefix. */
function vllm(level: string, where: string, message: string): (now: Date) => string {
  return (d) =>
    `${level} ${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} [${where}] ${message}`;
}

function tgi(level: string, target: string, message: string): (now: Date) => string {
  return (d) => `${d.toISOString().replace('Z', '000Z')}  ${level} ${target}: ${message}`;
}

const fixed = (text: string) => (): string => text;

export function startupScript(
  p: ModelProfile,
  version: string,
  loadMs: number,
): { loading: ScriptLine[]; ready: ScriptLine[] } {
  const shards = Math.max(1, Math.ceil((p.paramsB * p.bytesPerParam) / 5));
  switch (p.runtime) {
    case 'vllm':
      return {
        loading: [
          { at: 0, text: vllm('INFO', '__init__.py:244', 'Automatically detected platform cuda.') },
          {
            at: 2500,
            text: vllm('INFO', 'api_server.py:1287', `vLLM API server version ${version}`),
          },
          {
            at: 2600,
            text: vllm(
              'INFO',
              'cli_args.py:309',
              `non-default args: {'model': '${p.model}'${p.port !== 8000 ? `, 'port': ${p.port}` : ''}}`,
            ),
          },
          {
            at: 4000,
            text: vllm(
              'INFO',
              'config.py:823',
              "This model supports multiple tasks: {'generate', 'embed', 'reward', 'classify'}. Defaulting to 'generate'.",
            ),
          },
          {
            at: 5000,
            text: vllm('INFO', 'core.py:455', 'Waiting for init message from front-end.'),
          },
          {
            at: 6000,
            text: vllm('INFO', 'gpu_model_runner.py:1595', `Starting to load model ${p.model}...`),
          },
          {
            at: 6500,
            text: vllm(
              'INFO',
              'weight_utils.py:292',
              "Using model weights format ['*.safetensors']",
            ),
          },
          {
            at: 7000,
            text: fixed(
              `Loading safetensors checkpoint shards:   0% Completed | 0/${shards} [00:00<?, ?it/s]`,
            ),
          },
          {
            at: Math.max(7500, loadMs * 0.9),
            text: fixed(
              `Loading safetensors checkpoint shards: 100% Completed | ${shards}/${shards} [00:${pad(Math.round(loadMs / 1500) % 60)}<00:00,  1.50s/it]`,
            ),
          },
        ],
        ready: [
          {
            at: 0,
            text: vllm(
              'INFO',
              'default_loader.py:272',
              `Loading weights took ${(loadMs / 1500).toFixed(2)} seconds`,
            ),
          },
          {
            at: 0,
            text: vllm(
              'INFO',
              'gpu_model_runner.py:1624',
              `Model loading took ${(p.gpuMemoryBytes / 2 ** 30 - 1).toFixed(4)} GiB and ${(loadMs / 1400).toFixed(6)} seconds`,
            ),
          },
          {
            at: 0,
            text: vllm('INFO', 'kv_cache_utils.py:715', 'GPU KV cache size: 434,912 tokens'),
          },
          {
            at: 0,
            text: vllm(
              'INFO',
              'api_server.py:1349',
              `Starting vLLM API server 0 on http://0.0.0.0:${p.port}`,
            ),
          },
          { at: 0, text: vllm('INFO', 'launcher.py:29', 'Available routes are:') },
          { at: 0, text: fixed('INFO:     Started server process [1]') },
          { at: 0, text: fixed('INFO:     Waiting for application startup.') },
          { at: 0, text: fixed('INFO:     Application startup complete.') },
        ],
      };
    case 'tgi':
      return {
        loading: [
          {
            at: 0,
            text: tgi(
              'INFO',
              'text_generation_launcher',
              `Args { model_id: "${p.model}", revision: None, port: ${p.port}, ... }`,
            ),
          },
          {
            at: 1500,
            text: tgi('INFO', 'download', `Starting check and download process for ${p.model}`),
          },
          {
            at: 4000,
            text: tgi(
              'INFO',
              'text_generation_launcher',
              `Successfully downloaded weights for ${p.model}`,
            ),
          },
          { at: 4500, text: tgi('INFO', 'shard-manager', 'Starting shard rank=0') },
          {
            at: Math.max(5000, loadMs * 0.5),
            text: tgi('INFO', 'shard-manager', 'Waiting for shard to be ready... rank=0'),
          },
        ],
        ready: [
          {
            at: 0,
            text: tgi(
              'INFO',
              'shard-manager',
              `Shard ready in ${(loadMs / 1000).toFixed(1)}s rank=0`,
            ),
          },
          { at: 0, text: tgi('INFO', 'text_generation_router', `Connected`) },
          {
            at: 0,
            text: tgi(
              'INFO',
              'text_generation_router::server',
              `Serving revision main of model ${p.model}`,
            ),
          },
        ],
      };
    case 'llamacpp':
      return {
        loading: [
          {
            at: 0,
            text: fixed(
              'build: 6000 (b6000) with cc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0 for x86_64-linux-gnu',
            ),
          },
          {
            at: 200,
            text: fixed('system info: n_threads = 8, n_threads_batch = 8, total_threads = 16'),
          },
          {
            at: 300,
            text: fixed(
              `main: HTTP server is listening, hostname: 0.0.0.0, port: ${p.port}, http threads: 15`,
            ),
          },
          { at: 400, text: fixed('main: loading model') },
          { at: 500, text: fixed(`srv    load_model: loading model '${p.model}'`) },
          {
            at: 800,
            text: fixed(
              `llama_model_loader: loaded meta data with 34 key-value pairs and 291 tensors from ${p.model} (version GGUF V3 (latest))`,
            ),
          },
        ],
        ready: [
          { at: 0, text: fixed('main: model loaded') },
          {
            at: 0,
            text: fixed(
              `main: server is listening on http://0.0.0.0:${p.port} - starting the main loop`,
            ),
          },
          { at: 0, text: fixed('srv  update_slots: all slots are idle') },
        ],
      };
    case 'sglang':
      return {
        loading: [
          {
            at: 0,
            text: fixed(
              `[2025-01-01 00:00:00] server_args=ServerArgs(model_path='${p.model}', port=${p.port}, ...)`,
            ),
          },
          { at: 3000, text: fixed('[2025-01-01 00:00:03 TP0] Init torch distributed begin.') },
          {
            at: 5000,
            text: fixed('[2025-01-01 00:00:05 TP0] Load weight begin. avail mem=78.50 GB'),
          },
        ],
        ready: [
          {
            at: 0,
            text: fixed(
              `[2025-01-01 00:01:00 TP0] Load weight end. type=LlamaForCausalLM, dtype=torch.bfloat16, avail mem=${(78.5 - p.gpuMemoryBytes / 2 ** 30).toFixed(2)} GB`,
            ),
          },
          { at: 0, text: fixed('[2025-01-01 00:01:05] INFO:     Started server process [1]') },
          {
            at: 0,
            text: fixed(
              `[2025-01-01 00:01:05] INFO:     Uvicorn running on http://0.0.0.0:${p.port} (Press CTRL+C to quit)`,
            ),
          },
          { at: 0, text: fixed('[2025-01-01 00:01:08] The server is fired up and ready to roll!') },
        ],
      };
    case 'ollama':
      return {
        loading: [
          {
            at: 0,
            text: (d) =>
              `time=${d.toISOString()} level=INFO source=routes.go:1235 msg="server config" env="map[OLLAMA_HOST:http://0.0.0.0:${p.port}]"`,
          },
          {
            at: 500,
            text: (d) =>
              `time=${d.toISOString()} level=INFO source=images.go:476 msg="total blobs: 5"`,
          },
          {
            at: 1000,
            text: (d) =>
              `time=${d.toISOString()} level=INFO source=gpu.go:217 msg="looking for compatible GPUs"`,
          },
          {
            at: 2000,
            text: (d) =>
              `time=${d.toISOString()} level=INFO source=server.go:438 msg="starting llama server" model=${p.model}`,
          },
        ],
        ready: [
          {
            at: 0,
            text: (d) =>
              `time=${d.toISOString()} level=INFO source=server.go:637 msg="llama runner started in ${(loadMs / 1000).toFixed(2)} seconds"`,
          },
          {
            at: 0,
            text: (d) =>
              `time=${d.toISOString()} level=INFO source=routes.go:1288 msg="Listening on [::]:${p.port} (version 0.9.6)"`,
          },
        ],
      };
  }
}

export function gatedLines(p: ModelProfile): string[] {
  return [
    'Traceback (most recent call last):',
    '  File "/usr/local/lib/python3.12/dist-packages/huggingface_hub/utils/_http.py", line 409, in hf_raise_for_status',
    '    response.raise_for_status()',
    `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/${p.model}/resolve/main/config.json`,
    '',
    'The above exception was the direct cause of the following exception:',
    '',
    `huggingface_hub.errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-6846d1f2-3c1a9b0e5f7d2a4c6e8b0d1f;a1b2c3d4-e5f6-7890-abcd-ef1234567890)`,
    '',
    `Cannot access gated repo for url https://huggingface.co/${p.model}/resolve/main/config.json.`,
    `Access to model ${p.model} is restricted. You must have access to it and be authenticated to access it. Please log in.`,
  ];
}

export function cudaOomLines(p: ModelProfile, freeGiB: number, totalGiB: number): string[] {
  return [
    'ERROR [core.py:586] EngineCore failed to start.',
    'Traceback (most recent call last):',
    '  File "/usr/local/lib/python3.12/dist-packages/vllm/v1/engine/core.py", line 577, in run_engine_core',
    '    engine_core = EngineCoreProc(*args, **kwargs)',
    '  File "/usr/local/lib/python3.12/dist-packages/vllm/model_executor/model_loader/default_loader.py", line 269, in load_weights',
    '    loaded_weights = model.load_weights(',
    `torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.96 GiB. GPU 0 has a total capacity of ${totalGiB.toFixed(2)} GiB of which ${freeGiB.toFixed(2)} GiB is free. Process 1 has ${(totalGiB - freeGiB).toFixed(2)} GiB memory in use. Of the allocated memory ${(totalGiB - freeGiB - 0.5).toFixed(2)} GiB is allocated by PyTorch, and 512.00 MiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)`,
    `RuntimeError: Engine core initialization failed. See root cause above. Failed core proc(s): {} (model ${p.model})`,
  ];
}

export function crashLines(): string[] {
  return [
    'Traceback (most recent call last):',
    '  File "/usr/local/lib/python3.12/dist-packages/vllm/entrypoints/openai/api_server.py", line 1495, in <module>',
    '    uvloop.run(run_server(args))',
    "RuntimeError: Engine core initialization failed. See root cause above. Failed core proc(s): {'EngineCore_0': 1}",
  ];
}

export function noGpuLines(): string[] {
  return [
    'RuntimeError: Failed to infer device type, please set the environment variable `VLLM_LOGGING_LEVEL=DEBUG` to turn on verbose logging to help debug the issue.',
  ];
}

export function missingModelLines(p: ModelProfile): string[] {
  return p.runtime === 'llamacpp'
    ? [
        `gguf_init_from_file: failed to open GGUF file '${p.model}'`,
        'llama_model_load: error loading model: llama_model_loader: failed to load model from ' +
          p.model,
        'main: exiting due to model loading error',
      ]
    : [
        'usage: launch_server.py [-h] --model-path MODEL_PATH',
        'launch_server.py: error: the following arguments are required: --model-path',
      ];
}
