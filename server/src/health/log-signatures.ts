import type { Cause } from './diagnosis.types.ts';

/** Log lines that name a cause on their own, as the runtimes and Hugging Face print them. */
const SIGNATURES: { cause: Cause; pattern: RegExp }[] = [
  {
    cause: 'CUDA_OUT_OF_MEMORY',
    pattern:
      /CUDA out of memory|torch\.OutOfMemoryError|cudaErrorMemoryAllocation|CUDA error: out of memory/i,
  },
  {
    cause: 'GATED_MODEL',
    pattern:
      /GatedRepoError|401 Client Error|403 Client Error|Access to model .* is restricted|Cannot access gated repo|Invalid (user )?token|Unauthorized for url/i,
  },
  {
    cause: 'MODEL_NOT_FOUND',
    pattern:
      /RepositoryNotFoundError|RevisionNotFoundError|404 Client Error|Repository Not Found|Invalid rev id|pull model manifest: file does not exist/i,
  },
];

const DOWNLOADING =
  /Downloading|Fetching \d+ files|Download(ing)? (model|weights|shards?)|pulling [0-9a-f]{12}|\d+%\|/i;
const LOADED =
  /Loading model weights took|Application startup complete|Uvicorn running|server is listening|Connected$|Listening on|The server is fired up/i;

export function causeFromLogs(lines: string[]): { cause: Cause; line: string } | null {
  for (const { cause, pattern } of SIGNATURES) {
    const line = lines.find((l) => pattern.test(l));
    if (line) return { cause, line };
  }
  return null;
}

/** The last lines show a download in progress and no sign the model finished loading. */
export function stillDownloading(lines: string[]): string | null {
  if (lines.some((l) => LOADED.test(l))) return null;
  return [...lines].reverse().find((l) => DOWNLOADING.test(l)) ?? null;
}
