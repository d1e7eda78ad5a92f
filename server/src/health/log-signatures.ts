import type { Cause } from './diagnosis.types.ts';

/**
 * Log lines that name a cause on their own, as vLLM, TGI, llama.cpp, SGLang, Ollama, PyTorch,
 * NCCL and the Hugging Face hub print them (several wordings per cause, across versions; see
 * test/fixtures/logs/README.md). Most specific first: a KV cache that is too small is not a
 * plain CUDA out-of-memory, and a repository that does not exist also answers "401".
 */
const SIGNATURES: { cause: Cause; pattern: RegExp }[] = [
  {
    cause: 'GPU_MEMORY_IN_USE',
    pattern:
      /Free memory on device .* is less than desired GPU memory utilization|Error in memory profiling\. Initial free memory|GPU memory was not properly cleaned up|CUDA-capable device\(s\) is\/are busy or unavailable|cudaErrorDevicesUnavailable/i,
  },
  {
    cause: 'KV_CACHE_TOO_SMALL',
    pattern:
      /is larger than the maximum number of tokens that can be stored in KV cache|KV cache is needed, which is larger than the available KV cache memory|No available memory for the cache blocks|Not enough memory\. Please try to increase --mem-fraction-static|max_total_num_tokens.*(too small|<= 0)|failed to allocate buffer for kv cache|llama_kv_cache.*failed to allocate/i,
  },
  {
    cause: 'PREFILL_TOKENS_TOO_MANY',
    pattern:
      /Not enough memory to handle \d+ (total tokens with \d+ )?prefill tokens|decrease `?--max-batch-(prefill|total)-tokens/i,
  },
  {
    cause: 'HOST_MEMORY_TOO_SMALL',
    pattern:
      /model requires more system memory|requires more system memory \(.*\) than is available/i,
  },
  {
    cause: 'TOO_FEW_GPUS',
    pattern:
      /must be divisible by tensor parallel size|world_size \(\d+\) is greater than the number of available GPUs|number of required GPUs exceeds the total number of available GPUs|Tensor parallel size \(\d+\) cannot be larger than the number of available GPUs|please set tensor_parallel_size to less than max local gpu count|CUDA error: invalid device ordinal|`?num_shard`? cannot be (greater|larger) than|is not divisible by( the)? (world size|num_shard|tp_size)|No CUDA GPUs are available|Not enough GPUs/i,
  },
  {
    cause: 'GPU_DRIVER_ERROR',
    pattern:
      /Found no NVIDIA driver on your system|CUDA driver version is insufficient for CUDA runtime version|forward compatibility was attempted on non supported HW|Failed to initialize NVML|cudaErrorInsufficientDriver|cudaErrorNoDevice|no CUDA-capable device is detected|ggml_cuda_init: failed to initialize CUDA|Failed to infer device type/i,
  },
  {
    cause: 'GPU_HARDWARE_ERROR',
    pattern:
      /uncorrectable ECC error|GPU has fallen off the bus|cudaErrorECCUncorrectable|NVRM: Xid/i,
  },
  {
    cause: 'CUDA_OUT_OF_MEMORY',
    pattern:
      /CUDA out of memory|HIP out of memory|torch\.(cuda\.)?OutOfMemoryError|cudaErrorMemoryAllocation|CUDA error: out of memory|cudaMalloc failed: out of memory|CUBLAS_STATUS_ALLOC_FAILED|ggml_backend_cuda_buffer_type_alloc_buffer: allocating .* failed|NCCL WARN Cuda failure 'out of memory'/i,
  },
  {
    cause: 'NCCL_ERROR',
    pattern:
      /NCCL error|ncclUnhandledCudaError|ncclSystemError|ncclInternalError|ncclInvalidUsage|ncclRemoteError|NCCL WARN|DistBackendError|ProcessGroupNCCL.*(timeout|Watchdog caught collective operation timeout)|insufficient shared memory \(shm\)/i,
  },
  {
    cause: 'GPU_UNSUPPORTED_DTYPE',
    pattern:
      /Bfloat16 is only supported on GPUs with compute capability|FlashAttention only supports Ampere GPUs or newer|compute capability .* (is )?(not supported|lower than)|quantization is not supported for the current GPU|Minimum capability: \d+\. Current capability: \d+|no kernel image is available for execution on the device/i,
  },
  {
    cause: 'TRUST_REMOTE_CODE_REQUIRED',
    pattern:
      /set the option `?trust_remote_code=True`? to remove this error|requires you to execute the configuration file in that repo|contains custom code which must be executed/i,
  },
  {
    cause: 'MODEL_NOT_FOUND',
    pattern:
      /RepositoryNotFoundError|RevisionNotFoundError|Repository Not Found for url|Invalid rev id|is not a local folder and is not a valid model identifier|pull model manifest: file does not exist|model ['"][^'"]+['"] not found, try pulling it first|(?<!Local)EntryNotFoundError|404 Client Error/i,
  },
  {
    cause: 'GATED_MODEL',
    pattern:
      /GatedRepoError|Cannot access gated repo|Access to model .* is restricted|You are trying to access a gated repo|You must have access to it and be authenticated|is not in the authorized list|Invalid (user )?token|Invalid credentials in Authorization header|401 Client Error|403 Client Error|Unauthorized for url/i,
  },
  {
    cause: 'DISK_FULL',
    pattern: /No space left on device|Not enough free disk space to download|ENOSPC/i,
  },
  {
    cause: 'WEIGHTS_DOWNLOAD_FAILED',
    pattern:
      /Max retries exceeded with url|LocalEntryNotFoundError|couldn't connect to 'https:\/\/huggingface\.co'|Consistency check failed: file should be of size|ReadTimeoutError: HTTPSConnectionPool|DownloadError|Download encountered an error|pull model manifest: .*(dial tcp|no such host|i\/o timeout|EOF|TLS handshake timeout)|digest mismatch|max retries exceeded|curl_easy_perform\(\) failed|failed to download (model|file)|Cannot find an appropriate cached snapshot folder|Temporary failure in name resolution|429 Client Error|Too Many Requests for url|CERTIFICATE_VERIFY_FAILED|OfflineModeIsEnabled/i,
  },
  {
    cause: 'UNSUPPORTED_ARCHITECTURE',
    pattern:
      /Model architectures \[.*\] (are not supported|failed to be inspected)|unknown model architecture|does not recognize this architecture|Unsupported model type|model type `[^`]+` but Transformers does not recognize/i,
  },
  {
    cause: 'MODEL_LOAD_FAILED',
    pattern:
      /llama_model_load: error loading model|error loading model|failed to load model|unable to load model|gguf_init_from_file(_impl)?: (failed|invalid)|llama runner process has terminated|SafetensorError|Error while deserializing header|invalid load key|is not a valid GGUF file|Can't load tokenizer for|Error\(s\) in loading state_dict/i,
  },
  {
    cause: 'ENGINE_ARGS_INVALID',
    pattern:
      /error: unrecognized arguments|error: argument --|ArgumentValidation\(|User-specified max_model_len \(\d+\) is greater than the derived max_model_len|must be (>=|<=|<|>) `?max_|`max_input_(length|tokens)` must be|invalid value '.*' for '--|error: unknown argument|Unknown quantization method|is smaller than max_model_len|max_num_batched_tokens \(\d+\) is smaller than/i,
  },
];

const DOWNLOADING =
  /Downloading|Fetching \d+ files|Download(ing)? (model|weights|shards?)|pulling [0-9a-f]{12}|\d+%\|/i;
const LOADED =
  /Loading model weights took|Application startup complete|Uvicorn running|server is listening|Connected$|Listening on|The server is fired up/i;

/** The most specific cause the lines name, and the line that names it. */
export function causeFromLogs(lines: string[]): { cause: Cause; line: string } | null {
  for (const { cause, pattern } of SIGNATURES) {
    // The last matching line: the fatal error comes after the warnings leading to it.
    const line = [...lines].reverse().find((l) => pattern.test(l));
    if (line) return { cause, line: line.trim() };
  }
  return null;
}

/** The last lines show a download in progress and no sign the model finished loading. */
export function stillDownloading(lines: string[]): string | null {
  if (lines.some((l) => LOADED.test(l))) return null;
  return [...lines].reverse().find((l) => DOWNLOADING.test(l)) ?? null;
}
