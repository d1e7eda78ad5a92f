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
      'Lower the GPU memory utilisation, the max model length or the max number of sequences.',
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
      'Accept the model’s licence on Hugging Face with the account whose token the deployment uses.',
      'Check that the HF_TOKEN Secret exists in the namespace, holds a valid token with read access, and is referenced by the release.',
      'Or mirror the weights to storage you control and point the release at it.',
    ],
  },
  MODEL_NOT_FOUND: {
    title: 'The model repository or revision does not exist',
    steps: [
      'Check the model source and the pinned revision for a typo; the revision must be a commit or tag that exists.',
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
  UNKNOWN: {
    title: 'Not healthy, for a reason Backline does not recognise',
    steps: [
      'Backline could not tell the cause from the status, events and logs it saw (listed as evidence).',
      'Look at kubectl describe and the pod logs; tell us what it was so the next diagnosis knows.',
    ],
  },
};
