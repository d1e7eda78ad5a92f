/**
 * Rules for input that the server enforces and the console checks as you type, written once with
 * the words both show (ADR 0033). The server builds its `parseInput` schemas from these; the
 * console's forms ask `firstProblem` about a field's value. This module is imported by the console
 * too: it depends on zod alone, nothing of Node's or the server's.
 */
import { z } from 'zod';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** What is wrong with a Kubernetes name (a DNS-1123 label) of at most `max` characters. */
function dnsLabelProblem(name: string, max: number): string | undefined {
  if (!name) return 'Enter a name';
  if (name.length > max) return `At most ${max} characters (${name.length} so far)`;
  if (/[A-Z]/.test(name)) return 'Use lower-case letters only';
  if (DNS_LABEL.test(name)) return undefined;
  if (/^-|-$/.test(name)) return 'Start and end with a letter or digit';
  return 'Use only lower-case letters, digits and -';
}

/** A Kubernetes name: a namespace, a model's name, a deployment's (56, leaving room for -canary). */
export function dnsLabel(max = 63) {
  return z.string().superRefine((name, ctx) => {
    const problem = dnsLabelProblem(name, max);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** The longest deployment name: its canary adds "-canary". */
export const MAX_DEPLOYMENT_NAME = 56;

export const email = z
  .string()
  .trim()
  .min(1, { error: 'Enter an email address', abort: true })
  .pipe(z.email('Enter a valid email address, like name@example.com'));

export const MIN_PASSWORD_LENGTH = 12;

/** A password's length; the server also refuses the most common ones. */
export const password = z
  .string()
  .min(1, { error: 'Enter a password', abort: true })
  .min(MIN_PASSWORD_LENGTH, {
    error: (issue) =>
      `Use at least ${MIN_PASSWORD_LENGTH} characters (${String(issue.input).length} so far)`,
    abort: true,
  })
  .max(1024, 'Use at most 1024 characters');

export const personName = z
  .string()
  .trim()
  .min(1, { error: 'Enter the person’s name', abort: true })
  .max(200, 'Use at most 200 characters');

export const tokenName = z
  .string()
  .trim()
  .min(1, {
    error: 'Give the token a name, such as the script or service that will use it',
    abort: true,
  })
  .max(100, 'Use at most 100 characters');

export const MAX_TOKEN_DAYS = 365;

const TOKEN_DAYS = `Choose a whole number of days from 1 to ${MAX_TOKEN_DAYS}`;
export const tokenExpiryDays = z
  .number(TOKEN_DAYS)
  .int(TOKEN_DAYS)
  .min(1, TOKEN_DAYS)
  .max(MAX_TOKEN_DAYS, TOKEN_DAYS);

export const incidentTitle = z
  .string()
  .trim()
  .min(3, { error: 'Say what is wrong, in a few words', abort: true })
  .max(500, 'At most 500 characters');

const REPLICAS = 'Enter a whole number from 0 to 64';
export const replicas = z.number(REPLICAS).int(REPLICAS).min(0, REPLICAS).max(64, REPLICAS);

const SLO_RATIO = 'Enter a ratio between 0 and 1, e.g. 0.01';
/** The error ratio a deployment's SLO allows. */
export const sloErrorRatio = z.number(SLO_RATIO).gt(0, SLO_RATIO).lt(1, SLO_RATIO);

const SLO_TTFT = 'Enter milliseconds, from 1 to 600000';
/** The 95th percentile time to first token a deployment's SLO allows. */
export const sloTtftP95Ms = z
  .number(SLO_TTFT)
  .int(SLO_TTFT)
  .min(1, SLO_TTFT)
  .max(600_000, SLO_TTFT);

/** registry/path:tag or @sha256:digest, as the distribution reference grammar allows. */
const IMAGE =
  /^(?:[a-z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/;

export const imageReference = z
  .string()
  .trim()
  .min(1, { error: 'Enter an image, e.g. vllm/vllm-openai:v0.10.1', abort: true })
  .regex(IMAGE, 'Enter an image reference such as vllm/vllm-openai:v0.10.1 or …@sha256:<64 hex>');

/** The first thing wrong with `value`, as the server would say it; undefined when it will do. */
export function firstProblem(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/**
 * Whether every word of `query` is somewhere in `text`, ignoring case: how a list's search
 * matches, on the server that pages by it and in the console that holds live changes to it.
 */
export function matchesWords(text: string, query: string): boolean {
  const haystack = text.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
