import type { Cause } from './diagnosis.types.ts';

/** What to do for each cause, written for people who run model servers. */
export const RUNBOOKS: Record<Cause, { title: string; steps: string[] }> = {
  OOM_WHILE_LOADING: {
    title: 'Out of memory while loading the model',
    steps: [
      'Raise the release’s memory limit (resources.memory): loading weights needs host RAM beyond the GPU’s.',
      'Or lower what the engine allocates: a smaller max model length, a lower GPU memory utilisation, or a quantised model.',
      'Cut a new release with the change and deploy it; roll back to the last good release meanwhile.',
    ],
  },
  OOM_KILLED: {
    title: 'Killed for using more memory than its limit',
    steps: [
      'Compare the memory limit with the process’s peak use (container_memory_working_set_bytes).',
      'Raise resources.memory in a new release, or lower concurrency (max batched tokens, max sequences).',
      'If it happens under load only, check for request spikes in the request-rate chart.',
    ],
  },
  CUDA_OUT_OF_MEMORY: {
    title: 'The GPU ran out of memory',
    steps: [
      'Lower vLLM `--gpu-memory-utilization` (SGLang `--mem-fraction-static`, TGI `--cuda-memory-fraction`), the max model length (`--max-model-len`) or the max number of sequences (`--max-num-seqs`).',
      'Use more GPUs (tensor parallelism) or a larger GPU product, or a quantised model.',
      'Check that no other process shares the GPU (nvidia-smi on the node).',
    ],
  },
  NO_GPU_CAPACITY: {
    title: 'No node has a free GPU of the requested kind',
    steps: [
      'See which nodes have free nvidia.com/gpu (kubectl describe nodes) and whether the GPU product selector matches any.',
      'Free GPUs (scale down another deployment) or add GPU nodes; the cluster autoscaler may be adding one.',
      'For a rollout, use the rolling strategy with maxSurge 0 so the new pod reuses the old pod’s GPU.',
    ],
  },
  UNSCHEDULABLE: {
    title: 'The scheduler cannot place the pod',
    steps: [
      'Read the scheduler’s message: it names what is missing on each node (CPU, memory, taints, selectors).',
      'Adjust the release’s resources or node selector, or add capacity.',
    ],
  },
  IMAGE_PULL_FAILED: {
    title: 'The image cannot be pulled',
    steps: [
      'Check the image reference for a typo in the repository, tag or digest.',
      'If the registry is private, make sure an imagePullSecret with valid credentials is attached.',
      'Check that the nodes can reach the registry (network policy, proxy, rate limits).',
    ],
  },
  INVALID_IMAGE_NAME: {
    title: 'The image reference is not valid',
    steps: [
      'Fix the image reference in a new release: registry/repository:tag or @sha256:<digest>.',
    ],
  },
  GATED_MODEL: {
    title: 'The model repository refused access (gated or private)',
    steps: [
      'The repository exists but refuses this token: check the repository name in the model source, then its access.',
      'Accept the model’s licence on Hugging Face with the account whose token the deployment uses.',
      'Check that the HF_TOKEN Secret exists in the namespace, holds a valid token with read access, and is referenced by the release.',
      'Or mirror the weights to storage you control and point the release at it.',
    ],
  },
  MODEL_NOT_FOUND: {
    title: 'The model repository or revision does not exist',
    steps: [
      'Check the repository name in the model source (organisation/name, exact case) and the pinned revision for a typo; the revision must be a commit or tag that exists.',
      'A private repository also answers “not found” without a token: if it should exist, set HF_TOKEN (a Secret referenced by the release) with read access to it.',
      'For Ollama, check the model name and tag exist in the library (`ollama pull name:tag`).',
    ],
  },
  STARTUP_PROBE_GAVE_UP_WHILE_DOWNLOADING: {
    title: 'The startup probe gave up while the weights were still downloading',
    steps: [
      'Raise the release’s expected load time so the startup probe waits longer (it allows twice the expected time).',
      'Cache the weights: a persistent model-cache volume or a pre-pulled copy keeps restarts from downloading again.',
    ],
  },
  CRASH_LOOP: {
    title: 'The container keeps crashing',
    steps: [
      'Read the crashed container’s last log lines (shown as evidence) for the error.',
      'Compare the release with the last one that worked (release diff): engine arguments and image are the usual suspects.',
      'Roll back to the last good release while you investigate.',
    ],
  },
  CONTAINER_ERROR: {
    title: 'The container exited with an error',
    steps: [
      'Read its last log lines and exit code (evidence); compare with the last release that worked.',
    ],
  },
  START_ERROR: {
    title: 'The container runtime could not start the container',
    steps: [
      'Read the runtime’s message (evidence): a missing mount source, a bad command or a device plugin problem.',
      'Check the node’s GPU driver and device plugin if GPUs are involved.',
    ],
  },
  CONFIG_ERROR: {
    title: 'The container’s configuration is incomplete',
    steps: [
      'A referenced Secret or ConfigMap (or one of its keys) is missing: create it in the namespace or fix the reference.',
    ],
  },
  NOT_READY: {
    title: 'Running, but not ready',
    steps: [
      'The readiness probe fails: read the probe failures in the events.',
      'If the model is still loading, wait for the startup allowance; otherwise check the engine’s logs for a hang.',
    ],
  },
  EVICTED: {
    title: 'The pod was evicted',
    steps: [
      'Read the eviction message: usually node memory or disk pressure. Give the pod a memory request equal to its limit, or move it.',
    ],
  },
  NODE_NOT_READY: {
    title: 'The node running the pod is not ready',
    steps: [
      'Check the node (kubectl describe node): kubelet, network or the GPU driver may have failed.',
      'Pods are evicted after the toleration period and rescheduled if capacity allows.',
    ],
  },
  VOLUME_MOUNT_FAILED: {
    title: 'A volume could not be mounted',
    steps: [
      'Read the FailedMount message: a missing PersistentVolumeClaim, Secret or ConfigMap, or a storage problem.',
    ],
  },
  SANDBOX_FAILED: {
    title: 'The pod sandbox could not be created',
    steps: [
      'Usually a CNI or runtime problem on the node: read the event and the node’s kubelet logs.',
    ],
  },
  PROGRESS_DEADLINE_EXCEEDED: {
    title: 'The rollout is stuck',
    steps: [
      'Kubernetes gave up waiting for the new pods: the pod findings say why they are not ready.',
      'Roll back to the last good release, then fix and cut a new one.',
    ],
  },
  REPLICAS_UNAVAILABLE: {
    title: 'Fewer replicas are available than needed',
    steps: [
      'See the pod findings for why pods are not ready; traffic is served by the remaining replicas.',
    ],
  },
  KV_CACHE_TOO_SMALL: {
    title: 'The KV cache cannot hold the configured context length',
    steps: [
      'Lower the maximum context length to what fits: vLLM `--max-model-len` (its error names the largest that fits), SGLang `--context-length`, llama.cpp `--ctx-size`, TGI `--max-total-tokens`.',
      'Or give the KV cache more GPU memory: raise vLLM `--gpu-memory-utilization` (e.g. 0.90 → 0.95) or SGLang `--mem-fraction-static`.',
      'Or free memory for it: a quantised model or KV cache (`--kv-cache-dtype fp8`), more GPUs (tensor-parallel size with as many nvidia.com/gpu), or a larger GPU.',
      'Cut a release with the change; roll back to the last good release meanwhile.',
    ],
  },
  GPU_MEMORY_IN_USE: {
    title: 'GPU memory is already in use by another process',
    steps: [
      'See what holds the GPU (nvidia-smi on the node): a leftover process of an earlier pod, another workload sharing the GPU (time-slicing or MPS), or a second engine in the same pod.',
      'Stop the other process or move this pod to a free GPU; GPUs shared by time-slicing give each pod only part of the memory.',
      'Or lower vLLM `--gpu-memory-utilization` (TGI `--cuda-memory-fraction`, SGLang `--mem-fraction-static`) below the free share the error reports.',
    ],
  },
  PREFILL_TOKENS_TOO_MANY: {
    title: 'TGI cannot fit its prefill batch in GPU memory',
    steps: [
      'Lower `--max-batch-prefill-tokens` (it must stay at least `--max-input-tokens`), and with it `--max-input-tokens`/`--max-total-tokens` if they are larger than you need.',
      'Or lower `--max-batch-total-tokens`, or give TGI more memory: `--cuda-memory-fraction`, a quantised model (`--quantize`), more shards (`--num-shard` with as many nvidia.com/gpu).',
      'Cut a release with the change; roll back meanwhile.',
    ],
  },
  HOST_MEMORY_TOO_SMALL: {
    title: 'The model needs more memory than the container has',
    steps: [
      'Raise the release’s memory limit (resources.memory) above what the error asks for, or give the model GPUs so its layers load there.',
      'Or choose a smaller or more quantised variant of the model (e.g. a q4 tag) or a shorter context (OLLAMA_CONTEXT_LENGTH).',
    ],
  },
  WEIGHTS_DOWNLOAD_FAILED: {
    title: 'The model weights cannot be downloaded',
    steps: [
      'Check that the pods can reach the model hub (huggingface.co and its CDN, or registry.ollama.ai): egress network policy, proxy (HTTPS_PROXY/NO_PROXY), DNS.',
      'If the hub is rate-limiting or flaky, set an HF token (HF_TOKEN) for higher limits and retry; a persistent model-cache volume keeps what was downloaded.',
      'For air-gapped clusters, mirror the weights (HF_ENDPOINT or a local path) and point the release at the mirror.',
    ],
  },
  DISK_FULL: {
    title: 'No space left for the model',
    steps: [
      'The model cache volume or the node’s disk is full: give the model-cache volume a size larger than the weights (a PersistentVolumeClaim or an emptyDir sizeLimit), or clean the node.',
      'Check ephemeral-storage requests: a 70B model needs ~140 GB in bf16.',
    ],
  },
  TOO_FEW_GPUS: {
    title: 'The tensor-parallel size does not fit the GPUs',
    steps: [
      'Make the tensor-parallel size (vLLM `--tensor-parallel-size`, TGI `--num-shard`, SGLang `--tp`) equal to the nvidia.com/gpu the release requests (resources.gpus), on one node.',
      'The size must also divide the model’s attention heads (1, 2, 4 or 8 usually): with 3 GPUs use 2 or 4.',
      'If the pod requested no GPU, or the node’s device plugin gives it none, the engine sees none: check resources and the device plugin.',
    ],
  },
  NCCL_ERROR: {
    title: 'The GPUs of the tensor-parallel group cannot communicate (NCCL)',
    steps: [
      'Set NCCL_DEBUG=INFO in the release’s environment and read the first NCCL WARN line: it names the transport (shared memory, P2P, network).',
      '“Error while creating shared memory segment”: give the pod a larger /dev/shm (the dshm volume’s sizeLimit).',
      'On GPUs without peer-to-peer (some PCIe and cloud VMs) set NCCL_P2P_DISABLE=1; keep all tensor-parallel GPUs on one node.',
      'Check the node’s GPU driver and fabric manager (NVSwitch systems) if it follows a driver upgrade.',
    ],
  },
  MODEL_LOAD_FAILED: {
    title: 'The model file cannot be loaded',
    steps: [
      'The file is corrupt, truncated or not in a format this engine reads (e.g. a GGUF for llama.cpp): delete the cached copy and let it download again.',
      'Check the file name and quantisation in the release point at a file that exists in the repository.',
      'If the engine is older than the model format, use a newer image.',
    ],
  },
  UNSUPPORTED_ARCHITECTURE: {
    title: 'The engine does not support this model’s architecture',
    steps: [
      'Use an engine image that supports the architecture (new architectures need recent vLLM, TGI, llama.cpp or SGLang releases).',
      'Or serve the model with another runtime that supports it; roll back meanwhile.',
    ],
  },
  GPU_UNSUPPORTED_DTYPE: {
    title: 'The GPU does not support the requested data type or kernel',
    steps: [
      'On GPUs older than Ampere (T4, V100) use `--dtype half` (float16) instead of bfloat16.',
      'Choose a quantisation the GPU supports, or schedule the pod on a newer GPU product.',
    ],
  },
  TRUST_REMOTE_CODE_REQUIRED: {
    title: 'The model needs its own code to run',
    steps: [
      'Read the model repository’s code first; if you trust it, add `--trust-remote-code` to the release’s engine arguments.',
      'Or use an engine version with native support for the architecture.',
    ],
  },
  ENGINE_ARGS_INVALID: {
    title: 'The engine rejects its arguments',
    steps: [
      'Read the error (evidence): an unknown flag for this engine version, a value out of range, or limits that contradict each other (e.g. TGI `--max-input-tokens` must be below `--max-total-tokens`; vLLM `--max-model-len` above the model’s own maximum).',
      'Fix the engine arguments in a new release; compare with the last release that worked.',
    ],
  },
  GPU_DRIVER_ERROR: {
    title: 'No usable GPU: driver or device plugin problem',
    steps: [
      'Check the node’s NVIDIA driver (nvidia-smi) and the device plugin pods; the driver must be new enough for the image’s CUDA version.',
      'Cordon the node and move the pod if only one node is affected.',
    ],
  },
  GPU_HARDWARE_ERROR: {
    title: 'The GPU reported a hardware fault',
    steps: [
      'Cordon and drain the node; check dmesg for Xid errors and nvidia-smi -q for ECC errors.',
      'Reset the GPU or replace the node; the pod will be rescheduled if capacity allows.',
    ],
  },
  PROBE_WRONG_PATH: {
    title: 'A probe asks for a path the server does not have',
    steps: [
      'Set the probe’s httpGet.path to the runtime’s health endpoint (vLLM, TGI, SGLang, llama.cpp: /health; Ollama: /) and its port to the server’s port.',
      'Check the probe matches the server’s base path if it serves under a prefix.',
    ],
  },
  LIVENESS_PROBE_KILLED: {
    title: 'The liveness probe kills the model server',
    steps: [
      'Give the liveness probe more patience: a startup probe covering the load time, a longer initialDelaySeconds, timeoutSeconds ≥ 10 and failureThreshold ≥ 5; a busy engine answers its health endpoint slowly.',
      'Check the probe’s path and port point at the health endpoint.',
    ],
  },
  STARTUP_PROBE_TOO_SHORT: {
    title: 'The startup probe gives up before the model has loaded',
    steps: [
      'Raise the release’s expected load time: the startup probe allows twice that (failureThreshold × periodSeconds) before Kubernetes restarts the server.',
      'Make loading faster: a persistent model-cache volume, weights on local NVMe rather than network storage, or a smaller or quantised model.',
    ],
  },
  ENGINE_HUNG: {
    title: 'The engine accepts connections but does not answer',
    steps: [
      'The test prompt got no answer in time while Kubernetes still sees the pod ready: the engine is hung (a stuck GPU kernel, a dead worker, a deadlock).',
      'Read the engine’s current logs for a stack trace or a stalled scheduler; restart the affected pods (delete them) to restore service.',
      'If it recurs, roll back to the last good release and report it with the logs.',
    ],
  },
  ERROR_SPIKE: {
    title: 'The model server answers with errors',
    steps: [
      'The evidence shows the error ratio and the error answers of the test prompt: read what the server says.',
      'If a release or configuration change came just before, roll back.',
      'Check the engine’s logs for the failing requests (bad inputs, context length exceeded, out of memory during decode).',
    ],
  },
  LATENCY_SLO_BREACH: {
    title: 'Slower than its latency objective',
    steps: [
      'Compare the request rate and queue depth with normal: more load than the replicas can serve → scale out.',
      'A full KV cache makes requests wait: lower the max sequences per batch or add replicas.',
      'If a release change preceded it, roll back.',
    ],
  },
  KV_CACHE_SATURATED: {
    title: 'The KV cache is full and requests queue',
    steps: [
      'Add replicas, or give the KV cache more room (vLLM `--gpu-memory-utilization`, a shorter `--max-model-len`, fp8 KV cache).',
      'Lower `--max-num-seqs` so fewer sequences are preempted; long prompts can be capped at the gateway.',
    ],
  },
  NO_READY_ENDPOINTS: {
    title: 'No pod is ready behind the Service',
    steps: [
      'The Service has no ready endpoint, so every request fails: see the pods’ status and events (evidence).',
      'If the pods run but never pass readiness, check the readiness probe and the engine’s logs.',
    ],
  },
  REPEATED_RESTARTS: {
    title: 'The container keeps restarting while it serves',
    steps: [
      'It recovers each time, but it is killed again within the hour: read the last termination’s reason (evidence).',
      'OOMKilled: raise resources.memory or lower concurrency; Error: read the previous container’s logs.',
    ],
  },
  UNKNOWN: {
    title: 'Not healthy, for a reason Backline does not recognise',
    steps: [
      'Backline could not tell the cause from the status, events and logs it saw (listed as evidence).',
      'Look at kubectl describe and the pod logs; tell us what it was so the next diagnosis knows.',
    ],
  },
};
