/** Container images the simulated registry knows: the model server runtimes and a few base images. */

export type RuntimeKind = 'vllm' | 'tgi' | 'llamacpp' | 'sglang' | 'ollama';

export interface ImageRef {
  /** Fully qualified, e.g. `docker.io/vllm/vllm-openai`. */
  repository: string;
  tag?: string;
  digest?: string;
}

export type ImageResolution =
  | {
      ok: true;
      ref: ImageRef;
      runtime?: RuntimeKind;
      version: string;
      sizeBytes: number;
      imageID: string;
    }
  | { ok: false; ref?: ImageRef; reason: 'InvalidImageName' | 'ErrImagePull'; message: string };

interface RepoInfo {
  runtime?: RuntimeKind;
  tags: RegExp;
  sizeBytes: number;
  latest: string;
}

const VERSION_TAG = /^v?\d+\.\d+(\.\d+)?([.+-][\w.-]+)?$/;

const REPOS: Record<string, RepoInfo> = {
  'docker.io/vllm/vllm-openai': {
    runtime: 'vllm',
    tags: /^(latest|nightly|v\d+\.\d+\.\d+([.+-][\w.-]+)?)$/,
    sizeBytes: 9_812_773_114,
    latest: '0.10.1',
  },
  'ghcr.io/huggingface/text-generation-inference': {
    runtime: 'tgi',
    tags: /^(latest|\d+\.\d+(\.\d+)?([.+-][\w.-]+)?|sha-[0-9a-f]{7})$/,
    sizeBytes: 5_247_330_811,
    latest: '3.3.4',
  },
  'ghcr.io/ggml-org/llama.cpp': {
    runtime: 'llamacpp',
    tags: /^server(-(cuda|vulkan|rocm|musa|intel))?(-b\d+)?$/,
    sizeBytes: 2_281_961_472,
    latest: 'b6000',
  },
  'docker.io/lmsysorg/sglang': {
    runtime: 'sglang',
    tags: /^(latest|v\d+\.\d+\.\d+([.+-][\w.-]+)?)$/,
    sizeBytes: 11_403_524_096,
    latest: '0.4.9',
  },
  'docker.io/ollama/ollama': {
    runtime: 'ollama',
    tags: /^(latest|rocm|\d+\.\d+\.\d+([.+-][\w.-]+)?)$/,
    sizeBytes: 1_925_437_824,
    latest: '0.9.6',
  },
  'docker.io/library/busybox': { tags: /^[\w][\w.-]*$/, sizeBytes: 2_156_023, latest: '1.36' },
  'docker.io/library/nginx': { tags: /^[\w][\w.-]*$/, sizeBytes: 72_955_450, latest: '1.27' },
  'docker.io/library/alpine': { tags: /^[\w][\w.-]*$/, sizeBytes: 3_623_807, latest: '3.20' },
  'docker.io/library/python': { tags: /^[\w][\w.-]*$/, sizeBytes: 48_337_213, latest: '3.12' },
  'docker.io/curlimages/curl': { tags: /^[\w][\w.-]*$/, sizeBytes: 11_254_100, latest: '8.8.0' },
  'registry.k8s.io/pause': { tags: /^[\w][\w.-]*$/, sizeBytes: 320_368, latest: '3.10' },
};

export function parseImage(image: string): ImageRef | undefined {
  const m =
    /^(?:([a-z0-9.-]+(?::\d+)?)\/)?([a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$/.exec(
      image,
    );
  if (!m?.[2]) return undefined;
  let registry = m[1];
  let path = m[2];
  if (registry && !registry.includes('.') && !registry.includes(':') && registry !== 'localhost') {
    path = `${registry}/${path}`;
    registry = undefined;
  }
  registry ??= 'docker.io';
  if (registry === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  const ref: ImageRef = { repository: `${registry}/${path}` };
  if (m[3]) ref.tag = m[3];
  if (m[4]) ref.digest = m[4];
  if (!ref.tag && !ref.digest) ref.tag = 'latest';
  return ref;
}

export function describeRef(ref: ImageRef): string {
  return `${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

function fakeDigest(text: string): string {
  let h1 = 0x811c9dc5;
  let out = '';
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < text.length; i++) h1 = Math.imul(h1 ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h1 = Math.imul(h1 ^ round, 0x01000193) >>> 0;
    out += h1.toString(16).padStart(8, '0');
  }
  return `sha256:${out}`;
}

/** What the registry answers for an image reference: found (with runtime and size) or the pull error. */
export function resolveImage(image: string): ImageResolution {
  const ref = parseImage(image);
  if (!ref) {
    return {
      ok: false,
      reason: 'InvalidImageName',
      message: `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`,
    };
  }
  const full = describeRef(ref);
  const repo = REPOS[ref.repository];
  if (!repo) {
    return {
      ok: false,
      ref,
      reason: 'ErrImagePull',
      message: `failed to pull and unpack image "${full}": failed to resolve reference "${full}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
    };
  }
  if (ref.tag && !repo.tags.test(ref.tag)) {
    return {
      ok: false,
      ref,
      reason: 'ErrImagePull',
      message: `failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${full}: not found`,
    };
  }
  const tag = ref.tag ?? 'latest';
  const versionMatch = VERSION_TAG.exec(tag.replace(/^server(-\w+)?-/, ''));
  const version = versionMatch ? tag.replace(/^v/, '').replace(/^server(-\w+)?-/, '') : repo.latest;
  const digest = ref.digest ?? fakeDigest(full);
  return {
    ok: true,
    ref,
    ...(repo.runtime ? { runtime: repo.runtime } : {}),
    version,
    sizeBytes: repo.sizeBytes,
    imageID: `${ref.repository}@${digest}`,
  };
}

/** Compares dotted versions numerically (`0.10.1` > `0.9.2`). */
export function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split(/[.+-]/).map((p) => Number.parseInt(p, 10));
  const b = minimum.split('.').map((p) => Number.parseInt(p, 10));
  for (let i = 0; i < b.length; i++) {
    const x = Number.isNaN(a[i] ?? Number.NaN) ? 0 : (a[i] ?? 0);
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}
